"""Helpers shared by the tests: an index root holding two published versions, a real threaded HTTP
server around an app, a tiny stdlib HTTP client (resilience and gunicorn tests), the labelled
messages of ``eval/`` (the scope checks of animals and languages), and a searcher over the tiny
corpus plus a few records of a test's own (the ranking checks)."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from corpus import QARecord
from indexer import BuildSettings, build
from indexer.encoder import Encoder

# Keep every version: the tests publish old ones again and corrupt spare ones.
KEEP_ALL = BuildSettings(keep_versions=50)
_BUILT: dict[str, Versions] = {}


@dataclass(frozen=True)
class Versions:
    """An index root with two complete versions; CURRENT names ``a``."""

    root: Path
    a: str  # all fixture records
    b: str  # all but the last one
    n_a: int
    n_b: int

    def copy(self, dst: Path) -> Path:
        """A private copy of the root (same version names) that a test may publish into or damage."""
        shutil.copytree(self.root, dst, symlinks=True)
        return dst


def two_versions(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, records: list[QARecord]) -> Versions:
    """Built once per test session (both builds share one embedding cache)."""
    key = str(tmp_path_factory.getbasetemp())
    if key not in _BUILT:
        base = tmp_path_factory.mktemp("versions")
        root, cache = base / "idx", base / "cache"
        b = build(records[:-1], root, encoder, KEEP_ALL, cache_dir=cache, publish=False)
        a = build(records, root, encoder, KEEP_ALL, cache_dir=cache)
        _BUILT[key] = Versions(root, a.version, b.version, a.n_records, b.n_records)
    return _BUILT[key]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` on werkzeug's threaded server in a daemon thread; yields its base URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def http(method: str, url: str, body: Any = None, *, headers: dict[str, str] | None = None,
         timeout: float = 20.0) -> Reply:
    """One request with the standard library; HTTP errors are returned, not raised."""
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={
        **({"Content-Type": "application/json"} if data is not None else {}), **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - local test server
            return Reply(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, dict(exc.headers), exc.read())


EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"


def labelled_texts(skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every message of ``eval/*.jsonl`` by "set:id" (subject and message joined), but for qrels and
    the files whose names start with one of ``skip``."""
    texts = {}
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        if "qrels" in path.name or (skip and path.name.startswith(skip)):
            continue
        for line in path.open():
            row = json.loads(line)
            key = f"{path.stem}:{row.get('id') or row.get('qid')}"
            if row.get("subject") is not None and row.get("message") is not None:
                texts[key] = f"{row['subject']}\n{row['message']}"
            elif row.get("text") or row.get("question"):
                texts[key] = row.get("text") or row["question"]
    return texts


def fixture_record(rid: str, question: str, answer: str, focus: str, qtype: str = "information",
                   tags: tuple[str, ...] = ()) -> QARecord:
    """A reviewed record of the fixture corpus's source and reviewer, for a test's own small index."""
    return QARecord(id=rid, question=question, answer=answer, focus=focus, qtype=qtype, source="fixture corpus",
                    reviewed_by="Test Reviewer, MD (fixture)", reviewed_on="2026-01-15", tags=tags)


def searcher_with(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, records: list[QARecord],
                  name: str) -> Any:
    """A Searcher over ``records`` built once in a folder of its own (a module fixture's)."""
    from indexer.search import Searcher

    root = tmp_path_factory.mktemp(name)
    build(records, root, encoder, BuildSettings(), cache_dir=tmp_path_factory.mktemp("cache"))
    return Searcher.load(root, encoder)


def hits_by_id(searcher: Any, question: str, ranker: Any, k: int = 30) -> dict[str, Any]:
    """The first ``k`` hits for ``question`` under ``ranker``, by record id."""
    return {h.record.id: h for h in searcher.search(question, k, with_related=False, ranker=ranker).matches}


def assert_penalty_lowers(searcher: Any, question: str, penalty: str, value: float, feature: str, lowered: str,
                          kept: str) -> None:
    """With the ranker's ``penalty`` at ``value`` (against 0), record ``lowered`` carries the hit ``feature`` and
    loses exactly ``value`` of its score, while record ``kept`` carries neither."""
    from dataclasses import replace

    on, off = replace(searcher.ranker, **{penalty: value}), replace(searcher.ranker, **{penalty: 0.0})
    hits_on, hits_off = hits_by_id(searcher, question, on), hits_by_id(searcher, question, off)
    assert hits_on[lowered].features[feature] == 1.0 and hits_off[lowered].features[feature] == 0.0
    assert hits_on[kept].features[feature] == 0.0
    assert hits_on[lowered].score == pytest.approx(hits_off[lowered].score - value, abs=1e-5)
    assert hits_on[kept].score == pytest.approx(hits_off[kept].score)


def first_ids(searcher: Any, question: str, penalty: str, values: tuple[float, ...] = (0.0, 0.5)) -> list[str]:
    """The id of the first match for ``question`` with the ranker's ``penalty`` at each of ``values``."""
    from dataclasses import replace

    return [searcher.search(question, 1, with_related=False, ranker=replace(searcher.ranker, **{penalty: value}))
            .matches[0].record.id for value in values]


def labelled_health_messages() -> list[tuple[str, str]]:
    """(id, text) of every labelled health message that must get a health answer or decline, never a rule that takes
    it for something else (a clinic request, small talk): the dev questions, the graded dev messages (subject and
    message) and the clinic set's messages that want an article."""
    def rows(name: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in (EVAL_DIR / name).open()]

    return ([(d["qid"], d["question"]) for d in rows("dev_questions.jsonl")]
            + [(g["qid"], f"{g['subject']}\n{g['message']}") for g in rows("dev_graded.jsonl")]
            + [(c["id"], c["text"]) for c in rows("dev_clinic_blind.jsonl") if c["should_answer"]])
