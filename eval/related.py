"""How good are the related questions ``Searcher.related(row, qvec)`` shows next to an answer?

Each related question is classified against the answer's record (the anchor):

* ``same focus``: the same normalised focus name, a focus synonym of the other record
  (``extra["focus_synonyms"]``), or a shared UMLS CUI (``extra["cuis"]``);
* ``closely related`` (reported separately): not the same focus, but the cosine between the two
  focus names (MiniLM embeddings of the names; the question when a record has no focus), or
  between the two records' answers (their first 1,000 characters), is at least
  ``CLOSE_COSINE``: a neighbouring condition by wording or by content, NOT a clinical judgement;
* ``repeat``: it merely repeats the anchor's own question: the same normalised question text,
  or question cosine >= ``REPEAT_COSINE``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from corpus import QARecord
from indexer.encoder import Encoder
from indexer.search import Searcher
from indexer.textkeys import focus_key

CLOSE_COSINE = 0.6
REPEAT_COSINE = 0.92
SAMPLE_SIZE = 500
SEED = 2026


def norm_name(text: str) -> str:
    return focus_key(text or "")


def focus_of(record: QARecord) -> str:
    return record.focus or record.question


def same_focus(a: QARecord, b: QARecord) -> bool:
    fa, fb = norm_name(focus_of(a)), norm_name(focus_of(b))
    if fa and fa == fb:
        return True
    syn_a = {norm_name(s) for s in (a.extra or {}).get("focus_synonyms", ())}
    syn_b = {norm_name(s) for s in (b.extra or {}).get("focus_synonyms", ())}
    if fb in syn_a or fa in syn_b:
        return True
    cuis_a = set((a.extra or {}).get("cuis", ()))
    return bool(cuis_a & set((b.extra or {}).get("cuis", ())))


class _Vectors:
    """Memoised MiniLM embeddings of short texts."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._cache: dict[str, np.ndarray] = {}

    def prime(self, texts: Sequence[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            for text, vec in zip(todo, self.encoder.encode(todo, batch_size=64), strict=True):
                self._cache[text] = vec

    def cos(self, a: str, b: str) -> float:
        self.prime([a, b])
        return float(self._cache[a] @ self._cache[b])


@dataclass
class Judged:
    anchor: str
    related: list[dict[str, Any]]


def classify(anchor: QARecord, related: Sequence[Any], vectors: _Vectors) -> list[dict[str, Any]]:
    vectors.prime([focus_of(anchor), anchor.question, anchor.answer[:1000], *(focus_of(r.record) for r in related),
                   *(r.record.question for r in related), *(r.record.answer[:1000] for r in related)])
    out = []
    for rel in related:
        rec = rel.record
        same = same_focus(anchor, rec)
        focus_cos = vectors.cos(focus_of(anchor), focus_of(rec))
        q_cos = vectors.cos(anchor.question, rec.question)
        answer_cos = vectors.cos(anchor.answer[:1000], rec.answer[:1000])
        out.append({
            "id": rec.id, "question": rec.question, "relation": rel.relation,
            "same_focus": same, "close": (not same) and max(focus_cos, answer_cos) >= CLOSE_COSINE,
            "repeat": norm_name(rec.question) == norm_name(anchor.question) or q_cos >= REPEAT_COSINE,
            "focus_cos": round(focus_cos, 3), "question_cos": round(q_cos, 3), "answer_cos": round(answer_cos, 3),
        })
    return out


def summarize(judged: Sequence[Judged]) -> dict[str, float]:
    items = [r for j in judged for r in j.related]
    n = len(items)

    def share(pred: Any, pool: Sequence[dict[str, Any]] = items) -> float:
        return sum(1 for r in pool if pred(r)) / len(pool) if pool else 0.0

    labelled_same = [r for r in items if r["relation"] == "same_focus"]
    labelled_nb = [r for r in items if r["relation"] != "same_focus"]
    return {
        "anchors": float(len(judged)),
        "related per answer": n / len(judged) if judged else 0.0,
        "answers with none": share(lambda j: not j.related, judged) if judged else 0.0,  # type: ignore[arg-type]
        "same focus": share(lambda r: r["same_focus"]),
        "closely related": share(lambda r: r["close"]),
        "other": share(lambda r: not r["same_focus"] and not r["close"]),
        "repeats": share(lambda r: r["repeat"]),
        "shown as same_focus: truly same": share(lambda r: r["same_focus"], labelled_same),
        "shown as neighbour: same or close": share(lambda r: r["same_focus"] or r["close"], labelled_nb),
    }


def evaluate_anchors(
    searcher: Searcher, anchors: Sequence[tuple[int, np.ndarray | None]], encoder: Encoder
) -> list[Judged]:
    """Classify the related questions of each anchor row (answerless anchors are skipped)."""
    vectors = _Vectors(encoder)
    out = []
    for row, qvec in anchors:
        anchor = searcher.records[row]
        if anchor.answerless:
            continue
        out.append(Judged(anchor.id, classify(anchor, searcher.related(row, qvec), vectors)))
    return out


def random_anchors(searcher: Searcher, n: int = SAMPLE_SIZE, seed: int = SEED) -> list[tuple[int, np.ndarray]]:
    """``n`` random answered records (seeded), each asked with its own question."""
    rows = [i for i, r in enumerate(searcher.records) if not r.answerless]
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    qvecs = searcher.encoder.encode([searcher.records[r].question for r in picked], batch_size=64)
    return list(zip(picked, qvecs, strict=True))
