"""The production server (issue #7): `gunicorn -c service/gunicorn_conf.py 'service.app:create_app()'`
as a subprocess with two sync workers. A killed worker is replaced and requests keep succeeding;
SIGHUP replaces the workers, which then serve the newly published version; SIGTERM lets the
request in flight finish and exits cleanly. Every wait is bounded; every process is cleaned up.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from indexer import artifacts

from .support import Versions, free_port, http

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses POSIX signals and /proc")
ASK_BODY = {"question": "there is a constant ringing in my ears"}


def wait_until(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.05) -> object:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError):
            value = condition()
            if value:
                return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


@dataclass
class Gunicorn:
    proc: subprocess.Popen
    base: str
    log: Path

    def workers(self) -> set[int]:
        """Live worker pids: the master's children (zombies not counted)."""
        pids = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.proc.pid and fields[0] != "Z":
                    pids.add(int(stat.parent.name))
        return pids

    def answering_pid(self) -> int:
        """The pid of the worker that answers one /metrics request."""
        text = http("GET", f"{self.base}/metrics", timeout=10).body.decode()
        return int(re.search(r'pid="(\d+)"', text).group(1))  # type: ignore[union-attr]

    def wait_answered_by(self, pids: set[int], timeout: float = 30.0) -> None:
        """Until each of ``pids`` has answered at least once (the kernel picks which worker accepts)."""
        seen: set[int] = set()

        def all_seen() -> bool:
            seen.add(self.answering_pid())
            return pids <= seen

        wait_until(all_seen, timeout, f"workers {pids} to answer (seen {seen})", interval=0.01)

    def log_tail(self) -> str:
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return "\n".join([line for line in lines if '"medmatch.access"' not in line][-60:])


@contextlib.contextmanager
def gunicorn(index_root: Path, tmp_path: Path, workers: int = 2) -> Iterator[Gunicorn]:
    port = free_port()
    env = {
        **os.environ,
        "MEDMATCH_INDEX_ROOT": str(index_root),
        "MEDMATCH_PORT": str(port),
        "MEDMATCH_WORKERS": str(workers),
        "MEDMATCH_FEEDBACK_DB": str(tmp_path / "feedback.sqlite"),
        "MEDMATCH_RELOAD_POLL_SECONDS": "0",  # so that only SIGHUP can bring in a new version
        "MEDMATCH_RATE_LIMIT": "",
        "HF_HUB_OFFLINE": "1",
    }
    log = tmp_path / f"gunicorn-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "service/gunicorn_conf.py", "service.app:create_app()"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    server = Gunicorn(proc, f"http://127.0.0.1:{port}", log)
    try:
        def ready() -> bool:
            assert proc.poll() is None, f"gunicorn exited with {proc.returncode}:\n{server.log_tail()}"
            return http("GET", f"{server.base}/readyz", timeout=5).status == 200

        wait_until(ready, 60, "/readyz")
        wait_until(lambda: len(server.workers()) == workers, 30, f"{workers} workers")
        yield server
    except BaseException:
        sys.stderr.write(f"--- gunicorn log ---\n{server.log_tail()}\n")
        raise
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)  # the session this test started, nothing else
                proc.wait(timeout=10)


class Load:
    """One client thread asking questions until stopped; records every outcome."""

    def __init__(self, base: str) -> None:
        self.base, self.stop, self.outcomes = base, threading.Event(), []  # type: ignore[var-annotated]
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                reply = http("POST", f"{self.base}/v1/ask", ASK_BODY, timeout=30)
                self.outcomes.append((reply.status, reply.json().get("index_version") if reply.status == 200 else ""))
            except Exception as exc:  # refused/reset connections are failures too
                self.outcomes.append((0, repr(exc)))
            time.sleep(0.01)

    def __enter__(self) -> Load:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=40)
        assert not self.thread.is_alive()



def test_killed_worker_is_replaced_and_requests_keep_succeeding(versions: Versions, tmp_path: Path) -> None:
    with gunicorn(versions.root, tmp_path) as server:
        first = server.workers()
        server.wait_answered_by(first)
        victim = sorted(first)[0]
        with Load(server.base) as load:
            wait_until(lambda: len(load.outcomes) >= 3, 30, "requests before the kill")
            in_flight = len(load.outcomes)  # the one request that may be on the victim right now
            os.kill(victim, signal.SIGKILL)

            def replaced() -> set[int]:
                now = server.workers()
                return now if len(now) == 2 and victim not in now else set()

            new = set(wait_until(replaced, 30, "a replacement worker")) - first  # type: ignore[call-overload]
            assert len(new) == 1
            server.wait_answered_by(new)  # the replacement loaded the app and serves
            wait_until(lambda: len(load.outcomes) >= 10, 30, "requests after the kill")
        # SIGKILL drops the request the victim was serving (at most one: one client thread);
        # every other request, before and after, succeeds.
        failed = [i for i, (status, _) in enumerate(load.outcomes) if status != 200]
        assert set(failed) <= {in_flight, in_flight + 1} and len(failed) <= 1, [load.outcomes[i] for i in failed]
        assert len(load.outcomes) - len(failed) >= 10
        assert f"Booting worker with pid: {new.pop()}" in server.log.read_text()


def test_sighup_replaces_workers_which_serve_the_new_version(versions: Versions, tmp_path: Path) -> None:
    root = versions.copy(tmp_path / "idx")
    with gunicorn(root, tmp_path) as server:
        old = server.workers()
        artifacts.publish(root, versions.b)
        # Without polling (disabled here), running workers keep the version they loaded.
        assert all(http("GET", f"{server.base}/readyz").json()["index_version"] == versions.a for _ in range(6))
        with Load(server.base) as load:
            os.kill(server.proc.pid, signal.SIGHUP)
            wait_until(lambda: (w := server.workers()) and len(w) == 2 and not (w & old), 60, "all workers replaced")
            new = server.workers()
            server.wait_answered_by(new)
            after = len(load.outcomes) + 1  # (the request in flight now may have started on an old worker)
            wait_until(lambda: len(load.outcomes) >= after + 3, 30, "requests after the reload")
        assert server.proc.poll() is None, "SIGHUP must not stop the master"
        assert all(status == 200 for status, _ in load.outcomes), [o for o in load.outcomes if o[0] != 200][:5]
        assert {version for _, version in load.outcomes[after:]} == {versions.b}
        for _ in range(6):
            ready = http("GET", f"{server.base}/readyz").json()
            assert ready["index_version"] == versions.b and ready["records"] == versions.n_b


def test_sigterm_lets_the_request_in_flight_finish(versions: Versions, tmp_path: Path) -> None:
    with gunicorn(versions.root, tmp_path, workers=1) as server:
        port = int(server.base.rsplit(":", 1)[1])
        body = json.dumps(ASK_BODY).encode()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            # A slow client: headers and half the body now, the rest after the SIGTERM. The worker
            # is inside the app, reading the body, when the signal arrives.
            conn.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                         b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body) + body[:10])
            time.sleep(1.0)  # the idle worker accepts at once; give a loaded machine time
            server.proc.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            assert server.proc.poll() is None, "the master must wait for the request in flight"
            conn.sendall(body[10:])
            raw = b""
            while chunk := conn.recv(65536):
                raw += chunk
        head, _, payload = raw.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200"), raw[:300]
        answer = json.loads(payload)
        assert answer["status"] == "answered" and answer["index_version"] == versions.a
        assert server.proc.wait(timeout=30) == 0
        assert "Shutting down: Master" in server.log.read_text()
        assert not server.workers()
