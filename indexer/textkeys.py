"""Normalised keys for comparing focus names and questions."""

from __future__ import annotations

import re


def focus_key(text: str) -> str:
    """Lowercase words only: "Low Back Pain" and "low back pain." share a key."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


#: Word endings dropped by :func:`condition_stem` (one of them, after a plural "s"), so that one condition's names in
#: two sources meet: "ovarian" and "ovary", "allergic" and "allergy".
_ENDINGS = ("ian", "ic", "al", "y", "e")


def condition_stem(text: str) -> str:
    """:func:`focus_key` with each word cut to a rough stem: "Polycystic ovarian syndrome" (GARD) and "Polycystic ovary
    syndrome" (A.D.A.M.) share one. Only compared for equality, never shown."""
    stems = []
    for word in focus_key(text).split():
        if word == "s":  # a possessive: "Hashimoto's disease" and "Hashimoto disease"
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
        stems.append(word)
    return " ".join(stems)


def note_text(text: str) -> str:
    """Lowercase, apostrophes dropped, spaces collapsed: what the answer notes' patterns read ("I've had" -> "ive
    had"; indexer.after_surgery, indexer.see_soon)."""
    return " ".join(text.lower().replace("'", "").replace("\u2019", "").split())
