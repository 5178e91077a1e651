"""Logistic regression over a message vector, kept in a versioned JSON file
(:mod:`indexer.model_files`): what the emergency classifier (:mod:`safety.classifier`) and the
clinic-request classifier (:mod:`indexer.request_classifier`) share. Pure numpy; no model is loaded
here."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np


@dataclass(frozen=True)
class VectorLogistic:
    """P(y | vector) = sigmoid(coef . vector + intercept); ``flags`` at ``threshold``. The vectors must
    come from the encoder named by ``model_name`` and ``model_fingerprint`` (its weights)."""

    coef: np.ndarray
    intercept: float
    threshold: float
    model_name: str
    model_fingerprint: str
    provenance: str = ""
    #: What a subclass raises for bad numbers (its own error type, so callers can tell files apart).
    error: ClassVar[type[ValueError]] = ValueError

    def __post_init__(self) -> None:
        coef = np.asarray(self.coef, dtype=np.float64)
        if coef.ndim != 1 or not len(coef) or not np.all(np.isfinite(coef)):
            raise self.error(f"coef must be a non-empty finite vector, got shape {coef.shape}")
        if not (0.0 < self.threshold < 1.0) or not math.isfinite(self.intercept):
            raise self.error(f"threshold {self.threshold} must be in (0, 1) and the intercept finite")
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

    def payload(self, fmt: int) -> dict[str, Any]:
        """The file's common fields (a subclass adds its own)."""
        return {
            "format": fmt,
            "model_name": self.model_name,
            "model_fingerprint": self.model_fingerprint,
            "threshold": round(self.threshold, 4),
            "intercept": round(self.intercept, 6),
            "coef": [round(float(c), 6) for c in self.coef],
            "provenance": self.provenance,
        }

    @staticmethod
    def fields(data: dict[str, Any]) -> dict[str, Any]:
        """The constructor's common arguments from a file's object (KeyError, TypeError, ValueError if bad)."""
        return {
            "coef": np.asarray(data["coef"], dtype=np.float64),
            "intercept": float(data["intercept"]),
            "threshold": float(data["threshold"]),
            "model_name": str(data["model_name"]),
            "model_fingerprint": str(data["model_fingerprint"]),
            "provenance": str(data.get("provenance", "")),
        }
