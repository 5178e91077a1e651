"""1M synthetic vectors: the index type ``indexer.vectors.choose_factory`` picks (HNSW) vs exact Flat.

    python -m bench.ann --n 1000000 --out R.json

Data: a seeded Gaussian mixture on the unit sphere (dim 384, 2,000 clusters of uneven spread;
a point's cosine to its cluster centre is about 0.6-0.8, to its cluster mates about 0.4-0.6),
so nearest neighbours are a real choice among ~500 similar vectors and recall means something.
Queries are fresh draws from the same mixture. Indexes are built with the project's own
``indexer.vectors.build_index`` (all cores); queries run one at a time on one thread, as in a
worker. Exact top-10 comes from the Flat index. Peak memory is about 3.5 GB.
"""

from __future__ import annotations

import os

from .stats import ONE_THREAD_ENV

for _k, _v in ONE_THREAD_ENV.items():
    os.environ[_k] = _v

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from .stats import rss_mb, summarize, write_json  # noqa: E402

DIM = 384
CLUSTERS = 2000
SEED = 5
K = 10


def mixture(n: int, centers: np.ndarray, spreads: np.ndarray, rng: np.random.Generator, block: int = 100_000) -> np.ndarray:
    out = np.empty((n, centers.shape[1]), dtype=np.float32)
    for start in range(0, n, block):
        m = min(block, n - start)
        assign = rng.integers(len(centers), size=m)
        noise = rng.standard_normal((m, centers.shape[1]), dtype=np.float32)
        noise *= (spreads[assign] / np.sqrt(centers.shape[1]))[:, None]
        part = centers[assign] + noise
        part /= np.linalg.norm(part, axis=1, keepdims=True)
        out[start : start + m] = part
    return out


def _latencies(index: Any, queries: np.ndarray, k: int) -> tuple[list[float], np.ndarray]:
    rows = np.empty((len(queries), k), dtype=np.int64)
    times = []
    for i, q in enumerate(queries):
        t0 = time.perf_counter_ns()
        _, found = index.search(q.reshape(1, -1), k)
        times.append((time.perf_counter_ns() - t0) / 1e6)
        rows[i] = found[0]
    return times, rows


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(len(set(f[f >= 0]) & set(t)) for f, t in zip(found, truth, strict=True))
    return hits / truth.size


def run(n: int, nq: int, threads: int) -> dict[str, Any]:
    import faiss

    from indexer import vectors

    def log(msg: str) -> None:
        print(f"  [1M] {msg}", file=sys.stderr, flush=True)

    rng = np.random.default_rng(SEED)
    centers = rng.standard_normal((CLUSTERS, DIM), dtype=np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    spreads = rng.uniform(0.75, 1.25, size=CLUSTERS).astype(np.float32)
    t0 = time.perf_counter()
    xb = mixture(n, centers, spreads, rng)
    xq = mixture(nq, centers, spreads, rng)
    log(f"generated {n:,} x {DIM} in {time.perf_counter() - t0:.1f}s")
    out: dict[str, Any] = {"n": n, "dim": DIM, "queries": nq, "k": K, "clusters": CLUSTERS, "seed": SEED,
                           "build_threads": threads, "query_threads": 1,
                           "chosen_factory": vectors.choose_factory(n), "exact_limit": vectors.EXACT_LIMIT}

    # Exact Flat: build, ground truth (all threads), then single-thread latency.
    faiss.omp_set_num_threads(threads)
    t0 = time.perf_counter()
    flat = vectors.build_index(xb, "Flat")
    flat_build = time.perf_counter() - t0
    _, truth = flat.search(xq, K)
    faiss.omp_set_num_threads(1)
    flat_times, flat_rows = _latencies(flat, xq, K)
    out["flat"] = {"factory": "Flat", "build_s": round(flat_build, 2), "latency_ms": summarize(flat_times),
                   "recall_at_10": recall_at_k(flat_rows, truth)}
    log(f"Flat: p50 {out['flat']['latency_ms']['p50']:.1f} ms")
    # The plain numpy product the encoder notes found faster for one query.
    np_times = []
    for q in xq[:50]:
        t0 = time.perf_counter_ns()
        scores = xb @ q
        np.argpartition(-scores, K)[:K]
        np_times.append((time.perf_counter_ns() - t0) / 1e6)
    out["numpy_matvec"] = {"latency_ms": summarize(np_times)}
    del flat

    # Flat below 1M, to place EXACT_LIMIT.
    out["flat_by_size"] = {}
    for size in (20_000, 60_000, 250_000):
        if size >= n:
            continue
        sub = vectors.build_index(np.ascontiguousarray(xb[:size]), "Flat")
        times, _ = _latencies(sub, xq[:100], K)
        out["flat_by_size"][str(size)] = summarize(times)
        del sub

    # The index type the project picks at this size.
    factory = vectors.choose_factory(n)
    faiss.omp_set_num_threads(threads)
    log(f"building {factory} over {n:,} vectors with {threads} threads (several minutes) ...")
    t0 = time.perf_counter()
    ann = vectors.build_index(xb, "auto")
    ann_build = time.perf_counter() - t0
    log(f"{factory} built in {ann_build:.0f}s")
    faiss.omp_set_num_threads(1)
    default_ef = int(ann.hnsw.efSearch) if hasattr(ann, "hnsw") else None
    sweep = {}
    for ef in (16, 32, 64, 128, 256):
        if not hasattr(ann, "hnsw"):
            break
        ann.hnsw.efSearch = ef
        times, rows = _latencies(ann, xq, K)
        sweep[str(ef)] = {"latency_ms": summarize(times), "recall_at_10": round(recall_at_k(rows, truth), 4)}
    if hasattr(ann, "hnsw"):
        ann.hnsw.efSearch = default_ef
        chosen = sweep[str(default_ef)] if str(default_ef) in sweep else {}
    else:
        times, rows = _latencies(ann, xq, K)
        chosen = {"latency_ms": summarize(times), "recall_at_10": round(recall_at_k(rows, truth), 4)}
    out["ann"] = {"factory": factory, "build_s": round(ann_build, 2), "ef_search": default_ef, **chosen,
                  "ef_sweep": sweep}
    out["peak_rss_mb"] = rss_mb().get("VmHWM")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ann")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    from pathlib import Path

    write_json(Path(args.out), run(args.n, args.queries, args.threads))


if __name__ == "__main__":
    main()
