"""Corpus inputs a maintainer's export can get wrong: encodings, byte-order marks, field types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import CorpusError, LoadReport, detect_format, load_csv, load_jsonl, load_liveqa_csv, load_path
from corpus.records import record_from_dict
from indexer.cli import cli

BOM = b"\xef\xbb\xbf"
HEADER = b"id,question,answer\n"


def _csv_rows(n: int, width: int = 60) -> bytes:
    """``n`` good CSV rows, long enough that the file spans several 8 KB decode chunks."""
    return b"".join(f"ok-{i},Question {i}?,{'Answer text. ' * (width // 13)}\n".encode() for i in range(n))


def _jsonl_rows(n: int) -> bytes:
    return b"".join(
        json.dumps({"id": f"ok-{i}", "question": f"Question {i}?", "answer": "A."}).encode() + b"\n" for i in range(n)
    )


def _only_error(report: LoadReport) -> tuple[str, str, str]:
    (problem,) = report.errors
    return problem.path, problem.where, problem.message


# --- non-UTF-8 bytes -----------------------------------------------------------------------------


def test_latin1_csv_is_a_row_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER + b"a1,Caf\xe9 question?,Answer.\na2,Fine?,Yes.\n")
    assert detect_format(path) == "csv"
    report = LoadReport()
    records = list(load_path(path, report))
    assert [r.id for r in records] == ["a2"]
    file, where, message = _only_error(report)
    assert file.endswith("latin.csv")
    assert where == "line 2 (row 1)"
    assert message == "not valid UTF-8 at column 7: byte 0xe9 (invalid continuation byte); save the file as UTF-8"


@pytest.mark.parametrize(
    ("good_before", "good_after"),
    [(12, 3), (206, 40), (0, 0)],
    ids=["line-14", "line-208", "line-2"],
)
def test_csv_encoding_error_names_the_exact_line(tmp_path: Path, good_before: int, good_after: int) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(HEADER + _csv_rows(good_before) + b"bad,Caf\xe9?,A.\n" + _csv_rows(good_after))
    report = LoadReport()
    records = list(load_csv(path, report))
    assert len(records) == good_before + good_after
    _, where, message = _only_error(report)
    assert where == f"line {good_before + 2} (row {good_before + 1})"
    assert message.startswith("not valid UTF-8")


def test_csv_encoding_error_inside_a_multiline_cell_names_that_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(HEADER + b'm1,Q?,"first line\nsecond caf\xe9 line\nthird"\nm2,Q2?,A2.\n')
    report = LoadReport()
    assert [r.id for r in load_csv(path, report)] == ["m2"]
    _, where, message = _only_error(report)
    assert where == "line 3 (row 1)"
    assert "column 11" in message


@pytest.mark.parametrize("good_before", [5, 300], ids=["line-6", "line-301"])
def test_jsonl_encoding_error_names_the_exact_line(tmp_path: Path, good_before: int) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(_jsonl_rows(good_before) + b'{"id": "bad", "question": "Caf\xe9?", "answer": "A."}\n'
                     + _jsonl_rows(2))
    report = LoadReport()
    records = list(load_jsonl(path, report))
    assert len(records) == good_before + 2
    _, where, message = _only_error(report)
    assert where == f"line {good_before + 1}"
    assert message.startswith("not valid UTF-8 at column 31: byte 0xe9")


def test_liveqa_encoding_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes(
        b'AnswerID,Answer\n'
        b'"A_1.txt","Question: What is X ?\nURL: https://example.org/x\nAnswer: X is fine."\n'
        b'"B_1.txt","Question: What is Y ?\nURL: https://example.org/y\nAnswer: Y caf\xe9."\n'
    )
    assert detect_format(path) == "liveqa"
    report = LoadReport()
    assert [r.id for r in load_liveqa_csv(path, report)] == ["A_1"]
    _, where, message = _only_error(report)
    assert where == "line 7"
    assert message.startswith("not valid UTF-8")


def test_csv_header_that_is_not_utf8_stops_the_load(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"id,question,answer,r\xe9sum\xe9\na,Q?,A.,x\n")
    with pytest.raises(CorpusError, match=r"x\.csv:line 1: not valid UTF-8 at column 21"):
        list(load_csv(path))


@pytest.mark.parametrize("name", ["x.csv", "x.jsonl"])
def test_utf16_file_is_one_clear_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes("id,question,answer\n".encode("utf-16"))
    with pytest.raises(CorpusError, match=r"line 1: not valid UTF-8 \(it is UTF-16"):
        list(load_path(path))


# --- byte-order marks ----------------------------------------------------------------------------


def test_csv_with_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(BOM + HEADER + b"b1,Q?,A.\n")
    report = LoadReport()
    assert [r.id for r in load_path(path, report)] == ["b1"]
    assert not report.problems


def test_jsonl_with_bom_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(BOM + _jsonl_rows(2))
    report = LoadReport()
    assert [r.id for r in load_path(path, report)] == ["ok-0", "ok-1"]
    assert not report.problems


def test_liveqa_csv_with_bom_is_detected_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes(BOM + b'AnswerID,Answer\n"A_1.txt","Question: What is X ?\nURL: u\nAnswer: X is fine."\n')
    assert detect_format(path) == "liveqa"
    assert [r.id for r in load_path(path)] == ["A_1"]


# --- retired -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True), ("TRUE", True), (" Yes ", True), ("y", True), ("1", True),
        ("false", False), ("No", False), ("n", False), ("0", False), ("", False),
        (True, True), (False, False), (1, True), (0, False), (None, False),
    ],
)
def test_retired_accepts_the_documented_values(value: object, expected: bool) -> None:
    assert record_from_dict({"id": "a", "question": "Q?", "answer": "A.", "retired": value}).retired is expected


@pytest.mark.parametrize(
    ("value", "shown"),
    [("maybe", "'maybe'"), ("ture", "'ture'"), ("2", "'2'"), (2, "2"), (1.0, "1.0"), ("retired", "'retired'")],
)
def test_retired_rejects_anything_else(value: object, shown: str) -> None:
    with pytest.raises(ValueError) as info:
        record_from_dict({"id": "a", "question": "Q?", "answer": "A.", "retired": value})
    assert str(info.value) == f"field 'retired' must be true/false (or yes/no, 1/0); got {shown}"


def test_unknown_retired_value_in_csv_is_a_row_error(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,question,answer,retired\nr1,Q?,A.,maybe\nr2,Q2?,A2.,yes\nr3,Q3?,A3.,\n")
    report = LoadReport()
    records = {r.id: r.retired for r in load_csv(path, report)}
    assert records == {"r2": True, "r3": False}
    file, where, message = _only_error(report)
    assert (Path(file).name, where) == ("r.csv", "line 2 (row 1)")
    assert "retired" in message and "'maybe'" in message


# --- JSON types and messages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": 12345, "question": "Q?", "answer": "A."}, "field 'id' must be a string, got int"),
        ({"id": "a", "question": ["a", "b"], "answer": "A."}, "field 'question' must be a string, got list"),
        ({"id": "a", "question": "Q?", "answer": {"text": "A."}}, "field 'answer' must be a string, got dict"),
        ({"id": "a", "question": "Q?", "answer": None}, "field 'answer' is missing or empty"),
        ({"id": " ", "question": "Q?", "answer": "A."}, "field 'id' is missing or empty"),
        ({"question": "Q?", "answer": "A."}, "field 'id' is missing or empty"),
    ],
    ids=["id-int", "question-list", "answer-object", "answer-null", "id-blank", "id-absent"],
)
def test_required_fields_name_the_wrong_type(row: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as info:
        record_from_dict(row)
    assert str(info.value) == message


def test_json_error_message_says_at_once(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a", "question": "Q\tx?", "answer": "A."}\n{"id": "b", "question": "Q')
    report = LoadReport()
    assert list(load_jsonl(path, report)) == []
    messages = [p.message for p in report.errors]
    assert messages == [
        "invalid JSON: Invalid control character at column 27",
        "invalid JSON: Unterminated string starting at column 25",
    ]


# --- what a maintainer sees ----------------------------------------------------------------------


def test_cli_validate_and_build_report_a_latin1_csv_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(HEADER + b"a1,Caf\xe9 question?,Answer.\n")
    runner = CliRunner()
    validated = runner.invoke(cli, ["validate", str(path)])
    assert validated.exit_code == 1
    assert validated.exception is None or isinstance(validated.exception, SystemExit)
    assert f"error: {path}:line 2 (row 1): not valid UTF-8 at column 7" in validated.output
    built = runner.invoke(cli, ["build", str(path), "--out", str(tmp_path / "idx"), "-q", "--cache", ""])
    assert built.exit_code == 1 and isinstance(built.exception, SystemExit)
    assert "not valid UTF-8" in built.output and "malformed row" in built.output
    assert not (tmp_path / "idx" / "CURRENT").exists()


# --- fields a record does not have ---------------------------------------------------------------


def test_unknown_fields_are_treated_alike_in_jsonl_and_csv(tmp_path: Path) -> None:
    """A maintainer's own column ("notes") is ignored with one warning per file in both formats; a slip
    for a record field ("reviewd_by", "Reviewed By") is an error naming the field meant, since it would
    drop every reviewer silently."""
    rows = [{"id": f"a{i}", "question": "What is gout?", "answer": "Gout is arthritis.", "notes": "x"} for i in (1, 2)]
    jsonl = tmp_path / "own.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_jsonl(jsonl, report)] == ["a1", "a2"]
    assert [(p.where, p.severity) for p in report.problems] == [("line 1", "warning")]
    assert "ignoring unknown field(s) notes" in report.problems[0].message
    csv_path = tmp_path / "own.csv"
    csv_path.write_text("id,question,answer,notes\na1,What is gout?,Gout is arthritis.,x\n", encoding="utf-8")
    report = LoadReport()
    assert [r.id for r in load_csv(csv_path, report)] == ["a1"]
    assert [p.severity for p in report.problems] == ["warning"] and "notes" in report.problems[0].message

    slip = tmp_path / "slip.jsonl"
    slip.write_text(json.dumps({**rows[0], "reviewd_by": "Dr X"}) + "\n", encoding="utf-8")
    report = LoadReport()
    assert list(load_jsonl(slip, report)) == []
    assert report.errors[0].where == "line 1"
    assert report.errors[0].message == "unknown field(s): 'reviewd_by' (did you mean 'reviewed_by'?)"
    header = tmp_path / "slip.csv"
    header.write_text("id,question,answer,Reviewed By\na1,What is gout?,Gout is arthritis.,Dr X\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        list(load_csv(header, LoadReport()))
    assert "line 1" in str(info.value) and "'Reviewed By' (did you mean 'reviewed_by'?)" in str(info.value)
