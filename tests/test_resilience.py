"""Hot reload under load and corrupt artifacts (issue #7).

A reload loads the new version outside the lock and swaps one reference, so requests in flight
finish on the old index; a bad version is refused and the old one keeps serving. These tests
drive that through a real threaded HTTP server with several client threads.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from indexer import artifacts

from .conftest import assert_error
from .support import Versions, http, serve

TOKEN = "reload-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
QUESTIONS = [
    "there is a constant ringing in my ears",
    "my lower back hurts after lifting boxes",
    "what helps get my sugar levels down",
    "What time does the pharmacy car park close on Sundays?",  # no_match: also writes to the store
    "it stings when I wee",
]




def metric(text: str, name: str) -> float:
    found = re.search(rf"^{name}\{{[^}}]*\}} (\S+)$", text, re.MULTILINE)
    assert found, f"{name} not in metrics"
    return float(found.group(1))


class Traffic:
    """Client threads that POST /v1/ask in a loop and record (status, index_version) per answer."""

    def __init__(self, base: str, threads: int = 4) -> None:
        self.base = base
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.results: list[tuple[int, str]] = []
        self.errors: list[str] = []
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(threads)]

    def _run(self, offset: int) -> None:
        i = offset
        while not self.stop.is_set():
            question = QUESTIONS[i % len(QUESTIONS)]
            i += 1
            try:
                reply = http("POST", f"{self.base}/v1/ask", {"question": question}, timeout=30)
                version = reply.json().get("index_version", "") if reply.status == 200 else reply.body.decode()[:300]
                with self.lock:
                    self.results.append((reply.status, version))
            except Exception as exc:  # a refused or reset connection is a failed request too
                with self.lock:
                    self.errors.append(repr(exc))

    def count(self) -> int:
        with self.lock:
            return len(self.results) + len(self.errors)

    def wait_for(self, n: int, timeout: float = 30.0) -> None:
        """Until ``n`` more requests have completed (so traffic really overlaps what happens next)."""
        target, deadline = self.count() + n, time.monotonic() + timeout
        while self.count() < target:
            assert time.monotonic() < deadline, f"traffic stalled at {self.count()} requests"
            time.sleep(0.005)

    def __enter__(self) -> Traffic:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)
        assert not any(t.is_alive() for t in self.threads), "a client thread hung"


def test_ten_hot_reloads_under_load_fail_no_request(app_factory, versions: Versions, root: Path) -> None:  # type: ignore[no-untyped-def]
    app = app_factory(index_root=str(root), admin_token=TOKEN)
    holder = app.extensions["medmatch"].holder
    assert holder.version == versions.a
    swaps: list[str] = []
    with serve(app) as base, Traffic(base, threads=4) as traffic:
        traffic.wait_for(8)
        for i in range(10):
            target = versions.b if i % 2 == 0 else versions.a
            artifacts.publish(root, target)
            reply = http("POST", f"{base}/v1/admin/reload", headers=AUTH)
            assert reply.status == 200, reply.body
            assert reply.json() == {"reloaded": True, "index_version": target, "error": None}
            swaps.append(target)
            traffic.wait_for(6)  # answers from the new version before the next swap
        ready = http("GET", f"{base}/readyz").json()
    assert traffic.errors == []
    statuses = [status for status, _ in traffic.results]
    assert statuses.count(200) == len(statuses) >= 60, [r for r in traffic.results if r[0] != 200][:5]
    served = [version for _, version in traffic.results]
    assert set(served) == {versions.a, versions.b}
    changes = sum(1 for x, y in zip(served, served[1:], strict=False) if x != y)
    assert changes >= 10  # the served version followed the swaps
    assert ready["index_version"] == swaps[-1] == versions.a and ready["records"] == versions.n_a
    assert holder.stats.reloads == 11 and holder.stats.failures == 0


def test_watcher_picks_up_a_new_pointer(app_factory, versions: Versions, root: Path) -> None:  # type: ignore[no-untyped-def]
    """The per-worker poller (what gunicorn workers rely on) reloads when CURRENT changes."""
    app = app_factory(index_root=str(root), reload_poll_seconds=0.05)
    holder = app.extensions["medmatch"].holder
    holder.start_watching()  # create_app does not start it in testing mode
    try:
        client = app.test_client()
        artifacts.publish(root, versions.b)
        deadline = time.monotonic() + 20
        while holder.version != versions.b:
            assert time.monotonic() < deadline, "the watcher never reloaded"
            assert client.post("/v1/ask", json={"question": "ringing ears"}).status_code == 200
            time.sleep(0.02)
        assert client.get("/readyz").get_json()["records"] == versions.n_b
    finally:
        holder.stop()


# --------------------------------------------------------------------------- corrupt artifacts
def _rewrite_manifest(folder: Path, change: Callable[[dict], None]) -> None:
    path = folder / artifacts.MANIFEST
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def corrupt(root: Path, spare: str, kind: str) -> str:
    """Damage the spare version (never the one being served: its files are memory-mapped) and point
    CURRENT at the damage. Returns a fragment of the error the reload should report."""
    folder = root / artifacts.VERSIONS / spare
    pointer = root / artifacts.CURRENT
    if kind == "truncated-vectors":
        path = folder / "questions.faiss"
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        expect = "truncated"
    elif kind == "altered-records":
        path = folder / "records.jsonl"
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0x01  # same size, one bit flipped
        path.write_bytes(bytes(raw))
        expect = "checksum mismatch"
    elif kind == "missing-file":
        (folder / "chunk_table.npy").unlink()
        expect = "missing"
    elif kind == "truncated-manifest":
        path = folder / artifacts.MANIFEST
        path.write_text(path.read_text()[:100])
        expect = "unreadable manifest"
    elif kind == "manifest-wrong-types":
        _rewrite_manifest(folder, lambda m: m.update(files="oops", counts=[]))
        expect = "manifest"
    elif kind == "other-model":
        _rewrite_manifest(folder, lambda m: m.update(model_fingerprint="0" * 16))
        expect = "model weights"
    elif kind == "future-schema":
        _rewrite_manifest(folder, lambda m: m.update(schema_version=99))
        expect = "schema_version"
    elif kind == "half-written-folder":
        half = root / artifacts.VERSIONS / "29990101T000000000000Z-halfdone"
        half.mkdir()
        for name in ("records.jsonl", "questions.faiss"):  # copying stopped here; no manifest yet
            (half / name).write_bytes((folder / name).read_bytes())
        pointer.write_text(half.name + "\n")
        return "no manifest.json"
    elif kind == "unknown-version":
        pointer.write_text("29990101T000000000000Z-deadbeef\n")
        return "does not exist"
    elif kind == "path-in-pointer":
        pointer.write_text("../../etc\n")
        return "invalid version"
    elif kind == "empty-pointer":
        pointer.write_text("")
        return "invalid version"
    else:  # pragma: no cover
        raise AssertionError(kind)
    pointer.write_text(spare + "\n")  # as `artifacts.publish` would, without its manifest check
    return expect


KINDS = ["truncated-vectors", "altered-records", "missing-file", "truncated-manifest", "manifest-wrong-types",
         "other-model", "future-schema", "half-written-folder", "unknown-version", "path-in-pointer", "empty-pointer"]


@pytest.mark.parametrize("kind", KINDS)
def test_corrupt_version_is_refused_and_the_old_one_keeps_serving(app_factory, versions: Versions, root: Path,
                                                                   kind: str) -> None:  # type: ignore[no-untyped-def]
    app = app_factory(index_root=str(root), admin_token=TOKEN)
    client = app.test_client()
    assert client.post("/v1/ask", json={"question": "ringing ears"}).get_json()["index_version"] == versions.a
    expect = corrupt(root, versions.b, kind)

    r = client.post("/v1/admin/reload", headers=AUTH)
    assert r.status_code == 409, r.get_data(as_text=True)
    body = r.get_json()
    assert body["reloaded"] is False and body["index_version"] == versions.a and expect in body["error"]

    r = client.post("/v1/ask", json={"question": "there is a constant ringing in my ears"})
    assert r.status_code == 200 and r.get_json()["index_version"] == versions.a
    assert r.get_json()["status"] == "answered"
    health = client.get("/healthz").get_json()
    assert health["index_version"] == versions.a and expect in health["last_reload_error"]
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["index_version"] == versions.a
    text = client.get("/metrics").get_data(as_text=True)
    assert metric(text, "medmatch_index_reload_failures_total") == 1
    assert metric(text, "medmatch_index_ready") == 1

    # The watcher must not retry the same bad pointer in a loop...
    holder = app.extensions["medmatch"].holder
    assert holder.poll() is False and holder.stats.failures == 1
    # ...and publishing a good version again recovers and clears the error.
    artifacts.publish(root, versions.a)
    assert client.post("/v1/admin/reload", headers=AUTH).status_code == 200
    assert client.get("/healthz").get_json()["last_reload_error"] is None


# Each with no older good version to fall back to (the spare is the older one); a half-written folder
# newer than the good versions is served from the last good one (tests/test_publish_safety.py).
@pytest.mark.parametrize("kind", ["truncated-vectors", "altered-records", "manifest-wrong-types", "empty-pointer"])
def test_corrupt_artifact_at_startup_is_503_never_500(app_factory, versions: Versions, root: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    expect = corrupt(root, versions.b, kind)
    app = app_factory(index_root=str(root))  # must not raise: the process stays up and says why
    client = app.test_client()

    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.mimetype == "application/json"
    assert ready.get_json()["ready"] is False and expect in ready.get_json()["reason"]
    health = client.get("/healthz")
    assert health.status_code == 200 and expect in health.get_json()["last_reload_error"]
    for response in (client.post("/v1/ask", json={"question": "ringing ears"}),
                     client.get("/v1/records/fx-tinnitus-info"),
                     client.post("/v1/feedback", json={"record_id": "fx-tinnitus-info", "helpful": True})):
        body = assert_error(response, 503, "index_not_ready")
        assert str(root) not in body["error"]["message"]  # no server paths for patients
    text = client.get("/metrics").get_data(as_text=True)
    assert metric(text, "medmatch_index_ready") == 0 and metric(text, "medmatch_index_reload_failures_total") == 1
    page = client.get("/?q=ringing+ears")
    assert page.status_code == 200 and "try again" in page.get_data(as_text=True)
