"""A learned check for messages the reviewed library cannot answer: clinic business, personal records,
small talk, off-topic questions.

The wording rules in :mod:`indexer.requests` catch the phrasings they were written for and little
else (on writers they were not written from, 2 of 19 false answers fixed: docs/evaluation.md). This
check reads the whole-message vector the search computes anyway (all-MiniLM-L6-v2) and gives the
probability that the message is not a health-information question: logistic regression, trained
by ``python -m eval.train_requests`` on the out-of-corpus and blind clinic sets (positives) and the
dev and graded health messages (negatives). It runs after the emergency triage and the rules, and
only where the search would answer: a flagged message gets the clinic message instead of an article.

The file names the encoder weights it was trained on: vectors from another model are never scored
(the Answerer logs it once and the rules still run). Pure numpy; no model is loaded here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from .linear_model import VectorLogistic
from .model_files import read_model_file, write_model_file

REQUEST_CLASSIFIER_FILE = Path(__file__).with_name("request_classifier.json")
FORMAT = 1
#: The service's default (``MEDMATCH_REQUEST_CLASSIFIER``). On since the refitted model cleared the bar
#: written for it before its held-out writers G-J were run (13 of the rules' 31 false answers of 240
#: removed, 10 asked; 1 of 100 health look-alikes refused, 1 allowed); the first model had missed its
#: bar on writers E and F (docs/evaluation.md, session 11). ``make eval`` reports it off beside.
DEFAULT_SETTING = "bundled"


#: A dose missed: "forgot to take my birth control pill yesterday what do i do now" (read as clinic business at 0.96 in
#: blind review I of session 30), "missed my metformin dose this morning".
_MISSED_DOSE = re.compile(
    r"\b(?:forgot|forget|forgotten|missed|miss|skipped|skip|didn'?t take|did not take|never took)\b (?:\w+ ){0,5}?"
    r"(?:pill|dose|tablet|medicine|meds|medication|injection|shot|patch|inhaler)s?\b", re.IGNORECASE)
#: ... unless the clinic is asked for more: "I missed my pills because I ran out, can you send a refill".
_CLINIC_SUPPLY = re.compile(r"\b(?:refill\w*|prescriptions?|script|renew\w*|ran out|run out|running out|pharmacy|"
                            r"chemist|pick(?:ed)? up|collect\w*|appointments?|send|repeat)\b", re.IGNORECASE)


def tells_missed_dose(text: str) -> bool:
    """Whether ``text`` tells of a dose missed and asks for nothing from the clinic: a question about the medicine,
    which the rules and the search answer (the classifier reads "take my pill ... what do I do" as a prescription
    request). Over the labelled sets of ``eval/`` it reads one clinic-set message, a health question."""
    return bool(_MISSED_DOSE.search(text)) and not _CLINIC_SUPPLY.search(text)


#: Information asked for by topic, the way people write to a medical library ("Do you have information about MRI
#: Scans", MedQuAD's own wording), which the model read as clinic business (session 33's last blind review); no clinic
#: request of the labelled sets is worded so.
_INFORMATION_ASKED = re.compile(
    r"\b(?:do|does) (?:you|your \w+|the library) have (?:any |some )?(?:information|info|anything|leaflets?|material"
    r"|resources|articles?) (?:about|on|regarding|for)\b", re.IGNORECASE)


def asks_for_information(text: str) -> bool:
    """Whether ``text`` asks for information about a topic ("do you have any information on ..."): a health question
    for the search, not a request of the clinic."""
    return _INFORMATION_ASKED.search(text) is not None


class RequestClassifierError(ValueError):
    """The file is missing, unreadable or inconsistent (names the file and the problem)."""


@dataclass(frozen=True)
class RequestClassifier(VectorLogistic):
    """P(not a health question | message vector); flags at ``threshold``."""

    error: ClassVar[type[ValueError]] = RequestClassifierError
    #: Messages shorter than this are left to the rules and the search: a bare name ("apixaban", "eliquis") is a
    #: question about that medicine, yet the model read such names as clinic requests at 0.96-0.998 (session 25's
    #: blind review); the short messages of the clinic and out-of-corpus sets it would have refused (greetings,
    #: "wifi password?", "fax number?") get no answer from the search anyway.
    min_words: ClassVar[int] = 3

    def applies(self, text: str) -> bool:
        """Whether the classifier decides ``text``: long enough, not a dose missed (:func:`tells_missed_dose`) and not
        information asked for by topic (:func:`asks_for_information`)."""
        return (len(text.split()) >= self.min_words and not tells_missed_dose(text)
                and not asks_for_information(text))

    def flags(self, vector: np.ndarray, text: str) -> bool:
        """Whether the message (``text`` and its vector) is read as not a health question (as
        :meth:`safety.classifier.EmergencyClassifier.flags`, a message too short is never flagged)."""
        return self.applies(text) and self.probability(vector) >= self.threshold

    @classmethod
    def load(cls, path: Path | str | None = None) -> RequestClassifier:
        """Read a classifier file; raises :class:`RequestClassifierError` naming the file and the problem."""
        path = Path(path or REQUEST_CLASSIFIER_FILE)
        data = read_model_file(path, FORMAT, "request classifier", RequestClassifierError)
        try:
            return cls(**cls.fields(data))
        except RequestClassifierError as exc:
            raise RequestClassifierError(f"{path}: {exc}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise RequestClassifierError(f"{path}: missing or bad field: {exc}") from None

    def save(self, path: Path | str | None = None, extra: dict[str, Any] | None = None) -> None:
        write_model_file(Path(path or REQUEST_CLASSIFIER_FILE), self.payload(FORMAT) | (extra or {}))


def load_request_classifier(setting: str = DEFAULT_SETTING) -> RequestClassifier | None:
    """The service's setting: ``'bundled'`` (this package's file), a path, or ``'off'`` (rules only)."""
    setting = (setting or "off").strip()
    if setting.lower() == "off":
        return None
    return RequestClassifier.load(None if setting.lower() == "bundled" else setting)
