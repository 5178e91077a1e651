"""Records about one named medicine are answers only when the message names that medicine.

A drug or supplement leaflet ("How should Zolmitriptan be used and what is the dosage?") answers a
patient who takes zolmitriptan. Ranked on similarity alone it is also the best match for a
question about sertraline or sumatriptan when the corpus has no leaflet for those: the same
template, a drug name of the same shape. Serving it would give a dose, warnings and side
effects of a medicine the patient never mentioned.

Records tagged ``medicine`` (the MedQuAD loaders tag the MedlinePlus Drugs and Herbs and
Supplements leaflets; a clinic tags its own) carry the names of their medicine: the focus, its
synonyms, the brand names listed by any record of the same leaflet, and the one-word names a drug
dictionary gives the medicine ("Imodium" for loperamide; ``indexer.drug_dictionary``). The Searcher lowers the
score of such a record when none of those names is in the message (``RankerConfig.
unnamed_medicine_penalty``), so an overview of the condition or of the kind of medicine comes
first, or nothing does.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from corpus import MEDICINE_TAG, QARecord, leaflet_key

from .drug_dictionary import DrugDictionary
from .focus import normalize

MEDICINES_FILE = "medicine_names.json"
#: The key of a search hit's ``features`` that is 1.0 when the check lowered that hit's score.
UNNAMED_MEDICINE = "unnamed_medicine"
#: Words of a medicine's name that say how it is made or given, not which medicine it is
#: ("Ciprofloxacin Ophthalmic", "Insulin Lispro Injection", "Cipro XR Extended-release Tablets").
_FORM_WORDS = frozenset(
    """oral inhalation inhaler injection injectable topical transdermal patch nasal spray ophthalmic otic
    rectal vaginal combination product tablet capsule suspension solution cream gel lotion ointment drop
    kit diagnostic concentrate extended release delayed chewable liquid syrup powder film lozenge gum vaccine
    human salmon group salt sodium potassium succinate hydrochloride hcl sulfate acetate and with the
    action does work information about plus""".split()
)
_MIN_LETTERS = 4
_LIST_ITEM = re.compile(r"(?:^|\s)-\s+|\n|;")
_CONTENTS = re.compile(r"\([^)]*\)")
#: A brand-name word in at least this share of the answers (and this many) is an ordinary word.
_ORDINARY_SHARE = 0.002
_ORDINARY_MIN_RECORDS = 5


def name_words(name: str) -> set[str]:
    """The words of ``name`` that identify a medicine (normalised as the focus index does)."""
    return {w for w in normalize(name).split() if len(w) >= _MIN_LETTERS and w not in _FORM_WORDS and not w.isdigit()}


def brand_names(record: QARecord) -> list[str]:
    """The names a MedlinePlus "What are the brand names of X?" record lists ("- Zomig - Zomig-ZMT");
    a combination product's ingredients ("Vytorin (containing Ezetimibe, Simvastatin)") are other
    medicines and are left out."""
    if not record.qtype.lower().startswith("brand names"):
        return []
    return [_CONTENTS.sub(" ", item).strip() for item in _LIST_ITEM.split(record.answer) if item.strip()]


def _ordinary_words(records: Sequence[QARecord], words: set[str]) -> set[str]:
    """Those of ``words`` that many answers use: a brand name made of ordinary words ("Milk of
    Magnesia", "Face Up") does not name its medicine when a patient writes "milk" or "face"."""
    if not words:
        return set()
    counts = dict.fromkeys(words, 0)
    for record in records:
        for word in words.intersection(normalize(record.answer).split()):
            counts[word] += 1
    floor = max(_ORDINARY_MIN_RECORDS, _ORDINARY_SHARE * len(records))
    return {word for word, n in counts.items() if n >= floor}


#: The parts of a combination's name: "Amlodipine and Benazepril", "Lisinopril and Hydrochlorothiazide".
_COMBINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def components(focus: str) -> tuple[frozenset[str], ...]:
    """The name words of each medicine a combination leaflet's ``focus`` names ("Amlodipine and Benazepril": amlodipine,
    benazepril), or ``()`` for one medicine; text in brackets is not read ("MMR Vaccine (Measles, Mumps, and
    Rubella)" is one vaccine)."""
    parts = [name_words(part) for part in _COMBINED.split(_CONTENTS.sub(" ", focus)) if part.strip()]
    parts = [p for p in parts if p]
    return tuple(frozenset(p) for p in parts) if len(parts) > 1 else ()


class MedicineNames:
    """For each record about a named medicine, the words that name it, and for a combination of medicines the words
    of each one (:meth:`with_components`)."""

    def __init__(self, rows: dict[int, frozenset[str]],
                 parts: dict[int, tuple[frozenset[str], ...]] | None = None) -> None:
        self._rows = rows
        self._parts = parts or {}

    def with_components(self, focus: Sequence[str]) -> MedicineNames:
        """These names, with the components of each combination leaflet read from ``focus`` (each row's focus): a
        message that names one medicine of a combination does not name the combination (session 34's blind review: a
        patient on amlodipine got the side effects of amlodipine with benazepril)."""
        parts = {row: found for row in self._rows if row < len(focus) and (found := components(focus[row]))}
        return MedicineNames(self._rows, parts)

    def __len__(self) -> int:
        return len(self._rows)

    @classmethod
    def from_records(cls, records: Sequence[QARecord], dictionary: DrugDictionary | None = None) -> MedicineNames:
        """The names of each leaflet's medicine: its focus and synonyms, the brand names its sections list
        and, with ``dictionary``, the one-word names the dictionary gives the medicine."""
        members: dict[str, list[int]] = defaultdict(list)
        names: dict[str, set[str]] = defaultdict(set)
        brands: dict[str, set[str]] = defaultdict(set)
        titles: dict[str, set[str]] = defaultdict(set)
        urls: dict[str, set[str]] = defaultdict(set)
        for row, record in enumerate(records):
            if MEDICINE_TAG not in record.tags:
                continue
            key = leaflet_key(record)
            members[key].append(row)
            synonyms = record.extra.get("focus_synonyms", ()) if record.extra else ()
            for name in (record.focus, *synonyms):
                names[key] |= name_words(name)
                titles[key].add(name)
            for name in brand_names(record):
                brands[key] |= name_words(name)
            if record.url:
                urls[key].add(record.url)
        if dictionary is not None:
            for key in members:
                # "Methylprednisolone Oral" names the dictionary's methylprednisolone by its name word.
                found = dictionary.other_names(titles[key] | names[key], urls[key])
                brands[key] |= {w for w in found if len(w) >= _MIN_LETTERS and w not in _FORM_WORDS}
        ordinary = _ordinary_words(records, set().union(*brands.values()) - set().union(*names.values()))
        for key, words in brands.items():
            names[key] |= words - ordinary
        # A leaflet without a name (an empty focus throughout) is left alone: it cannot be checked.
        return cls({row: frozenset(names[key]) for key, rows in members.items() if names[key] for row in rows})

    def rows_naming(self, medicines: Iterable[str]) -> list[int]:
        """The rows of the leaflets of ``medicines`` (names, read by :func:`name_words` as the leaflets' own are)."""
        words = set().union(*map(name_words, medicines))
        return [row for row, names in self._rows.items() if names & words] if words else []

    def save(self, folder: Path) -> None:
        mapping = {str(row): sorted(words) for row, words in sorted(self._rows.items())}
        (folder / MEDICINES_FILE).write_text(json.dumps(mapping, ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path) -> MedicineNames:
        """The names stored with an index; an index built before they were stored has none."""
        path = folder / MEDICINES_FILE
        if not path.is_file():
            return cls({})
        return cls({int(row): frozenset(words) for row, words in json.loads(path.read_text(encoding="utf-8")).items()})

    def unnamed(self, rows: np.ndarray, texts: Iterable[str]) -> np.ndarray:
        """For each of ``rows``: it is about a medicine that none of ``texts`` names."""
        out = np.zeros(len(rows), dtype=bool)
        if not self._rows:
            return out
        words: set[str] | None = None
        for i, row in enumerate(rows):
            names = self._rows.get(int(row))
            if names is None:
                continue
            if words is None:  # the message as written and as corrected are often the same text: read it once
                words = {w for text in set(texts) for w in normalize(text).split()}
            parts = self._parts.get(int(row))
            if parts and not all(part & words for part in parts):
                # one medicine of a combination named: only a name of the combination itself (a brand) names it
                out[i] = not ((names - frozenset().union(*parts)) & words)
            else:
                out[i] = not (names & words)
        return out
