"""A numbered type that the message names and another one that a record is about.

"My dad and my grandpa both had type 2 diabetes. Am I going to get it?" found "Is type 1 diabetes inherited?" first
(session 28's blind review), and two graded messages about type 1 diabetes found "What is the outlook for Type 2
diabetes?". Type 1 and type 2 diabetes, or neurofibromatosis type 1 and type 2, are different conditions with
different answers. A record whose focus (or question) names a type number, none of which the message names, while
the message names a type number of its own, falls below the records that match the message about as well
(``RankerConfig.type_penalty``). A record that names no type ("Diabetes", "Gaucher Disease") is never flagged.
Pure regular expressions, no model.

The same holds for the variants that a word in the name sets apart (session 31, from the graded dev set's answered
wrong-topic first answers): autosomal dominant and recessive polycystic kidney disease, long and short QT syndrome,
and the hyper- and hypo- forms of one stem (hyperthyroidism and hypothyroidism). Each is a group of its own: a record
is flagged when, in some group, it names only variants the message does not, while the message names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

#: The name of the flag on a hit (``Hit.features``): the record is about another numbered type.
TYPE_MISMATCH = "type_mismatch"

#: Type numbers as digits, from 1 to 20 (session 36's blind review II: "just diagnosed with type 1 diabetes ... hypos at
#: school" found "Maturity-onset diabetes of the young, type 8" first, a type the check did not read).
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_NUMBERS = {**{str(n): str(n) for n in range(1, 21)}, **{w: str(n) for n, w in enumerate(_WORDS, 1)},
            **{r: str(n) for n, r in enumerate(_ROMAN, 1)}}
_NUMBER = "(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
#: A type number in a record's focus or question: "Type 1 diabetes", "Neurofibromatosis type 2", "type II", "type 8".
_RECORD_TYPE = re.compile(rf"\btype[ -]?({_NUMBER})\b", re.IGNORECASE)
#: ... and in a message, where a lone "i" after "type" is mostly the pronoun ("what type i should take"), read as a
#: number only before "diabetes" or "diabetic", and a lone "x" or "v" not at all.
_MESSAGE_TYPE = re.compile(
    rf"\btype[ -]?((?!(?:i|x|v)\b){_NUMBER}|i(?= diabet))(?!\.\d|\w)", re.IGNORECASE)


#: Variant words and the group each sets apart (the group, the variant).
_VARIANTS = re.compile(r"\b(?:(dominant|recessive)|(long|short)[ -]qt|hyp(er|o)(thyroid\w*|glyc\w*|tension|kalemi\w*"
                       r"|calcemi\w*|natremi\w*|parathyroid\w*|hidrosis|pituitar\w*|thermia)"
                       # the letter of a hepatitis virus or a haemophilia (session 38's blind review 73: "my mum has
                       # hepatitis B, can I catch it from sharing a cup" found "How to prevent Hepatitis A?")
                       r"|(hepatitis|hep|ha?emophilia) ?([a-e])(?: (?:or|and) ([a-e]))?(?![\w-]))\b", re.IGNORECASE)


def type_numbers(text: str, *, message: bool = True) -> frozenset[str]:
    """The type numbers ``text`` names, as digits ("type II" -> {"2"})."""
    pattern = _MESSAGE_TYPE if message else _RECORD_TYPE
    return frozenset(_NUMBERS[m.group(1).lower()] for m in pattern.finditer(text))


def variants(text: str, *, message: bool = True) -> frozenset[tuple[str, str]]:
    """The variants ``text`` names, as (group, variant): the numbered type ("type", "2"), the inheritance
    ("inheritance", "dominant"), the QT interval ("qt", "long"), a hyper- or hypo- form ("thyroid", "er")."""
    found = {("type", number) for number in type_numbers(text, message=message)}
    for m in _VARIANTS.finditer(text):
        if m.group(1):
            found.add(("inheritance", m.group(1).lower()))
        elif m.group(2):
            found.add(("qt", m.group(2).lower()))
        elif m.group(5):
            group = "hepatitis" if m.group(5).lower().startswith("hep") else "haemophilia"
            found.update((group, letter.lower()) for letter in (m.group(6), m.group(7)) if letter)
        else:
            found.add((m.group(4).lower()[:6], m.group(3).lower()))
    return frozenset(found)


class RecordTypes:
    """The variants (numbered types and the others of :func:`variants`) each record of an index is about, read from
    its focus (its question when it has none)."""

    def __init__(self, named: list[frozenset[tuple[str, str]]]) -> None:
        self._named = named

    @classmethod
    def of(cls, questions: Iterable[str], focus: Iterable[str]) -> RecordTypes:
        return cls([variants(f or q, message=False) for q, f in zip(questions, focus, strict=True)])

    def mismatch(self, rows: np.ndarray, text: str) -> np.ndarray:
        """For each row: in some group, the message names a variant and the record names only other ones."""
        asked = variants(text)
        if not asked:
            return np.zeros(len(rows), dtype=bool)
        groups = {group for group, _ in asked}
        return np.fromiter((self._other_variant(self._named[r], asked, groups) for r in rows), dtype=bool,
                           count=len(rows))

    @staticmethod
    def _other_variant(named: frozenset[tuple[str, str]], asked: frozenset[tuple[str, str]], groups: set[str]) -> bool:
        for group in groups:
            own = {variant for g, variant in named if g == group}
            if own and not any((group, variant) in asked for variant in own):
                return True
        return False
