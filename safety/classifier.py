"""A learned second opinion for emergency triage: logistic regression on the message's vector.

The rules in :mod:`safety.patterns` catch the wordings they were written for; patients describe
the same emergencies in words no rule foresaw, mostly inside long messages with backstory. This
classifier reads the whole-message vector that the search computes anyway (all-MiniLM-L6-v2,
384 numbers) and says how likely the message describes an emergency happening now. It runs
*after* the rules, only to catch what they missed: ``Triage.check_vector``.

Weights, threshold and provenance live in ``emergency_classifier.json`` beside this module,
written by ``python -m eval.train_triage`` from the labelled sets under ``eval/`` (never the
held-out set). The file names the encoder weights it was trained on; vectors from any other
model are refused rather than scored (:class:`ClassifierMismatch`). Pure numpy: no model is
loaded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from indexer.linear_model import VectorLogistic
from indexer.model_files import read_model_file, write_model_file

CLASSIFIER_FILE = Path(__file__).with_name("emergency_classifier.json")
FORMAT = 1


class ClassifierError(ValueError):
    """The classifier file is missing, unreadable or inconsistent (names the file and the problem)."""


class ClassifierMismatch(ClassifierError):
    """The vectors come from another encoder than the one the classifier was trained on."""


@dataclass(frozen=True)
class KindModel:
    """Which kind of emergency a flagged message describes: softmax regression over ``categories``
    (the triage's categories); a kind is named only at ``threshold`` probability or more."""

    categories: tuple[str, ...]
    coef: np.ndarray  # (len(categories), dim)
    intercept: np.ndarray  # (len(categories),)
    threshold: float

    def __post_init__(self) -> None:
        coef = np.asarray(self.coef, dtype=np.float64)
        intercept = np.asarray(self.intercept, dtype=np.float64).reshape(-1)
        k = len(self.categories)
        if k < 2 or len(set(self.categories)) != k:
            raise ClassifierError(f"kinds: need two or more distinct categories, got {self.categories}")
        if coef.ndim != 2 or coef.shape[0] != k or intercept.shape != (k,):
            raise ClassifierError(f"kinds: {k} categories but coef {coef.shape} and intercept {intercept.shape}")
        if not (np.all(np.isfinite(coef)) and np.all(np.isfinite(intercept))) or not (0.0 < self.threshold < 1.0):
            raise ClassifierError("kinds: coefficients must be finite and the threshold in (0, 1)")
        object.__setattr__(self, "coef", coef)
        object.__setattr__(self, "intercept", intercept)
        object.__setattr__(self, "categories", tuple(self.categories))

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        z = self.coef @ np.asarray(vector, dtype=np.float64).reshape(-1) + self.intercept
        e = np.exp(z - z.max())
        return e / e.sum()

    def name(self, vector: np.ndarray) -> str | None:
        """The most probable kind, or ``None`` when it is not probable enough to name."""
        p = self.probabilities(vector)
        best = int(p.argmax())
        return self.categories[best] if p[best] >= self.threshold else None

    def to_json(self) -> dict[str, Any]:
        return {
            "categories": list(self.categories),
            "threshold": round(self.threshold, 4),
            "intercept": [round(float(v), 6) for v in self.intercept],
            "coef": [[round(float(v), 6) for v in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KindModel:
        return cls(tuple(str(c) for c in data["categories"]), np.asarray(data["coef"], dtype=np.float64),
                   np.asarray(data["intercept"], dtype=np.float64), float(data["threshold"]))


@dataclass(frozen=True)
class EmergencyClassifier(VectorLogistic):
    """P(emergency | message vector) = sigmoid(coef . vector + intercept); flags at ``threshold``.
    The encoder the vectors must come from is ``model_name`` / ``model_fingerprint``
    (``Encoder.name`` and ``Encoder.base_fingerprint``)."""

    #: Messages shorter than this are left to the rules alone: on short messages the rules catch
    #: every emergency of eval/emergency_dev.jsonl with no false alarm, while the classifier, with
    #: little text to read, flags clinic requests ("refill my inhaler pls") and first-aid questions.
    min_words: int = 20
    #: Names the kind of emergency when it can (for the kind's own first-aid message).
    kinds: KindModel | None = None
    error: ClassVar[type[ValueError]] = ClassifierError

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.min_words < 0:
            raise ClassifierError(f"min_words must be 0 or more, not {self.min_words}")
        if self.kinds is not None and self.kinds.coef.shape[1] != self.dim:
            raise ClassifierError(f"kinds: dimension {self.kinds.coef.shape[1]} != {self.dim}")

    def check_encoder(self, name: str, fingerprint: str, dim: int) -> None:
        """Raise :class:`ClassifierMismatch` unless vectors of this encoder can be scored."""
        if not self.fits(fingerprint, dim):
            raise ClassifierMismatch(
                f"the emergency classifier was trained on {self.model_name} ({self.model_fingerprint}, "
                f"dim {self.dim}); the loaded encoder is {name} ({fingerprint}, dim {dim})"
            )

    def applies(self, text: str) -> bool:
        """Whether ``text`` is long enough for the classifier to be asked."""
        return len(text.split()) >= self.min_words

    def flags(self, vector: np.ndarray, text: str) -> bool:
        """Whether the message (``text`` and its vector) looks like an emergency happening now."""
        return self.applies(text) and self.probability(vector) >= self.threshold

    def kind(self, vector: np.ndarray) -> str | None:
        """The kind of emergency of a flagged message, when the kind model is sure enough."""
        return self.kinds.name(vector) if self.kinds is not None else None

    # ------------------------------------------------------------------ files
    @classmethod
    def load(cls, path: Path | str | None = None) -> EmergencyClassifier:
        """Read a classifier file.

        Raises:
            ClassifierError: missing file, bad JSON, wrong format or inconsistent numbers.
        """
        path = Path(path or CLASSIFIER_FILE)
        data = read_model_file(path, FORMAT, "classifier", ClassifierError)
        try:
            return cls(
                **cls.fields(data),
                min_words=int(data.get("min_words", 20)),
                kinds=KindModel.from_json(data["kinds"]) if data.get("kinds") else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ClassifierError(f"{path}: {exc}") from None

    def save(self, path: Path | str | None = None, extra: dict[str, Any] | None = None) -> None:
        payload = self.payload(FORMAT) | {
            "min_words": self.min_words,
            "kinds": self.kinds.to_json() if self.kinds is not None else None,
        }
        write_model_file(Path(path or CLASSIFIER_FILE), payload | (extra or {}))
