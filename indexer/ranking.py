"""Ranking settings and the pure scoring functions the Searcher uses.

Weights and the confidence calibration live in ``ranker.json`` next to this module; they are
chosen by ``eval/tune.py`` on the development set (``eval/dev_questions.jsonl``), never on the
LiveQA test questions. The defaults below are used when that file is absent.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

import numpy as np

RANKER_FILE = Path(__file__).with_name("ranker.json")
#: qsim, csim: best cosine of the message to the record's question (or phrasings) / answer chunks;
#: bm25: its BM25 score over the best; focus: a condition name of the record is in the message;
#: qtype: the record answers the kind of question asked; topic_csim, topic_bm25: the best csim /
#: bm25 among the candidates about the record's topic (its focus: condition, drug...), i.e. how
#: well the message matches what the corpus says about that condition as a whole.
FEATURES = ("qsim", "csim", "bm25", "focus", "qtype", "topic_csim", "topic_bm25")


@dataclass(frozen=True)
class RankerConfig:
    #: Linear weights over FEATURES (cosines are in [-1, 1], bm25 is divided by the query's best).
    weights: dict[str, float] = field(
        default_factory=lambda: {
            "qsim": 1.0, "csim": 0.5, "bm25": 0.3, "focus": 0.0, "qtype": 0.0, "topic_csim": 0.0, "topic_bm25": 0.0
        }
    )
    #: confidence = sigmoid(slope * (score - center) + margin_weight * (score - second score))
    slope: float = 12.0
    center: float = 1.0
    margin_weight: float = 0.0
    #: Isotonic recalibration of that sigmoid: knots [[sigmoid, probability], ...] with both
    #: coordinates increasing, interpolated linearly (clamped at the ends). Fitted by eval/tune.py
    #: on the dev set so that an answer given with confidence p is right about p of the time;
    #: empty = the sigmoid itself.
    calibration: tuple[tuple[float, float], ...] = ()
    #: Below this confidence the answer is withheld (status no_match).
    threshold: float = 0.5
    candidates: int = 100
    #: Recognise condition and drug names in the message (indexer/focus.py): their records join
    #: the candidates and set the ``focus`` feature. Off in ranker.json: with ``focus`` weighted 0
    #: it changed no dev-set result and cost ~0.3 ms per question (more for long messages).
    focus_pool: bool = True
    #: Subtracted from the score of a record about a named medicine (tag ``medicine``) when the
    #: message names none of that medicine's names (indexer/medicines.py): a leaflet about
    #: zolmitriptan is never the answer to a question about sertraline. 0 turns the check off.
    unnamed_medicine_penalty: float = 0.0
    #: Subtracted from the score of a record written for another age group than the person the message is
    #: about (a children's page for "my mum (80)", a page for older adults for "my 4 year old";
    #: indexer/audience.py). 0 turns the check off.
    audience_penalty: float = 0.0
    #: Subtracted from the score of a record whose answer only points elsewhere (a list of resources with no
    #: sentence of its own, corpus/pointers.py), unless its question asks for resources. 0 turns the check off.
    pointer_penalty: float = 0.0
    #: Subtracted from the score of a record about another numbered type than the message names ("Is type 1
    #: diabetes inherited?" for a question about type 2), or another variant (autosomal dominant or recessive, long
    #: or short QT, hyper- or hypo-; indexer/subtypes.py). 0 turns the check off.
    type_penalty: float = 0.0
    #: Subtracted from the score of a record about a rare condition (tagged ``rare``: MedQuAD's GARD and GHR pages)
    #: that the message does not name (indexer/search.py, ``Searcher.names_of``): a page on warfarin sensitivity for
    #: a question about bruising. 0 turns the check off.
    rare_penalty: float = 0.0
    #: Subtracted from the score of a record about a cancer (indexer/cancer.py) when the message speaks of no cancer
    #: nor of what may be one and does not name the record's condition: anal cancer's treatments for a question
    #: about an anal fissure. 0 turns the check off.
    cancer_penalty: float = 0.0
    #: Subtracted from the score of a record filed under a complication of diabetes (indexer/diabetes.py: "Diabetic
    #: Kidney Disease") when the message speaks of no diabetes and does not name the record's condition: the diabetic
    #: kidney pages for a mother whose kidneys work at 40 percent. 0 turns the check off.
    diabetes_penalty: float = 0.0
    #: When the best record is about a condition but answers another kind of question than the one asked
    #: (its causes for "how do I prevent it"), a record about the same condition that answers the kind asked
    #: comes first if it scores within this much of the best (indexer/query.py reads the kind asked).
    #: 0 turns the check off.
    section_margin: float = 0.0
    #: When the best record tells how its condition is diagnosed and the message says the diagnosis is already made
    #: (indexer/diagnosed.py), the best record about the same condition that answers another kind of question (the
    #: kind asked, if one does) comes first if it scores within this much of the best. 0 turns the check off.
    diagnosed_margin: float = 0.0
    #: When the message compares two conditions (indexer/comparison.py), a record about both comes first if it scores
    #: within this much of the best; otherwise the best record about the other condition comes second. The compared
    #: conditions' records join the candidates. 0 turns the check off.
    comparison_margin: float = 0.0
    #: A ``no_match`` shows the nearest reviewed questions as suggestions only where their score is at least this
    #: (:attr:`indexer.answer.Answer.suggestions`): "Is Dr. Lopez still working here?" is nearest to Still's
    #: disease and Von Hippel-Lindau disease, and such links frighten more than they help. ``matches`` keep the
    #: whole ranking. 0 shows them all.
    suggestion_floor: float = 0.0
    #: Encode the question sentences of long messages too, and take the best match of any. Off in
    #: ranker.json since 2026-12-03 (graded dev rounds 4-5, docs/evaluation.md).
    segment: bool = True
    #: Messages shorter than this many words are encoded whole only.
    segment_min_words: int = 15
    #: "max": best of the message and each question sentence; "blend": one averaged vector.
    segment_mode: str = "blend"
    #: "spans": pool the question sentences from the one pass over the message (no extra
    #: encoder runs); "separate": encode each question sentence on its own.
    segment_pooling: str = "spans"
    #: Write the medical name after each lay phrase of the searched text ("low thyroid
    #: (hypothyroidism)"; indexer/lay_terms.py), for the names the index has.
    lay_terms: bool = False
    #: Correct misspelled words against the corpus's words before searching (indexer/spelling.py).
    spelling: bool = True
    #: Reorder the best candidates with the learned reranker (indexer/rerank.py) when one is
    #: loaded and it knows the index's sources.
    rerank: bool = False
    #: Map the search vectors through the learned query adapter (indexer/query_adapter.py) when one
    #: is loaded and it knows the encoder and the index's sources.
    adapt: bool = False
    #: Where these numbers came from (shown by `medmatch info` and the evaluation report).
    provenance: str = "built-in defaults"

    @classmethod
    def load(cls, path: Path | None = None) -> RankerConfig:
        path = path or RANKER_FILE
        if not path.is_file():
            return cls()
        data = json.loads(path.read_text())
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "calibration" in values:
            values["calibration"] = tuple((float(x), float(y)) for x, y in values["calibration"])
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        (path or RANKER_FILE).write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")


def linear_scores(features: np.ndarray, config: RankerConfig) -> np.ndarray:
    """Score each candidate row of ``features`` (columns in FEATURES order)."""
    weights = np.array([config.weights.get(name, 0.0) for name in FEATURES], dtype=np.float32)
    return features @ weights


def confidence(best: float, second: float, config: RankerConfig) -> float:
    z = config.slope * (best - config.center) + config.margin_weight * (best - second)
    p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
    if config.calibration:
        xs, ys = _knots(config.calibration)
        p = float(np.interp(p, xs, ys))
    return p


@lru_cache(maxsize=16)
def _knots(calibration: tuple[tuple[float, float], ...]) -> tuple[np.ndarray, np.ndarray]:
    """The calibration knots as two arrays (unpacked once per configuration, not per question)."""
    xs, ys = zip(*calibration, strict=True)
    return np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)


def isotonic_knots(scores: list[float], correct: list[bool]) -> tuple[tuple[float, float], ...]:
    """Pool-adjacent-violators fit of correctness on ``scores``: one knot per pooled block
    (its mean score, its smoothed accuracy), both increasing. Used as ``RankerConfig.calibration``."""
    if not scores:
        return ()
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    blocks: list[list[float]] = []  # [sum correct, count, sum score]
    for i in order:
        blocks.append([float(correct[i]), 1.0, float(scores[i])])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            top = blocks.pop()
            blocks[-1] = [blocks[-1][0] + top[0], blocks[-1][1] + top[1], blocks[-1][2] + top[2]]
    # Each block's accuracy with add-one smoothing ((right + 1) / (n + 2)): a small block that
    # was always right (or always wrong) says 0.95, not a certainty that 20 answers cannot show.
    knots, floor = [], 0.0
    for right, n, total in blocks:
        floor = max(floor, (right + 1.0) / (n + 2.0))  # smoothing must not undo the monotone fit
        knots.append([round(total / n, 4), round(floor, 4)])
    # Rounding may tie two neighbouring scores; keep the x coordinates strictly increasing.
    out: list[list[float]] = []
    for x, y in knots:
        if out and x <= out[-1][0]:
            out[-1][1] = max(out[-1][1], y)
            continue
        out.append([x, y])
    return tuple((x, y) for x, y in out)
