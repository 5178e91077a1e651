"""Ranking settings and the pure scoring functions the Searcher uses.

Weights and the confidence calibration live in ``ranker.json`` next to this module; they are
chosen by ``eval/tune.py`` on the development set (``eval/dev_questions.jsonl``), never on the
LiveQA test questions. The defaults below are used when that file is absent.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import numpy as np

RANKER_FILE = Path(__file__).with_name("ranker.json")
FEATURES = ("qsim", "csim", "bm25", "focus", "qtype")


@dataclass(frozen=True)
class RankerConfig:
    #: Linear weights over FEATURES (cosines are in [-1, 1], bm25 is divided by the query's best).
    weights: dict[str, float] = field(
        default_factory=lambda: {"qsim": 1.0, "csim": 0.5, "bm25": 0.3, "focus": 0.0, "qtype": 0.0}
    )
    #: confidence = sigmoid(slope * (score - center) + margin_weight * (score - second score))
    slope: float = 12.0
    center: float = 1.0
    margin_weight: float = 0.0
    #: Below this confidence the answer is withheld (status no_match).
    threshold: float = 0.5
    candidates: int = 100
    #: Encode the question sentences of long messages too, and take the best match of any.
    segment: bool = True
    #: Messages shorter than this many words are encoded whole only.
    segment_min_words: int = 15
    #: "max": best of the message and each question sentence; "blend": one averaged vector.
    segment_mode: str = "blend"
    #: "spans": pool the question sentences from the one pass over the message (no extra
    #: encoder runs); "separate": encode each question sentence on its own.
    segment_pooling: str = "spans"
    #: Where these numbers came from (shown by `medmatch info` and the evaluation report).
    provenance: str = "built-in defaults"

    @classmethod
    def load(cls, path: Path | None = None) -> RankerConfig:
        path = path or RANKER_FILE
        if not path.is_file():
            return cls()
        data = json.loads(path.read_text())
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def save(self, path: Path | None = None) -> None:
        (path or RANKER_FILE).write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")


def linear_scores(features: np.ndarray, config: RankerConfig) -> np.ndarray:
    """Score each candidate row of ``features`` (columns in FEATURES order)."""
    weights = np.array([config.weights.get(name, 0.0) for name in FEATURES], dtype=np.float32)
    return features @ weights


def confidence(best: float, second: float, config: RankerConfig) -> float:
    z = config.slope * (best - config.center) + config.margin_weight * (best - second)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
