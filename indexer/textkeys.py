"""Normalised keys for comparing focus names and questions."""

from __future__ import annotations

import re


def focus_key(text: str) -> str:
    """Lowercase words only: "Low Back Pain" and "low back pain." share a key."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def note_text(text: str) -> str:
    """Lowercase, apostrophes dropped, spaces collapsed: what the answer notes' patterns read ("I've had" -> "ive
    had"; indexer.after_surgery, indexer.see_soon)."""
    return " ".join(text.lower().replace("'", "").replace("\u2019", "").split())
