"""SQLite store for patient feedback and unanswered questions (for maintainers).

Question text is stored only when ``store_question_text`` is on, and then redacted first.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .redact import redact

LOG = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    record_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    index_version TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL,
    top_record_id TEXT NOT NULL DEFAULT '',
    index_version TEXT NOT NULL DEFAULT ''
);
"""


def _retry_locked(action: Callable[[], object], tries: int = 20) -> None:
    """Run ``action``, retrying with a growing pause while SQLite reports the database busy
    (gunicorn workers open it at the same moment); the last failure is raised."""
    for attempt in range(tries):
        try:
            action()
            return
        except sqlite3.OperationalError:
            if attempt == tries - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _enable_wal(conn: sqlite3.Connection) -> None:
    """WAL lets workers write while others read. Switching needs a moment of exclusive access,
    and gunicorn workers start together: retry briefly, and carry on without WAL rather than
    fail to boot (the mode is stored in the file, so another worker's switch counts too)."""
    try:
        _retry_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"))
    except sqlite3.OperationalError:
        LOG.warning("could not switch the feedback database to WAL; continuing in its current mode")


class Store:
    def __init__(self, path: str | Path, *, keep_text: bool = False) -> None:
        self.path = Path(path)
        self.keep_text = keep_text
        self._local = threading.local()
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        _retry_locked(self._create_schema)

    def _create_schema(self) -> None:
        with self._conn() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=10000")
            _enable_wal(conn)
            # With WAL, NORMAL syncs at checkpoints instead of every commit: a power cut can lose
            # the last few rows of this analytics log but never corrupts it. Saves an fsync per
            # unanswered question on the request path.
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        yield conn

    def _text(self, text: str) -> str:
        return redact(text) if self.keep_text and text else ""

    def add_feedback(self, record_id: str, helpful: bool, comment: str = "", question: str = "",
                     index_version: str = "") -> int:
        with self._conn() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (created, record_id, helpful, comment, question, index_version) "
                "VALUES (?,?,?,?,?,?)",
                (time.time(), record_id, int(helpful), redact(comment), self._text(question), index_version),
            )
            return int(cur.lastrowid or 0)

    def add_unanswered(self, question: str, confidence: float, top_record_id: str = "",
                       index_version: str = "") -> None:
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO unanswered (created, question, confidence, top_record_id, index_version) "
                "VALUES (?,?,?,?,?)",
                (time.time(), self._text(question), confidence, top_record_id, index_version),
            )

    def feedback(self, *, helpful: bool | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        sql = "SELECT id, created, record_id, helpful, comment, question, index_version FROM feedback"
        args: tuple[Any, ...] = ()
        if helpful is not None:
            sql += " WHERE helpful = ?"
            args = (int(helpful),)
        sql += " ORDER BY id DESC LIMIT ?"
        with self._conn() as conn:
            rows = conn.execute(sql, (*args, limit)).fetchall()
        keys = ("id", "created", "record_id", "helpful", "comment", "question", "index_version")
        return [dict(zip(keys, row, strict=True)) | {"helpful": bool(row[3])} for row in rows]

    def unanswered(self, limit: int = 10_000) -> list[dict[str, Any]]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT id, created, question, confidence, top_record_id, index_version FROM unanswered "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        keys = ("id", "created", "question", "confidence", "top_record_id", "index_version")
        return [dict(zip(keys, row, strict=True)) for row in rows]
