"""Targets, the summary table and docs/benchmarks.md from one results dict."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def _get(data: Any, *path: str | int, default: Any = None) -> Any:
    for key in path:
        if isinstance(data, dict) and key in data:
            data = data[key]
        elif isinstance(data, dict) and str(key) in data:
            data = data[str(key)]
        else:
            return default
    return data


def _num(value: Any, digits: int = 1, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}{unit}"
    return f"{value:,.{digits}f}{unit}"


def _ratio(a: Any, b: Any) -> float | None:
    try:
        return a / b if a and b else None
    except TypeError:
        return None


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    value: str
    passed: bool | None  # None: not measured in this run


def targets(r: dict[str, Any]) -> list[Target]:
    out: list[Target] = []

    def add(name: str, goal: str, value: Any, fmt: Callable[[Any], str], ok: Callable[[Any], bool]) -> None:
        out.append(Target(name, goal, fmt(value) if value is not None else "not measured",
                          None if value is None else bool(ok(value))))

    ms = lambda v: f"{v:.2f} ms"  # noqa: E731
    lat = _get(r, "inproc", "medmatch", "latency_ms") or {}
    naive = _get(r, "inproc", "naive", "latency_ms") or {}
    add("in-process p50", "≤ 6 ms", lat.get("p50"), ms, lambda v: v <= 6)
    add("in-process p99", "≤ 15 ms", lat.get("p99"), ms, lambda v: v <= 15)
    add("vs naive at p50", "≥ 2× faster", _ratio(naive.get("p50"), lat.get("p50")), lambda v: f"{v:.2f}×", lambda v: v >= 2)
    c8 = _get(r, "http", "medmatch", "loads", "8")
    add("HTTP c=8 throughput", "≥ 180 req/s", c8 and c8["rps"], lambda v: f"{v:.1f} req/s", lambda v: v >= 180)
    add("HTTP c=8 p99", "≤ 80 ms", c8 and c8["latency_ms"].get("p99"), ms, lambda v: v <= 80)
    add("HTTP c=8 errors", "0", c8 and c8["errors"], str, lambda v: v == 0)
    c32 = _get(r, "http", "medmatch", "loads", "32")
    add("HTTP c=32 errors", "0", c32 and c32["errors"], str, lambda v: v == 0)
    add("full build", "≤ 8 min", _get(r, "build", "scratch", "wall_s"), lambda v: f"{v / 60:.1f} min", lambda v: v <= 480)
    add("1%-changed rebuild", "≤ 15 s", _get(r, "build", "rebuild_1pct", "wall_s"), lambda v: f"{v:.1f} s", lambda v: v <= 15)
    for w in ("1", "2"):
        add(f"cold start, {w} worker{'s' if w == '2' else ''} (all ready, median)", "≤ 3 s",
            _get(r, "cold_start", "medmatch", w, "all_workers_s_median"), lambda v: f"{v:.2f} s", lambda v: v <= 3)
    add("RSS per worker (max under load)", "≤ 300 MB", _get(r, "http", "medmatch", "memory", "max_worker_rss_mb"),
        lambda v: f"{v:.0f} MB", lambda v: v <= 300)
    return out


def table_rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, medmatch, naive, ratio) rows; ratio > 1 means medmatch is better."""
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, mine: Any, theirs: Any, digits: int = 1, unit: str = "", higher_better: bool = False) -> None:
        ratio = _ratio(mine, theirs) if higher_better else _ratio(theirs, mine)
        rows.append((name, _num(mine, digits, unit), _num(theirs, digits, unit), f"{ratio:.2f}×" if ratio else "–"))

    m, n = _get(r, "inproc", "medmatch") or {}, _get(r, "inproc", "naive") or {}
    for p in ("p50", "p95", "p99"):
        row(f"in-process latency {p}", _get(m, "latency_ms", p), _get(n, "latency_ms", p), 2, " ms")
    row("encode only (whole message) p50", _get(m, "encode_ms", "p50"), _get(n, "encode_ms", "p50"), 2, " ms")
    for c in ("1", "8", "32"):
        mine, theirs = _get(r, "http", "medmatch", "loads", c) or {}, _get(r, "http", "naive", "loads", c) or {}
        if not mine and not theirs:
            continue
        row(f"HTTP c={c} throughput", mine.get("rps"), theirs.get("rps"), 1, " req/s", higher_better=True)
        row(f"HTTP c={c} p50", _get(mine, "latency_ms", "p50"), _get(theirs, "latency_ms", "p50"), 1, " ms")
        row(f"HTTP c={c} p99", _get(mine, "latency_ms", "p99"), _get(theirs, "latency_ms", "p99"), 1, " ms")
        rows.append((f"HTTP c={c} errors", _num(mine.get("errors")), _num(theirs.get("errors")), ""))
    for key, label in (("max_worker_rss_mb", "RSS per worker (max)"), ("max_worker_pss_mb", "PSS per worker (max)")):
        row(label, _get(r, "http", "medmatch", "memory", key), _get(r, "http", "naive", "memory", key), 0, " MB")
    for w in ("1", "2"):
        row(f"cold start {w} worker(s), all ready", _get(r, "cold_start", "medmatch", w, "all_workers_s_median"),
            _get(r, "cold_start", "naive", w, "all_workers_s_median"), 2, " s")
    b = _get(r, "build") or {}
    if b and "error" not in b:
        row("build from scratch", _get(b, "scratch", "wall_s"), _get(b, "naive", "wall_s"), 1, " s")
        row("build peak RSS", _get(b, "scratch", "peak_rss_mb"), _get(b, "naive", "peak_rss_mb"), 0, " MB")
        rows.append(("texts embedded (scratch)", _num(_get(b, "scratch", "embedded")), _num(_get(b, "naive", "embedded")), ""))
        row("embeddings/s (scratch)", _get(b, "scratch", "embeddings_per_s"), _get(b, "naive", "embeddings_per_s"), 1,
            higher_better=True)
        row("rebuild after 1% edits", _get(b, "rebuild_1pct", "wall_s"), _get(b, "naive", "wall_s"), 1, " s")
        rows.append(("texts embedded (1% rebuild)", _num(_get(b, "rebuild_1pct", "embedded")),
                     _num(_get(b, "naive", "embedded")), ""))
    a = _get(r, "ann_1m") or {}
    if a and "error" not in a:
        label = a.get("ann", {}).get("factory", "ANN")
        rows.append((f"{_num(a.get('n'))} synthetic vectors: {label} (left) vs exact Flat (right)", "", "", ""))
        row("  build", _get(a, "ann", "build_s"), _get(a, "flat", "build_s"), 1, " s")
        row("  query p50 (1 thread)", _get(a, "ann", "latency_ms", "p50"), _get(a, "flat", "latency_ms", "p50"), 2, " ms")
        row("  query p99 (1 thread)", _get(a, "ann", "latency_ms", "p99"), _get(a, "flat", "latency_ms", "p99"), 2, " ms")
        rows.append(("  recall@10", _num(_get(a, "ann", "recall_at_10"), 3), _num(_get(a, "flat", "recall_at_10"), 3), ""))
    f = _get(r, "floor") or {}
    if f and "error" not in f:
        rows.append(("encode floor, 30 tokens (FLOPs / 1-core GEMM rate)", _num(f.get("floor_ms_at_query_shapes"), 2, " ms"),
                     "", ""))
        rows.append(("ONNX model call, 30 tokens p50", _num(_get(f, "onnx_model_call", "latency_ms", "p50"), 2, " ms"), "", ""))
    return rows


def _fixed_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    line = lambda cells: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))  # noqa: E731
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)])


def text_report(r: dict[str, Any]) -> str:
    rows = table_rows(r)
    ts = targets(r)
    status = lambda t: "PASS" if t.passed else ("MISS" if t.passed is False else "n/a")  # noqa: E731
    return "\n\n".join([
        _fixed_table(("metric", "medmatch", "naive", "ratio"), rows),
        _fixed_table(("target", "goal", "measured", "result"), [(t.name, t.goal, t.value, status(t)) for t in ts]),
    ])


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    esc = lambda s: str(s).replace("|", "\\|")  # noqa: E731
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def _stage_rows(stages: dict[str, dict[str, float]]) -> list[tuple[str, str, str, str]]:
    total = _get(stages, "search", "mean") or 0.0
    rows = []
    for key, s in sorted(stages.items(), key=lambda kv: (kv[0] != "search", kv[0])):
        depth = key.count("/")
        share = f"{100 * s['mean'] / total:.0f}%" if total else ""
        rows.append(("&nbsp;&nbsp;" * depth + key.split("/")[-1] + ("" if depth == 0 else f" ({key})"),
                     _num(s.get("mean"), 3), _num(s.get("p50"), 3), share))
    return rows


def _staleness(r: dict[str, Any]) -> list[str]:
    """Warn when the reused index was built by older code than the build this run measured
    (same inputs fingerprint, different counts: the chunker or builder changed since)."""
    served = _get(r, "inproc", "medmatch", "counts") or {}
    fresh = _get(r, "build", "scratch", "build") or {}
    diffs = [f"{k} {served[k]:,} vs {fresh[k]:,}" for k in ("question_vectors", "chunk_vectors")
             if isinstance(served.get(k), int) and isinstance(fresh.get(k), int) and served[k] != fresh[k]]
    if not diffs:
        return []
    return [f"- **Note:** the served index and this run's scratch build (same inputs, current code) differ: "
            f"{'; '.join(diffs)}. The index was built by older code; latency, HTTP and memory figures are for it. "
            "Rebuild `var/index/full` (warm cache) to measure the current builder's artifact."]


def markdown_report(r: dict[str, Any]) -> str:
    meta, cpu, settings = r.get("meta", {}), _get(r, "meta", "cpu") or {}, r.get("settings", {})
    status = lambda t: "**PASS**" if t.passed else ("**MISS**" if t.passed is False else "not measured")  # noqa: E731
    lines = [
        "# medmatch benchmarks",
        "",
        "Generated by `make bench` (`python -m bench.run`); do not edit by hand, run it again.",
        f"Raw figures: `{meta.get('results_file', '')}`.",
        "",
        "| | |",
        "|---|---|",
        f"| date (UTC) | {meta.get('date', '')} |",
        f"| git commit | `{meta.get('commit', '')}` |",
        f"| CPU | {cpu.get('model', '')} ({', '.join(cpu.get('simd', []))}) |",
        f"| cores | {cpu.get('cores', '')} (usable: {cpu.get('usable_cores', '')}); memory {cpu.get('memory_gb', '')} GB |",
        f"| software | Python {cpu.get('python', '')}, " + ", ".join(f"{k} {v}" for k, v in (meta.get('software') or {}).items()) + " |",
        f"| total run time | {_num(meta.get('total_s'), 0, ' s')} ({meta.get('mode', '')}; skipped: {', '.join(meta.get('skipped', [])) or 'nothing'}) |",
        "",
        "## Settings",
        "",
        f"- Index: `{settings.get('index', '')}` (version `{_get(r, 'inproc', 'medmatch', 'index_version') or ''}`, "
        f"{settings.get('index_note', '')}); counts {_get(r, 'inproc', 'medmatch', 'counts') or {}}; "
        f"vector index type `{_get(r, 'inproc', 'medmatch', 'index_type') or ''}`; questions encoded by the "
        f"{_get(r, 'inproc', 'medmatch', 'query_precision') or 'fp32'} ONNX graph (the service's default); index vectors "
        f"embedded by {_get(r, 'inproc', 'medmatch', 'build_encoder') or _get(r, 'build', 'scratch', 'build', 'encoder') or 'fp32'} "
        f"(`medmatch build --precision auto` on this machine).",
        *_staleness(r),
        f"- Corpus: {', '.join(f'`{p}`' for p in settings.get('corpus', []))}.",
        f"- Questions: {_get(settings, 'questions', 'n')} generated by `bench/questions.py` (seed {_get(settings, 'questions', 'seed')}) "
        f"from {', '.join(f'`{s}`' for s in _get(settings, 'questions', 'sources') or [])}; kinds {_get(settings, 'questions', 'kinds')}; "
        f"words p50 {_get(settings, 'questions', 'words', 'p50')} (max {_get(settings, 'questions', 'words', 'max')}), "
        f"tokens p50 {_num(_get(r, 'inproc', 'medmatch', 'tokens', 'p50'), 0)} (p95 {_num(_get(r, 'inproc', 'medmatch', 'tokens', 'p95'), 0)}). "
        "The LiveQA test questions are not used.",
        f"- Threads: {settings.get('threads', '')}",
        f"- HTTP: gunicorn with `service/gunicorn_conf.py` (sync workers, {settings.get('workers', 2)} workers, rate limit off, "
        f"index polling off) on 127.0.0.1; closed-loop load from `bench/load.py`, a new connection per request, "
        f"concurrency {settings.get('concurrency', [])}, {settings.get('warmup_s')} s warm-up + {settings.get('duration_s')} s measured each. "
        "The load generator runs on the same 2 cores (its CPU share is listed below).",
        f"- Cold start: spawn to ready, {settings.get('cold_runs')} runs each, median; page cache warm (a process cold start, not a disk one).",
        "- Naive baseline (`bench/naive_app.py`): sentence-transformers on torch (1 thread per worker), `faiss.IndexFlatIP` over "
        "record questions only, `model.encode(q)` + top 5 per request, served by the same gunicorn settings.",
        "",
        "## Background load during the run",
        "",
    ]
    bg = r.get("background") or {}
    if bg:
        lines.append(f"Machine busy {bg.get('machine_busy_cpu_s')} CPU-s over {bg.get('wall_s')} s wall; this benchmark "
                     f"{bg.get('benchmark_cpu_s')} CPU-s; other processes {bg.get('other_cpu_s')} CPU-s "
                     f"({100 * (bg.get('other_share_of_machine') or 0):.0f}% of the machine). 1-min load average "
                     f"{_get(bg, 'loadavg_1m', 'min')}–{_get(bg, 'loadavg_1m', 'max')}.")
        tops = bg.get("top_other_processes_cpu_s") or []
        if tops:
            lines.append("Busiest other processes: " + "; ".join(f"`{t['command']}` {t['cpu_s']} s" for t in tops) + ".")
    lines += ["", "## Summary", "", "Ratio > 1 means medmatch is better (faster, more throughput, less memory).", "",
              _md_table(("metric", "medmatch", "naive", "ratio"), table_rows(r)), "", "## Targets", "",
              _md_table(("target", "goal", "measured", "result"), [(t.name, t.goal, t.value, status(t)) for t in targets(r)]),
              ""]

    m = _get(r, "inproc", "medmatch") or {}
    if m:
        lines += ["## In-process latency (medmatch)", "",
                  f"`searcher.search(q, top_k=5)` with related questions, one thread, {_get(m, 'latency_ms', 'n')} questions after "
                  f"{50} warm-up. Load: {m.get('load_s')}; RSS after load {_get(m, 'rss_after_load_mb', 'VmRSS')} MB.", "",
                  _md_table(("questions", "n", "p50 ms", "p95 ms", "p99 ms"),
                            [(k, str(v["n"]), _num(v["p50"], 2), _num(v["p95"], 2), _num(v["p99"], 2))
                             for k, v in {**(m.get("by_kind") or {}), **(m.get("by_tokens") or {})}.items()]), ""]
        if m.get("stages_ms"):
            lines += ["Where the time goes (second pass with timers around each stage; inclusive times, "
                      "`faiss` = one `vectors.search` call site):", "",
                      _md_table(("stage", "mean ms", "p50 ms", "share of mean"), _stage_rows(m["stages_ms"])), ""]
    f = _get(r, "floor") or {}
    if f and "error" not in f:
        mod = f.get("model", {})
        lines += ["## The encoder's compute floor", "",
                  f"all-MiniLM-L6-v2: {mod.get('layers')} layers, hidden {mod.get('hidden')}, FFN {mod.get('intermediate')}, "
                  f"{_num(mod.get('params_total'))} parameters of which {_num(mod.get('params_encoder_matrices'))} in encoder "
                  f"matrices (the rest is the embedding table, a lookup). For T = {mod.get('tokens')} tokens: "
                  f"2·T·{_num(mod.get('params_encoder_matrices'))} = {_num(mod.get('flops_dense'))} FLOPs in matrix products + "
                  f"4·L·T²·H = {_num(mod.get('flops_attention'))} in attention = **{mod.get('gflops_total')} GFLOP per query**.",
                  f"Measured float32 GEMM on one core (numpy/OpenBLAS, best of N): {f.get('gemm_gflops_1thread')} GFLOP/s.",
                  f"Floor: **{_num(f.get('floor_ms_at_query_shapes'), 2)} ms** per 30-token query at the rate of the query's own "
                  f"shapes ({_num(f.get('floor_ms_at_peak'), 2)} ms at the large-GEMM rate). ONNX Runtime's model call on exactly 30 "
                  f"tokens: p50 {_num(_get(f, 'onnx_model_call', 'latency_ms', 'p50'), 2)} ms, i.e. "
                  f"{f.get('onnx_gflops_effective')} GFLOP/s effective. float32 on one core cannot go below the floor; int8 "
                  f"(per-channel) or fewer tokens can.", ""]
    h = r.get("http") or {}
    if h:
        lines += ["## HTTP under load", ""]
        rows = []
        for app in ("medmatch", "naive"):
            for c, v in (_get(h, app, "loads") or {}).items():
                rows.append((app, c, _num(v.get("rps")), _num(_get(v, "latency_ms", "p50")), _num(_get(v, "latency_ms", "p95")),
                             _num(_get(v, "latency_ms", "p99")), str(v.get("errors")), _num(_get(v, "server_ms", "p50"), 2),
                             str(v.get("answer_status", "")), f"{100 * (v.get('client_cpu_share') or 0):.0f}%"))
        lines += [_md_table(("app", "conc.", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "server p50 ms", "answers",
                             "load-gen CPU"), rows), "",
                  "`server p50` is the time inside Flask from medmatch's own request log (naive has none); the rest of "
                  "the latency is queueing in the listen backlog and the client. `no_match` answers also write a row to SQLite.", ""]
        for c, v in (_get(h, "medmatch", "loads") or {}).items():
            by = _get(v, "server_ms", "by_status") or {}
            if by:
                lines.append(f"- medmatch c={c}, time inside Flask by answer status (p50 / p99 ms, n): " + "; ".join(
                    f"{k} {_num(x.get('p50'), 2)} / {_num(x.get('p99'), 2)} ({x.get('n')})" for k, x in by.items()))
        lines += ["", "Memory per worker (MB; max of 1 s samples under load; RSS counts the memory-mapped index files in "
                  "every worker, PSS shares them out):", ""]
        for app in ("medmatch", "naive"):
            mem = _get(h, app, "memory") or {}
            if mem:
                lines.append(f"- {app}: RSS max {mem.get('max_worker_rss_mb')}, PSS max {mem.get('max_worker_pss_mb')}, "
                             f"VmHWM max {mem.get('max_worker_hwm_mb')}; master {mem.get('master_rss_mb')} (per worker at the end: "
                             f"{mem.get('final')})")
        lines.append("")
    cs = r.get("cold_start") or {}
    if cs:
        lines += ["## Cold start", "", _md_table(("app", "workers", "first /readyz 200 (median)", "all workers ready (median)", "runs (all ready)"),
                  [(app, w, _num(v.get("first_readyz_s_median"), 2, " s"), _num(v.get("all_workers_s_median"), 2, " s"),
                    ", ".join(f"{x:.2f}" for x in v.get("all_workers_s", []))) for app, d in cs.items() if isinstance(d, dict)
                   for w, v in d.items() if isinstance(v, dict)]), ""]
    b = r.get("build") or {}
    if b:
        lines += ["## Index build", ""]
        if "error" in b:
            lines.append(f"Failed: {b['error']}")
        else:
            s, rb, nv = b.get("scratch", {}), b.get("rebuild_1pct", {}), b.get("naive", {})
            lines += [f"`python -m indexer build <corpus> --cache <empty tmp> --out <tmp> --threads {b.get('threads')} -q` in a child "
                      f"process (wall time and peak RSS of that process; OMP/OpenBLAS/MKL threads = {b.get('threads')}).", "",
                      f"- From scratch: {_num(s.get('wall_s'))} s wall ({_num(_get(s, 'build', 'seconds'))} s inside the builder), "
                      f"{_num(s.get('embedded'))} texts embedded = {_num(s.get('embeddings_per_s'))}/s; "
                      f"{_num(_get(s, 'build', 'records'))} records, {_num(_get(s, 'build', 'question_vectors'))} question vectors, "
                      f"{_num(_get(s, 'build', 'chunk_vectors'))} answer chunks; peak RSS {_num(s.get('peak_rss_mb'), 0)} MB; "
                      f"CPU {s.get('user_s')} s user + {s.get('sys_s')} s sys ({s.get('cpu_util')} cores busy).",
                      f"- After editing {_get(rb, 'changes', 'changed')} of {_get(rb, 'changes', 'records')} answers (a sentence "
                      f"inserted; JSONL copy in a temp dir), warm cache: {_num(rb.get('wall_s'))} s wall "
                      f"({_num(_get(rb, 'build', 'seconds'))} s inside the builder), {_num(rb.get('embedded'))} texts embedded, "
                      f"{_num(rb.get('reused'))} reused; peak RSS {_num(rb.get('peak_rss_mb'), 0)} MB.",
                      f"- Naive (encode every record question with torch, {nv.get('threads')} threads, no cache): "
                      f"{_num(nv.get('wall_s'))} s wall, {_num(nv.get('embedded'))} texts, peak RSS {_num(nv.get('peak_rss_mb'), 0)} MB. "
                      "It has no cache, so any edit costs it a full re-encode: that is its rebuild figure. It embeds only the short "
                      "questions (no answers), so its texts/s is not comparable.", ""]
    a = r.get("ann_1m") or {}
    if a:
        lines += ["## 1M synthetic vectors", ""]
        if "error" in a:
            lines.append(f"Failed: {a['error']}")
        else:
            lines += [f"{_num(a.get('n'))} × {a.get('dim')} float32, normalized, Gaussian mixture of {a.get('clusters')} clusters "
                      f"(seed {a.get('seed')}); {a.get('queries')} fresh queries from the same mixture; exact top-{a.get('k')} from "
                      f"Flat. `choose_factory({a.get('n')})` = `{a.get('chosen_factory')}` (EXACT_LIMIT = {_num(a.get('exact_limit'))}). "
                      f"Built with {a.get('build_threads')} threads, queried with 1. Peak RSS {_num(a.get('peak_rss_mb'), 0)} MB.", "",
                      _md_table(("index", "build s", "p50 ms", "p99 ms", "recall@10"),
                                [(f"{_get(a, 'ann', 'factory')} (efSearch {_get(a, 'ann', 'ef_search')})", _num(_get(a, "ann", "build_s")),
                                  _num(_get(a, "ann", "latency_ms", "p50"), 2), _num(_get(a, "ann", "latency_ms", "p99"), 2),
                                  _num(_get(a, "ann", "recall_at_10"), 3)),
                                 ("Flat (exact)", _num(_get(a, "flat", "build_s")), _num(_get(a, "flat", "latency_ms", "p50"), 2),
                                  _num(_get(a, "flat", "latency_ms", "p99"), 2), _num(_get(a, "flat", "recall_at_10"), 3)),
                                 ("numpy `xb @ q` + argpartition", "–", _num(_get(a, "numpy_matvec", "latency_ms", "p50"), 2),
                                  _num(_get(a, "numpy_matvec", "latency_ms", "p99"), 2), "1.000")]), "",
                      "efSearch sweep (1 thread): " + "; ".join(
                          f"{ef}: p50 {_num(_get(v, 'latency_ms', 'p50'), 2)} ms, recall {_num(v.get('recall_at_10'), 3)}"
                          for ef, v in (_get(a, "ann", "ef_sweep") or {}).items()) + ".",
                      "Flat by size (1 thread, p50 / p99 ms): " + "; ".join(
                          f"{int(n):,}: {_num(v.get('p50'), 2)} / {_num(v.get('p99'), 2)}" for n, v in (a.get("flat_by_size") or {}).items())
                      + f"; {_num(a.get('n'))}: {_num(_get(a, 'flat', 'latency_ms', 'p50'), 2)} / {_num(_get(a, 'flat', 'latency_ms', 'p99'), 2)}.", ""]
    errors = {k: v["error"] for k, v in r.items() if isinstance(v, dict) and "error" in v}
    if errors:
        lines += ["## Sections that failed", "", *(f"- {k}: {v}" for k, v in errors.items()), ""]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m bench.report RESULTS.json [--docs]: re-render a stored run
    import json
    import sys
    from pathlib import Path

    data = json.loads(Path(sys.argv[1]).read_text())
    print(text_report(data))
    if "--docs" in sys.argv:
        out = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
        out.write_text(markdown_report(data) + "\n")
        print(f"docs: {out}")
