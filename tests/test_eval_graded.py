"""The graded dev set (eval/dev_graded*.jsonl) and its scoring (eval/graded.py): no index, no model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus import QARecord
from eval import data, graded
from eval.systems import Outcome


class _NoTriage:
    def is_emergency(self, text: str) -> bool:
        return "crushing chest pain" in text


class _FixedSystem:
    """Answers each message with the records listed for its text."""

    name = "fixed"
    description = "records fixed per message"

    def __init__(self, answers: dict[str, tuple[list[QARecord], bool]]) -> None:
        self.answers = answers

    def ask(self, question: str, top_k: int) -> Outcome:
        records, answered = self.answers[question]
        return Outcome(records[:top_k], 0.5, answered, "")


def _record(rid: str, text: str) -> QARecord:
    return QARecord(id=rid, question=f"What is {text}?", answer=f"{text} is a thing.", url=f"https://x/{rid}")


def test_the_shipped_graded_set_is_complete_and_consistent() -> None:
    messages = data.load_graded_messages()
    qrels = data.load_graded_qrels()
    qids = [m.qid for m in messages]
    assert len(messages) == 120 and len(set(qids)) == 120
    assert all(m.subject.strip() and m.message.strip() and m.area for m in messages)
    assert set(qrels) == set(qids), "every message has grades, and every grade belongs to a message"
    assert all(len(grades) >= 5 for grades in qrels.values())
    assert all(len(key) == 40 for grades in qrels.values() for key in grades)
    # Every message was graded on the full scale's terms: at least one answer above Incorrect
    # exists for most of them (the corpus lacks a few drugs), never for none of them.
    with_related = sum(1 for grades in qrels.values() if max(grades.values()) >= 2)
    assert with_related >= 100
    # Written blind: none of these messages is a dev-set message.
    dev_texts = {q.question.strip().lower() for q in data.load_dev_questions()}
    assert not {m.message.strip().lower() for m in messages} & dev_texts


def test_loading_rejects_a_bad_grade_and_a_contradiction_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"qid": "m1", "key": "k", "grade": 5}) + "\n")
    with pytest.raises(ValueError, match=r"bad.jsonl:1: grade 5 is not 1..4"):
        data.load_graded_qrels(bad)
    twice = tmp_path / "twice.jsonl"
    twice.write_text("\n".join(json.dumps({"qid": "m1", "key": "k", "grade": g}) for g in (2, 3)) + "\n")
    with pytest.raises(ValueError, match=r"twice.jsonl:2: m1 / k graded 2 and 3"):
        data.load_graded_qrels(twice)


def test_scoring_counts_unjudged_answers_as_incorrect_and_reports_abstention() -> None:
    good, related, stray, other = (_record(i, t) for i, t in
                                   (("r1", "gout"), ("r2", "gout diet"), ("r3", "bunions"), ("r4", "lupus")))
    messages = [
        data.GradedMessage("m1", "gout", "what helps gout", "common"),
        data.GradedMessage("m2", "toe", "my big toe hurts", "common"),
        data.GradedMessage("m3", "lupus", "lupus and sun", "rare"),
        data.GradedMessage("m4", "now", "crushing chest pain", "common"),
    ]
    qrels = {
        "m1": {data.content_digest(good): 4, data.content_digest(related): 2},
        "m2": {data.content_digest(good): 3},
        "m3": {data.content_digest(other): 1},
        "m4": {},
    }
    system = _FixedSystem({
        messages[0].text: ([good, related], True),  # first answer Excellent
        messages[1].text: ([stray, good], False),  # unjudged first answer, then Incomplete; abstains
        messages[2].text: ([other], True),  # judged Incorrect
        messages[3].text: ([stray], True),  # routed to the emergency message before any answer
    })
    results = graded.run_graded(system, messages, qrels, _NoTriage())  # type: ignore[arg-type]
    assert [r.status for r in results] == ["answered", "no_match", "answered", "emergency"]
    assert results[1].grades == (None, 3)
    m = graded.graded_metrics(results)
    assert m["avgScore"] == pytest.approx((3 + 0 + 0 + 0) / 4)
    assert m["MRR@10"] == pytest.approx((1 + 0.5 + 0 + 0) / 4)
    assert m["MRR@10(3+)"] == pytest.approx((1 + 0.5) / 4)
    assert m["judged@1"] == pytest.approx(2 / 4)
    assert m["answer rate"] == pytest.approx(2 / 4)
    assert m["answered prec@2+"] == pytest.approx(1 / 2)  # m1 yes, m3 no
    assert m["answered prec@3+"] == pytest.approx(1 / 2)
    areas = graded.by_area(results)
    assert areas["rare"]["n"] == 1 and areas["rare"]["avgScore"] == 0
    assert areas["common"]["n"] == 3 and areas["common"]["avgScore"] == pytest.approx(1.0)


def test_report_cells_show_counts_as_integers() -> None:
    from eval.report import _cell

    assert _cell(30.0, "n") == "30"
    assert _cell(0.5, "n") == "0.500"
    assert _cell(30.0, "avgScore") == "30.000"
