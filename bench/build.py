"""Index build benchmark: the full corpus from scratch, then a rebuild after 1% of answers change.

Both builds run the real CLI (``python -m indexer build ... -q``) in a child process, timed with
``os.wait4`` so the peak RSS is that child's alone. Everything is written under a temporary
folder (empty embedding cache, fresh index root, the edited JSONL copy); nothing in the repo
or in ``var/`` is touched.

    python -m bench.build mutate --out /tmp/x/corpus.jsonl --fraction 0.01 CORPUS...
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EDIT = "This answer was reviewed again in 2026 and the advice below is unchanged."


def run_wait4(cmd: Sequence[str], env: dict[str, str] | None = None, log: Path | None = None) -> dict[str, Any]:
    """Run ``cmd`` in the repo root, reaped with ``os.wait4``: wall time, CPU time and the peak
    RSS of that child alone (``RUSAGE_CHILDREN`` would mix in every earlier child)."""
    out_file = (log or Path(os.devnull)).open("wb")
    err_path = (log.with_suffix(".err") if log else None)
    err_file = err_path.open("wb") if err_path else subprocess.DEVNULL
    started = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=ROOT, env=env, stdout=out_file, stderr=err_file)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_file.close()
    if err_path:
        err_file.close()  # type: ignore[union-attr]
    stdout = log.read_text(errors="replace") if log else ""
    stderr = err_path.read_text(errors="replace")[-4000:] if err_path else ""
    return {
        "rc": proc.returncode,
        "wall_s": round(wall, 2),
        "user_s": round(usage.ru_utime, 2),
        "sys_s": round(usage.ru_stime, 2),
        "cpu_util": round((usage.ru_utime + usage.ru_stime) / wall, 2) if wall else 0.0,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: kilobytes
        "stdout": stdout,
        "stderr": stderr,
    }


def _build_json(stdout: str) -> dict[str, Any]:
    match = re.search(r"\{.*\}", stdout, re.S)
    return json.loads(match.group(0)) if match else {}


def mutate(paths: Sequence[str], out: Path, fraction: float, seed: int = 5) -> dict[str, Any]:
    """Write the combined corpus as JSONL with ``fraction`` of the answered records edited:
    one sentence inserted at a random sentence boundary (so chunks after it shift, as with a
    real edit). Returns counts."""
    from corpus import load_corpus

    records = load_corpus(paths)
    rng = random.Random(seed)
    candidates = [i for i, r in enumerate(records) if r.answer and not r.retired]
    chosen = set(rng.sample(candidates, max(1, round(len(records) * fraction))))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for i, record in enumerate(records):
            data = record.to_dict()
            if i in chosen:
                cuts = [m.end() for m in re.finditer(r"[.!?]\s+", record.answer)] or [len(record.answer)]
                at = rng.choice(cuts + [len(record.answer)])
                data["answer"] = (record.answer[:at].rstrip() + " " + EDIT + " " + record.answer[at:].lstrip()).strip()
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
    return {"records": len(records), "changed": len(chosen), "fraction": fraction, "seed": seed}


def build_bench(paths: Sequence[str], workdir: Path, threads: int) -> dict[str, Any]:
    """Scratch build + 1%-changed rebuild under ``workdir``. Returns the figures."""
    py = sys.executable
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "OPENBLAS_NUM_THREADS": str(threads),
           "MKL_NUM_THREADS": str(threads), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    cache, index = workdir / "cache", workdir / "index"
    base = [py, "-m", "indexer", "build", "--cache", str(cache), "--out", str(index), "--threads", str(threads), "-q"]
    print(f"  full build from scratch ({threads} threads; about 7 min) ...", file=sys.stderr, flush=True)
    scratch = run_wait4([*base, *paths], env, workdir / "scratch.out")
    if scratch["rc"] != 0:
        raise RuntimeError(f"scratch build failed: {scratch['stderr']}")
    info = _build_json(scratch["stdout"])
    embedded = int(info.get("embedded", 0))
    scratch.update({"build": info, "embedded": embedded,
                    "embeddings_per_s": round(embedded / scratch["wall_s"], 1) if scratch["wall_s"] else 0.0,
                    "embeddings_per_s_in_builder": round(embedded / info["seconds"], 1) if info.get("seconds") else 0.0})

    print("  writing a copy of the corpus with 1% of answers edited ...", file=sys.stderr, flush=True)
    edited = workdir / "edited" / "corpus.jsonl"
    mut = subprocess.run([py, "-m", "bench.build", "mutate", "--out", str(edited), "--fraction", "0.01", *paths],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    changes = json.loads(mut.stdout.strip().splitlines()[-1])
    print(f"  rebuild after {changes['changed']} edited answers (warm cache) ...", file=sys.stderr, flush=True)
    rebuild = run_wait4([*base, str(edited)], env, workdir / "rebuild.out")
    if rebuild["rc"] != 0:
        raise RuntimeError(f"rebuild failed: {rebuild['stderr']}")
    rinfo = _build_json(rebuild["stdout"])
    rebuild.update({"build": rinfo, "embedded": int(rinfo.get("embedded", 0)), "reused": int(rinfo.get("reused", 0)),
                    "changes": changes})
    for part in (scratch, rebuild):
        part.pop("stdout", None)
        if part.get("rc") == 0:
            part.pop("stderr", None)
    return {"threads": threads, "inputs": list(paths), "scratch": scratch, "rebuild_1pct": rebuild}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.build")
    sub = parser.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("mutate")
    m.add_argument("paths", nargs="+")
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("--fraction", type=float, default=0.01)
    m.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(mutate(args.paths, args.out, args.fraction, args.seed)))


if __name__ == "__main__":
    main()
