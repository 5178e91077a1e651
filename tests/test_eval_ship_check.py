"""The ship rule of eval/ship_check.py: each clause fails a change alone, and every moved message is listed."""

from __future__ import annotations

import json

import pytest

from eval import ship_check
from eval.ship_check import Figures, failures, moved

BASE = Figures(graded_avg_score=1.4941, graded_mrr=0.9019, dev_top1=0.7215, ooc_answered=0, clinic_false_answers=26)


def _with(**changes: float | int) -> Figures:
    return Figures(**{**BASE.__dict__, **changes})


def test_an_unchanged_run_passes() -> None:
    assert failures(BASE, BASE) == []


def test_gains_and_a_fall_within_the_mrr_tolerance_pass() -> None:
    assert failures(BASE, _with(graded_avg_score=1.50, graded_mrr=0.9010, dev_top1=0.73, clinic_false_answers=20)) == []


@pytest.mark.parametrize(("change", "clause"), [
    ({"graded_avg_score": 1.4940}, "graded avgScore fell"),
    ({"graded_mrr": 0.9005}, "graded MRR@10 fell"),
    ({"dev_top1": 0.7214}, "dev top-1 fell"),
    ({"ooc_answered": 1}, "out-of-corpus"),
    ({"clinic_false_answers": 27}, "clinic false answers rose"),
])
def test_each_clause_fails_a_change_alone(change: dict[str, float | int], clause: str) -> None:
    broken = failures(BASE, _with(**change))
    assert len(broken) == 1 and clause in broken[0]


def _run(first_grade: int, dev_rank: int | None, ooc: str, clinic: str) -> dict[str, object]:
    return {
        "graded": {"avgScore": 1.0, "MRR@10": 0.5}, "dev": {"top1": 0.5}, "clinic": {"false answers": 0},
        "per_graded": [{"qid": "g1", "status": "answered", "grades": [first_grade, 2]},
                       {"qid": "g2", "status": "no_match", "grades": [1]}],
        "per_dev": [{"qid": "d1", "rank_strict": dev_rank, "status": "answered"}],
        "per_ooc": [{"qid": "o1", "status": ooc}],
        "per_clinic": [{"qid": "c1", "status": clinic}],
    }


def test_moved_lists_each_changed_message_and_nothing_else() -> None:
    base = _run(3, 1, "no_match", "no_match")
    assert moved(base, base) == []
    lines = moved(base, _run(4, 2, "answered", "answered"))
    assert [line.split(":")[0] for line in lines] == ["graded g1", "dev d1", "ooc o1", "clinic c1"]
    assert "first grade 3 -> 4" in lines[0] and "rank 1 -> 2" in lines[1]


def test_a_baseline_that_is_not_a_run_is_refused_before_measuring(tmp_path, monkeypatch, capsys) -> None:
    bad = tmp_path / "base.json"
    bad.write_text(json.dumps({"graded": {}}), encoding="utf-8")
    monkeypatch.setattr(ship_check, "measure", lambda: pytest.fail("measured with a bad baseline"))
    with pytest.raises(SystemExit) as exc:
        ship_check.main(["--out", str(tmp_path / "new.json"), "--baseline", str(bad)])
    assert exc.value.code == 2
    assert "not a run of this script" in capsys.readouterr().err


def test_main_writes_the_run_and_exits_by_the_rule(tmp_path, monkeypatch, capsys) -> None:
    base_path = tmp_path / "base.json"
    base_path.write_text(json.dumps(_run(3, 1, "no_match", "no_match")), encoding="utf-8")
    worse = _run(3, 1, "answered", "no_match")  # one out-of-corpus message answered
    monkeypatch.setattr(ship_check, "measure", lambda: worse)
    assert ship_check.main(["--out", str(tmp_path / "new.json"), "--baseline", str(base_path)]) == 1
    assert json.loads((tmp_path / "new.json").read_text(encoding="utf-8")) == worse
    out = capsys.readouterr().out
    assert "ship rule: FAIL" in out and "ooc o1: no_match -> answered" in out
