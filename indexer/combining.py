"""Questions about taking medicines together, and the line an answer gets when it does not cover that.

"I take Eliquis, is it ok to take ibuprofen for my back pain?" finds the reviewed answer about
medicines for back pain, which suggests ibuprofen and says nothing of blood thinners (session 20's
blind review). The answer is still the closest reviewed one, and withholding every such answer would
withhold many good ones; so the answer is served with a line saying what it does not cover, unless
the record is itself about interactions.

A message asks about combining when it names two medicines (or one and a kind of medicine: "my blood
thinner", "antibiotics", "the pill") and uses words of taking them together ("with", "together",
"mix", "while on", "is it ok to take"). The medicines are the one-word names of the drug dictionary
(``indexer.drug_dictionary``), stored with the index when it is built (``medicine_words.json``), so
the service never imports the dictionary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from corpus import QARecord

from .focus import normalize

MEDICINE_WORDS_FILE = "medicine_words.json"
COMBINING_NOTE = (
    "If you are asking about taking medicines together: this answer does not cover that. Ask a pharmacist "
    "or your clinician before you combine them."
)
#: Kinds of medicine a patient names instead of the medicine ("my blood thinner", "the pill"); not kinds
#: that are usually the named medicine's own ("atorvastatin ... my statin", "sertraline, an antidepressant").
_KINDS = re.compile(
    r"\b(?:blood thinners?|anticoagulants?|antibiotics?|birth control|the pill|pain ?killers?|pain relievers?"
    r"|blood pressure (?:meds|medicines?|medications?|pills|tablets)"
    r"|(?:other|regular|usual|daily) (?:meds|medicines?|medications?|pills|tablets|prescriptions?)"
    r"|with (?:my|his|her) (?:meds|medicines?|medications?|pills|tablets))\b"
)
#: Taking them together: "with my", "together", "mix", "while on", "interact", "is it ok to take".
_TOGETHER = re.compile(
    r"\b(?:interact\w*|together|mix\w*|combin\w*|at the same time|along with|on top of"
    r"|while (?:i'?m |im |he'?s |she'?s |i am )?(?:on|taking|using)|with (?:my|his|her|the)"
    r"|(?:can|could|should|may) (?:i|he|she|we|you) (?:still )?(?:take|have|use|give)"
    r"|(?:ok|okay|safe|alright|fine) (?:for \w+ )?to (?:take|have|use|give)"
    # "I want to take Advil for a few days. Is that ok with methotrexate?" (session 33's last blind review)
    r"|(?:ok|okay|safe|alright|fine) (?:to (?:take|have|use|mix) )?(?:it |that |this |them )?with)\b"
    r"|\b(?:take|taking|use|using|give|giving|have|drink\w*)\b[^.?!]{0,40}\bwith\b"
)
#: One medicine or the other, asked as a choice: "should i take imodium or antibiotics" (session 40's blind review UU,
#: which had the line about taking them together); "or" with words of taking them together still asks that ("can I take
#: tylenol or advil with my warfarin").
_EITHER = re.compile(r"\b(?:take|taking|use|using|give|giving|have|try|trying)\b[^.?!]{0,40}\bor\b")
_TOGETHER_SAID = re.compile(r"\b(?:interact\w*|together|mix\w*|combin\w*|at the same time|along with|on top of|both"
                            r"|while (?:i'?m |im |he'?s |she'?s |i am )?(?:on|taking|using)|with)\b")
#: The medicines named earlier, referred to in the question: "Is it safe to take them together?" (session 22's
#: review: lisinopril and spironolactone named in the story, the question only says "them").
_BOTH = re.compile(r"\b(?:them|both|the two|these two|those two)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
#: An answer that speaks of taking two medicines together or in turn.
_BOTH_TAKEN = re.compile(r"\b(?:use|take|give|giving|taking|using) both\b"
                         r"|\balternat(?:e|ing) (?:between|the two|them|doses)"
                         r"|\b(?:taken|take|given|give|used|use|taking|giving|using) (?:\w+ ){0,2}together\b")
#: A record that is itself about interactions or what to avoid with a medicine.
_ABOUT_COMBINING = re.compile(r"interact|together|other medications|combin|with alcohol|foods", re.I)


class MedicineWords:
    """One-word names of medicines (normalised as the focus index does) -> the medicine they name."""

    def __init__(self, words: dict[str, str]) -> None:
        self._words = words

    def __len__(self) -> int:
        return len(self._words)

    @property
    def names(self) -> Mapping[str, str]:
        """Each one-word name -> the medicine it names (read-only)."""
        return MappingProxyType(self._words)

    def named(self, text: str) -> set[str]:
        """The medicines ``text`` names by one of their one-word names."""
        return {self._words[w] for w in normalize(text).split() if w in self._words}

    def asks_about_combining(self, text: str) -> bool:
        """Whether ``text`` asks about taking two medicines (or a medicine and a kind of medicine) together."""
        lowered = text.lower()
        named = self.named(text)
        kinds = set(_KINDS.findall(lowered))
        if len(named) + len(kinds) < 2:
            return False
        # The taking-together words in a sentence that names one of them, or refers to them ("them", "both"): a
        # long story that names two medicines and asks "can I take a bath" elsewhere is not asking about them.
        return any(_TOGETHER.search(sentence)
                   and (self.named(sentence) or _KINDS.search(sentence) or _BOTH.search(sentence))
                   and not (_EITHER.search(sentence) and not _TOGETHER_SAID.search(sentence))
                   for sentence in _SENTENCE.split(lowered))

    def named_in(self, text: str, record: QARecord) -> bool:
        """Whether ``record`` is the leaflet of a medicine ``text`` names and its answer names every other medicine
        ``text`` names: "Are there safety concerns or special precautions about Simvastatin?" names clarithromycin,
        and so covers taking the two together (session 33's blind review, where the line said it did not). A page
        about a condition covers them when its answer names both and speaks of taking them together or in turn; one
        that only lists both among its treatments does not; nor does any page when ``text``
        names one medicine and a kind of medicine ("ibuprofen with my blood thinner"), which no page can be checked
        for (with two named, "the antibiotic" is one of them)."""
        named = self.named(text)
        own = named & self.named(record.focus)
        if len(named) >= 2 and not own:
            # a page on a condition covers them only when it speaks of taking them together: "sometimes your provider
            # will tell you to use both" in the fever page, asked "can I give both calpol and nurofen?" (session 34's
            # blind review CC)
            return named <= self.named(record.answer) and _BOTH_TAKEN.search(record.answer.lower()) is not None
        if not own or (len(named) < 2 and _KINDS.search(text.lower())):
            return False
        return (named - own) <= self.named(record.answer)

    def save(self, folder: Path) -> None:
        (folder / MEDICINE_WORDS_FILE).write_text(json.dumps(dict(sorted(self._words.items())), ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path) -> MedicineWords:
        """The words stored with an index; an index built before they were stored has none."""
        path = folder / MEDICINE_WORDS_FILE
        if not path.is_file():
            return cls({})
        return cls(json.loads(path.read_text(encoding="utf-8")))


def about_combining(record: QARecord) -> bool:
    """Whether ``record`` is itself about interactions or what not to take with a medicine."""
    return bool(_ABOUT_COMBINING.search(record.qtype) or _ABOUT_COMBINING.search(record.question))
