"""The graded dev set: blind patient messages whose pooled answers were graded like LiveQA-Med.

``eval/dev_graded.jsonl`` holds 1,200 messages written by forty writers who saw nothing of the
project; ``eval/dev_graded_qrels.jsonl`` the grades (1-Incorrect .. 4-Excellent, the LiveQA-Med
scale) that separate assessors gave to every answer pooled for them (see eval/README.md). An
answer is matched to its grade by content (:func:`eval.data.content_digest`), never by id.
Unlike the dev set, no single record is "the" answer: this measures what LiveQA-Med measures
(the grade of the first answer, the rank of the first useful one) on data that chose nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .data import GradedMessage, content_digest
from .dev import Triage, status_of
from .metrics import INCOMPLETE, RELATED, Grade, Ranked, grade_ranking, rate, summarize
from .systems import System

TOP_K = 10


@dataclass
class GradedResult:
    qid: str
    area: str
    status: str
    confidence: float | None
    grades: tuple[Grade, ...]
    pool: tuple[int, ...]
    top_id: str

    def ranked(self) -> Ranked:
        return Ranked(self.grades, self.pool)

    def to_json(self) -> dict[str, Any]:
        # The pool (the message's judged grades) is the qrels file's, not the result's.
        return {k: v for k, v in self.__dict__.items() if k != "pool"} | {"grades": list(self.grades)}


def run_graded(system: System, messages: Sequence[GradedMessage], qrels: Mapping[str, Mapping[str, int]],
               triage: Triage, top_k: int = TOP_K) -> list[GradedResult]:
    out = []
    for m in messages:
        outcome = system.ask(m.text, top_k)
        judged = qrels.get(m.qid, {})
        grades = grade_ranking([[content_digest(r)] for r in outcome.records[:top_k]], judged)
        status = status_of(outcome, triage.is_emergency(m.text), triage.is_clinic_request(m.text), m.text)
        out.append(GradedResult(m.qid, m.area, status, outcome.confidence, grades, tuple(judged.values()),
                                outcome.records[0].id if outcome.records else ""))
    return out


def _first_at_least(result: GradedResult, grade: int) -> bool:
    return bool(result.grades) and (result.grades[0] or 0) >= grade


def graded_metrics(results: Sequence[GradedResult]) -> dict[str, float | None]:
    """The LiveQA-Med metrics (unjudged answers count Incorrect; ``judged@k`` says how many there
    were) and, for a system that abstains, its answer rate and the grade of what it answered."""
    out: dict[str, float | None] = dict(summarize([r.ranked() for r in results]))
    answered = [r for r in results if r.status == "answered"]
    has_status = any(r.status in ("answered", "no_match") for r in results)  # baselines never abstain
    out["answer rate"] = rate(r.status == "answered" for r in results) if has_status else None
    out["answered prec@2+"] = rate(_first_at_least(r, RELATED) for r in answered) if answered else None
    out["answered prec@3+"] = rate(_first_at_least(r, INCOMPLETE) for r in answered) if answered else None
    return out


def by_area(results: Sequence[GradedResult]) -> dict[str, dict[str, float | None]]:
    return {a: {"n": float(sum(r.area == a for r in results)), **graded_metrics([r for r in results if r.area == a])}
            for a in sorted({r.area for r in results})}
