"""Run a system over the LiveQA-Med test questions and grade its answers by content."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus import QARecord

from .data import Judgments, TestQuestion
from .metrics import Grade, Ranked, grade_ranking, summarize
from .systems import Outcome, System

TOP_K = 10
VARIANTS = ("original", "summary")


@dataclass
class QuestionResult:
    qid: str
    question: str
    outcome: Outcome
    seconds: float
    judged_ids: list[list[str]]
    grades_high: tuple[Grade, ...]
    grades_low: tuple[Grade, ...]
    pool_high: tuple[int, ...]
    pool_low: tuple[int, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    def ranked(self, low: bool = False) -> Ranked:
        return Ranked(self.grades_low, self.pool_low) if low else Ranked(self.grades_high, self.pool_high)

    def to_json(self) -> dict[str, Any]:
        o = self.outcome
        return {
            "qid": self.qid,
            "question": self.question,
            "confidence": o.confidence,
            "answered": o.answered,
            "status": o.status or None,
            "ms": round(self.seconds * 1000, 1),
            "first_grade": self.grades_high[0] if self.grades_high else None,
            "first_grade_low": self.grades_low[0] if self.grades_low else None,
            "results": [
                {"id": r.id, "question": r.question, "answerless": r.answerless, "judged_ids": ids, "grade": g}
                for r, ids, g in zip(o.records, self.judged_ids, self.grades_high, strict=True)
            ],
            "n_judged_relevant": sum(1 for g in self.pool_high if g >= 2),
        }


def question_text(q: TestQuestion, variant: str) -> str:
    return q.original if variant == "original" else q.summary


def grade(
    records: Sequence[QARecord], qid: str, judgments: Judgments
) -> tuple[list[list[str]], tuple[Grade, ...], tuple[Grade, ...]]:
    """Judged ids of each record (by content) and the grades under the high and low judgments."""
    ids = [sorted(judgments.ids_for(r)) if not r.answerless else [] for r in records]
    high = grade_ranking(ids, judgments.high.get(qid, {}))
    low = grade_ranking(ids, judgments.low.get(qid, {}))
    return ids, high, low


def run_questions(system: System, questions: Sequence[TestQuestion], variant: str, judgments: Judgments,
                  top_k: int = TOP_K) -> list[QuestionResult]:
    out = []
    for q in questions:
        text = question_text(q, variant)
        started = time.perf_counter()
        outcome = system.ask(text, top_k)
        seconds = time.perf_counter() - started
        records = outcome.records[:top_k]
        ids, high, low = grade(records, q.qid, judgments)
        out.append(QuestionResult(
            q.qid, text, outcome, seconds, ids, high, low,
            tuple(judgments.high.get(q.qid, {}).values()), tuple(judgments.low.get(q.qid, {}).values()),
        ))
    return out


def metrics_of(results: Sequence[QuestionResult]) -> dict[str, float]:
    """Headline metrics (higher grade of double judgments) plus the lower-grade variants."""
    high = summarize([r.ranked() for r in results])
    low = summarize([r.ranked(low=True) for r in results])
    out = dict(high)
    for key in ("avgScore", "succ@2+", "prec@2+", "MAP@10", "MRR@10"):
        out[f"{key} low"] = low[key]
    times = sorted(r.seconds for r in results)
    out["ms/query"] = 1000 * sum(times) / len(times) if times else 0.0
    out["p95 ms"] = 1000 * times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0
    return out
