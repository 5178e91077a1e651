"""Redaction of personal identifiers before any question text is logged or stored."""

from __future__ import annotations

import re

_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[id]"),  # US SSN shape, before the phone rule eats it
    (re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)"), "[phone]"),
    # A US local number (555-1234); not a dose range such as 400-1000 mg.
    (re.compile(r"(?<![\w.-])\d{3}[-.]\d{4}(?![\w-]|\.\d)(?!\s?(?:mg|mcg|ug|iu|ml|g|units?)\b)", re.IGNORECASE),
     "[phone]"),
    (re.compile(r"\b[A-Z]{1,3}\d{5,}[A-Z]?\b|\b\d{6,}\b", re.IGNORECASE), "[id]"),
    # Passport/ID numbers with letters between the digits (C01X00T47): 6-12 characters, 5+ digits.
    (re.compile(r"\b(?=[A-Z0-9]*\d[A-Z]+\d)(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,12}\b", re.IGNORECASE), "[id]"),
)


def redact(text: str) -> str:
    """Replace emails, phone numbers and ID-like numbers (SSN, NHS, MRN, passport...)."""
    for pattern, token in _PATTERNS:
        text = pattern.sub(token, text)
    return text
