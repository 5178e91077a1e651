"""FAISS indexes over normalized vectors (inner product = cosine); the type is chosen by size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

#: Exact (Flat) search up to this many vectors, HNSW beyond. One exact query scans every vector
#: (memory-bound: ~1 ms at 20k, 5 ms at 48k, ~23 ms at 250k on this 2-core machine), so above
#: ~20k an HNSW graph pays. HNSW only proposes candidates: every feature the ranker scores
#: (question and chunk cosines) is recomputed exactly from the stored vectors, so a missed
#: neighbour can drop a candidate but never changes a score. Measured on the full MedQuAD +
#: LiveQA CSV index (48k question, 31k chunk vectors), 1,200 bench questions, 2026-11-25:
#: Flat 8.4 ms for both scans, HNSW32 efSearch 256 1.6 ms, recall@100 0.965, same top-1 answer
#: as Flat for 99.7% of questions and the same answer/no-match decision for 100%.
#:
#: efSearch 128 instead of 256 (2026-11-25, 1,200 bench questions, not LiveQA): same top-1 answer
#: as exact search for 99.1% of questions (256: 99.7%), the same answer/no-match decision for
#: 100%, 0.9 ms less per question.
EXACT_LIMIT = 20_000
HNSW_M = 32
HNSW_EF_SEARCH = 128
#: Vectors are stored as float16 (FAISS SQfp16): half the memory and disk of float32, which every
#: worker maps; unit vectors lose at most 1.2e-4 per component (cosines move by < 1e-4) and
#: HNSW recall@100 was identical (0.973) on the MedQuAD question vectors.
STORAGE = "SQfp16"


def choose_factory(n: int, requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    return STORAGE if n <= EXACT_LIMIT else f"HNSW{HNSW_M},{STORAGE}"


def build_index(vectors: np.ndarray, factory: str = "auto") -> Any:
    import faiss

    if vectors.dtype != np.float32 or vectors.ndim != 2:
        raise ValueError("vectors must be a 2-D float32 array")
    spec = choose_factory(len(vectors), factory)
    index = faiss.index_factory(vectors.shape[1], spec, faiss.METRIC_INNER_PRODUCT)
    if not index.is_trained:
        index.train(vectors)
    if vectors.size:
        index.add(vectors)
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def write_index(index: Any, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def read_index(path: Path) -> Any:
    import faiss

    # Memory-map flat codes: gunicorn workers then share one copy through the page cache.
    flags = getattr(faiss, "IO_FLAG_MMAP_IFC", 0)
    try:
        index = faiss.read_index(str(path), flags)
    except RuntimeError:
        index = faiss.read_index(str(path))
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def single_thread_search() -> None:
    """One OpenMP thread for FAISS: a single-query search gains nothing from more, and under
    gunicorn (one worker per core) extra threads only contend. Called by Searcher.load."""
    import faiss

    faiss.omp_set_num_threads(1)


def search(index: Any, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-``k`` (scores, rows) for one or several query vectors (rows of ``query``), flattened;
    FAISS's -1 padding is dropped."""
    k = min(k, index.ntotal)
    if k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    q = np.ascontiguousarray(query.reshape(-1, index.d) if query.size % index.d == 0 else query, dtype=np.float32)
    if q.ndim != 2 or q.shape[1] != index.d:
        raise ValueError(f"query has dimension {q.shape[-1]}, index has {index.d}")
    scores, rows = index.search(q, k)
    keep = rows >= 0
    return scores[keep], rows[keep]


def vectors_view(index: Any) -> np.ndarray:
    """The stored vectors as a read-only numpy view (no copy): float16 rows for SQfp16 storage,
    float32 rows for Flat (indexes built before the float16 storage), alone or under HNSW.
    Callers cast the few rows they gather to float32 before multiplying."""
    import faiss

    if index.ntotal == 0:
        return np.zeros((0, index.d), dtype=np.float32)
    flat = faiss.downcast_index(index.storage) if hasattr(index, "storage") else index
    if hasattr(flat, "get_xb"):
        view = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    elif isinstance(flat, faiss.IndexScalarQuantizer) and flat.sq.qtype == faiss.ScalarQuantizer.QT_fp16:
        codes = faiss.rev_swig_ptr(flat.codes.data(), flat.ntotal * flat.code_size)
        view = codes.view(np.float16).reshape(flat.ntotal, flat.d)
    else:
        return index.reconstruct_n(0, index.ntotal)
    view.flags.writeable = False
    return view
