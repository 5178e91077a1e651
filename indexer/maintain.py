"""Maintainer reports: corpus/index diffs, unhelpful-answer and unanswered-question exports."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from corpus import LoadReport, QARecord, load_corpus, record_from_dict

from . import artifacts


def load_records(source: str | Path, report: LoadReport | None = None) -> list[QARecord]:
    """Records of an index (root or version folder) or of corpus inputs (a path); the rows of corpus
    inputs that fail to load are reported in ``report``."""
    path = Path(source)
    if path.is_dir() and ((path / artifacts.MANIFEST).is_file() or (path / artifacts.CURRENT).is_file()):
        folder = artifacts.resolve_current(path)
        with (folder / "records.jsonl").open(encoding="utf-8") as handle:
            return [record_from_dict(json.loads(line)) for line in handle]
    return load_corpus([path], report if report is not None else LoadReport())


@dataclass
class CorpusDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0
    texts_new: int = 0
    texts_reused: int = 0

    def to_dict(self, limit: int = 50) -> dict[str, Any]:
        return {
            "added": len(self.added), "removed": len(self.removed), "changed": len(self.changed),
            "retired": len(self.retired), "unchanged": self.unchanged,
            # questions, alternative phrasings and answers
            "texts_to_embed": self.texts_new, "texts_reused": self.texts_reused,
            "examples": {"added": self.added[:limit], "removed": self.removed[:limit], "changed": self.changed[:limit],
                         "retired": self.retired[:limit]},
        }


def diff_records(old: Sequence[QARecord], new: Sequence[QARecord], not_loaded: set[str] | frozenset[str] = frozenset(),
                 ) -> CorpusDiff:
    """What a rebuild from ``new`` changes relative to ``old`` (ids compared; content by hash). ``not_loaded``:
    ids of ``new``'s rows that failed to load, which are not "removed" (they are reported as not loaded).

    ``texts_reused`` counts the new index's questions/phrasings/answers already embedded in the
    old one (the embedding cache serves them, so they are not encoded again).
    """
    old_by = {r.id: r for r in old}
    new_by = {r.id: r for r in new}
    result = CorpusDiff()
    for rid, record in new_by.items():
        before = old_by.get(rid)
        if before is None and record.retired:
            # retired before it was ever indexed (an index keeps no retired records): nothing changes
            result.unchanged += 1
        elif before is None:
            result.added.append(rid)
        elif before.content_key() != record.content_key():
            if record.retired and not before.retired:
                result.retired.append(rid)
            else:
                result.changed.append(rid)
        else:
            result.unchanged += 1
    result.removed = [rid for rid in old_by if rid not in new_by and rid not in not_loaded]

    def texts(records: Sequence[QARecord]) -> set[str]:
        out: set[str] = set()
        for r in records:
            if not r.retired:
                out.update((r.question, *r.alt_questions, r.answer))
        return out

    old_texts, new_texts = texts(old), texts(new)
    result.texts_reused = len(new_texts & old_texts)
    result.texts_new = len(new_texts - old_texts)
    return result


def feedback_report(db: Path, *, only_unhelpful: bool = True) -> list[dict[str, Any]]:
    """Answers patients rated, grouped by record: counts and comments, most unhelpful first."""
    if not Path(db).is_file():
        raise FileNotFoundError(f"{db}: no feedback database yet")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT record_id, helpful, comment, created FROM feedback").fetchall()
    grouped: dict[str, dict[str, Any]] = defaultdict(lambda: {"helpful": 0, "unhelpful": 0, "comments": []})
    for record_id, helpful, comment, _created in rows:
        g = grouped[record_id]
        g["helpful" if helpful else "unhelpful"] += 1
        if comment and not helpful:
            g["comments"].append(comment)
    out = [{"record_id": rid, **g} for rid, g in grouped.items() if g["unhelpful"] or not only_unhelpful]
    return sorted(out, key=lambda g: (-g["unhelpful"], g["helpful"], g["record_id"]))


def cluster_texts(vectors: np.ndarray, threshold: float = 0.65) -> list[list[int]]:
    """Greedy leader clustering on cosine similarity (vectors normalised): each text joins the
    most similar existing cluster leader above ``threshold`` or starts a new cluster."""
    leaders: list[int] = []
    clusters: list[list[int]] = []
    for i in range(len(vectors)):
        if leaders:
            sims = vectors[leaders] @ vectors[i]
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                clusters[best].append(i)
                continue
        leaders.append(i)
        clusters.append([i])
    return sorted(clusters, key=len, reverse=True)


def unanswered_report(db: Path, encoder: Any | None, *, threshold: float = 0.65) -> dict[str, Any]:
    """Unanswered questions grouped by topic (embedding clusters) with counts.

    Question text exists only if the service stored it (``store_question_text``); otherwise the
    report groups by the closest record the service found, which still shows the missing topics.
    """
    if not Path(db).is_file():
        raise FileNotFoundError(f"{db}: no unanswered-question database yet")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT question, confidence, top_record_id FROM unanswered ORDER BY id").fetchall()
    texts = [q for q, _, _ in rows if q]
    report: dict[str, Any] = {"total": len(rows), "with_text": len(texts)}
    if texts and encoder is not None:
        vecs = encoder.encode(texts)
        groups = []
        for members in cluster_texts(vecs, threshold):
            center = vecs[members].mean(axis=0)
            rep = members[int(np.argmax(vecs[members] @ center))]
            groups.append({"count": len(members), "example": texts[rep],
                           "questions": [texts[m] for m in members[:10]]})
        report["clusters"] = groups
    nearest = Counter(r for _, _, r in rows if r)
    report["by_nearest_record"] = [{"record_id": rid, "count": n} for rid, n in nearest.most_common(50)]
    return report
