"""The medmatch command line through click's CliRunner."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli

from .conftest import FIXTURES
from .test_triage_classifier import UNRULED_EMERGENCIES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_validate_ok_and_errors(runner: CliRunner) -> None:
    ok = runner.invoke(cli, ["validate", str(FIXTURES / "tiny.jsonl")])
    assert ok.exit_code == 0, ok.output
    assert "19 records: 0 error(s)" in ok.output
    bad = runner.invoke(cli, ["validate", str(FIXTURES / "bad.jsonl")])
    assert bad.exit_code == 1
    assert "bad.jsonl:line 2" in bad.output


def test_validate_json_report(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", "--json", str(FIXTURES / "records.csv")])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["records"] == 2 and len(report["errors"]) == 2


def test_unreadable_input_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "i")])
    assert result.exit_code == 1
    assert "missing.jsonl: no such file" in result.output


def test_build_refuses_bad_rows_unless_allowed(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "idx"
    refused = runner.invoke(cli, ["build", str(FIXTURES / "bad.jsonl"), "--out", str(out), "-q", "--cache", ""])
    assert refused.exit_code == 1 and "malformed row" in refused.output
    assert not (out / "CURRENT").exists()
    allowed = runner.invoke(cli, ["build", str(FIXTURES / "bad.jsonl"), "--out", str(out), "-q", "--cache", "",
                                  "--allow-bad-rows"])
    assert allowed.exit_code == 0, allowed.output
    assert json.loads(allowed.stdout)["records"] == 2


def test_build_refuses_what_validate_calls_an_error(runner: CliRunner, tmp_path: Path) -> None:
    """A record `validate` rejects (a date that is not ISO) stopped `validate` but not `build`, and then
    reached patients as "reviewed on 01/10/2026" (QA review, session 16)."""
    corpus = tmp_path / "dates.csv"
    corpus.write_text("id,question,answer,reviewed_by,reviewed_on\n"
                      "d-1,What is gout?,Gout is arthritis from uric acid crystals.,Dr A,2026-01-10\n"
                      "d-2,What is flu?,Flu is a viral infection.,Dr A,01/10/2026\n", encoding="utf-8")
    out = tmp_path / "idx"
    assert runner.invoke(cli, ["validate", str(corpus)]).exit_code == 1
    refused = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--cache", ""])
    assert refused.exit_code == 1 and "not an ISO date" in refused.output and "Nothing was published" in refused.output
    assert not (out / "CURRENT").exists()
    allowed = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--cache", "", "--allow-bad-rows"])
    assert allowed.exit_code == 0, allowed.output
    assert json.loads(allowed.stdout)["records"] == 1 and "left out 1 invalid record" in allowed.output


def test_an_id_used_twice_in_a_clinic_file_is_an_error_not_renamed(runner: CliRunner, tmp_path: Path) -> None:
    """A clinic's own ids key feedback and /v1/records links: an id given to two different records is an
    error naming it (it was a warning, and the build served the later one as an invented "id~2")."""
    corpus = tmp_path / "dupes.jsonl"
    rows = [{"id": "rc-strep", "question": "What is strep throat?", "answer": "A throat infection by bacteria."},
            {"id": "rc-strep", "question": "How is strep throat treated?", "answer": "With antibiotics."},
            {"id": "rc-flu", "question": "What is flu?", "answer": "A viral infection."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    checked = runner.invoke(cli, ["validate", str(corpus)])
    assert checked.exit_code == 1 and "'rc-strep' is used by two records" in checked.output
    assert "~2" not in checked.output
    out = tmp_path / "idx"
    refused = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--cache", ""])
    assert refused.exit_code == 1 and "rc-strep" in refused.output and not (out / "CURRENT").exists()


def test_a_second_copy_that_retires_or_re_reviews_a_record_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    """Two rows with one id and the same question and answer were "exact duplicates" even when the second
    retired the record or named another reviewer, and the first silently won (review of session 19)."""
    base = {"id": "rc-gout", "question": "What is gout?", "answer": "A kind of arthritis.",
            "reviewed_by": "Dr A"}
    for change in ({"retired": True}, {"reviewed_by": "Dr B"}, {"tags": ["medicine"]},
                   {"extra": {"focus_synonyms": ["Zyloprim"]}}):
        corpus = tmp_path / "twice.jsonl"
        corpus.write_text(json.dumps(base) + "\n" + json.dumps(base | change) + "\n", encoding="utf-8")
        checked = runner.invoke(cli, ["validate", str(corpus)])
        assert checked.exit_code == 1 and "'rc-gout' is used by two records" in checked.output, change
    corpus.write_text(json.dumps(base) + "\n" + json.dumps(base) + "\n", encoding="utf-8")
    same = runner.invoke(cli, ["validate", str(corpus)])
    assert same.exit_code == 0 and "exact_duplicates" in same.output


def test_an_answer_without_a_reviewer_says_so_and_the_build_warns(runner: CliRunner, tmp_path: Path) -> None:
    """A CSV of id,question,answer (the least the docs allow) was served as "reviewed by the corpus
    maintainers", and the build printed no warning (review of session 19); a "reviewer" column is a slip."""
    corpus = tmp_path / "bare.csv"
    corpus.write_text("id,question,answer\nrc-gout,What is gout?,Gout is a kind of arthritis that causes sudden "
                      "pain and swelling in a joint.\nrc-flu,What is flu?,Flu is an infection by a virus.\n",
                      encoding="utf-8")
    out = tmp_path / "idx"
    built = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--cache", ""])
    assert built.exit_code == 0, built.output
    assert "warning(s)" in built.stderr and "missing reviewed_by" in built.stderr
    asked = runner.invoke(cli, ["ask", "what is gout", "--index", str(out), "--json"])
    message = json.loads(asked.stdout)["message"]
    assert "no reviewer is recorded" in message and "reviewed by" not in message
    plain = runner.invoke(cli, ["ask", "what is gout", "--index", str(out)]).output
    assert "reviewed by: no reviewer recorded" in plain
    slip = tmp_path / "slip.csv"
    slip.write_text("id,question,answer,reviewer\nrc-gout,What is gout?,Arthritis.,Dr A\n", encoding="utf-8")
    checked = runner.invoke(cli, ["validate", str(slip)])
    assert checked.exit_code == 1 and "did you mean 'reviewed_by'" in checked.output


def test_build_info_ask_and_if_changed(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes((FIXTURES / "tiny.jsonl").read_bytes())
    out = tmp_path / "idx"
    built = runner.invoke(cli, ["build", "--corpus", str(corpus), "--out", str(out), "-q",
                                "--cache", str(tmp_path / "cache")])
    assert built.exit_code == 0, built.output
    version = json.loads(built.stdout)["version"]
    info = json.loads(runner.invoke(cli, ["info", str(out), "--verify"]).stdout)
    assert info["version"] == version and info["verified"] and info["counts"]["records"] == 19
    same = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--if-changed"])
    assert same.exit_code == 0 and "up to date" in same.output
    # an edit of the same size with the modification time put back is still a change (review of session 19)
    stat = corpus.stat()
    corpus.write_text(corpus.read_text().replace("Tinnitus is hearing", "Tinnitus iz hearing"))
    os.utime(corpus, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert corpus.stat().st_size == stat.st_size
    rebuilt = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--if-changed",
                                  "--cache", str(tmp_path / "cache")])
    assert rebuilt.exit_code == 0 and json.loads(rebuilt.stdout)["embedded"] == 1
    asked = runner.invoke(cli, ["ask", "ringing in my ears", "--index", str(out), "--json"])
    assert asked.exit_code == 0, asked.output
    assert json.loads(asked.stdout)["answer"]["id"] == "fx-tinnitus-info"
    misspelled = runner.invoke(cli, ["ask", "what is tinitus", "--index", str(out)])
    assert misspelled.exit_code == 0, misspelled.output
    assert "spelling: tinitus -> tinnitus" in misspelled.output and "[fx-tinnitus-info]" in misspelled.output
    lay = runner.invoke(cli, ["ask", "another bladder infection", "--index", str(out)])
    assert lay.exit_code == 0 and "read as: bladder infection -> urinary tract infection" in lay.output, lay.output
    # what raised an emergency, and an alarm of the classifier set aside as a patient may (session 26)
    ruled = runner.invoke(cli, ["ask", "I want to kill myself", "--index", str(out), "--no-emergency-now"])
    assert "status: emergency" in ruled.output and "raised by the rules: suicide" in ruled.output, ruled.output
    alarm = runner.invoke(cli, ["ask", UNRULED_EMERGENCIES[0], "--index", str(out)])
    assert "status: emergency" in alarm.output and "raised by the classifier: classifier" in alarm.output
    aside = runner.invoke(cli, ["ask", UNRULED_EMERGENCIES[0], "--index", str(out), "--no-emergency-now"])
    assert "status: emergency" not in aside.output and "alarm was set aside" in aside.output, aside.output


def test_diff_reports_added_changed_removed_retired(runner: CliRunner, tmp_path: Path) -> None:
    lines = (FIXTURES / "tiny.jsonl").read_text().splitlines()
    new = [json.loads(line) for line in lines[1:]]  # first record removed
    new[0]["answer"] += " Updated after review."
    new[1]["retired"] = True
    new.append({"id": "fx-new", "question": "What is gout?", "answer": "Gout is arthritis caused by uric acid."})
    (tmp_path / "new.jsonl").write_text("\n".join(json.dumps(r) for r in new))
    result = runner.invoke(cli, ["diff", str(FIXTURES / "tiny.jsonl"), str(tmp_path / "new.jsonl")])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert (d["added"], d["removed"], d["changed"], d["retired"]) == (1, 1, 1, 1)
    assert d["examples"]["added"] == ["fx-new"] and d["rows_not_loaded"] == 0


def test_diff_does_not_count_unloadable_rows_as_removed_nor_old_retirements_as_added(
        runner: CliRunner, tmp_path: Path) -> None:
    """Rows that failed to load were counted as "removed" with no word, and a record retired before it was
    ever indexed showed as "added" on every run (review of session 19)."""
    rows = [json.loads(line) for line in (FIXTURES / "tiny.jsonl").read_text().splitlines()]
    rows[0]["retired"] = True
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "idx"
    assert runner.invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--cache", ""]).exit_code == 0
    same = json.loads(runner.invoke(cli, ["diff", str(out), str(corpus)]).stdout)
    assert (same["added"], same["removed"], same["changed"], same["retired"]) == (0, 0, 0, 0)
    broken = tmp_path / "broken.jsonl"
    lines = corpus.read_text().splitlines()
    lines[3] = lines[3][:-1]  # malformed JSON
    broken.write_text("\n".join(lines) + "\n")
    result = runner.invoke(cli, ["diff", str(out), str(broken)])
    d = json.loads(result.stdout)
    assert d["rows_not_loaded"] == 1 and "could not be loaded" in result.stderr and "line 4" in result.stderr
    # a row that names its id but fails to load is not "removed" either
    rows[2]["retired"] = "maybe"
    bad_value = tmp_path / "maybe.jsonl"
    bad_value.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    d = json.loads(runner.invoke(cli, ["diff", str(out), str(bad_value)]).stdout)
    assert d["rows_not_loaded"] == 1 and rows[2]["id"] not in d["examples"]["removed"]
    # nor a CSV row with a cell too many, which names its id too
    quoted = [[cell.replace('"', '""') for cell in (r["id"], r["question"], r["answer"])] for r in rows[1:]]
    csv_rows = ["id,question,answer"] + [f'{rid},"{question}","{answer}"' for rid, question, answer in quoted]
    csv_rows[2] += ",a cell too many"
    extra_cell = tmp_path / "extra.csv"
    extra_cell.write_text("\n".join(csv_rows) + "\n", encoding="utf-8")
    d = json.loads(runner.invoke(cli, ["diff", str(out), str(extra_cell)]).stdout)
    assert d["rows_not_loaded"] == 1 and rows[2]["id"] not in d["examples"]["removed"]


def test_feedback_and_unanswered_export(runner: CliRunner, tmp_path: Path) -> None:
    from service.store import Store

    db = tmp_path / "fb.sqlite"
    store = Store(db, keep_text=True)
    store.add_feedback("fx-a", False, "did not answer my question")
    store.add_feedback("fx-a", False)
    store.add_feedback("fx-b", True)
    for q in ("how do I pay my bill", "can I pay my bill online", "what are your opening hours"):
        store.add_unanswered(q, 0.1, "fx-a")
    fb = json.loads(runner.invoke(cli, ["feedback", "export", "--db", str(db)]).stdout)
    assert fb == [{"record_id": "fx-a", "helpful": 0, "unhelpful": 2, "comments": ["did not answer my question"]}]
    un = runner.invoke(cli, ["unanswered", "export", "--db", str(db)])
    assert un.exit_code == 0, un.output
    report = json.loads(un.stdout)
    assert report["total"] == 3
    assert report["clusters"][0]["count"] == 2  # the two billing questions group together
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from unanswered").fetchone()[0] == 3


def test_ask_refuses_an_empty_question(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ask", "   "])
    assert result.exit_code == 2 and "QUESTION is empty" in result.output


def test_ask_decides_with_the_services_settings(runner: CliRunner, index_root: Path) -> None:
    """`ask` words an emergency for MEDMATCH_EMERGENCY_COUNTRY as the API does (it used to say 911
    whatever the clinic's country), and an unknown code is an error that names the variable."""
    stroke = ["ask", "my dad's face is drooping and he can't lift his arm", "--index", str(index_root), "--json"]
    uk = runner.invoke(cli, stroke, env={"MEDMATCH_EMERGENCY_COUNTRY": "GB"})
    assert uk.exit_code == 0, uk.output
    answer = json.loads(uk.stdout)
    assert answer["status"] == "emergency" and "999" in answer["message"] and "911" not in answer["message"]
    unknown = runner.invoke(cli, stroke, env={"MEDMATCH_EMERGENCY_COUNTRY": "XX"})
    assert unknown.exit_code == 1 and "MEDMATCH_EMERGENCY_COUNTRY" in unknown.output and "'XX'" in unknown.output


def test_validate_show_refuses_a_negative_count(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", str(FIXTURES / "tiny.jsonl"), "--show", "-1"])
    assert result.exit_code == 2 and "--show" in result.output
