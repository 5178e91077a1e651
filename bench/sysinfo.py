"""What machine, code and background load a benchmark ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_TICK = os.sysconf("SC_CLK_TCK")


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def cpu_info() -> dict[str, Any]:
    model, flags, mhz = "unknown", set(), ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "model name" and model == "unknown":
                model = value
            elif key == "flags" and not flags:
                flags = set(value.split())
            elif key == "cpu MHz" and not mhz:
                mhz = value
    except OSError:
        pass
    mem_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "model": model,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "mhz": mhz,
        "simd": [f for f in ("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni") if f in flags],
        "memory_gb": mem_gb,
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


def software() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("faiss-cpu", "onnxruntime", "numpy", "torch", "sentence-transformers", "gunicorn", "flask", "bm25s"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out


def _proc_table() -> dict[int, tuple[int, str, float]]:
    """pid -> (ppid, command, cpu seconds)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            head, _, rest = stat.rpartition(")")
            fields = rest.split()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            out[int(entry.name)] = (int(fields[1]), cmd or head.split("(", 1)[-1], (int(fields[11]) + int(fields[12])) / _TICK)
        except (OSError, ValueError, IndexError):
            continue
    return out


def _machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds since boot, all cores."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = parts[3] + (parts[4] if len(parts) > 4 else 0)
    return (sum(parts) - idle) / _TICK, sum(parts) / _TICK


class BackgroundLoad:
    """Samples every process every few seconds to say what else used the CPU during the run."""

    def __init__(self, interval: float = 5.0) -> None:
        self.interval = interval
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.loadavg: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._ours: set[int] = set()

    def _is_ours(self, pid: int, table: dict[int, tuple[int, str, float]]) -> bool:
        me = os.getpid()
        seen = 0
        while pid > 1 and seen < 64:
            if pid == me or pid in self._ours:
                return True
            pid = table.get(pid, (0, "", 0.0))[0]
            seen += 1
        return False

    def sample(self) -> None:
        table = _proc_table()
        for pid, (_, cmd, cpu) in table.items():
            if self._is_ours(pid, table):
                self._ours.add(pid)
                continue
            self.first.setdefault(pid, cpu)
            self.last[pid] = cpu
            self.names[pid] = cmd[:120]
        try:
            self.loadavg.append(float(Path("/proc/loadavg").read_text().split()[0]))
        except OSError:
            pass

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def start(self) -> None:
        self.t0 = time.time()
        self.busy0 = _machine_busy()
        self.self0 = _own_cpu()
        self.sample()
        self._thread.start()

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        self._thread.join(timeout=10)
        self.sample()
        wall = time.time() - self.t0
        busy1 = _machine_busy()
        machine = busy1[0] - self.busy0[0]
        ours = _own_cpu() - self.self0
        by_name: dict[str, float] = defaultdict(float)
        for pid, cpu in self.last.items():
            delta = cpu - self.first.get(pid, cpu)
            if delta > 0.5:
                by_name[_short(self.names.get(pid, "?"))] += delta
        top = sorted(by_name.items(), key=lambda kv: -kv[1])[:8]
        return {
            "wall_s": round(wall, 1),
            "machine_busy_cpu_s": round(machine, 1),
            "benchmark_cpu_s": round(ours, 1),
            "other_cpu_s": round(max(0.0, machine - ours), 1),
            "other_share_of_machine": round(max(0.0, machine - ours) / (wall * (os.cpu_count() or 1)), 3) if wall else 0.0,
            "top_other_processes_cpu_s": [{"command": n, "cpu_s": round(c, 1)} for n, c in top],
            "loadavg_1m": {"min": min(self.loadavg, default=0.0), "max": max(self.loadavg, default=0.0),
                           "mean": round(sum(self.loadavg) / max(1, len(self.loadavg)), 2)},
        }


def _own_cpu() -> float:
    import resource

    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def _short(cmd: str) -> str:
    words = cmd.split()
    if not words:
        return "?"
    exe = Path(words[0]).name
    if exe.startswith("python") and len(words) > 1:
        rest = [w for w in words[1:] if not w.startswith("-")][:2]
        return " ".join([exe, *(Path(w).name if "/" in w else w for w in rest)])
    return exe
