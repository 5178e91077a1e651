"""A learned check for messages the reviewed library cannot answer: clinic business, personal records,
small talk, off-topic questions.

The wording rules in :mod:`indexer.requests` catch the phrasings they were written for and little
else (on writers they were not written from, 2 of 19 false answers fixed: docs/evaluation.md). This
check reads the whole-message vector the search computes anyway (all-MiniLM-L6-v2) and gives the
probability that the message is not a health-information question: logistic regression, trained
by ``python -m eval.train_requests`` on the out-of-corpus and blind clinic sets (positives) and the
dev and graded health messages (negatives). It runs after the emergency triage and the rules; a
flagged message gets the clinic message instead of an article.

The file names the encoder weights it was trained on: vectors from another model are never scored
(:class:`RequestClassifierError`), and the rules still run. Pure numpy; no model is loaded here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REQUEST_CLASSIFIER_FILE = Path(__file__).with_name("request_classifier.json")
FORMAT = 1


class RequestClassifierError(ValueError):
    """The file is missing, unreadable or inconsistent, or the vectors come from another encoder."""


@dataclass(frozen=True)
class RequestClassifier:
    """P(not a health question | message vector) = sigmoid(coef . vector + intercept); flags at ``threshold``."""

    coef: np.ndarray
    intercept: float
    threshold: float
    model_name: str
    model_fingerprint: str
    provenance: str = ""

    def __post_init__(self) -> None:
        coef = np.asarray(self.coef, dtype=np.float64)
        if coef.ndim != 1 or not len(coef) or not np.all(np.isfinite(coef)):
            raise RequestClassifierError(f"coef must be a non-empty finite vector, got shape {coef.shape}")
        if not (0.0 < self.threshold < 1.0) or not math.isfinite(self.intercept):
            raise RequestClassifierError(f"threshold {self.threshold} must be in (0, 1) and the intercept finite")
        object.__setattr__(self, "coef", coef)

    @property
    def dim(self) -> int:
        return len(self.coef)

    def fits(self, fingerprint: str, dim: int) -> bool:
        """Whether vectors of the encoder with this weights fingerprint and dimension can be scored."""
        return fingerprint == self.model_fingerprint and dim == self.dim

    def probability(self, vector: np.ndarray) -> float:
        z = float(np.dot(self.coef, np.asarray(vector, dtype=np.float64).reshape(-1))) + self.intercept
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def flags(self, vector: np.ndarray) -> bool:
        return self.probability(vector) >= self.threshold

    @classmethod
    def load(cls, path: Path | str | None = None) -> RequestClassifier:
        """Read a classifier file; raises :class:`RequestClassifierError` naming the file and the problem."""
        path = Path(path or REQUEST_CLASSIFIER_FILE)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise RequestClassifierError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise RequestClassifierError(f"{path}: not JSON (line {exc.lineno}: {exc.msg})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RequestClassifierError(f"{path}: expected a format {FORMAT} request classifier object")
        try:
            return cls(np.asarray(data["coef"], dtype=np.float64), float(data["intercept"]), float(data["threshold"]),
                       str(data["model_name"]), str(data["model_fingerprint"]), str(data.get("provenance", "")))
        except RequestClassifierError as exc:
            raise RequestClassifierError(f"{path}: {exc}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise RequestClassifierError(f"{path}: missing or bad field: {exc}") from None

    def save(self, path: Path | str | None = None, extra: dict[str, Any] | None = None) -> None:
        payload = {
            "format": FORMAT,
            "model_name": self.model_name,
            "model_fingerprint": self.model_fingerprint,
            "threshold": round(self.threshold, 4),
            "intercept": round(self.intercept, 6),
            "coef": [round(float(c), 6) for c in self.coef],
            "provenance": self.provenance,
            **(extra or {}),
        }
        Path(path or REQUEST_CLASSIFIER_FILE).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def load_request_classifier(setting: str = "bundled") -> RequestClassifier | None:
    """The service's setting: ``'bundled'`` (this package's file), a path, or ``'off'`` (rules only)."""
    setting = (setting or "off").strip()
    if setting.lower() == "off":
        return None
    return RequestClassifier.load(None if setting.lower() == "bundled" else setting)
