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

    def is_clinic_request(self, text: str) -> bool:
        return False


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
    assert len(messages) == 1520 and len(set(qids)) == 1520
    assert all(m.message.strip() and m.area for m in messages)
    # Rounds 1-8 were written as a subject and a message, like LiveQA's; rounds 9-11 (lay words) as one
    # message, like the chat widget's.
    lay_rounds = ("gr-ao-", "gr-ap-", "gr-aq-", "gr-ar-", "gr-as-", "gr-at-")
    assert all(m.subject.strip() for m in messages if not m.qid.startswith(lay_rounds))
    assert set(qrels) == set(qids), "every message has grades, and every grade belongs to a message"
    assert all(len(grades) >= 5 for grades in qrels.values())
    assert all(len(key) == 40 for grades in qrels.values() for key in grades)
    # Every message was graded on the full scale's terms: at least one answer above Incorrect
    # exists for most of them (the corpus lacks a few drugs), never for none of them.
    with_related = sum(1 for grades in qrels.values() if max(grades.values()) >= 2)
    assert with_related >= 1100
    # Written blind: none of these messages is a dev-set message.
    dev_texts = {q.question.strip().lower() for q in data.load_dev_questions()}
    assert not {m.message.strip().lower() for m in messages} & dev_texts


def test_loading_rejects_a_bad_grade_and_a_contradiction_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"qid": "m1", "key": "k", "grade": 5}) + "\n")
    with pytest.raises(ValueError, match=r"bad.jsonl:1: grade 5 is not 1..4"):
        data.load_graded_qrels(bad)
    twice = tmp_path / "twice.jsonl"
    twice.write_text("\n\n".join(json.dumps({"qid": "m1", "key": "k", "grade": g}) for g in (2, 3)) + "\n")
    with pytest.raises(ValueError, match=r"twice.jsonl:3: m1 / k graded 2 and 3"):  # the file's line, blanks counted
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


def test_pool_export_lists_only_ungraded_answers_once_and_hides_the_ranking(tmp_path: Path) -> None:
    from eval import graded_pool

    graded_one, fresh = _record("r1", "gout"), _record("r2", "gout diet")
    twin = QARecord(id="r2~2", question=fresh.question, answer=fresh.answer, url=fresh.url)  # same content
    message = data.GradedMessage("m1", "gout", "what helps gout", "common")
    entries = graded_pool.unjudged({"m1": [graded_one, fresh, twin]}, {"m1": {data.content_digest(graded_one): 4}})
    assert [(e.qid, e.record_id) for e in entries] == [("m1", "r2")]
    files = graded_pool.write_batches(entries, {"m1": message}, tmp_path, batches=8)
    assert [f.name for f in files] == ["batch_0.txt"]
    text = files[0].read_text()
    assert "=== MESSAGE m1" in text and "--- ANSWER m1#1" in text and "gout diet is a thing." in text
    assert "r2" not in text, "assessors never see record ids"
    keys = json.loads((tmp_path / "batch_0.keys.json").read_text())
    assert keys == {"m1#1": {"qid": "m1", "key": data.content_digest(fresh), "record_id": "r2",
                             "question": fresh.question}}


def test_pool_merge_appends_new_grades_and_refuses_bad_batches(tmp_path: Path) -> None:
    from eval import graded_pool

    qrels = tmp_path / "qrels.jsonl"
    qrels.write_text(json.dumps({"qid": "m1", "key": "k1", "record_id": "r1", "question": "q1", "grade": 4}) + "\n")
    keys = {"m1#1": {"qid": "m1", "key": "k2", "record_id": "r2", "question": "q2"},
            "m1#2": {"qid": "m1", "key": "k1", "record_id": "r1", "question": "q1"}}
    existing = data.load_graded_qrels(qrels)
    rows = graded_pool.merge_rows(existing, keys, {"m1#1": 2, "m1#2": 4}, "g.json")
    assert rows == [{"qid": "m1", "key": "k2", "record_id": "r2", "grade": 2}]  # no corpus text copied
    with pytest.raises(ValueError, match=r"g.json: m1#2: graded 3, the file already says 4"):
        graded_pool.merge_rows(existing, keys, {"m1#1": 2, "m1#2": 3}, "g.json")
    with pytest.raises(ValueError, match=r"1 tags have no grade"):
        graded_pool.merge_rows(existing, keys, {"m1#1": 2}, "g.json")
    with pytest.raises(ValueError, match=r"grade '4' is not 1..4"):
        graded_pool.merge_rows(existing, keys, {"m1#1": "4", "m1#2": 4}, "g.json")
    with pytest.raises(ValueError, match=r"not exported: m9#1"):
        graded_pool.merge_rows(existing, keys, {"m1#1": 2, "m1#2": 4, "m9#1": 1}, "g.json")

    folder = tmp_path / "pool"
    folder.mkdir()
    (folder / "batch_0.keys.json").write_text(json.dumps(keys))
    (folder / "grades_0.json").write_text(json.dumps({"m1#1": 5, "m1#2": 4}))
    with pytest.raises(SystemExit, match="grade 5 is not 1..4"):
        graded_pool.main(["merge", str(folder), "--qrels", str(qrels)])
    assert len(qrels.read_text().splitlines()) == 1, "a refused merge writes nothing"
    (folder / "grades_0.json").write_text(json.dumps({"m1#1": 2, "m1#2": 4}))
    assert graded_pool.main(["merge", str(folder), "--qrels", str(qrels)]) == 0
    assert data.load_graded_qrels(qrels) == {"m1": {"k1": 4, "k2": 2}}


def test_a_system_that_never_abstains_has_no_answer_rate_even_when_triage_routes_a_message() -> None:
    from eval.dev import DevResult, dev_metrics

    baseline = [graded.GradedResult("m1", "a", "", None, (4,), (4,), "r1"),
                graded.GradedResult("m2", "a", "emergency", None, (1,), (1,), "r2")]
    m = graded.graded_metrics(baseline)
    assert m["answer rate"] is None and m["answered prec@2+"] is None
    dev = [DevResult("d1", "short", 1, 1, None, "", "r1"), DevResult("d2", "short", 2, 2, None, "emergency", "r2")]
    assert dev_metrics(dev)["answer rate"] is None
    shipped = dev + [DevResult("d3", "short", 1, 1, 0.9, "answered", "r3")]
    assert dev_metrics(shipped)["answer rate"] == pytest.approx(1 / 3)
