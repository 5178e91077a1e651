"""Small helpers shared by the benchmark modules (no heavy imports)."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Thread settings applied to every benchmark process before numpy/faiss/onnxruntime load.
ONE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default) of an already sorted sequence."""
    if not sorted_values:
        return math.nan
    pos = (len(sorted_values) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def summarize(values_ms: Sequence[float]) -> dict[str, float]:
    v = sorted(values_ms)
    if not v:
        return {"n": 0}
    return {
        "n": len(v),
        "mean": round(sum(v) / len(v), 3),
        "p50": round(percentile(v, 50), 3),
        "p90": round(percentile(v, 90), 3),
        "p95": round(percentile(v, 95), 3),
        "p99": round(percentile(v, 99), 3),
        "max": round(v[-1], 3),
    }


def median(values: Sequence[float]) -> float:
    return percentile(sorted(values), 50)


def rss_mb(pid: int | str = "self") -> dict[str, float]:
    """VmRSS / VmHWM from /proc/<pid>/status and Pss from smaps_rollup, in MB (missing = absent)."""
    out: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                out[key] = round(int(rest.split()[0]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return out
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                out["Pss"] = round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return out


def thread_report() -> dict[str, Any]:
    """What the numeric libraries of this process will actually use."""
    out: dict[str, Any] = {k: os.environ.get(k, "") for k in ONE_THREAD_ENV}
    try:
        from threadpoolctl import threadpool_info

        out["threadpools"] = [
            {"api": p.get("internal_api"), "lib": Path(p.get("filepath", "")).name, "threads": p.get("num_threads")}
            for p in threadpool_info()
        ]
    except Exception:  # noqa: BLE001 - optional detail
        pass
    return out


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
