"""Recognise the conditions and drugs a question mentions, by the corpus's focus names and synonyms."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from corpus import QARecord

MAX_NGRAM = 7
_WORD = re.compile(r"[a-z0-9]+")
# Focus names that are ordinary words in a patient's message; they would match almost anything.
_TOO_GENERAL = frozenset(
    """pain cancer cancers disease diseases disorder syndrome infection infections fever cold colds flu
    back neck heart blood skin eye eyes ear ears head headache nose mouth teeth tooth foot feet hand hands
    leg legs arm arms stomach chest breast lung lungs liver kidney kidneys bone bones brain sleep diet
    exercise weight stress pregnancy baby babies child children aging women men health medicines drugs
    vitamins tests surgery injury injuries wounds bleeding burns falls fatigue cough itching rash""".split()
)
#: A one-word name that means something else before these words: "an abnormal Pap test" is no pulmonary alveolar
#: proteinosis (PAP; session 31's blind review O).
_NOT_BEFORE: dict[str, frozenset[str]] = {
    "pap": frozenset({"test", "tests", "smear", "smears", "screening", "result", "results"}),
}


def normalize(text: str) -> str:
    words = _WORD.findall(text.lower().replace("'s", ""))
    # Fold simple plurals so "migraines" finds "migraine" ("diabetes" stays as it is).
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
                    for w in words)


FOCUS_FILE = "focus_keys.json"


class FocusIndex:
    """Maps normalised focus names and synonyms (n-grams) to the records about them.

    Built once at index build time (``from_records``) and stored in the artifact
    (``to_mapping``/``from_mapping``), so workers start without re-deriving it.
    """

    def __init__(self, rows: dict[str, Any]) -> None:
        self._rows = rows  # key -> collection of record rows

    def __contains__(self, key: object) -> bool:
        """``key`` (a normalised name) is a focus name or synonym of some record."""
        return key in self._rows

    def to_mapping(self) -> dict[str, list[int]]:
        return {key: sorted(rows) for key, rows in sorted(self._rows.items())}

    @classmethod
    def from_mapping(cls, mapping: dict[str, list[int]]) -> FocusIndex:
        return cls(mapping)

    @classmethod
    def from_records(cls, records: Sequence[QARecord]) -> FocusIndex:
        index: dict[str, set[int]] = defaultdict(set)
        for row, record in enumerate(records):
            names = {record.focus, *(record.extra.get("focus_synonyms", ()) if record.extra else ())}
            keys = set()
            for name in names:
                # "Low back pain - chronic" and "Parasites - Taeniasis": index each part too.
                for part in {name, *re.split(r"\s+-\s+|\s*\(|\)\s*|,\s*", name)}:
                    key = normalize(part)
                    if key and key not in _TOO_GENERAL and len(key) > 2 and len(key.split()) <= MAX_NGRAM:
                        keys.add(key)
            for key in keys:
                index[key].add(row)
        return cls(dict(index))

    def match(self, text: str) -> dict[str, Any]:
        """Focus keys found in ``text`` (longest matches first, no overlaps) → record rows."""
        words = normalize(text).split()
        found: dict[str, set[int]] = {}
        used = [False] * len(words)
        for n in range(min(MAX_NGRAM, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if any(used[i : i + n]):
                    continue
                key = " ".join(words[i : i + n])
                rows = self._rows.get(key)
                if rows and n == 1 and i + 1 < len(words) and words[i + 1] in _NOT_BEFORE.get(key, ()):
                    continue
                if rows:
                    found[key] = rows
                    for j in range(i, i + n):
                        used[j] = True
        return found
