"""Messages that compare two conditions: "whats the difference between IBS and IBD", "diverticulitis vs diverticulosis".

Six blind reviews (sessions 46 and 47: OOO, PPP, QQQ, RRR, SSS, TTT) found the same failure: a message comparing two
conditions got a page about one of them first, and often only pages about that one ("the difference between
osteoarthritis and rheumatoid arthritis" listed five rheumatoid arthritis pages). A reviewed answer is never merged
with another, so medmatch cannot write the comparison itself. What it can do, in indexer/search.py: put first a page
about both when the collection has one (MedlinePlus's "Diverticulosis and Diverticulitis") and it scores within
``RankerConfig.comparison_margin`` of the first; otherwise show the best page about the other condition second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .focus import normalize

#: Words that ask how two things differ, or whether they are one thing.
_COMPARES = re.compile(
    r"\b(?:differen(?:ce|ces|t)|diff|diffrence|compare[ds]?|comparing|comparison|vs|versus|distinguish"
    r"|(?:the )?same (?:thing |disease |condition )?as|tell (?:them|the two|it) apart)\b", re.IGNORECASE)


def compares(text: str) -> bool:
    """Whether ``text`` asks how two things differ (or whether they are the same)."""
    return _COMPARES.search(text) is not None


#: Words that qualify a condition without naming one ("acute", "type 1"): a name made only of these names nothing.
_QUALIFIERS = frozenset("acute chronic type severe mild early late onset juvenile adult and the of with in".split())


def compared_names(keys: Iterable[str]) -> list[str]:
    """The condition names (normalised, as indexer/focus.py matched them in the message) that a comparison compares:
    not a name inside another one found ("diabete" inside "type 2 diabete"), nor one made only of qualifiers."""
    keys = list(keys)
    return [key for key in keys
            if not any(other != key and f" {key} " in f" {other} " for other in keys)
            and any(len(word) >= 4 and word not in _QUALIFIERS and not word.isdigit() for word in key.split())]


def names_in(title: str, names: Iterable[str]) -> set[str]:
    """Those of ``names`` (normalised condition names) that ``title`` (a record's condition or question) names."""
    words = f" {normalize(title)} "
    return {name for name in names if f" {name} " in words}
