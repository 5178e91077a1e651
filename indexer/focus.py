"""Recognise the conditions and drugs a question mentions, by the corpus's focus names and synonyms."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

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


def normalize(text: str) -> str:
    words = _WORD.findall(text.lower().replace("'s", ""))
    # Fold simple plurals so "migraines" finds "migraine" ("diabetes" stays as it is).
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w for w in words)


class FocusIndex:
    """Maps normalised focus names and synonyms (n-grams) to the records about them."""

    def __init__(self, records: Sequence[QARecord]) -> None:
        self._rows: dict[str, set[int]] = defaultdict(set)
        self.record_keys: list[frozenset[str]] = []
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
                self._rows[key].add(row)
            self.record_keys.append(frozenset(keys))

    def match(self, text: str) -> dict[str, set[int]]:
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
                if rows:
                    found[key] = rows
                    for j in range(i, i + n):
                        used[j] = True
        return found
