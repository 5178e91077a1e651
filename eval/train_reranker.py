"""Fit a learned reranker (``indexer/reranker.json`` by default) on the graded dev set.

``python -m eval.train_reranker [--dry-run] [--out PATH] [--exclude-from QID_PREFIX]`` (``make train-reranker``)

Examples: for every message of ``eval/dev_graded.jsonl``, the shipped linear ranker's best
``TOP`` candidates (through the same Searcher, question encoder and spelling correction as the
service), each with the reranker's features (:func:`indexer.rerank.features`) and, when it was
graded for that message, its grade (1..4 -> 0..3). Ungraded candidates are left out. The LiveQA
test questions are never read.

Model: scikit-learn's ``HistGradientBoostingRegressor`` with the settings below (fixed by the
round-6 rule in docs/evaluation.md before round 6 was written), exported tree by tree to JSON;
the exported trees are checked to predict what scikit-learn predicts. Source columns: every
source with at least ``MIN_SOURCE_RECORDS`` records in the evaluation index.

No reranker ships (``"rerank": false``): R7, fitted on rounds 1-6 (900 messages) and kept as
``eval/reranker_round7.json``, passed graded round 7 but made the dev set's first answers worse
(docs/evaluation.md). Running this script now fits on every graded message, round 7 included: a
new model that no fresh round and no dev check has passed.

Before fitting on everything it prints a 2-fold figure by writer (the first half of the
writers' qid prefixes against the second half, and back): the first answer's mean grade with
and without the reranker on the half it did not see.
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from indexer.ranking import linear_scores
from indexer.rerank import RERANKER_FILE, Reranker, Trees
from indexer.search import Searcher

from . import data, indexes
from .report import git_commit

TOP = 20
MIN_SOURCE_RECORDS = 50
SETTINGS = {"max_iter": 150, "learning_rate": 0.05, "max_depth": 3, "min_samples_leaf": 40, "random_state": 0}


@dataclass
class Message:
    qid: str
    x: np.ndarray  # (candidates, columns), linear order
    grades: np.ndarray  # grade 0..3 per candidate, -1 when not graded


def writer(qid: str) -> str:
    """The writer's prefix of a graded qid ("gr-ab-07" -> "ab")."""
    return qid.split("-")[1]


def collect(searcher: Searcher, messages: Sequence[data.GradedMessage], qrels: dict[str, dict[str, int]],
            sources: Sequence[str], top: int = TOP) -> list[Message]:
    ranker = replace(searcher.ranker, rerank=False)
    out = []
    for m in messages:
        query = searcher.prepare(m.text, ranker)
        rows, feats = searcher.candidates(query.analysis, query.vectors, ranker.candidates, ranker.focus_pool)
        if not len(rows):
            continue
        scores = linear_scores(feats, ranker)
        order = np.argsort(-scores, kind="stable")[:top]
        x = searcher.rerank_input(order, rows, feats, scores, query.analysis.words, sources)
        judged = qrels.get(m.qid, {})
        grades = np.array([judged.get(data.content_digest(searcher.records[int(r)]), 0) - 1 for r in rows[order]])
        out.append(Message(m.qid, x, grades))
    return out


def fit(messages: Sequence[Message]) -> Trees:
    try:
        from sklearn.ensemble import HistGradientBoostingRegressor
    except ImportError as exc:  # pragma: no cover
        raise SystemExit(f"fitting the reranker needs scikit-learn (pip install -e '.[eval]'): {exc}") from None
    x = np.vstack([m.x[m.grades >= 0] for m in messages])
    y = np.concatenate([m.grades[m.grades >= 0] for m in messages]).astype(np.float64)
    model = HistGradientBoostingRegressor(**SETTINGS).fit(x, y)
    trees = Trees.from_sklearn(model)
    if not np.allclose(trees.predict(x), model.predict(x), atol=1e-9):
        raise SystemExit("the exported trees do not predict what scikit-learn predicts")
    return trees


def first_grades(messages: Sequence[Message], trees: Trees | None) -> np.ndarray:
    """The grade (0..3; ungraded = 0) of each message's first answer, reranked or not."""
    out = []
    for m in messages:
        first = 0 if trees is None else int(np.argsort(-trees.predict(m.x), kind="stable")[0])
        out.append(max(int(m.grades[first]), 0))
    return np.array(out)


def two_fold(messages: Sequence[Message]) -> list[str]:
    writers = sorted({writer(m.qid) for m in messages}, key=lambda w: (len(w), w))
    half = set(writers[: len(writers) // 2])
    parts = ([m for m in messages if writer(m.qid) in half], [m for m in messages if writer(m.qid) not in half])
    lines = []
    splits = ((parts[0], parts[1], "first half -> second"), (parts[1], parts[0], "second half -> first"))
    for train, test, name in splits:
        before, after = first_grades(test, None), first_grades(test, fit(train))
        lines.append(f"{name}: first answer's mean grade {before.mean():.3f} -> {after.mean():.3f} "
                     f"({int((after > before).sum())} better, {int((after < before).sum())} worse of {len(test)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(RERANKER_FILE))
    ap.add_argument("--dry-run", action="store_true", help="print the 2-fold figures, write nothing")
    ap.add_argument("--no-folds", action="store_true", help="skip the 2-fold figures")
    args = ap.parse_args(argv)

    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION

    started = time.perf_counter()
    encoder = load_encoder("auto", threads=2)
    _, searcher = indexes.ensure_eval_index(encoder, print, corpus=indexes.load_eval_corpus)
    searcher = searcher.with_encoder(indexes.query_encoder(encoder, DEFAULT_QUERY_PRECISION))
    counts = collections.Counter(searcher.records.sources)
    sources = sorted(s for s, n in counts.items() if s and n >= MIN_SOURCE_RECORDS)
    graded, qrels = data.load_graded_messages(), data.load_graded_qrels()
    messages = collect(searcher, graded, qrels, sources)
    examples = sum(int((m.grades >= 0).sum()) for m in messages)
    print(f"{len(messages)} graded messages, {examples} graded candidates among the top {TOP}; "
          f"{len(sources)} source columns: {', '.join(sources)}")
    if not args.no_folds:
        print("\n".join(two_fold(messages)))
    trees = fit(messages)
    reranker = Reranker(
        trees, tuple(sources), TOP,
        provenance=(f"eval/train_reranker.py on eval/dev_graded.jsonl ({len(messages)} messages, {examples} graded "
                    f"candidates among the linear ranker's top {TOP}); HistGradientBoostingRegressor {SETTINGS}; "
                    f"index {searcher.version}; commit {git_commit()}; LiveQA never used"),
    )
    print(f"{len(trees.roots)} trees, {len(trees.feature)} nodes ({time.perf_counter() - started:.0f} s)")
    if not args.dry_run:
        reranker.save(args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
