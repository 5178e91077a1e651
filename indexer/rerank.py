"""A learned second stage: regression trees that reorder the linear ranker's top candidates.

The linear ranker (:mod:`indexer.ranking`) scores every candidate from seven similarity features.
The reranker looks again at its top ``top`` candidates with a few more facts about each answer
(how long it is, what kind of question it answers, who published it) and predicts the grade a
health librarian would give it for this message (0 = incorrect .. 3 = complete, the LiveQA-Med
scale). It was fitted by ``eval/train_reranker.py`` on the graded dev set
(``eval/dev_graded.jsonl``), never on the LiveQA test questions.

The trees live in ``reranker.json`` beside this module (scikit-learn's histogram gradient
boosting, exported node by node; pure numpy here, nothing is imported from scikit-learn). What
they learned about each publisher only holds for a corpus of the same publishers, so the
reranker is used only on an index whose records' sources it knows (:meth:`Reranker.applies`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .model_files import knows_sources, read_model_file, write_model_file
from .ranking import FEATURES

RERANKER_FILE = Path(__file__).with_name("reranker.json")
FORMAT = 1
#: The question types given their own column (MedQuAD's commonest); others share none.
QTYPES = (
    "information", "treatment", "symptoms", "exams and tests", "causes", "considerations", "susceptibility",
    "prevention", "inheritance", "outlook",
)
#: The reranker runs on an index only when at least this share of its records come from a
#: source it was trained on.
MIN_KNOWN_SOURCES = 0.9


class RerankerError(ValueError):
    """The reranker file is unreadable or inconsistent (names the file and the problem)."""


def feature_names(sources: Sequence[str]) -> list[str]:
    """The columns of :func:`features`, in order."""
    return (
        list(FEATURES) + ["score", "gap", "rank", "message_words", "answer_chunks"]
        + [f"qtype={q}" for q in QTYPES] + [f"source={s}" for s in sources]
    )


def features(
    feats: np.ndarray, scores: np.ndarray, message_words: int, chunks: np.ndarray, qtypes: Sequence[str],
    sources: Sequence[str], known_sources: Sequence[str],
) -> np.ndarray:
    """The reranker's input for candidates already in linear-score order (best first).

    ``feats``: their ranker features (columns in ``FEATURES`` order); ``scores``: their linear
    scores; ``chunks``, ``qtypes``, ``sources``: each record's answer chunk count, question type and
    source; ``known_sources``: the sources the reranker has a column for.
    """
    n = len(scores)
    x = np.zeros((n, len(FEATURES) + 5 + len(QTYPES) + len(known_sources)), dtype=np.float64)
    x[:, : len(FEATURES)] = feats
    col = len(FEATURES)
    x[:, col] = scores
    x[:, col + 1] = scores - (scores[0] if n else 0.0)
    x[:, col + 2] = np.arange(n) / 10.0
    x[:, col + 3] = math.log1p(message_words)
    x[:, col + 4] = chunks
    col += 5
    qcol = {q: i for i, q in enumerate(QTYPES)}
    scol = {s: i for i, s in enumerate(known_sources)}
    for i, (qtype, source) in enumerate(zip(qtypes, sources, strict=True)):
        if (q := qcol.get(qtype.lower())) is not None:
            x[i, col + q] = 1.0
        if (s := scol.get(source)) is not None:
            x[i, col + len(QTYPES) + s] = 1.0
    return x


@dataclass(frozen=True)
class Trees:
    """A sum of binary regression trees, all nodes of all trees in flat arrays (``-1``: no child).
    A sample goes left when its feature is <= the node's threshold (NaN goes where the node says)."""

    base: float
    roots: np.ndarray  # (trees,) the index of each tree's root node
    feature: np.ndarray  # (nodes,)
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    nan_left: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    depth: int

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The predicted value of each row of ``x``: all trees at once, one level per step."""
        x = np.asarray(x, dtype=np.float64)
        n = len(x)
        node = np.broadcast_to(self.roots, (n, len(self.roots))).copy()
        rows = np.arange(n)[:, None]
        for _ in range(self.depth):
            inner = ~self.leaf[node]
            if not inner.any():
                break
            v = x[rows, self.feature[node]]
            go_left = np.where(np.isnan(v), self.nan_left[node], v <= self.threshold[node])
            node = np.where(inner, np.where(go_left, self.left[node], self.right[node]), node)
        if not self.leaf[node].all():
            raise RerankerError(f"trees deeper than their stated depth {self.depth}")
        return self.base + self.value[node].sum(axis=1)

    def to_json(self) -> dict[str, Any]:
        return {
            "base": self.base, "depth": self.depth, "roots": self.roots.tolist(), "feature": self.feature.tolist(),
            "threshold": [float(t) for t in self.threshold], "left": self.left.tolist(),
            "right": self.right.tolist(), "nan_left": self.nan_left.astype(int).tolist(),
            "leaf": self.leaf.astype(int).tolist(), "value": [float(v) for v in self.value],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], columns: int) -> Trees:
        try:
            trees = cls(
                float(data["base"]), np.asarray(data["roots"], dtype=np.int64),
                np.asarray(data["feature"], dtype=np.int64), np.asarray(data["threshold"], dtype=np.float64),
                np.asarray(data["left"], dtype=np.int64), np.asarray(data["right"], dtype=np.int64),
                np.asarray(data["nan_left"], dtype=bool), np.asarray(data["leaf"], dtype=bool),
                np.asarray(data["value"], dtype=np.float64), int(data["depth"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RerankerError(f"trees: {exc}") from None
        trees.check(columns)
        return trees

    def check(self, columns: int) -> None:
        count = len(self.feature)
        arrays = (self.threshold, self.left, self.right, self.nan_left, self.leaf, self.value)
        if any(len(a) != count for a in arrays) or not len(self.roots):
            raise RerankerError("trees: node arrays of different lengths, or no tree")
        inner = ~self.leaf
        if ((self.roots < 0) | (self.roots >= count)).any():
            raise RerankerError("trees: a root outside the nodes")
        for child in (self.left, self.right):
            if ((child[inner] < 0) | (child[inner] >= count)).any():
                raise RerankerError("trees: a child outside the nodes")
        if ((self.feature[inner] < 0) | (self.feature[inner] >= columns)).any():
            raise RerankerError(f"trees: a split on a feature outside the {columns} columns")
        finite = np.isfinite(self.value).all() and np.isfinite(self.threshold[inner]).all()
        if not (finite and math.isfinite(self.base)):
            raise RerankerError("trees: values and thresholds must be finite")
        if not 1 <= self.depth <= 32:
            raise RerankerError(f"trees: depth {self.depth} out of range")

    @classmethod
    def from_sklearn(cls, model: Any) -> Trees:
        """Export a fitted ``HistGradientBoostingRegressor`` (numeric features only)."""
        parts: list[np.ndarray] = [p[0].nodes for p in model._predictors]
        roots, offset = [], 0
        names = ("feature", "threshold", "left", "right", "nan", "leaf", "value")
        fields: dict[str, list[np.ndarray]] = {k: [] for k in names}
        depth = 0
        for nodes in parts:
            if nodes["is_categorical"].any():
                raise RerankerError("trees: categorical splits are not supported")
            roots.append(offset)
            leaf = nodes["is_leaf"].astype(bool)
            fields["feature"].append(np.where(leaf, 0, nodes["feature_idx"]).astype(np.int64))
            fields["threshold"].append(np.where(leaf, 0.0, nodes["num_threshold"]).astype(np.float64))
            fields["left"].append(np.where(leaf, -1, nodes["left"].astype(np.int64) + offset))
            fields["right"].append(np.where(leaf, -1, nodes["right"].astype(np.int64) + offset))
            fields["nan"].append(nodes["missing_go_to_left"].astype(bool))
            fields["leaf"].append(leaf)
            fields["value"].append(np.where(leaf, nodes["value"], 0.0).astype(np.float64))
            depth = max(depth, int(nodes["depth"].max()))
            offset += len(nodes)
        return cls(
            float(np.asarray(model._baseline_prediction).reshape(-1)[0]), np.asarray(roots, dtype=np.int64),
            *(np.concatenate(fields[k]) for k in names),
            max(depth, 1),
        )


@dataclass(frozen=True)
class Reranker:
    trees: Trees
    #: The sources (publishers) it has a column for, in column order.
    sources: tuple[str, ...]
    #: How many of the linear ranker's best candidates it reorders.
    top: int = 20
    provenance: str = ""

    @property
    def columns(self) -> int:
        return len(feature_names(self.sources))

    def applies(self, sources: Sequence[str]) -> bool:
        """Whether an index whose records have these sources is one the reranker knows."""
        return knows_sources(self.sources, sources, MIN_KNOWN_SOURCES)

    def order(self, x: np.ndarray) -> np.ndarray:
        """The new order of candidates given in linear order (``x`` from :func:`features`): by
        predicted grade, ties kept in linear order."""
        return np.argsort(-self.trees.predict(x), kind="stable")

    def save(self, path: Path | str | None = None, extra: dict[str, Any] | None = None) -> None:
        data = {
            "format": FORMAT, "top": self.top, "sources": list(self.sources), "qtypes": list(QTYPES),
            "features": feature_names(self.sources), "provenance": self.provenance, **(extra or {}),
            "trees": self.trees.to_json(),
        }
        write_model_file(Path(path or RERANKER_FILE), data)

    @classmethod
    def load(cls, path: Path | None = None) -> Reranker:
        """Read and check a reranker file.

        Raises:
            RerankerError: unreadable, another format, or trees that do not fit the columns.
        """
        path = path or RERANKER_FILE
        data = read_model_file(path, FORMAT, "reranker", RerankerError)
        sources = tuple(str(s) for s in data.get("sources", ()))
        if tuple(data.get("qtypes", ())) != QTYPES or data.get("features") != feature_names(sources):
            raise RerankerError(f"{path}: its feature columns are not the ones this code computes")
        top = data.get("top")
        if not isinstance(top, int) or not 2 <= top <= 1000:
            raise RerankerError(f"{path}: top {top!r} must be an integer in 2..1000")
        try:
            trees = Trees.from_json(data.get("trees") or {}, len(feature_names(sources)))
        except RerankerError as exc:
            raise RerankerError(f"{path}: {exc}") from None
        return cls(trees, sources, top, str(data.get("provenance", "")))
