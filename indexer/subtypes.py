"""A numbered type that the message names and another one that a record is about.

"My dad and my grandpa both had type 2 diabetes. Am I going to get it?" found "Is type 1 diabetes inherited?" first
(session 28's blind review), and two graded messages about type 1 diabetes found "What is the outlook for Type 2
diabetes?". Type 1 and type 2 diabetes, or neurofibromatosis type 1 and type 2, are different conditions with
different answers. A record whose focus (or question) names a type number, none of which the message names, while
the message names a type number of its own, falls below the records that match the message about as well
(``RankerConfig.type_penalty``). A record that names no type ("Diabetes", "Gaucher Disease") is never flagged.
Pure regular expressions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

#: The name of the flag on a hit (``Hit.features``): the record is about another numbered type.
TYPE_MISMATCH = "type_mismatch"

_NUMBERS = {"1": "1", "one": "1", "i": "1", "2": "2", "two": "2", "ii": "2", "3": "3", "three": "3", "iii": "3",
            "4": "4", "four": "4", "iv": "4"}
#: A type number in a record's focus or question: "Type 1 diabetes", "Neurofibromatosis type 2", "type II".
_RECORD_TYPE = re.compile(r"\btype[ -]?(1|2|3|4|one|two|three|four|iv|iii|ii|i)\b", re.IGNORECASE)
#: ... and in a message, where a lone "i" after "type" is mostly the pronoun ("what type i should take"), read as a
#: number only before "diabetes" or "diabetic".
_MESSAGE_TYPE = re.compile(
    r"\btype[ -]?(1|2|3|4|one|two|three|four|iv|iii|ii|i(?= diabet))(?!\.\d|\w)", re.IGNORECASE)


def type_numbers(text: str, *, message: bool = True) -> frozenset[str]:
    """The type numbers ``text`` names, as digits ("type II" -> {"2"})."""
    pattern = _MESSAGE_TYPE if message else _RECORD_TYPE
    return frozenset(_NUMBERS[m.group(1).lower()] for m in pattern.finditer(text))


class RecordTypes:
    """The type numbers each record of an index is about, read from its focus (its question when it has none)."""

    def __init__(self, numbers: list[frozenset[str]]) -> None:
        self._numbers = numbers

    @classmethod
    def of(cls, questions: Iterable[str], focus: Iterable[str]) -> RecordTypes:
        return cls([type_numbers(f or q, message=False) for q, f in zip(questions, focus, strict=True)])

    def mismatch(self, rows: np.ndarray, text: str) -> np.ndarray:
        """For each row: the message names a type number and the record names only other ones."""
        asked = type_numbers(text)
        if not asked:
            return np.zeros(len(rows), dtype=bool)
        return np.fromiter((bool(self._numbers[r]) and not (self._numbers[r] & asked) for r in rows),
                           dtype=bool, count=len(rows))
