"""Start and stop gunicorn on 127.0.0.1 for the benchmark; find its workers; time cold starts.

Both apps run under the project's own ``service/gunicorn_conf.py`` (sync workers, one numeric
thread per worker). Readiness is read two ways: the first ``GET /readyz`` that answers 200
(the first worker up), and each worker's "ready" log line with its timestamp (every worker up).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .stats import ONE_THREAD_ENV, median, rss_mb

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # the benchmark never targets anything else
GUNICORN = Path(sys.executable).with_name("gunicorn")


@dataclass(frozen=True)
class AppSpec:
    name: str
    target: str  # gunicorn WSGI target
    env: dict[str, str]
    ready_line: re.Pattern[str]  # a worker's "ready" log line (JSON with "ts")


def medmatch_spec(index_root: Path, feedback_db: Path) -> AppSpec:
    return AppSpec(
        "medmatch",
        "service.app:create_app()",
        {
            "MEDMATCH_INDEX_ROOT": str(index_root),
            "MEDMATCH_RATE_LIMIT": "",
            "MEDMATCH_RELOAD_POLL_SECONDS": "0",
            "MEDMATCH_FEEDBACK_DB": str(feedback_db),
        },
        re.compile(r'"message": "serving index '),
    )


def naive_spec(prefix: Path) -> AppSpec:
    return AppSpec("naive", "bench.naive_app:create_app()", {"NAIVE_DATA": str(prefix)},
                   re.compile(r'"message": "naive ready"'))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def get(port: int, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Connection": "close"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@dataclass
class Server:
    spec: AppSpec
    workers: int
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    started_at: float = 0.0  # time.time() just before the process was spawned
    _log: Any = None

    def start(self) -> None:
        env = {**os.environ, **ONE_THREAD_ENV, **self.spec.env,
               "MEDMATCH_HOST": HOST, "MEDMATCH_PORT": str(self.port), "MEDMATCH_WORKERS": str(self.workers),
               "MEDMATCH_LOGLEVEL": "info", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        fd, name = tempfile.mkstemp(prefix=f"bench-{self.spec.name}-", suffix=".log")
        os.close(fd)
        self.log_path = Path(name)
        self._log = self.log_path.open("wb")
        self.started_at = time.time()
        self.proc = subprocess.Popen(
            [str(GUNICORN), "-c", "service/gunicorn_conf.py", self.spec.target],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def worker_pids(self) -> list[int]:
        if self.proc is None:
            return []
        pid = self.proc.pid
        try:
            text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
            return sorted(int(p) for p in text.split())
        except OSError:
            pass
        out = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                    if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry.name))
                except (OSError, ValueError, IndexError):
                    continue
        return sorted(out)

    def memory(self) -> dict[str, Any]:
        master = rss_mb(self.proc.pid) if self.proc else {}
        return {"master": master, "workers": {str(p): rss_mb(p) for p in self.worker_pids()}}

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def ready_times(self) -> list[float]:
        """Seconds from spawn to each worker's ready log line. Workers share the log file, so two
        records written at the same instant can land on one line: every JSON object is read."""
        out = []
        decoder = json.JSONDecoder()
        for line in self.log_text().splitlines():
            if not self.spec.ready_line.search(line):
                continue
            at = line.find("{")
            while 0 <= at < len(line):
                try:
                    record, end = decoder.raw_decode(line, at)
                except ValueError:
                    break
                if isinstance(record, dict) and "ts" in record and self.spec.ready_line.search(json.dumps(record)):
                    out.append(float(record["ts"]) - self.started_at)
                at = line.find("{", end)
        return sorted(out)

    def wait_ready(self, timeout: float = 120.0) -> dict[str, float]:
        """Block until /readyz says 200 and every worker has logged ready; raise on timeout/exit."""
        assert self.proc is not None
        deadline = time.time() + timeout
        first = None
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.spec.name}: gunicorn exited ({self.proc.returncode}):\n{self.log_text()[-3000:]}")
            if first is None:
                try:
                    status, _ = get(self.port, "/readyz", timeout=max(0.1, deadline - time.time()))
                    if status == 200:
                        first = time.time() - self.started_at
                except OSError:
                    pass
            if first is not None:
                times = self.ready_times()
                if len(times) >= self.workers:
                    return {"first_readyz_s": round(first, 3), "all_workers_s": round(max(first, times[self.workers - 1]), 3),
                            "worker_ready_s": [round(t, 3) for t in times]}
            time.sleep(0.01)
        raise RuntimeError(f"{self.spec.name}: not ready after {timeout}s:\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.kill(self.proc.pid, signal.SIGTERM)  # the master stops its own workers
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)  # our own session, started above
                self.proc.wait()
            except ProcessLookupError:
                pass
        if self._log:
            self._log.close()
            self._log = None

    def cleanup(self) -> None:
        self.stop()
        if self.log_path:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


def cold_start(spec: AppSpec, workers: int, runs: int) -> dict[str, Any]:
    """Spawn → ready, ``runs`` times (page cache warm: a process cold start, not a disk cold start)."""
    samples = []
    for _ in range(runs):
        with Server(spec, workers) as server:
            samples.append(server.wait_ready())
    firsts = [s["first_readyz_s"] for s in samples]
    alls = [s["all_workers_s"] for s in samples]
    return {"workers": workers, "runs": runs, "first_readyz_s_median": round(median(firsts), 3),
            "all_workers_s_median": round(median(alls), 3), "all_workers_s": alls, "first_readyz_s": firsts}
