"""``make bench``: every medmatch performance figure beside the naive baseline, in one run.

    python -m bench.run [--quick] [--skip-build] [--skip-1m] [--skip-http] [--duration S]

Sections: encoder compute floor; in-process latency (medmatch and naive); HTTP load with
gunicorn (concurrency 1, 8, 32) and worker memory; cold start (1 and 2 workers); index build
from scratch and after a 1% edit; 1M synthetic vectors, HNSW vs Flat. Prints a table with
PASS/MISS per target, writes ``bench/results/<date>-<commit>.json`` and (full runs)
``docs/benchmarks.md``. Heavy work runs in child processes so that each is measured alone and
this process (which also drives the HTTP load) stays small.

Threads are set deliberately: one OpenMP/OpenBLAS/MKL thread in every measuring process and
gunicorn worker (as ``service/gunicorn_conf.py`` does), ONNX Runtime and faiss at one thread
for queries; builds use all cores.
"""

from __future__ import annotations

import os

from .stats import ONE_THREAD_ENV

for _k, _v in ONE_THREAD_ENV.items():
    os.environ[_k] = _v
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from . import questions as qmod  # noqa: E402
from . import report, sysinfo  # noqa: E402
from .load import run_load  # noqa: E402
from .server import AppSpec, Server, cold_start, medmatch_spec, naive_spec  # noqa: E402
from .stats import summarize, write_json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ("../shared/data/medquad", "../shared/data/liveqa-med-2017/All-2479-Answers-retrieved-from-MedQuAD.csv")
FULL_INDEX = Path("var/index/full")
FULL_CACHE = Path("var/cache/embeddings")
RESULTS = ROOT / "bench" / "results"
DOCS = ROOT / "docs" / "benchmarks.md"
CONCURRENCY = (1, 8, 32)
WORKERS = 2
_T0 = time.time()


def log(msg: str) -> None:
    print(f"[bench {time.time() - _T0:6.0f}s] {msg}", file=sys.stderr, flush=True)


def section(results: dict[str, Any], name: str, fn: Callable[[], Any]) -> None:
    """Run one section; a failure is recorded and the run goes on."""
    started = time.time()
    try:
        results[name] = fn()
    except Exception as exc:  # noqa: BLE001 - report, don't lose the other sections
        traceback.print_exc()
        results[name] = {"error": f"{type(exc).__name__}: {exc}"}
    log(f"{name}: done in {time.time() - started:.0f}s")


def run_module(module: str, args: Sequence[str], timeout: float = 3600) -> dict[str, Any]:
    """``python -m <module> ... --out <tmp>`` in a child process; returns what it wrote."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "out.json"
        subprocess.run([sys.executable, "-m", module, *args, "--out", str(out)], cwd=ROOT, check=True, timeout=timeout)
        return json.loads(out.read_text())


# ------------------------------------------------------------------ inputs
def _loads_with_current_code(index: Path) -> str:
    """'' if this checkout's Searcher can load ``index``, else the error (the artifact format
    may have changed since it was built). Checked in a child process to keep ONNX Runtime out
    of this one."""
    code = ("import sys; from indexer.encoder import load_encoder; from indexer.search import Searcher; "
            "Searcher.load(sys.argv[1], load_encoder('auto', threads=1), checksums=False)")
    proc = subprocess.run([sys.executable, "-c", code, str(index)], cwd=ROOT, capture_output=True, text=True)
    return "" if proc.returncode == 0 else (proc.stderr.strip().splitlines() or ["failed"])[-1]


def ensure_full_index(paths: Sequence[str]) -> tuple[Path, str]:
    """Reuse var/index/full when its manifest's inputs fingerprint matches (and this code can
    load it); else build it, with the shared embedding cache, as the lead builds it."""
    from indexer import artifacts
    from indexer.builder import inputs_fingerprint, is_up_to_date
    from indexer.errors import IndexerError

    fingerprint = inputs_fingerprint(paths)
    root = ROOT / FULL_INDEX
    if is_up_to_date(root, fingerprint):
        problem = _loads_with_current_code(FULL_INDEX)
        if not problem:
            try:
                built = artifacts.Manifest.read(artifacts.resolve_current(root)).created
            except IndexerError:
                built = "?"
            return FULL_INDEX, f"reused: built {built} from the same inputs"
        reason = f"same inputs, but this code cannot load it ({problem[:200]})"
    else:
        reason = "missing, or built from other inputs"
    log(f"{FULL_INDEX}: {reason}; building it (minutes with a warm {FULL_CACHE}, ~7+ min without) ...")
    subprocess.run([sys.executable, "-m", "indexer", "build", *paths, "--out", str(FULL_INDEX), "--cache", str(FULL_CACHE), "-q"],
                   cwd=ROOT, check=True, env={**os.environ, "OMP_NUM_THREADS": str(os.cpu_count() or 1)})
    return FULL_INDEX, f"built by this run: {reason}"


def ensure_naive(paths: Sequence[str]) -> Path:
    from .naive_app import data_prefix

    prefix = data_prefix(paths)
    if not prefix.with_suffix(".npy").is_file():
        log(f"naive baseline: encoding record questions once with torch -> {prefix}.npy (about a minute) ...")
        subprocess.run([sys.executable, "-m", "bench.naive_app", "prepare", *paths], cwd=ROOT, check=True,
                       env={**os.environ, "OMP_NUM_THREADS": str(os.cpu_count() or 1)})
    return prefix


# ------------------------------------------------------------------ HTTP
def _server_side_ms(log_text: str, window: Sequence[float]) -> dict[str, Any]:
    """Per-request time inside Flask, from medmatch's JSON request log, for one load window
    (overall and by answer status: ``no_match`` also writes a row to SQLite)."""
    out: list[float] = []
    by_status: dict[str, list[float]] = {}
    for line in log_text.splitlines():
        if '"event": "request"' not in line or "/v1/ask" not in line:
            continue
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if window[0] <= item.get("ts", 0) <= window[1] + 1:
            out.append(float(item["ms"]))
            by_status.setdefault(str(item.get("answer_status", "?")), []).append(float(item["ms"]))
    if not out:
        return {}
    return {**summarize(out), "by_status": {k: summarize(v) for k, v in sorted(by_status.items())}}


def bench_http(spec: AppSpec, texts: list[str], duration: float, warmup: float) -> dict[str, Any]:
    with Server(spec, WORKERS) as server:
        ready = server.wait_ready()
        peaks: dict[str, dict[str, float]] = {}
        pids_seen: set[int] = set()

        def sample() -> None:
            for pid, mem in server.memory()["workers"].items():
                pids_seen.add(int(pid))
                peak = peaks.setdefault(pid, {})
                for key, value in mem.items():
                    peak[key] = max(peak.get(key, 0.0), value)

        loads = {}
        for c in CONCURRENCY:
            log(f"  {spec.name}: concurrency {c}, {warmup:.0f}+{duration:.0f} s ...")
            result = run_load(server.port, texts, c, duration, warmup, sample)
            window = result.pop("wall_window")
            if spec.name == "medmatch":
                result["server_ms"] = _server_side_ms(server.log_text(), window)
            result["memory_after"] = server.memory()["workers"]
            loads[str(c)] = result
            log(f"  {spec.name}: c={c}: {result['rps']} req/s, p50 {result['latency_ms'].get('p50')} ms, "
                f"p99 {result['latency_ms'].get('p99')} ms, errors {result['errors']}")
        final = server.memory()
        text = server.log_text()
    return {
        "ready": ready,
        "loads": loads,
        "memory": {
            "max_worker_rss_mb": max((p.get("VmRSS", 0) for p in peaks.values()), default=None),
            "max_worker_pss_mb": max((p.get("Pss", 0) for p in peaks.values()), default=None),
            "max_worker_hwm_mb": max((p.get("VmHWM", 0) for p in peaks.values()), default=None),
            "master_rss_mb": final["master"].get("VmRSS"),
            "peaks": peaks,
            "final": {pid: {k: m.get(k) for k in ("VmRSS", "Pss", "RssAnon", "RssFile")} for pid, m in final["workers"].items()},
        },
        "worker_pids_seen": len(pids_seen),
        "worker_restarts": max(0, len(pids_seen) - WORKERS),
        "log_problems": sum(1 for line in text.splitlines() if "WORKER TIMEOUT" in line or "Traceback" in line),
    }


# ------------------------------------------------------------------ build
def bench_build(paths: Sequence[str]) -> dict[str, Any]:
    from .build import build_bench, run_wait4

    threads = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        out = build_bench(paths, Path(tmp), threads)
        log(f"  naive 'build': torch encodes every record question ({threads} threads, empty cache) ...")
        env = {**os.environ, "OMP_NUM_THREADS": str(threads), "OPENBLAS_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
        naive = run_wait4([sys.executable, "-m", "bench.naive_app", "prepare", *paths, "--cache-dir", str(Path(tmp) / "naive"),
                           "--threads", str(threads)], env, Path(tmp) / "naive.out")
        if naive["rc"] != 0:
            raise RuntimeError(f"naive build failed: {naive['stderr']}")
        prefix = Path(naive["stdout"].strip().splitlines()[-1])
        meta = json.loads(prefix.with_suffix(".json").read_text())
        embedded = len(meta["records"])
        out["naive"] = {"threads": threads, "wall_s": naive["wall_s"], "peak_rss_mb": naive["peak_rss_mb"],
                        "embedded": embedded, "encode_s": meta.get("encode_seconds"),
                        "embeddings_per_s": round(embedded / naive["wall_s"], 1) if naive["wall_s"] else None}
    return out


# ------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="~2 min: 200 questions, 3 s loads, 1 cold start, no build/1M, no docs")
    parser.add_argument("--skip-build", action="store_true", help="skip the ~8 min build benchmark")
    parser.add_argument("--skip-1m", action="store_true", help="skip the 1M-vector HNSW vs Flat row")
    parser.add_argument("--skip-http", action="store_true", help="skip HTTP load and cold start")
    parser.add_argument("--duration", type=float, default=None, help="measured seconds per HTTP load level (default 20; quick 3)")
    parser.add_argument("--questions", type=int, default=None, help="question set size (default 1200; quick 200)")
    parser.add_argument("--cold-runs", type=int, default=None, help="cold starts per configuration (default 5; quick 1)")
    parser.add_argument("--docs", dest="docs", action="store_true", default=None, help="write docs/benchmarks.md (default: only for a complete run, nothing skipped)")
    parser.add_argument("--no-docs", dest="docs", action="store_false")
    args = parser.parse_args(argv)
    quick = args.quick
    n_questions = args.questions or (200 if quick else qmod.FULL)
    duration = args.duration or (3.0 if quick else 20.0)
    warmup = 1.0 if quick else 3.0
    cold_runs = args.cold_runs or (1 if quick else 5)
    skip_build = args.skip_build or quick
    skip_1m = args.skip_1m or quick
    skipped = [name for name, flag in (("build", skip_build), ("1M", skip_1m), ("HTTP", args.skip_http)) if flag]
    # A partial run must not replace a complete docs/benchmarks.md unless asked to (--docs).
    write_docs = (not quick and not skipped) if args.docs is None else args.docs

    background = sysinfo.BackgroundLoad()
    background.start()
    commit = sysinfo.git_commit()
    date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    results: dict[str, Any] = {"meta": {"date": date, "commit": commit, "mode": "quick" if quick else "full", "skipped": skipped,
                                        "cpu": sysinfo.cpu_info(), "software": sysinfo.software(), "argv": sys.argv[1:]}}
    log(f"commit {commit}, {results['meta']['cpu']['model']}, {results['meta']['cpu']['cores']} cores; "
        f"{'quick' if quick else 'full'} run, skipping {skipped or 'nothing'}")

    qs = qmod.build_questions(n_questions)
    texts = [q.text for q in qs]
    index, index_note = ensure_full_index(CORPUS)
    naive_prefix = ensure_naive(CORPUS)
    results["settings"] = {
        "corpus": list(CORPUS), "index": str(index), "index_note": index_note, "naive_data": str(naive_prefix.relative_to(ROOT)),
        "questions": qmod.describe(qs), "workers": WORKERS, "concurrency": list(CONCURRENCY), "duration_s": duration,
        "warmup_s": warmup, "cold_runs": cold_runs,
        "threads": ("OMP/OpenBLAS/MKL = 1 in every measuring process and gunicorn worker; ONNX Runtime intra-op 1 and "
                    "faiss.omp_set_num_threads(1) for queries; torch.set_num_threads(1) per naive worker; builds use "
                    f"{os.cpu_count()} threads (torch or ONNX Runtime --threads, OMP); the 1M index is built with faiss on "
                    f"{os.cpu_count()} threads and queried with 1."),
    }

    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        qfile = Path(tmp) / "questions.jsonl"
        qmod.write(qs, qfile)
        section(results, "floor", lambda: run_module("bench.floor", []))
        log("in-process latency: medmatch ...")
        results["inproc"] = {}
        section(results["inproc"], "medmatch", lambda: run_module(
            "bench.inproc", ["medmatch", "--index", str(index), "--questions", str(qfile), "--stages"]))
        log("in-process latency: naive ...")
        section(results["inproc"], "naive", lambda: run_module(
            "bench.inproc", ["naive", "--data", str(naive_prefix), "--questions", str(qfile)]))
        if not args.skip_http:
            mspec = medmatch_spec(index, Path(tmp) / "feedback.sqlite")
            nspec = naive_spec(naive_prefix)
            results["http"] = {}
            section(results["http"], "medmatch", lambda: bench_http(mspec, texts, duration, warmup))
            section(results["http"], "naive", lambda: bench_http(nspec, texts, duration, warmup))
            results["cold_start"] = {}
            for spec in (mspec, nspec):
                results["cold_start"][spec.name] = {}
                for w in (1, 2):
                    log(f"cold start: {spec.name}, {w} worker(s), {cold_runs} run(s) ...")
                    section(results["cold_start"][spec.name], str(w), lambda s=spec, w=w: cold_start(s, w, cold_runs))
        if not skip_build:
            section(results, "build", lambda: bench_build(CORPUS))
        if not skip_1m:
            log("1M synthetic vectors (HNSW build takes several minutes) ...")
            section(results, "ann_1m", lambda: run_module("bench.ann", ["--n", "1000000"]))

    results["background"] = background.stop()
    results["meta"]["total_s"] = round(time.time() - _T0, 1)
    results["targets"] = [vars(t) for t in report.targets(results)]
    name = f"{date.replace(':', '').replace('-', '')}-{commit}{'-quick' if quick else ''}.json"
    results["meta"]["results_file"] = f"bench/results/{name}"
    write_json(RESULTS / name, results)
    text = report.text_report(results)
    print(text)
    bg = results["background"]
    print(f"\nother processes used {bg['other_cpu_s']} CPU-s during the run ({100 * bg['other_share_of_machine']:.0f}% of the machine); "
          f"load average {bg['loadavg_1m']['min']}-{bg['loadavg_1m']['max']}")
    print(f"results: {RESULTS / name}")
    if write_docs:
        DOCS.parent.mkdir(parents=True, exist_ok=True)
        DOCS.write_text(report.markdown_report(results) + "\n")
        print(f"docs: {DOCS}")
    else:
        print(f"docs/benchmarks.md not written (partial run; --docs to force, or `python -m bench.report bench/results/{name} --docs`)")
    print(f"total: {results['meta']['total_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
