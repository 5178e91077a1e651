"""Other names of a medicine, from a drug dictionary: brands and other languages' spellings.

A patient writes the name on the box ("Imodium", "Zoloft", "Voltaren"); a MedlinePlus leaflet is
filed under the generic name ("Loperamide") and, in the LiveQA-Med answers, often without its
brand-name section. The medicine-name check (``indexer.medicines``) would then treat "my Imodium"
as naming no leaflet. The drug dictionary of the ``drug-named-entity-recognition`` package (MIT;
names gathered by Fast Data Science from MeSH, the DrugBank vocabulary, Wikipedia and MedlinePlus)
maps about 107,000 names to 20,000 medicines and gives many of them their MedlinePlus leaflet id,
the ``aNNNNNN`` of a leaflet's url.

Only one-word names are taken: brand names and spellings such as "Imodium" or "loperamida". The
dictionary's longer entries are mostly salts and chemical names whose single words ("sugar" in
"iron sugar", "trust" in a stray citation) would name a leaflet by accident. The dictionary is read
when an index is built; the names are stored with the index, so serving does not import it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from .errors import BuildError
from .focus import normalize

#: Another name of a medicine used this often in pyspellchecker's English word counts is an ordinary word
#: ("armour" 2,920, "generic" 1,762; "viagra" 173, "tylenol" 81 and "zoloft" 50 are names).
COMMON_WORD_COUNT = 200
_MIN_LETTERS = 4
#: The id in a MedlinePlus drug leaflet's url (https://medlineplus.gov/druginfo/meds/a682280.html).
_MEDLINEPLUS_ID = re.compile(r"/druginfo/meds/(a\d{6})\.html")


def medlineplus_id(url: str) -> str | None:
    """The MedlinePlus leaflet id of ``url``, if it is a MedlinePlus drug leaflet."""
    match = _MEDLINEPLUS_ID.search(url)
    return match.group(1) if match else None


class DrugDictionary:
    """Medicines by their names and by their MedlinePlus leaflet id, with each medicine's one-word names."""

    def __init__(self, names: Mapping[str, Sequence[str]], leaflets: Mapping[str, str]) -> None:
        """``names``: a name (any case) -> the medicines it names; ``leaflets``: medicine -> MedlinePlus id."""
        self._medicines: dict[str, set[str]] = defaultdict(set)
        self._one_word: dict[str, set[str]] = defaultdict(set)
        for name, medicines in names.items():
            words = normalize(name).split()
            for medicine in medicines:
                self._medicines[" ".join(words)].add(medicine)
                if len(words) == 1 and words[0].isalpha():
                    self._one_word[medicine].add(words[0])
        self._by_leaflet: dict[str, set[str]] = defaultdict(set)
        for medicine, leaflet in leaflets.items():
            self._by_leaflet[leaflet].add(medicine)
        self._leaflets = leaflets

    @classmethod
    @cache
    def bundled(cls) -> DrugDictionary:
        """The dictionary of the installed ``drug-named-entity-recognition`` package (read once, ~2 s).

        Raises:
            BuildError: the package is not installed (``pip install -e .`` installs it).
        """
        try:
            from drug_named_entity_recognition import drugs_finder
        except ImportError as exc:
            raise BuildError(f"the drug dictionary cannot be read ({exc}): install medmatch's dependencies "
                             "(`make install`, or pip install 'drug-named-entity-recognition==2.0.9')") from None

        leaflets = {medicine: data["medline_plus_id"] for medicine, data in drugs_finder.drug_canonical_to_data.items()
                    if data.get("medline_plus_id")}
        return cls(drugs_finder.drug_variant_to_canonical, leaflets)

    def other_names(self, names: Iterable[str], urls: Iterable[str] = ()) -> set[str]:
        """The one-word names of the medicines that ``names`` (a leaflet's focus and synonyms) name whole,
        or that ``urls`` (its MedlinePlus leaflet) is the leaflet of; normalised as the focus index does."""
        medicines: set[str] = set()
        for name in names:
            medicines |= self._medicines.get(normalize(name), set())
        for url in urls:
            leaflet = medlineplus_id(url)
            if leaflet:
                medicines |= self._by_leaflet.get(leaflet, set())
        return set().union(*(self._one_word[m] for m in medicines)) if medicines else set()

    def medicine_words(self, common: Mapping[str, int]) -> dict[str, str]:
        """One-word names of medicines that have a MedlinePlus leaflet (medicines patients take, not
        reagents) -> the medicine. Another name that ``common`` (English word counts) counts above
        ``COMMON_WORD_COUNT`` is an ordinary word and left out ("armour" for thyroid, "generic" for
        oxazepam, "alcohol" for benzyl alcohol); a medicine's own name is kept however common
        ("aspirin", "ibuprofen")."""
        words: dict[str, str] = {}
        for name, medicines in self._medicines.items():
            taken = sorted(m for m in medicines if m in self._leaflets)
            if not taken or len(name) < _MIN_LETTERS or not name.isalpha():
                continue
            if name in taken or common.get(name, 0) <= COMMON_WORD_COUNT:
                words[name] = name if name in taken else taken[0]
        return words
