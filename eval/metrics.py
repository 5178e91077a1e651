"""Pure metric functions: TREC 2017 LiveQA-Med answer metrics and dev-set metrics.

LiveQA-Med metrics follow the TREC 2017 LiveQA overview and Ben Abacha & Demner-Fushman
(BMC Bioinformatics 2019): judged grades 1-Incorrect, 2-Related, 3-Incomplete, 4-Excellent; the
"score" of an answer is grade - 1 (0..3). A returned answer without a judgment counts as
Incorrect. Every function here is a pure function of its arguments (no data, no index).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: Grades of the LiveQA-Med judgments.
INCORRECT, RELATED, INCOMPLETE, EXCELLENT = 1, 2, 3, 4
Grade = int | None  # None: the returned answer has no judgment (scored as Incorrect)


def parse_grade(label: str) -> int:
    """``"3-Incomplete"`` -> 3 (also accepts a bare ``"3"``)."""
    value = int(label.strip().split("-", 1)[0])
    if not INCORRECT <= value <= EXCELLENT:
        raise ValueError(f"grade out of range 1..4: {label!r}")
    return value


def resolve_judgments(
    triples: Iterable[tuple[str, str, int]], mode: str = "max"
) -> dict[str, dict[str, int]]:
    """Collapse ``(question id, answer id, grade)`` triples into ``{qid: {aid: grade}}``.

    Some pairs are judged twice with different grades; ``mode`` "max" keeps the higher grade
    (the headline), "min" the lower.
    """
    if mode not in {"max", "min"}:
        raise ValueError("mode must be 'max' or 'min'")
    pick = max if mode == "max" else min
    out: dict[str, dict[str, int]] = {}
    for qid, aid, grade in triples:
        per_q = out.setdefault(qid, {})
        per_q[aid] = pick(per_q[aid], grade) if aid in per_q else grade
    return out


def grade_ranking(ranked: Sequence[Iterable[str]], judged: Mapping[str, int]) -> tuple[Grade, ...]:
    """Grades of a ranked list whose entries are the judged-answer ids each result maps to.

    An entry that maps to no judged id of this question is unjudged (``None``). An entry whose
    judged answer was already returned higher up earns nothing again (graded Incorrect).
    """
    seen: set[str] = set()
    out: list[Grade] = []
    for ids in ranked:
        ids = [i for i in ids if i in judged]
        fresh = [i for i in ids if i not in seen]
        if not ids:
            out.append(None)
        elif not fresh:
            out.append(INCORRECT)
        else:
            out.append(max(judged[i] for i in fresh))
        seen.update(ids)
    return tuple(out)


@dataclass(frozen=True)
class Ranked:
    """One question's returned answers, graded, plus the grades of every judged answer.

    ``grades``: per rank, best first (``None`` = unjudged). ``pool``: the grades of all judged
    answers of the question (denominator of MAP and recall).
    """

    grades: tuple[Grade, ...]
    pool: tuple[int, ...] = ()

    def n_relevant(self, min_grade: int = RELATED) -> int:
        return sum(1 for g in self.pool if g >= min_grade)


def score_of(grade: Grade) -> int:
    """Answer score 0..3 (grade - 1); unjudged is Incorrect (0)."""
    return 0 if grade is None else grade - 1


def first_score(item: Ranked) -> int:
    """Score of the first answer; 0 when nothing was returned."""
    return score_of(item.grades[0]) if item.grades else 0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def avg_score(items: Sequence[Ranked]) -> float:
    """Mean score (0..3) of the first answer over ALL questions (none returned = 0)."""
    return _mean([first_score(i) for i in items])


def success_at(items: Sequence[Ranked], k: int) -> float:
    """succ@k+: share of all questions whose first answer is graded >= k."""
    return _mean([1.0 if i.grades and (i.grades[0] or 0) >= k else 0.0 for i in items])


def precision_at(items: Sequence[Ranked], k: int) -> float:
    """prec@k+: share of the questions that got an answer whose first answer is graded >= k."""
    answered = [i for i in items if i.grades]
    return _mean([1.0 if (i.grades[0] or 0) >= k else 0.0 for i in answered])


def average_precision(item: Ranked, cutoff: int = 10, min_grade: int = RELATED) -> float:
    """AP over the top ``cutoff``, divided by ALL judged-relevant answers (trec_eval map_cut)."""
    n_rel = item.n_relevant(min_grade)
    if n_rel == 0:
        return 0.0
    hits = 0
    total = 0.0
    for rank, grade in enumerate(item.grades[:cutoff], start=1):
        if grade is not None and grade >= min_grade:
            hits += 1
            total += hits / rank
    return total / n_rel


def reciprocal_rank(item: Ranked, cutoff: int = 10, min_grade: int = RELATED) -> float:
    """1 / rank of the first answer graded >= ``min_grade`` within the top ``cutoff``."""
    for rank, grade in enumerate(item.grades[:cutoff], start=1):
        if grade is not None and grade >= min_grade:
            return 1.0 / rank
    return 0.0


def recall(item: Ranked, cutoff: int = 10, min_grade: int = RELATED) -> float:
    """Share of the question's judged-relevant answers returned in the top ``cutoff``."""
    n_rel = item.n_relevant(min_grade)
    found = sum(1 for g in item.grades[:cutoff] if g is not None and g >= min_grade)
    return found / n_rel if n_rel else 0.0


def judged_share(items: Sequence[Ranked], cutoff: int) -> float:
    """Share of all returned answers (top ``cutoff`` of every question) that have a judgment."""
    returned = [g for i in items for g in i.grades[:cutoff]]
    return _mean([0.0 if g is None else 1.0 for g in returned])


def condensed(item: Ranked) -> Ranked:
    """The ranking with its unjudged answers removed (a "condensed list", Sakai 2007): what the
    metrics would say if every unjudged answer were left out rather than counted Incorrect.
    A diagnostic for judgment-pool bias only; the headline counts unjudged answers as Incorrect."""
    return Ranked(tuple(g for g in item.grades if g is not None), item.pool)


def summarize(items: Sequence[Ranked], cutoff: int = 10) -> dict[str, float]:
    """All LiveQA-Med metrics; per-question averages are over ALL ``items``."""
    judged_only = [condensed(i) for i in items]
    return {
        "avgScore": avg_score(items),
        "succ@2+": success_at(items, RELATED),
        "succ@3+": success_at(items, INCOMPLETE),
        "succ@4+": success_at(items, EXCELLENT),
        "prec@2+": precision_at(items, RELATED),
        "prec@3+": precision_at(items, INCOMPLETE),
        "prec@4+": precision_at(items, EXCELLENT),
        "MAP@10": _mean([average_precision(i, cutoff) for i in items]),
        "MRR@10": _mean([reciprocal_rank(i, cutoff) for i in items]),
        "R@10": _mean([recall(i, cutoff) for i in items]),
        "MRR@10(3+)": _mean([reciprocal_rank(i, cutoff, INCOMPLETE) for i in items]),
        "judged@1": judged_share(items, 1),
        "judged@10": judged_share(items, cutoff),
        "avgScore judged-only": avg_score(judged_only),
        "MRR@10 judged-only": _mean([reciprocal_rank(i, cutoff) for i in judged_only]),
        "answered": _mean([1.0 if i.grades else 0.0 for i in items]),
        "questions": float(len(items)),
    }


# --------------------------------------------------------------------------- abstention
@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    coverage: float  # share of questions answered (confidence >= threshold)
    answered: int
    avg_score: float  # mean first-answer score over the answered questions
    prec2: float  # prec@2+ over the answered questions
    prec3: float  # prec@3+ over the answered questions


def coverage_curve(
    confidences: Sequence[float], first_grades: Sequence[Grade], thresholds: Sequence[float]
) -> list[CurvePoint]:
    """Coverage vs precision when answering only questions with confidence >= threshold."""
    if len(confidences) != len(first_grades):
        raise ValueError("confidences and first_grades differ in length")
    n = len(confidences)
    out = []
    for t in thresholds:
        kept = [g for c, g in zip(confidences, first_grades, strict=True) if c >= t]
        out.append(
            CurvePoint(
                threshold=float(t),
                coverage=len(kept) / n if n else 0.0,
                answered=len(kept),
                avg_score=_mean([score_of(g) for g in kept]),
                prec2=_mean([1.0 if (g or 0) >= RELATED else 0.0 for g in kept]),
                prec3=_mean([1.0 if (g or 0) >= INCOMPLETE else 0.0 for g in kept]),
            )
        )
    return out


# --------------------------------------------------------------------------- dev set
def top1_accuracy(first_correct_ranks: Sequence[int | None]) -> float:
    """Share of questions whose correct record is ranked first (ranks are 1-based; None = not found)."""
    return _mean([1.0 if r == 1 else 0.0 for r in first_correct_ranks])


def mrr(first_correct_ranks: Sequence[int | None], cutoff: int = 10) -> float:
    """Mean reciprocal rank of the first correct record within ``cutoff`` (0 beyond it)."""
    return _mean([1.0 / r if r is not None and r <= cutoff else 0.0 for r in first_correct_ranks])


def first_correct_rank(flags: Sequence[bool]) -> int | None:
    """1-based rank of the first True in ``flags``."""
    for rank, ok in enumerate(flags, start=1):
        if ok:
            return rank
    return None


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability_table(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> list[ReliabilityBin]:
    """Equal-width confidence bins on [0, 1] (the last bin includes 1.0)."""
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct differ in length")
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for c, ok in zip(confidences, correct, strict=True):
        idx = min(bins - 1, max(0, int(math.floor(c * bins))))
        groups[idx].append((c, ok))
    return [
        ReliabilityBin(
            low=b / bins,
            high=(b + 1) / bins,
            count=len(g),
            mean_confidence=_mean([c for c, _ in g]),
            accuracy=_mean([1.0 if ok else 0.0 for _, ok in g]),
        )
        for b, g in enumerate(groups)
    ]


def expected_calibration_error(table: Sequence[ReliabilityBin]) -> float:
    """ECE = sum over bins of (bin share) * |accuracy - mean confidence|."""
    total = sum(b.count for b in table)
    if not total:
        return 0.0
    return sum(b.count / total * abs(b.accuracy - b.mean_confidence) for b in table)


def rate(flags: Iterable[bool]) -> float:
    """Share of True values (0 for an empty input)."""
    values = [1.0 if f else 0.0 for f in flags]
    return _mean(values)
