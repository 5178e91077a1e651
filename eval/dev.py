"""Dev-set evaluation: top-1 / MRR on eval/dev_questions.jsonl, abstention on both dev files.

A returned record is correct when its CONTENT equals the target MedQuAD record's (question,
url, answer): ids in the index may be suffixed ``~N`` by the combiner. ``strict`` counts only
``target_id``; ``lenient`` also any of ``alt_ids``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from indexer.animals import declines
from indexer.request_classifier import DEFAULT_SETTING, load_request_classifier
from indexer.requests import is_service_request

from .data import DevQuestion, OutOfCorpus, record_key
from .metrics import (
    expected_calibration_error,
    first_correct_rank,
    mrr,
    rate,
    reliability_table,
    top1_accuracy,
)
from .systems import Outcome, System

TOP_K = 10


@dataclass
class DevResult:
    qid: str
    style: str
    rank_strict: int | None
    rank_lenient: int | None
    confidence: float | None
    status: str  # answered | no_match | emergency | "" (system without abstention)
    top_id: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class OocResult:
    qid: str
    kind: str
    confidence: float | None
    status: str
    top_id: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


class Triage:
    """What the service decides before it searches: the emergency triage (the rules, and, given the
    ``searcher`` whose vectors it reads, the bundled classifier too), then clinic requests (the
    wording rules, and with a searcher the request classifier of the ``requests`` setting, the
    service's default unless given), as ``indexer.answer``."""

    def __init__(self, searcher: Any = None, requests: str = DEFAULT_SETTING) -> None:
        try:
            from safety import Triage as _Triage
            from safety import load_classifier

            classifier = load_classifier() if searcher is not None else None
            self._triage: Any = _Triage(classifier=classifier)
        except ImportError:  # pragma: no cover
            self._triage = None
        self._searcher = searcher
        classifier = load_request_classifier(requests) if searcher is not None else None
        encoder = getattr(searcher, "encoder", None)
        fits = classifier is not None and encoder is not None and classifier.fits(encoder.base_fingerprint, encoder.dim)
        self._requests = classifier if fits else None
        #: Decisions by text: every evaluated system asks about the same messages.
        self._decided: dict[str, bool] = {}
        self._requested: dict[str, str | None] = {}

    def clinic_request_by(self, text: str) -> str | None:
        """What takes ``text`` for clinic business: "rules" (before the search) or "classifier" (which
        the service applies only where the search would answer), or None."""
        if text not in self._requested:
            by = None
            if is_service_request(text):
                by = "rules"
            elif self._requests is not None and self._requests.flags(self._searcher.prepare(text).message_vector, text):
                by = "classifier"
            self._requested[text] = by
        return self._requested[text]

    def is_clinic_request(self, text: str) -> bool:
        """Whether the service gives ``text`` the clinic message rather than an answer."""
        return self.clinic_request_by(text) is not None

    def is_emergency(self, text: str) -> bool:
        decided = self._decided.get(text)
        if decided is None:
            decided = self._decided[text] = self._decide(text)
        return decided

    def _decide(self, text: str) -> bool:
        if self._triage is None:
            return False
        if self._triage.check(text) is not None:
            return True
        classifier = self._triage.classifier
        if classifier is None or not classifier.applies(text):
            return False
        return self._triage.check_vector(self._searcher.prepare(text).message_vector, text) is not None


def status_of(outcome: Outcome, emergency: bool, request: bool = False, text: str = "") -> str:
    """The API status the service would give: emergency first, then clinic requests (``request``), then
    its answer decision, which a question about an animal (``text``) keeps only from a record about
    pets. A system without abstention (a baseline) has no status but "emergency"."""
    if outcome.status:
        return outcome.status
    if emergency:
        return "emergency"
    if outcome.answered is None:
        return ""
    first = outcome.records[0].question if outcome.records else None
    return "answered" if outcome.answered and not request and not declines(text, first) else "no_match"


def run_dev(system: System, questions: Sequence[DevQuestion], keys: Mapping[str, str], triage: Triage,
            top_k: int = TOP_K) -> list[DevResult]:
    """``keys``: MedQuAD id -> content key of the raw MedQuAD record."""
    out = []
    for q in questions:
        outcome = system.ask(q.question, top_k)
        got = [record_key(r) for r in outcome.records[:top_k]]
        strict = {keys[q.target_id]} if q.target_id in keys else set()
        lenient = strict | {keys[a] for a in q.alt_ids if a in keys}
        out.append(DevResult(
            q.qid, q.style,
            first_correct_rank([k in strict for k in got]),
            first_correct_rank([k in lenient for k in got]),
            outcome.confidence,
            status_of(outcome, triage.is_emergency(q.question), triage.is_clinic_request(q.question), q.question),
            outcome.records[0].id if outcome.records else "",
        ))
    return out


def run_ooc(system: System, questions: Sequence[OutOfCorpus], triage: Triage, top_k: int = TOP_K) -> list[OocResult]:
    out = []
    for q in questions:
        outcome = system.ask(q.question, top_k)
        status = status_of(outcome, triage.is_emergency(q.question), triage.is_clinic_request(q.question), q.question)
        top_id = outcome.records[0].id if outcome.records else ""
        out.append(OocResult(q.qid, q.kind, outcome.confidence, status, top_id))
    return out


def dev_metrics(dev: Sequence[DevResult], ooc: Sequence[OocResult] = ()) -> dict[str, float | None]:
    # Only a system that abstains has an answer rate (a baseline's messages are "" or "emergency").
    has_status = any(r.status in ("answered", "no_match") for r in dev)
    out: dict[str, float | None] = {
        "top1": top1_accuracy([r.rank_strict for r in dev]),
        "MRR@10": mrr([r.rank_strict for r in dev]),
        "top1 lenient": top1_accuracy([r.rank_lenient for r in dev]),
        "MRR@10 lenient": mrr([r.rank_lenient for r in dev]),
        "answer rate": rate(r.status == "answered" for r in dev) if has_status else None,
        "OOC false answers": rate(r.status == "answered" for r in ooc) if has_status and ooc else None,
        "n": float(len(dev)),
    }
    return out


def by_style(dev: Sequence[DevResult]) -> dict[str, dict[str, float | None]]:
    styles = sorted({r.style for r in dev})
    return {s: dev_metrics([r for r in dev if r.style == s]) for s in styles}


def calibration(dev: Sequence[DevResult]) -> dict[str, Any]:
    """Reliability of the confidence for strict top-1 correctness (10 bins) and its ECE. Messages
    routed to the emergency message are left out: their confidence (1.0 through the API) is not
    an answer's."""
    rows = [r for r in dev if r.confidence is not None and r.status != "emergency"]
    table = reliability_table([float(r.confidence or 0.0) for r in rows], [r.rank_strict == 1 for r in rows])
    return {"bins": [b.__dict__ for b in table], "ece": expected_calibration_error(table)}
