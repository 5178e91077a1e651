"""Redaction of personal identifiers before any question text is logged or stored."""

from __future__ import annotations

import re

_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[id]"),  # US SSN shape, before the phone rule eats it
    (re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,3}\d{5,}[A-Z]?\b|\b\d{6,}\b", re.IGNORECASE), "[id]"),
)


def redact(text: str) -> str:
    """Replace emails, phone numbers and ID-like numbers (SSN, NHS, MRN, passport...)."""
    for pattern, token in _PATTERNS:
        text = pattern.sub(token, text)
    return text
