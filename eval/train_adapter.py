"""Train the query adapter (``indexer/query_adapter.json``) on the dev and graded dev messages.

``python -m eval.train_adapter [--dry-run] [--folds 5] [--out PATH]`` (``make train-adapter``)

Examples: every message of ``eval/dev_questions.jsonl`` (its target record gain 3, its ``alt_ids``
gain 2) and of ``eval/dev_graded.jsonl`` (each graded answer its grade 1..4 as gain 0..3), with the
shipped ranker's candidates for it (through the same Searcher, question encoder and spelling
correction as the service, adapter off). The LiveQA test questions are never read.

Model (:mod:`indexer.query_adapter`): the search vector ``v`` becomes ``normalize(v + v @ A)``. The
question, answer-chunk and topic features of each candidate are recomputed from the adapted
vector (the other features do not depend on it) and combined with the shipped weights; the loss
is the cross-entropy between the softmax of ``SCALE`` x score over a message's candidates and its
gains as a distribution (``2**gain - 1``), plus ``LAMBDA * |A|^2``. ``STEPS`` full-batch Adam
steps from ``A = 0``. Candidates: the ``TOP`` best by the shipped score and every candidate with
a gain. The settings below were chosen by ``--folds 5`` (graded messages folded by writer, dev
messages by id; docs/evaluation.md, "A query adapter").

``--folds K`` first prints, for each held-out fold, the first answer and MRR@10 on those
candidates without and with an adapter trained on the other folds.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from indexer.query_adapter import ADAPTER_FILE, QueryAdapter
from indexer.ranking import FEATURES, RankerConfig, linear_scores
from indexer.search import Searcher, segment_index

from . import data, indexes
from .report import git_commit

TOP = 60
LAMBDA = 0.03
SCALE = 20.0
STEPS = 50
LEARNING_RATE = 0.01
SEED = 0
DEV_TARGET_GAIN, DEV_ALT_GAIN = 3, 2
#: The features the adapted vector changes; the rest are fixed per candidate.
DENSE = ("qsim", "csim", "topic_csim")


@dataclass
class Example:
    qid: str
    kind: str  # "dev" | "graded"
    group: str  # the fold unit: the dev id, or the graded writer
    vector: np.ndarray  # the search vector, not adapted
    rows: np.ndarray  # candidate record rows
    static: np.ndarray  # each candidate's score from the features the adapter does not change
    gains: np.ndarray  # 0..3 per candidate (0: not useful or not judged)


def collect(searcher: Searcher, ranker: RankerConfig, log: Any = print) -> list[Example]:
    """The examples, from the dev and graded messages (the LiveQA test questions are never read)."""
    medquad = data.medquad_keys(r for r in indexes.load_medquad_raw() if not r.answerless)
    rows_by_key: dict[str, list[int]] = {}
    rows_by_digest: dict[str, list[int]] = {}
    for i, record in enumerate(searcher.records):
        rows_by_key.setdefault(data.record_key(record), []).append(i)
        rows_by_digest.setdefault(data.content_digest(record), []).append(i)
    labelled: list[tuple[str, str, str, str, dict[int, int]]] = []
    for d in data.load_dev_questions():
        gains: dict[int, int] = {}
        for j, tid in enumerate((d.target_id, *d.alt_ids)):
            for row in rows_by_key.get(medquad.get(tid, ""), []):
                gains[row] = max(gains.get(row, 0), DEV_TARGET_GAIN if j == 0 else DEV_ALT_GAIN)
        labelled.append((d.qid, "dev", d.qid, d.question, gains))
    qrels = data.load_graded_qrels()
    for m in data.load_graded_messages():
        gains = {row: grade - 1 for digest, grade in qrels.get(m.qid, {}).items()
                 for row in rows_by_digest.get(digest, [])}
        labelled.append((m.qid, "graded", m.qid.rsplit("-", 1)[0], m.text, gains))
    out = []
    for n, (qid, kind, group, text, gains) in enumerate(labelled):
        out.append(example(searcher, ranker, qid, kind, group, text, gains))
        if n % 300 == 0:
            log(f"  {n}/{len(labelled)} messages")
    return out


def example(searcher: Searcher, ranker: RankerConfig, qid: str, kind: str, group: str, text: str,
            gains: dict[int, int]) -> Example:
    """One message's example: its ``TOP`` candidates by ``ranker`` and every candidate with a gain
    (``gains``: record row -> 0..3), searched as the service would with the adapter off."""
    weights = np.array([ranker.weights.get(f, 0.0) for f in FEATURES], dtype=np.float32)
    fixed = np.array([f not in DENSE for f in FEATURES], dtype=np.float32)
    query = searcher.prepare(text, ranker)
    rows, feats = searcher.candidates(query.analysis, query.vectors, ranker.candidates, ranker.focus_pool)
    keep = np.argsort(-linear_scores(feats, ranker), kind="stable")[:TOP]
    useful = np.array([j for j, r in enumerate(rows) if gains.get(int(r), 0) > 0], dtype=np.int64)
    keep = np.unique(np.concatenate([keep, useful]))
    return Example(qid, kind, group, query.vectors[0].astype(np.float32), rows[keep].astype(np.int64),
                   feats[keep] @ (weights * fixed), np.array([gains.get(int(r), 0) for r in rows[keep]], np.float32))


class Batch:
    """Examples flattened for full-batch training: candidate vectors gathered once."""

    def __init__(self, searcher: Searcher, examples: Sequence[Example], ranker: RankerConfig) -> None:
        import torch

        self.torch = torch
        self.n = len(examples)
        self.kinds = [e.kind for e in examples]
        self.weights = {f: float(ranker.weights.get(f, 0.0)) for f in DENSE}
        self.rows = [e.rows for e in examples]
        rows = np.concatenate(self.rows)
        self.ncand = len(rows)
        # Each message's topics numbered apart from the other messages' (topic evidence is per message).
        topic, topics = [], 0
        for e in examples:
            _, inverse = np.unique(searcher._topic[e.rows], return_inverse=True)
            topic.append(inverse + topics)
            topics += int(inverse.max()) + 1 if len(inverse) else 0
        self.ntopics = topics

        def long(x: Any) -> Any:
            return torch.tensor(np.asarray(x, dtype=np.int64))

        def gathered(starts: np.ndarray, matrix: np.ndarray) -> tuple[Any, Any]:
            """Every candidate's vectors (as the Searcher gathers them) and the candidate each belongs to."""
            index, counts, _ = segment_index(starts, rows)
            owner = np.repeat(np.arange(len(rows)), counts)
            return torch.tensor(np.asarray(matrix[index], dtype=np.float32)), long(owner)

        self.qvec, self.qc = gathered(searcher._q_start, searcher._qvec)
        self.cvec, self.cc = gathered(searcher._c_start, searcher._cvec)
        self.topic = long(np.concatenate(topic))
        self.msg = long(np.repeat(np.arange(self.n), [len(r) for r in self.rows]))
        self.qm, self.cm = self.msg[self.qc], self.msg[self.cc]
        self.static = torch.tensor(np.concatenate([e.static for e in examples]).astype(np.float32))
        self.base = torch.tensor(np.stack([e.vector for e in examples]))
        gains = torch.tensor(np.concatenate([e.gains for e in examples]))
        self.gains = gains.numpy()
        target = torch.pow(2.0, gains) - 1
        total = torch.zeros(self.n).index_add_(0, self.msg, target)
        self.useful = total > 0
        self.target = target / total.clamp_min(1e-9)[self.msg]

    def _best(self, sims: Any, owner: Any, size: int) -> Any:
        """Per owner, the best of ``sims`` (0 for an owner without any)."""
        torch = self.torch
        best = torch.full((size,), -2.0).scatter_reduce(0, owner, sims, "amax", include_self=True)
        return torch.where(best < -1.5, torch.zeros_like(best), best)

    def scores(self, queries: Any) -> Any:
        qsim = self._best((queries[self.qm] * self.qvec).sum(1), self.qc, self.ncand)
        csim = self._best((queries[self.cm] * self.cvec).sum(1), self.cc, self.ncand)
        topic_csim = self._best(csim, self.topic, self.ntopics)[self.topic]
        w = self.weights
        return w["qsim"] * qsim + w["csim"] * csim + w["topic_csim"] * topic_csim + self.static

    def loss(self, scores: Any) -> Any:
        torch = self.torch
        z = scores * SCALE
        top = torch.full((self.n,), -1e9).scatter_reduce(0, self.msg, z.detach(), "amax", include_self=True)
        lse = torch.log(torch.zeros(self.n).index_add_(0, self.msg, torch.exp(z - top[self.msg]))) + top
        per = torch.zeros(self.n).index_add_(0, self.msg, -self.target * (z - lse[self.msg]))
        return per[self.useful].mean()

    def metrics(self, matrix: np.ndarray | None) -> dict[str, tuple[float, float]]:
        """First answer (dev: the target; graded: its gain 0..3) and MRR@10 on these candidates."""
        torch = self.torch
        queries = self.base if matrix is None else _adapt(torch, self.base, torch.tensor(matrix))
        with torch.no_grad():
            scores = self.scores(queries).numpy()
        firsts: dict[str, list[float]] = {"dev": [], "graded": []}
        rrs: dict[str, list[float]] = {"dev": [], "graded": []}
        offset = 0
        for kind, rows in zip(self.kinds, self.rows, strict=True):
            part = slice(offset, offset + len(rows))
            offset += len(rows)
            order = np.argsort(-scores[part], kind="stable")[:10]
            gains = self.gains[part][order]
            hit = gains >= DEV_TARGET_GAIN if kind == "dev" else gains >= 1
            firsts[kind].append(float(hit[0]) if kind == "dev" else float(gains[0]))
            rrs[kind].append(1.0 / (int(np.argmax(hit)) + 1) if hit.any() else 0.0)
        return {k: (float(np.mean(firsts[k])), float(np.mean(rrs[k]))) for k in firsts if firsts[k]}


def _adapt(torch: Any, base: Any, matrix: Any) -> Any:
    out = base + base @ matrix
    return out / out.norm(dim=1, keepdim=True)


def train(batch: Batch) -> np.ndarray:
    """The adapter matrix (dim x dim), deterministic for the same examples."""
    torch = batch.torch
    torch.manual_seed(SEED)
    dim = batch.base.shape[1]
    matrix = torch.zeros(dim, dim, requires_grad=True)
    opt = torch.optim.Adam([matrix], lr=LEARNING_RATE)
    for _ in range(STEPS):
        opt.zero_grad()
        loss = batch.loss(batch.scores(_adapt(torch, batch.base, matrix))) + LAMBDA * (matrix**2).sum()
        loss.backward()
        opt.step()
    return matrix.detach().numpy().astype(np.float32)


def fold_of(example: Example, folds: int) -> int:
    return int(hashlib.sha1(example.group.encode()).hexdigest(), 16) % folds


def _pair(values: Sequence[float]) -> str:
    return f"{values[0]:.3f} / {values[1]:.3f}"


def cross_validate(searcher: Searcher, examples: list[Example], ranker: RankerConfig, folds: int) -> None:
    print(f"{folds}-fold (graded by writer, dev by id): held-out first answer / MRR@10 on the candidates")
    print("| fold | dev n | dev without | dev with | graded n | graded without | graded with |")
    print("|---|---|---|---|---|---|---|")
    totals: dict[str, list[np.ndarray]] = {"dev": [], "graded": []}
    for k in range(folds):
        held = [e for e in examples if fold_of(e, folds) == k]
        matrix = train(Batch(searcher, [e for e in examples if fold_of(e, folds) != k], ranker))
        test = Batch(searcher, held, ranker)
        without, with_ = test.metrics(None), test.metrics(matrix)
        cells = []
        for kind in ("dev", "graded"):
            n = test.kinds.count(kind)
            totals[kind].append(np.array([n, *without[kind], *with_[kind]]))
            cells += [str(n), _pair(without[kind]), _pair(with_[kind])]
        print(f"| {k} | " + " | ".join(cells) + " |", flush=True)
    cells = []
    for kind in ("dev", "graded"):
        t = np.array(totals[kind])
        n = t[:, 0].sum()
        mean = (t[:, 1:] * t[:, :1]).sum(axis=0) / n
        cells += [str(int(n)), _pair(mean[:2]), _pair(mean[2:])]
    print("| all | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ADAPTER_FILE))
    ap.add_argument("--folds", type=int, default=0, help="print K-fold held-out figures first (0: none)")
    ap.add_argument("--dry-run", action="store_true", help="write nothing")
    args = ap.parse_args(argv)

    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION

    started = time.perf_counter()
    encoder = load_encoder("auto", threads=2)
    _, searcher = indexes.ensure_eval_index(encoder, print, corpus=indexes.load_eval_corpus)
    searcher = searcher.with_encoder(indexes.query_encoder(encoder, DEFAULT_QUERY_PRECISION)).with_adapter(None)
    ranker = replace(RankerConfig.load(), adapt=False)
    print("collecting candidates for the dev and graded messages")
    examples = collect(searcher, ranker)
    if args.folds > 1:
        cross_validate(searcher, examples, ranker, args.folds)
    batch = Batch(searcher, examples, ranker)
    matrix = train(batch)
    kinds = batch.kinds
    print("on all examples (in-sample): without", batch.metrics(None), "with", batch.metrics(matrix))
    adapter = QueryAdapter(
        matrix, searcher.manifest.model_name, searcher.manifest.model_fingerprint,
        tuple(sorted(set(searcher.records.sources))),
        f"eval/train_adapter.py on eval/dev_questions.jsonl ({sum(k == 'dev' for k in kinds)}) + eval/dev_graded.jsonl "
        f"({sum(k == 'graded' for k in kinds)}), lambda {LAMBDA}, scale {SCALE}, {STEPS} steps, top {TOP}; "
        f"{time.strftime('%Y-%m-%d', time.gmtime())}, commit {git_commit()}, index {searcher.version}; "
        "LiveQA never used",
    )
    if args.dry_run:
        print("dry run: nothing written")
    else:
        adapter.save(args.out)
        print(f"wrote {args.out}")
    print(f"{time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
