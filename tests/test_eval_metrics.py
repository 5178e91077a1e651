"""Hand-computed checks of eval/metrics.py (no data, no index, no model: milliseconds)."""

from __future__ import annotations

import math

import pytest

from eval.calibration import fit_logistic
from eval.metrics import (
    Ranked,
    average_precision,
    avg_score,
    condensed,
    coverage_curve,
    expected_calibration_error,
    first_correct_rank,
    grade_ranking,
    judged_share,
    mrr,
    parse_grade,
    precision_at,
    recall,
    reciprocal_rank,
    reliability_table,
    resolve_judgments,
    success_at,
    summarize,
    top1_accuracy,
)


def test_parse_grade() -> None:
    labels = ("1-Incorrect", "2-Related", "3-Incomplete", "4-Excellent")
    assert [parse_grade(s) for s in labels] == [1, 2, 3, 4]
    with pytest.raises(ValueError):
        parse_grade("5-Perfect")


def test_double_judgments_keep_higher_or_lower() -> None:
    triples = [("1", "a", 2), ("1", "a", 4), ("1", "b", 1), ("2", "a", 3), ("2", "a", 1)]
    assert resolve_judgments(triples, "max") == {"1": {"a": 4, "b": 1}, "2": {"a": 3}}
    assert resolve_judgments(triples, "min") == {"1": {"a": 2, "b": 1}, "2": {"a": 1}}


def test_unjudged_and_repeated_answers() -> None:
    judged = {"a": 4, "b": 2}
    # x is unjudged -> None; the second copy of "a" earns nothing (Incorrect);
    # {"b", "zz"} -> b's grade.
    assert grade_ranking([["x"], ["a"], ["a"], ["b", "zz"], []], judged) == (None, 4, 1, 2, None)


def test_avg_score_success_precision_with_unjudged_as_incorrect() -> None:
    items = [
        Ranked((4, 1)),  # score 3
        Ranked((None, 4)),  # unjudged first answer: 0
        Ranked((2,)),  # 1
        Ranked(()),  # nothing returned: 0, and not counted by precision
    ]
    assert avg_score(items) == pytest.approx(4 / 4)
    assert success_at(items, 2) == pytest.approx(2 / 4)
    assert success_at(items, 4) == pytest.approx(1 / 4)
    assert precision_at(items, 2) == pytest.approx(2 / 3)
    assert precision_at(items, 3) == pytest.approx(1 / 3)


def test_map_cut_divides_by_all_judged_relevant() -> None:
    # Relevant (>=2) at ranks 2 and 4; 5 relevant answers are judged in all,
    # 3 of them never returned.
    item = Ranked((1, 3, None, 2, 1), pool=(3, 2, 2, 4, 2, 1, 1))
    assert item.n_relevant() == 5
    expected = (1 / 2 + 2 / 4) / 5
    assert average_precision(item) == pytest.approx(expected)
    # The cutoff: a relevant answer at rank 11 does not count.
    late = Ranked((1,) * 10 + (4,), pool=(4,))
    assert average_precision(late) == 0.0
    assert reciprocal_rank(late) == 0.0
    assert recall(late) == 0.0
    # Not min(n_rel, 10): 12 relevant judged, all 10 returned relevant -> AP = 10/12.
    full = Ranked((2,) * 10, pool=(2,) * 12)
    assert average_precision(full) == pytest.approx(10 / 12)
    assert recall(full) == pytest.approx(10 / 12)


def test_mrr_at_two_relevance_levels() -> None:
    item = Ranked((1, 2, 1, 3), pool=(2, 3))
    assert reciprocal_rank(item) == pytest.approx(1 / 2)
    assert reciprocal_rank(item, min_grade=3) == pytest.approx(1 / 4)
    assert recall(item) == 1.0
    assert recall(item, min_grade=3) == 1.0


def test_judged_share() -> None:
    items = [Ranked((4, None, 1)), Ranked((None,))]
    assert judged_share(items, 1) == pytest.approx(1 / 2)
    assert judged_share(items, 10) == pytest.approx(2 / 4)


def test_summarize_averages_over_all_questions() -> None:
    items = [Ranked((3, 1), pool=(3, 2)), Ranked((1,), pool=())]
    m = summarize(items)
    assert m["avgScore"] == pytest.approx(1.0)  # (2 + 0) / 2
    # AP of q1 = 1/2 (1 of 2 relevant found), q2 = 0
    assert m["MAP@10"] == pytest.approx((1 / 2) / 2)
    assert m["MRR@10"] == pytest.approx(0.5)
    assert m["MRR@10(3+)"] == pytest.approx(0.5)
    assert m["R@10"] == pytest.approx(0.25)
    assert m["questions"] == 2


def test_judged_only_metrics_drop_unjudged_answers_instead_of_failing_them() -> None:
    item = Ranked((None, 1, None, 3), pool=(1, 3, 2))
    assert condensed(item) == Ranked((1, 3), pool=(1, 3, 2))
    m = summarize([item, Ranked((None,), pool=(4,))])
    assert m["MRR@10"] == pytest.approx((1 / 4) / 2)  # headline: unjudged count as Incorrect
    assert m["MRR@10 judged-only"] == pytest.approx((1 / 2) / 2)  # 3 moves up to rank 2
    assert m["avgScore"] == 0.0
    assert m["avgScore judged-only"] == 0.0  # first judged answer is Incorrect; nothing for q2
    assert summarize([Ranked((None, 4))])["avgScore judged-only"] == pytest.approx(3.0)


def test_coverage_curve() -> None:
    pts = coverage_curve([0.9, 0.6, 0.2], [4, 1, 2], [0.0, 0.5, 0.95])
    assert [p.answered for p in pts] == [3, 2, 0]
    assert pts[1].coverage == pytest.approx(2 / 3)
    assert pts[1].avg_score == pytest.approx(1.5)
    assert pts[1].prec2 == pytest.approx(0.5)
    assert pts[0].prec3 == pytest.approx(1 / 3)
    assert pts[2].prec2 == 0.0


def test_dev_metrics() -> None:
    ranks = [1, 2, None, 11]
    assert top1_accuracy(ranks) == 0.25
    assert mrr(ranks) == pytest.approx((1 + 0.5) / 4)
    assert first_correct_rank([False, False, True, True]) == 3
    assert first_correct_rank([]) is None


def test_reliability_and_ece() -> None:
    table = reliability_table([0.05, 0.15, 0.95, 1.0], [False, True, True, True])
    assert len(table) == 10
    assert [b.count for b in table] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    assert table[9].mean_confidence == pytest.approx(0.975)
    assert table[1].accuracy == 1.0
    expected = (1 * 0.05 + 1 * 0.85 + 2 * 0.025) / 4
    assert expected_calibration_error(table) == pytest.approx(expected)


def test_fit_logistic_recovers_a_separable_trend() -> None:
    xs = [[x / 10] for x in range(-20, 21)]
    ys = [x[0] > 0.3 for x in xs]
    coef, intercept = fit_logistic(xs, ys, l2=1e-3)
    assert coef[0] > 0
    assert -intercept / coef[0] == pytest.approx(0.3, abs=0.1)
    assert math.isfinite(intercept)


def test_tune_weights_finds_a_helpful_feature_and_respects_frozen_ones() -> None:
    """Two candidates per question; the right one wins only when ``bm25`` gets enough weight."""
    import numpy as np

    from eval.tune import Candidates, tune_weights
    from indexer.ranking import FEATURES

    def item(qid: str) -> Candidates:
        feats = np.zeros((2, len(FEATURES)))
        feats[:, FEATURES.index("qsim")] = [0.50, 0.55]  # the wrong record is a little closer
        feats[:, FEATURES.index("bm25")] = [1.00, 0.10]  # but the right one matches the words
        return Candidates(qid, feats, np.array([True, False]), np.array([True, False]), False)

    items = [item(f"q{i}") for i in range(5)]
    start = {name: 0.0 for name in FEATURES} | {"qsim": 1.0}
    tuned = tune_weights(items, start)
    assert tuned["bm25"] > 0.05 and tuned["qsim"] == 1.0
    frozen = tune_weights(items, start, frozenset({"bm25"}))
    assert frozen["bm25"] == 0.0  # frozen: stays where it started, whatever it would gain


def test_a_look_alike_set_reports_no_recall() -> None:
    """A triage set of non-emergencies only (eval/emergency_named_lookalikes.jsonl) says so instead of
    printing a recall of 0.000."""
    from eval.render import _long_line

    base = {"path": "eval/x.jsonl", "held_out": True, "cases": 100, "non_emergencies": 100, "false_alarms": 2,
            "false_alarm_rate": 0.02, "recall": 0.0, "category_recall": 0.0, "categorised": 0}
    line = _long_line({**base, "emergencies": 0})
    assert "no emergencies (look-alikes only)" in line and "recall" not in line and "2 of 100" in line
    assert "recall 0.500" in _long_line({**base, "emergencies": 10, "recall": 0.5})
