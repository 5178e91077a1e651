"""Ranking settings: the confidence sigmoid, its isotonic recalibration, ranker.json round trip."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.ranking import RankerConfig, confidence, isotonic_knots


def test_isotonic_knots_pool_violators_into_increasing_steps() -> None:
    scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    correct = [False, True, False, False, True, True, False, True]
    knots = isotonic_knots(scores, correct)
    xs, ys = zip(*knots, strict=True)
    assert list(xs) == sorted(xs) and len(set(xs)) == len(xs)  # strictly increasing scores
    assert list(ys) == sorted(ys)  # accuracy never decreases with the score
    assert knots[0] == (0.1, round(1 / 3, 4))  # 0 of 1 right, smoothed: (0 + 1) / (1 + 2)
    # (0.2 right, 0.3 and 0.4 wrong) pool into one block, 1 of 3 right: (1 + 1) / (3 + 2)
    assert (0.3, 0.4) in knots
    assert knots[-1] == (0.8, round(2 / 3, 4))  # 1 of 1 right is not a certainty
    assert all(0.0 < y < 1.0 for _, y in knots)
    assert isotonic_knots([], []) == ()


def test_confidence_follows_the_calibration_map() -> None:
    raw = RankerConfig(slope=10.0, center=0.8, margin_weight=0.0)
    mapped = replace(raw, calibration=((0.2, 0.1), (0.5, 0.4), (0.9, 0.75)))
    p_mid = confidence(0.8, 0.7, raw)
    assert p_mid == pytest.approx(0.5)
    assert confidence(0.8, 0.7, mapped) == pytest.approx(0.4)
    assert confidence(2.0, 0.0, mapped) == pytest.approx(0.75)  # clamped above the last knot
    assert confidence(-2.0, -3.0, mapped) == pytest.approx(0.1)  # and below the first
    between = confidence(0.84, 0.0, mapped)  # sigmoid 0.599 lies between 0.5 and 0.9
    assert 0.4 < between < 0.75


def test_ranker_json_round_trip_keeps_the_calibration(tmp_path: Path) -> None:
    cfg = replace(RankerConfig(), calibration=((0.3, 0.2), (0.7, 0.8)), threshold=0.41)
    path = tmp_path / "ranker.json"
    cfg.save(path)
    assert json.loads(path.read_text())["calibration"] == [[0.3, 0.2], [0.7, 0.8]]
    again = RankerConfig.load(path)
    assert again == cfg and isinstance(again.calibration, tuple)


def test_shipped_ranker_is_calibrated_and_monotone() -> None:
    shipped = RankerConfig.load()
    assert shipped.calibration, "indexer/ranker.json has no calibration map; run python -m eval.tune"
    xs, ys = zip(*shipped.calibration, strict=True)
    assert list(xs) == sorted(xs) and list(ys) == sorted(ys)
    assert 0.0 <= min(ys) and max(ys) <= 1.0


def test_topic_evidence_takes_the_best_of_each_topic() -> None:
    import numpy as np

    from indexer.ranking import FEATURES
    from indexer.search import _topic_evidence

    feats = np.zeros((4, len(FEATURES)), dtype=np.float32)
    csim, bm25 = FEATURES.index("csim"), FEATURES.index("bm25")
    feats[:, csim] = [0.2, 0.6, 0.1, -0.3]
    feats[:, bm25] = [1.0, 0.0, 0.4, 0.0]
    _topic_evidence(np.array([7, 7, 3, 9]), feats)
    assert feats[:, FEATURES.index("topic_csim")].tolist() == pytest.approx([0.6, 0.6, 0.1, -0.3])
    assert feats[:, FEATURES.index("topic_bm25")].tolist() == pytest.approx([1.0, 1.0, 0.4, 0.0])
    assert feats[:, csim].tolist() == pytest.approx([0.2, 0.6, 0.1, -0.3])  # own columns untouched
    empty = np.zeros((0, len(FEATURES)), dtype=np.float32)
    _topic_evidence(np.zeros(0, dtype=np.int64), empty)  # no candidates: nothing to do, no error
