"""A bounded, closed-loop HTTP load generator for 127.0.0.1 (threads + http.client).

``concurrency`` threads each send one ``POST /v1/ask`` at a time on a fresh connection
(``Connection: close``; gunicorn's sync workers do not keep connections alive anyway), cycling
through the question set, for a warm-up and then a fixed measured window. A request counts
when it *starts* inside the window; requests still in flight at the end are waited for, so
slow requests are not dropped from the percentiles. Errors are non-200 answers and
connection/timeout failures.
"""

from __future__ import annotations

import http.client
import itertools
import json
import re
import resource
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .stats import summarize

HOST = "127.0.0.1"
TIMEOUT_S = 30.0
_STATUS = re.compile(rb'"status":\s*"([a-z_]+)"')


def _post(port: int, body: bytes) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT_S)
    try:
        conn.request("POST", "/v1/ask", body, {"Content-Type": "application/json", "Connection": "close"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def run_load(
    port: int,
    questions: Sequence[str],
    concurrency: int,
    duration: float,
    warmup: float,
    sample: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Drive the server; ``sample`` is called about once a second (memory sampling)."""
    bodies = [json.dumps({"question": q, "top_k": 5}).encode() for q in questions]
    counter = itertools.count()
    t_start = time.perf_counter() + warmup
    wall_start = time.time() + warmup
    t_end = t_start + duration
    lock = threading.Lock()
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    ends: list[float] = []

    def worker() -> None:
        local_lat: list[float] = []
        local_err: Counter[str] = Counter()
        local_ans: Counter[str] = Counter()
        last_end = 0.0
        while True:
            t0 = time.perf_counter()
            if t0 >= t_end:
                break
            body = bodies[next(counter) % len(bodies)]
            try:
                status, data = _post(port, body)
                error = None if status == 200 else f"http {status}"
            except (OSError, http.client.HTTPException) as exc:
                error, data = type(exc).__name__, b""
            t1 = time.perf_counter()
            if t0 < t_start:
                continue  # warm-up
            last_end = t1
            if error:
                local_err[error] += 1
                continue
            local_lat.append((t1 - t0) * 1000)
            match = _STATUS.search(data[:200])
            local_ans[match.group(1).decode() if match else "?"] += 1
        with lock:
            latencies.extend(local_lat)
            errors.update(local_err)
            answers.update(local_ans)
            ends.append(last_end)

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        if sample is not None and time.perf_counter() >= t_start:
            sample()
        time.sleep(1.0 if sample else 0.2)
        if time.perf_counter() > t_end + TIMEOUT_S + 5:
            break  # a stuck thread is counted below as a missing answer, not waited for forever
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    window = max(ends, default=t_end) - t_start
    ok = len(latencies)
    n_err = sum(errors.values())
    return {
        "concurrency": concurrency,
        "duration_s": duration,
        "warmup_s": warmup,
        "window_s": round(window, 3),
        "requests": ok + n_err,
        "ok": ok,
        "errors": n_err,
        "error_kinds": dict(errors),
        "rps": round(ok / window, 2) if window > 0 else 0.0,
        "latency_ms": summarize(latencies),
        "answer_status": dict(answers),
        # The generator shares the 2 cores with the server; say how much it took.
        "client_cpu_s": round((cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime), 2),
        "client_cpu_share": round(((cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)) / (warmup + window), 3),
        "wall_window": [wall_start, wall_start + window],
    }
