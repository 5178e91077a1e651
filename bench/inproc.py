"""In-process query latency, one implementation per process (run by ``bench.run``).

    python -m bench.inproc medmatch --index var/index/full --questions Q.jsonl --out R.json
    python -m bench.inproc naive --data var/bench/naive-<fp> --questions Q.jsonl --out R.json

medmatch is timed on ``searcher.search(q, top_k=5)`` (related questions on), exactly what the
API calls after triage; naive on ``encode + IndexFlatIP.search(5)``. One thread everywhere,
as in one gunicorn worker. A second pass wraps the pipeline's stages with timers to say where
the time goes (it is not part of the headline figures).
"""

from __future__ import annotations

import os

from .stats import ONE_THREAD_ENV

for _k, _v in ONE_THREAD_ENV.items():
    os.environ[_k] = _v

import argparse  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from . import questions as qmod  # noqa: E402
from .stats import rss_mb, summarize, thread_report, write_json  # noqa: E402

WARMUP = 50


def _time_all(fn: Callable[[str], Any], texts: list[str], warmup: int) -> list[float]:
    for text in (texts * 2)[:warmup]:
        fn(text)
    out = []
    clock = time.perf_counter_ns
    for text in texts:
        t0 = clock()
        fn(text)
        out.append((clock() - t0) / 1e6)
    return out


def _by_group(latencies: list[float], groups: list[str], order: list[str] | None = None) -> dict[str, dict[str, float]]:
    buckets: dict[str, list[float]] = defaultdict(list)
    for ms, group in zip(latencies, groups, strict=True):
        buckets[group].append(ms)
    keys = [k for k in order if k in buckets] if order else sorted(buckets)
    return {g: summarize(buckets[g]) for g in keys}


TOKEN_BUCKETS = ["≤16 tokens", "17-32 tokens", "33-64 tokens", "65-128 tokens", ">128 tokens"]


def _token_bucket(n: int) -> str:
    for label, top in zip(TOKEN_BUCKETS, (16, 32, 64, 128), strict=False):
        if n <= top:
            return label
    return TOKEN_BUCKETS[-1]


class _StageTimer:
    """Inclusive wall time per call path ("candidates/faiss"), per question."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.current: dict[str, float] = defaultdict(float)
        self.rows: list[dict[str, float]] = []

    def wrap(self, fn: Callable[..., Any], name: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.stack.append(name)
            key = "/".join(self.stack)
            t0 = time.perf_counter_ns()
            try:
                return fn(*args, **kwargs)
            finally:
                self.current[key] += (time.perf_counter_ns() - t0) / 1e6
                self.stack.pop()

        return timed

    def next_question(self) -> None:
        self.rows.append(dict(self.current))
        self.current = defaultdict(float)

    def summary(self) -> dict[str, dict[str, float]]:
        keys = sorted({k for row in self.rows for k in row})
        return {k: summarize([row.get(k, 0.0) for row in self.rows]) for k in keys}


class _SessionProxy:
    def __init__(self, session: Any, timer: _StageTimer) -> None:
        self._session = session
        self.run = timer.wrap(session.run, "onnx")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def _stages_medmatch(searcher: Any, texts: list[str]) -> dict[str, Any]:
    """Wrap whichever pipeline stages exist (search.py is being changed) with timers."""
    import indexer.search as search_module
    from indexer import vectors

    timer = _StageTimer()
    for name in ("encode", "query_vectors", "candidates", "related", "_neighbour_records"):
        if callable(getattr(searcher, name, None)):
            setattr(searcher, name, timer.wrap(getattr(searcher, name), name.strip("_")))
    for attr, method, label in (("_lexical", "scores", "bm25"), ("_focus", "match", "focus_match"),
                                ("speller", "correct", "spelling")):
        obj = getattr(searcher, attr, None)
        if obj is not None and callable(getattr(obj, method, None)):
            setattr(obj, method, timer.wrap(getattr(obj, method), label))
    encoder = searcher.encoder
    if callable(getattr(encoder, "_tokenize", None)):
        encoder._tokenize = timer.wrap(encoder._tokenize, "tokenize")
    if hasattr(encoder, "_session"):
        encoder._session = _SessionProxy(encoder._session, timer)
    patched = [(vectors, "search", "faiss")] + [
        (search_module, name, name) for name in ("analyze", "linear_scores", "_segment_max") if callable(getattr(search_module, name, None))
    ]
    originals = [(module, name, getattr(module, name)) for module, name, _ in patched]
    for module, name, label in patched:
        setattr(module, name, timer.wrap(getattr(module, name), label))
    try:
        for text in texts[:WARMUP]:
            searcher.search(text, top_k=5)
        timer.rows.clear()
        timer.current.clear()
        for text in texts:
            t0 = time.perf_counter_ns()
            searcher.search(text, top_k=5)
            timer.current["search"] = (time.perf_counter_ns() - t0) / 1e6
            timer.next_question()
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    return timer.summary()


def _segment_batching(searcher: Any, texts: list[str]) -> dict[str, Any]:
    """Messages encoded as several texts at once (whole message + question sentences): time
    that batch as the pipeline runs it (padded to the longest) and one text at a time."""
    encoder = searcher.encoder
    original = encoder.encode
    captured: list[list[str]] = []

    def capture(batch: Any, *args: Any, **kwargs: Any) -> Any:
        captured.append(list(batch))
        return original(batch, *args, **kwargs)

    encoder.encode = capture
    try:
        for text in texts:
            searcher.search(text, top_k=5)
    finally:
        del encoder.encode
    multi = [c for c in captured if len(c) > 1]
    out: dict[str, Any] = {"encode_calls": len(captured), "multi_text_calls": len(multi),
                           "share_of_questions": round(len(multi) / max(1, len(texts)), 3)}
    if not multi:
        return out
    batched, single = [], []
    for batch in multi:
        t0 = time.perf_counter_ns()
        original(batch, batch_size=len(batch))
        batched.append((time.perf_counter_ns() - t0) / 1e6)
        t0 = time.perf_counter_ns()
        original(batch, batch_size=1)
        single.append((time.perf_counter_ns() - t0) / 1e6)
    lengths = [[len(encoder.tokenizer.encode(t).ids) for t in batch] for batch in multi]
    out.update({
        "texts_per_call": summarize([float(len(c)) for c in multi]),
        "batched_ms": summarize(batched),
        "one_at_a_time_ms": summarize(single),
        "tokens_computed_batched": sum(len(ls) * max(ls) for ls in lengths),
        "tokens_real": sum(sum(ls) for ls in lengths),
    })
    return out


def run_medmatch(index: Path, texts: list[str], kinds: list[str], stages: bool) -> dict[str, Any]:
    t0 = time.perf_counter()
    import faiss

    from indexer.encoder import DEFAULT_QUERY_PRECISION, load_encoder
    from indexer.search import Searcher

    faiss.omp_set_num_threads(1)
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    # The service's question encoder (int8 graph by default; the index itself is fp32).
    encoder = load_encoder("auto", threads=1, precision=DEFAULT_QUERY_PRECISION)
    t_encoder = time.perf_counter() - t0
    t0 = time.perf_counter()
    searcher = Searcher.load(index, encoder, checksums=True)
    t_first = time.perf_counter() - t0  # includes lazy imports (bm25s, Stemmer, ...)
    rss_loaded = rss_mb()
    t0 = time.perf_counter()
    searcher = Searcher.load(index, encoder, checksums=True)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    searcher = Searcher.load(index, encoder, checksums=False)
    t_load_nocheck = time.perf_counter() - t0

    latencies = _time_all(lambda q: searcher.search(q, top_k=5), texts, WARMUP)
    encode_only = _time_all(searcher.encode, texts, WARMUP)
    tokens = [len(encoder.tokenizer.encode(t).ids) for t in texts]  # type: ignore[attr-defined]
    answered = sum(1 for t in texts[:200] if searcher.search(t, top_k=5).answered)
    out: dict[str, Any] = {
        "impl": "medmatch",
        "index": str(searcher.path),
        "index_version": searcher.version,
        "encoder_backend": encoder.backend,
        "query_precision": encoder.precision,
        "counts": dict(searcher.manifest.counts),
        "index_type": searcher.manifest.settings.get("index_type"),
        "build_encoder": f"{searcher.manifest.build.get('encoder_backend', '?')} {searcher.manifest.build.get('precision', 'fp32')}",
        "load_s": {"imports": round(t_import, 3), "encoder": round(t_encoder, 3),
                   "searcher_first": round(t_first, 3), "searcher_with_checksums": round(t_load, 3), "searcher_without_checksums": round(t_load_nocheck, 3)},
        "rss_after_load_mb": rss_loaded,
        "latency_ms": summarize(latencies),
        "encode_ms": summarize(encode_only),
        "by_kind": _by_group(latencies, kinds),
        "by_tokens": _by_group(latencies, [_token_bucket(n) for n in tokens], TOKEN_BUCKETS),
        "encode_by_tokens": _by_group(encode_only, [_token_bucket(n) for n in tokens], TOKEN_BUCKETS),
        "tokens": summarize([float(n) for n in tokens]),
        "answered_share_first_200": round(answered / max(1, min(200, len(texts))), 3),
        "threads": {**thread_report(), "onnxruntime_intra_op": 1, "faiss_omp": faiss.omp_get_max_threads()},
    }
    try:
        out["segment_batching"] = _segment_batching(searcher, texts)
    except Exception as exc:  # noqa: BLE001 - an experiment, not a headline figure
        out["segment_batching"] = {"error": str(exc)}
    if stages:
        out["stages_ms"] = _stages_medmatch(searcher, texts)
    out["rss_end_mb"] = rss_mb()
    return out


def run_naive(prefix: Path, texts: list[str], kinds: list[str]) -> dict[str, Any]:
    t0 = time.perf_counter()
    import faiss

    faiss.omp_set_num_threads(1)
    from .naive_app import NaiveSearcher

    naive = NaiveSearcher(prefix, threads=1)
    t_load = time.perf_counter() - t0
    rss_loaded = rss_mb()
    latencies = _time_all(lambda q: naive.search(q, 5), texts, WARMUP)
    encode_only = _time_all(naive.encode, texts, WARMUP)
    import torch

    return {
        "impl": "naive",
        "data": str(prefix),
        "records": len(naive.records),
        "load_s": {"imports_model_and_index": round(t_load, 3)},
        "rss_after_load_mb": rss_loaded,
        "latency_ms": summarize(latencies),
        "encode_ms": summarize(encode_only),
        "by_kind": _by_group(latencies, kinds),
        "threads": {**thread_report(), "torch": torch.get_num_threads(), "faiss_omp": faiss.omp_get_max_threads()},
        "rss_end_mb": rss_mb(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.inproc")
    parser.add_argument("impl", choices=["medmatch", "naive"])
    parser.add_argument("--index", type=Path)
    parser.add_argument("--data", type=Path)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--stages", action="store_true")
    args = parser.parse_args(argv)
    qs = qmod.read(args.questions)
    texts = [q.text for q in qs]
    kinds = [q.kind for q in qs]
    if args.impl == "medmatch":
        result = run_medmatch(args.index, texts, kinds, args.stages)
    else:
        result = run_naive(args.data, texts, kinds)
    write_json(args.out, result)


if __name__ == "__main__":
    main()
