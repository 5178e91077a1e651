"""Normalised keys for comparing focus names and questions."""

from __future__ import annotations

import re


def focus_key(text: str) -> str:
    """Lowercase words only: "Low Back Pain" and "low back pain." share a key."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
