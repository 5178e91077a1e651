"""Privacy (issue #7): what the request log and the feedback store keep of a patient's words.

By default the JSON access log ("medmatch.access") has the request id, status, latency and the
record ids, never the question; with ``log_questions`` it has the question with emails, phone
numbers and ID numbers redacted. The SQLite store keeps no question text by default and only
redacted text with ``store_question_text``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.logs import JsonFormatter, configure_logging
from service.redact import redact

EMAIL, PHONE, SSN, NHS = "jo.bloggs+health@example.com", "+44 7700 900123", "123-45-6789", "943 476 5919"
# An answerable question carrying identifiers, and an unanswerable one (stored as "unanswered").
ANSWERED = f"my ears ring all the time, email {EMAIL} or call {PHONE}, NHS number {NHS}"
NO_MATCH = f"Which football team won the cup last year? my SSN is {SSN} and MRN12345678, reach me at {EMAIL}"
SECRETS = (EMAIL, "jo.bloggs", "7700 900123", SSN, NHS, "12345678")
WORDS = ("ears ring", "football team won")  # the question itself, identifiers aside


class Capture(logging.Handler):
    """Formats records exactly as the service does (one JSON object per line)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def access(self) -> list[dict]:
        rows = [json.loads(line) for line in self.lines]
        return [r for r in rows if r.get("logger") == "medmatch.access"]


@pytest.fixture
def logs() -> Iterator[Capture]:
    """Every log line any medmatch, service, indexer or other logger writes during the test."""
    configure_logging()  # as create_app does (before our handler, whose formatter it would take for its own)
    capture = Capture()
    loggers = [logging.getLogger(name) for name in ("medmatch", "service", "indexer", "safety", "werkzeug", "")]
    for logger in loggers:
        logger.addHandler(capture)
    try:
        yield capture
    finally:
        for logger in loggers:
            logger.removeHandler(capture)


def _traffic(client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/v1/ask", json={"question": ANSWERED},
                       headers={"X-Request-ID": "req-answered.1"}).status_code == 200
    r = client.post("/v1/ask", json={"question": NO_MATCH}, headers={"X-Request-ID": "req-nomatch-2"})
    assert r.status_code == 200 and r.get_json()["status"] == "no_match"
    assert client.post("/v1/ask",
                       json={"question": f"I want to kill myself, {EMAIL}"}).get_json()["status"] == "emergency"
    assert client.post("/v1/ask", json={"question": f"bad\u0000 {EMAIL}"}).status_code == 400
    assert client.post("/v1/ask", json={"question": EMAIL * 200}).status_code == 413
    r = client.post("/v1/feedback", json={"record_id": "fx-tinnitus-info", "helpful": False,
                                          "comment": f"wrong, mail {EMAIL} / {PHONE}", "question": ANSWERED})
    assert r.status_code == 201
    assert client.get(f"/?q=ears ring {EMAIL}").status_code == 200


def test_access_log_has_ids_status_latency_and_records_but_no_question(app_factory, logs: Capture) -> None:  # type: ignore[no-untyped-def]
    _traffic(app_factory().test_client())

    access = logs.access()
    assert len(access) == 7
    for row in access:
        assert row["event"] == "request" and row["request_id"] and isinstance(row["ms"], (int, float))
        assert isinstance(row["status"], int) and row["method"] in {"GET", "POST"} and "question" not in row
    by_id = {row["request_id"]: row for row in access}
    answered = by_id["req-answered.1"]
    assert answered["status"] == 200 and answered["path"] == "/v1/ask" and answered["answer_status"] == "answered"
    assert answered["record_ids"][0] == "fx-tinnitus-info" and 1 <= len(answered["record_ids"]) <= 3
    assert by_id["req-nomatch-2"]["answer_status"] == "no_match" and "emergency_by" not in by_id["req-nomatch-2"]
    emergencies = [row for row in access if row.get("answer_status") == "emergency"]
    assert [row["emergency_by"] for row in emergencies] == ["rules"]  # what raised it, never what was written
    assert [row["status"] for row in access if row["status"] >= 400] == [400, 413]
    page = [row for row in access if row["path"] == "/"]
    assert len(page) == 1 and "ears" not in json.dumps(page[0])  # the path, never the query string

    everything = "\n".join(logs.lines)
    for secret in (*SECRETS, *WORDS):
        assert secret not in everything, secret


def test_request_id_is_echoed_only_when_safe(client, logs: Capture) -> None:  # type: ignore[no-untyped-def]
    ok = client.get("/healthz", headers={"X-Request-ID": "abc-123_x.y"})
    assert ok.headers["X-Request-ID"] == "abc-123_x.y"
    for bad in ('"}{"injected": 1', "a" * 65, "<script>", "id with spaces"):
        r = client.get("/healthz", headers={"X-Request-ID": bad})
        assert r.headers["X-Request-ID"] != bad and len(r.headers["X-Request-ID"]) == 32
    assert "injected" not in "\n".join(logs.lines) and "<script>" not in "\n".join(logs.lines)


def test_log_questions_logs_redacted_text(app_factory, logs: Capture) -> None:  # type: ignore[no-untyped-def]
    _traffic(app_factory(log_questions=True).test_client())

    by_id = {row["request_id"]: row for row in logs.access()}
    answered, no_match = by_id["req-answered.1"]["question"], by_id["req-nomatch-2"]["question"]
    assert "ears ring all the time" in answered and "[email]" in answered and "[phone]" in answered
    assert "football team won the cup" in no_match and "[id]" in no_match and "[email]" in no_match
    everything = "\n".join(logs.lines)
    for secret in SECRETS:
        assert secret not in everything, secret
    # Rejected questions are never logged, not even redacted.
    assert all("question" not in row for row in logs.access() if row["status"] >= 400)


def _db_rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {table: [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
                for table in ("feedback", "unanswered")}
    finally:
        conn.close()


def _raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))  # the db, its -wal and -shm


def test_store_keeps_no_question_text_by_default(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "private.sqlite"
    _traffic(app_factory(feedback_db=str(db)).test_client())

    rows = _db_rows(db)
    assert len(rows["unanswered"]) == 1 and len(rows["feedback"]) == 1
    assert rows["unanswered"][0]["question"] == "" and rows["unanswered"][0]["top_record_id"]
    feedback = rows["feedback"][0]
    assert feedback["question"] == "" and feedback["record_id"] == "fx-tinnitus-info"
    assert feedback["comment"] == "wrong, mail [email] / [phone]"  # comments are kept, always redacted
    raw = _raw_bytes(db)
    for secret in (*SECRETS, *WORDS):
        assert secret.encode() not in raw, secret


def test_store_question_text_is_redacted(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kept.sqlite"
    _traffic(app_factory(feedback_db=str(db), store_question_text=True).test_client())

    rows = _db_rows(db)
    assert rows["unanswered"][0]["question"] == redact(NO_MATCH) and "football team won the cup" in redact(NO_MATCH)
    assert rows["feedback"][0]["question"] == redact(ANSWERED)
    raw = _raw_bytes(db)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret


REDACTIONS = [
    # emails
    ("write to jo.bloggs+health@nhs.net please", "write to [email] please"),
    ("JO@EXAMPLE.CO.UK", "[email]"),
    # US phone formats
    ("call (555) 123-4567", "[phone]"),
    ("call 555-123-4567", "[phone]"),
    ("call 555.123.4567", "[phone]"),
    ("call +1 555 123 4567", "[phone]"),
    ("call 1-555-123-4567 today", "[phone]"),
    ("call me on 555-1234, thanks", "[phone]"),
    # UK phone formats
    ("ring 020 7946 0958", "[phone]"),
    ("ring 07700 900123", "[phone]"),
    ("ring +44 7700 900123", "[phone]"),
    ("ring +44 (0)20 7946 0958", "[phone]"),
    ("ring +447700900123", "[phone]"),
    # ID numbers
    ("ssn 123-45-6789", "[id]"),
    ("ssn 123 45 6789", "[phone]"),
    ("NHS number 943 476 5919", "[phone]"),
    ("NHS number 9434765919", "[phone]"),
    ("MRN12345678", "[id]"),
    ("mrn: 12345678", "[id]"),
    ("hospital no. RJ1234567", "[id]"),
    ("NI number AB123456C", "[id]"),
    ("passport 123456789", "[phone]"),
    ("passport GB1234567", "[id]"),
    ("passport A12345678", "[id]"),
    ("passport C01X00T47", "[id]"),
]


@pytest.mark.parametrize(("text", "token"), REDACTIONS, ids=[t for t, _ in REDACTIONS])
def test_redact_removes_identifiers(text: str, token: str) -> None:
    out = redact(text)
    assert token in out
    digits = [c for c in out if c.isdigit()]
    assert not digits, f"{text!r} -> {out!r}"
    assert "@" not in out


KEPT = [
    "I take 500 mg twice a day",
    "my blood pressure is 140/90",
    "I am 45 years old and it started in 2019",
    "temperature of 38.5 degrees for 3 days",
    "HbA1c 48 mmol/mol with type 2 diabetes",
    "vitamin D 400-1000 mg and B12",
    "H1N1 or COVID-19 vaccine, 1000IU",
    "10 to 20 minutes, 3 times a day",
]


@pytest.mark.parametrize("text", KEPT)
def test_redact_keeps_ordinary_medical_numbers(text: str) -> None:
    assert redact(text) == text


def test_redact_is_fast_on_adversarial_input() -> None:
    """Runs on every logged/stored question: no catastrophic backtracking at the length limit."""
    for text in ("a" * 2000, "1" * 1999 + "x", "1-" * 1000, "a." * 1000 + "@", "x" * 1000 + "@" + "y-" * 499,
                 "+1" * 1000, "C0" * 1000, "1 " * 1000):
        started = time.perf_counter()
        redact(text)
        assert time.perf_counter() - started < 1.0, text[:20]


def test_json_log_lines_hold_no_raw_unicode_line_breaks() -> None:
    """U+2028 / U+0085 in a logged value would split a record for line-based readers (security review)."""
    import logging as _logging

    record = _logging.LogRecord("x", _logging.INFO, __file__, 1, "path /v1/records/a\u2028b\x85c", None, None)
    line = JsonFormatter().format(record)
    assert len(line.splitlines()) == 1 and "\\u2028" in line
