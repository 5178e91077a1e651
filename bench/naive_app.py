"""The naive baseline: what a user would write first, measured beside medmatch.

sentence-transformers (torch) loaded by path from the bundled MiniLM, one exact
``faiss.IndexFlatIP`` over the record *questions* only (no alternative phrasings, no answer
chunks, no BM25, no ranking, no related questions), ``model.encode(question)`` + top-5 per
request, JSON out. The question vectors are encoded once and cached in
``var/bench/naive-<fingerprint>.npy`` (records beside it in ``.json``).

    python -m bench.naive_app prepare CORPUS...   # encode once (about a minute on 2 cores)
    NAIVE_DATA=var/bench/naive-<fp> gunicorn -c service/gunicorn_conf.py 'bench.naive_app:create_app()'
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "var" / "bench"


def fingerprint(paths: Sequence[str | Path]) -> str:
    """Inputs (paths, sizes, mtimes) + model weights: a new corpus or model gets new vectors."""
    from indexer.builder import inputs_fingerprint
    from indexer.encoder import bundled_model_path, model_fingerprint

    raw = inputs_fingerprint(paths) + model_fingerprint(bundled_model_path())
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def data_prefix(paths: Sequence[str | Path], cache_dir: Path | None = None) -> Path:
    return (cache_dir or CACHE_DIR) / f"naive-{fingerprint(paths)}"


def _load_model(threads: int) -> Any:
    import torch
    from sentence_transformers import SentenceTransformer

    from indexer.encoder import bundled_model_path

    torch.set_num_threads(threads)
    return SentenceTransformer(str(bundled_model_path()), device="cpu", local_files_only=True)


def prepare(paths: Sequence[str | Path], threads: int = 0, cache_dir: Path | None = None) -> Path:
    """Encode every answered record's question once; write ``<prefix>.npy`` and ``<prefix>.json``."""
    import numpy as np

    from corpus import load_corpus

    prefix = data_prefix(paths, cache_dir)
    if prefix.with_suffix(".npy").is_file() and prefix.with_suffix(".json").is_file():
        return prefix
    records = [r for r in load_corpus(paths) if not r.retired and r.answer]
    model = _load_model(threads or os.cpu_count() or 1)
    started = time.perf_counter()
    vectors = model.encode([r.question for r in records], batch_size=64, normalize_embeddings=True,
                           convert_to_numpy=True, show_progress_bar=False).astype(np.float32)
    seconds = time.perf_counter() - started
    prefix.parent.mkdir(parents=True, exist_ok=True)
    rows = [{"id": r.id, "question": r.question, "answer": r.answer, "source": r.source, "url": r.url} for r in records]
    tmp = prefix.with_suffix(".tmp.json")
    tmp.write_text(json.dumps({"records": rows, "encode_seconds": round(seconds, 2)}, ensure_ascii=False))
    np.save(prefix.with_suffix(".tmp.npy"), vectors)
    os.replace(prefix.with_suffix(".tmp.npy"), prefix.with_suffix(".npy"))
    os.replace(tmp, prefix.with_suffix(".json"))
    print(f"naive: encoded {len(records)} questions in {seconds:.1f}s -> {prefix}.npy", file=sys.stderr)
    return prefix


class NaiveSearcher:
    def __init__(self, prefix: Path | str, threads: int = 1) -> None:
        import faiss
        import numpy as np

        prefix = Path(prefix)
        self.model = _load_model(threads)
        vectors = np.load(prefix.with_suffix(".npy"))
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)
        self.records = json.loads(prefix.with_suffix(".json").read_text())["records"]

    def encode(self, question: str) -> Any:
        return self.model.encode([question], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)

    def search(self, question: str, k: int = 5) -> list[dict[str, Any]]:
        scores, rows = self.index.search(self.encode(question), k)
        return [{**self.records[r], "score": float(s)} for s, r in zip(scores[0], rows[0], strict=True) if r >= 0]


def create_app() -> Any:
    from flask import Flask, jsonify, request

    prefix = os.environ.get("NAIVE_DATA", "")
    if not prefix:
        raise RuntimeError("set NAIVE_DATA to the prefix written by `python -m bench.naive_app prepare`")
    searcher = NaiveSearcher(prefix, threads=int(os.environ.get("NAIVE_TORCH_THREADS", "1")))
    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]

    @app.post("/v1/ask")
    def ask() -> Any:
        data = request.get_json(force=True, silent=True) or {}
        question = str(data.get("question", "")).strip()
        if not question:
            return jsonify({"error": "question is required"}), 400
        return jsonify({"status": "answered", "matches": searcher.search(question, 5)})

    @app.get("/readyz")
    def readyz() -> Any:
        return jsonify({"ready": True, "records": len(searcher.records)})

    # The same readiness line (JSON with "ts") that the benchmark reads from medmatch's log.
    # One write per record: print() writes the newline separately, and two workers starting at
    # the same instant then interleave their records on one line.
    sys.stderr.write(json.dumps({"ts": round(time.time(), 3), "message": "naive ready", "pid": os.getpid()}) + "\n")
    sys.stderr.flush()
    return app


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.naive_app")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="encode the record questions once (cached)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--cache-dir", type=Path, default=None, help=f"default: {CACHE_DIR}")
    p.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    args = parser.parse_args(argv)
    print(prepare(args.paths, args.threads, args.cache_dir))


if __name__ == "__main__":
    main()
