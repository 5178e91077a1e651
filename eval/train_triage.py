"""Train the emergency classifier (``safety/emergency_classifier.json``) on the labelled sets.

``python -m eval.train_triage [--dry-run]`` (``make train-triage``)

Examples: every message of ``eval/emergency_dev.jsonl`` and of the long-message sets the rules
were written against (emergencies and hard non-emergencies), plus every in-corpus dev message,
out-of-corpus dev message and graded dev message (``eval/dev_graded.jsonl``: long patient messages
with backstory, written as ordinary questions; 1,140 when the shipped model was trained) as
non-emergencies. The held-out
long-message sets are never read here, nor the Spanish sets (the encoder is English-only; the rules
cover Spanish). The graded messages joined on 2026-12-04: a model trained
with rounds 1-3 of them raised 2 false alarms on rounds 4-5 where the model without them raised
5, and caught the same held-out emergencies (docs/evaluation.md). Each message is encoded whole by the service's
question encoder (the int8 ONNX graph by default), as the service does before searching.

Model: L2-regularised logistic regression (``eval.calibration.fit_logistic``, C = 10) on the
384-number message vector. Threshold: by 5-fold cross-validation, among 0.50, 0.55, ... 0.95 at
which the classifier's own false alarms on the dev, out-of-corpus and graded messages stay <= 1% (a
patient asking an ordinary question must rarely get the emergency message instead of an answer),
the one with the best net benefit on what the rules let through: 5 per emergency caught, minus 1
per false alarm on the hard non-emergencies of the triage sets (a miss is the worse error). Messages under
``MIN_WORDS`` words are never given to the classifier (they are trained on, not scored). The figures printed
are cross-validated (each message scored by a model that never saw it). Then one model is fitted
on everything and written with its provenance, unless ``--dry-run``.

Kind: a softmax regression (scikit-learn, C = 100) over the categories of the emergencies names
the kind of a flagged message, so that the kind's own first-aid message is shown; it names one
only at the lowest probability threshold whose cross-validated kinds are right >= 98% of the time
on the long emergencies, else the message is the generic one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from indexer.encoder import DEFAULT_QUERY_PRECISION, PRECISIONS, Encoder, load_encoder
from indexer.language import detect_language
from indexer.request_classifier import RequestClassifier
from safety.classifier import CLASSIFIER_FILE, EmergencyClassifier, KindModel
from safety.triage import MESSAGE_CATEGORIES, first_rule

from . import data
from .calibration import fit_logistic
from .report import git_commit

C = 10.0
FOLDS = 5
#: The kind model (which emergency): softmax regression, and the CV precision its named kinds need.
KIND_C = 100.0
KIND_PRECISION = 0.98
#: The classifier is asked only about messages of at least this many words (``min_words``): the
#: short emergency set's messages have 2-16 words and the rules catch all of them with no false
#: alarm; the long-message sets, where the rules were weak, have 48-98 (emergency_mid: 26-36).
MIN_WORDS = 20
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
#: The kind's thresholds tried, lowest first: the classifier's, then finer near the top, where the later sets (more
#: kinds, some close to each other) first reach KIND_PRECISION (session 34: 0.95 named kinds right 97.5% of the time).
KIND_THRESHOLDS = (*THRESHOLDS, 0.96, 0.97, 0.98, 0.99)
#: The classifier's own false alarms allowed on ordinary patient messages (dev, out-of-corpus, graded).
MAX_ORDINARY_FALSE_ALARMS = 0.01
#: Among the thresholds within that limit: the one with the best cross-validated net benefit, a
#: missed emergency counted as this many false alarms (ties: lower).
MISS_COST = 5.0
#: How often the rules miss an emergency in a message they were not written against: each set's
#: first, blind measurement (docs/evaluation.md): emergency_long3 23/30, long4 24/30, mid 18/20,
#: short2 27/35, blind 14/20, blind2 30/50, blind3 17/25, blind4 22/35, short_blind 35/40,
#: blind6 17/25 caught, 83 of 310 missed.
#: On the training sets the rules catch nearly everything because they were written against
#: them, so "what the rules let through there" undervalues the classifier; each emergency it
#: catches is counted as this share of a catch instead. The held-out set is not in this figure.
RULE_MISS_RATE = 83 / 310


@dataclass(frozen=True, slots=True)
class Example:
    source: str  # the file it comes from
    uid: str
    text: str
    emergency: bool
    rule: bool  # whether the rules already catch it
    category: str | None = None


def load_examples() -> list[Example]:
    """The training messages (never the held-out sets, nor the sets in another language, nor a message in another
    language inside an English set: session 31's blind triage rounds have seven in Spanish)."""
    out: list[Example] = []
    labelled = [data.EMERGENCY_DEV] + [path for path, held_out in data.EMERGENCY_LONG_SETS
                                       if not held_out and path not in data.NOT_ENGLISH_SETS]
    for path in labelled:
        for line in data.repo_path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if detect_language(row["text"]) is not None:
                    continue  # the encoder is English-only (NOT_ENGLISH_SETS)
                caught = first_rule(row["text"]) is not None
                out.append(Example(path, row["id"], row["text"], bool(row["emergency"]), caught, row.get("category")))
    for q in data.load_dev_questions():
        out.append(Example(data.DEV_QUESTIONS, q.qid, q.question, False, first_rule(q.question) is not None))
    for o in data.load_out_of_corpus():
        out.append(Example(data.DEV_OUT_OF_CORPUS, o.qid, o.question, False, first_rule(o.question) is not None))
    for m in data.load_graded_messages():
        out.append(Example(data.GRADED_MESSAGES, m.qid, m.text, False, first_rule(m.text) is not None))
    return out


#: Where the ordinary patient messages (non-emergencies that are not look-alikes) come from.
ORDINARY_SOURCES = (data.DEV_QUESTIONS, data.DEV_OUT_OF_CORPUS, data.GRADED_MESSAGES)


def folds(examples: list[Example], k: int = FOLDS) -> np.ndarray:
    """A fold per example, stratified by label, fixed by a hash of its id (no random state)."""
    out = np.zeros(len(examples), dtype=np.int64)
    for label in (True, False):
        idx = [i for i, e in enumerate(examples) if e.emergency == label]
        idx.sort(key=lambda i: hashlib.sha1(f"{examples[i].source}:{examples[i].uid}".encode()).hexdigest())
        for rank, i in enumerate(idx):
            out[i] = rank % k
    return out


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression with scikit-learn's ``C`` (penalty 1/C on 0.5 |w|^2 per
    unit of summed log-loss; the same minimiser), by the project's numpy Newton fit."""
    coef, intercept = fit_logistic(x, y, l2=1.0 / c)
    return np.asarray(coef), intercept


def cross_validated(x: np.ndarray, y: np.ndarray, fold: np.ndarray, c: float = C) -> np.ndarray:
    """Each example's probability from a model fitted on the other folds."""
    p = np.zeros(len(y))
    for f in np.unique(fold):
        train = fold != f
        coef, intercept = fit(x[train], y[train], c)
        p[~train] = 1.0 / (1.0 + np.exp(-(x[~train] @ coef + intercept)))
    return p


def choose_threshold(p: np.ndarray, ordinary: np.ndarray, emergency: np.ndarray, rule: np.ndarray) -> float:
    """Among thresholds whose alarms on ordinary messages stay within the limit, the one with the
    best expected net benefit on new messages: MISS_COST per emergency the classifier catches
    times the chance that the rules would have missed it (RULE_MISS_RATE), minus one per false
    alarm of its own on the hard non-emergencies the rules let through (ties: the lower
    threshold)."""
    best, best_value = THRESHOLDS[-1], -np.inf
    for t in THRESHOLDS:
        alarm = p >= t
        if float((p[ordinary] >= t).mean()) > MAX_ORDINARY_FALSE_ALARMS:
            continue
        caught = float((alarm & emergency).sum())
        false_alarms = float((alarm & ~rule & ~emergency & ~ordinary).sum())
        value = MISS_COST * RULE_MISS_RATE * caught - false_alarms
        if value > best_value:
            best, best_value = t, value
    return best


def kind_examples(examples: list[Example]) -> np.ndarray:
    """Indices of the emergencies the kind model learns from: those labelled with a kind that has its own message
    (the later blind sets label some emergencies "other", which no message is written for)."""
    return np.array([i for i, e in enumerate(examples) if e.emergency and e.category in MESSAGE_CATEGORIES],
                    dtype=int)


def fit_kinds(x: np.ndarray, labels: np.ndarray) -> KindModel:
    """Softmax regression of the emergency kind (scikit-learn, installed with the torch extra)."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover
        raise SystemExit(f"training the kind model needs scikit-learn (pip install -e '.[torch]'): {exc}") from None
    model = LogisticRegression(C=KIND_C, max_iter=5000).fit(x, labels)
    return KindModel(tuple(str(c) for c in model.classes_), model.coef_, model.intercept_, 0.5)


def cross_validated_kinds(x: np.ndarray, labels: np.ndarray, fold: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each emergency's predicted kind and that prediction's probability, from the other folds."""
    kind = np.empty(len(labels), dtype=object)
    prob = np.zeros(len(labels))
    for f in np.unique(fold):
        train = fold != f
        model = fit_kinds(x[train], labels[train])
        for i in np.flatnonzero(~train):
            p = model.probabilities(x[i])
            kind[i], prob[i] = model.categories[int(p.argmax())], float(p.max())
    return kind, prob


def choose_kind_threshold(right: np.ndarray, prob: np.ndarray) -> float:
    """The lowest threshold at which the named kinds are right at least KIND_PRECISION of the time (the highest
    tried when none is; the provenance then says what precision it has)."""
    for t in KIND_THRESHOLDS:
        named = prob >= t
        if named.any() and float(right[named].mean()) >= KIND_PRECISION:
            return t
    return KIND_THRESHOLDS[-1]


def encode(encoder: Encoder, texts: list[str], batch: int = 32) -> np.ndarray:
    parts = [encoder.encode(texts[i : i + batch], batch_size=batch) for i in range(0, len(texts), batch)]
    return np.vstack(parts).astype(np.float64)


def report(examples: list[Example], p: np.ndarray, threshold: float) -> list[str]:
    """Per source: emergencies caught by the rules / the classifier / either; false alarms likewise."""
    lines = ["| set | emergencies: rules / classifier / either "
             "| non-emergencies: alarms by rules / classifier / either |",
             "|---|---|---|"]
    for source in dict.fromkeys(e.source for e in examples):
        idx = [i for i, e in enumerate(examples) if e.source == source]
        pos = [i for i in idx if examples[i].emergency]
        neg = [i for i in idx if not examples[i].emergency]

        def counts(rows: list[int]) -> str:
            if not rows:
                return "-"
            rule = sum(examples[i].rule for i in rows)
            clf = sum(bool(p[i] >= threshold) for i in rows)
            either = sum(examples[i].rule or bool(p[i] >= threshold) for i in rows)
            return f"{rule} / {clf} / {either} of {len(rows)}"

        lines.append(f"| {source} | {counts(pos)} | {counts(neg)} |")
    return lines


def training_args(description: str, out: Path, argv: list[str] | None) -> argparse.Namespace:
    """The options every classifier-training script takes."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--precision", choices=PRECISIONS, default=DEFAULT_QUERY_PRECISION,
                    help="the question encoder the service uses (default: %(default)s)")
    ap.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    ap.add_argument("--out", default=str(out))
    return ap.parse_args(argv)


def service_encoder(precision: str) -> Encoder:
    """The question encoder the service uses at this precision (the int8 ONNX graph by default)."""
    return load_encoder("onnx" if precision != "fp32" else "auto", threads=2, precision=precision)


def finish(model: EmergencyClassifier | RequestClassifier, cv: dict[str, Any], args: argparse.Namespace,
           started: float) -> int:
    """Print the cross-validated figures and write the model with them, unless ``--dry-run``."""
    print(f"cross-validated: {cv}  ({time.perf_counter() - started:.0f} s)")
    if not args.dry_run:
        model.save(args.out, extra={"cross_validated": cv})
        print(f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = training_args(__doc__.split("\n\n")[0], CLASSIFIER_FILE, argv)
    started = time.perf_counter()
    examples = load_examples()
    encoder = service_encoder(args.precision)
    x = encode(encoder, [e.text for e in examples])
    y = np.array([e.emergency for e in examples])
    fold = folds(examples)
    p = cross_validated(x, y, fold)
    # Short messages are never asked (the rules alone decide): score them 0.
    p[np.array([len(e.text.split()) < MIN_WORDS for e in examples])] = 0.0
    ordinary = np.array([e.source in ORDINARY_SOURCES for e in examples])
    threshold = choose_threshold(p, ordinary, y, np.array([e.rule for e in examples]))
    print(f"{len(examples)} messages ({int(y.sum())} emergencies), {FOLDS}-fold cross-validated, "
          f"threshold {threshold} (classifier alarms on ordinary messages <= {MAX_ORDINARY_FALSE_ALARMS:.0%}, "
          f"then the best net benefit with a miss counted as {MISS_COST:g} false alarms and the rules "
          f"missing {RULE_MISS_RATE:.0%} of new emergencies)")
    print("\n".join(report(examples, p, threshold)))
    # The kind: trained on every emergency whose kind is labelled (some sets label none, e.g.
    # eval/emergency_turn_blind.jsonl: with them in, training stopped on a None label), its threshold
    # by cross-validation on the long ones (the only messages the classifier is asked about).
    emergency = kind_examples(examples)
    labels = np.array([examples[i].category for i in emergency])
    kind, prob = cross_validated_kinds(x[emergency], labels, fold[emergency])
    long = np.array([len(examples[i].text.split()) >= MIN_WORDS for i in emergency])
    right = kind[long] == labels[long]
    kind_threshold = choose_kind_threshold(right, prob[long])
    named = prob[long] >= kind_threshold
    print(f"kind (cross-validated, {int(long.sum())} long emergencies): right {right.mean():.3f} of the time; "
          f"named at >= {kind_threshold}: {int(named.sum())} ({named.mean():.0%}), right {right[named].mean():.3f}")
    kinds = fit_kinds(x[emergency], labels)
    kinds = KindModel(kinds.categories, kinds.coef, kinds.intercept, kind_threshold)

    coef, intercept = fit(x, y, C)
    model = EmergencyClassifier(
        coef, intercept, threshold, encoder.name, encoder.base_fingerprint, min_words=MIN_WORDS, kinds=kinds,
        provenance=(f"eval/train_triage.py, {len(examples)} messages ({int(y.sum())} emergencies) from "
                    f"{data.EMERGENCY_DEV}, the non-held-out long-message sets, the dev, out-of-corpus and graded "
                    "messages; "
                    f"{encoder.backend} {args.precision} message vectors; C={C}; threshold by {FOLDS}-fold "
                    f"cross-validation; kind: softmax regression C={KIND_C} on the emergencies, named at "
                    f"probability >= {kind_threshold}, where the cross-validated kinds are right "
                    f"{right[named].mean():.1%} of the time (target {KIND_PRECISION:.0%}); commit {git_commit()}; "
                    "held-out set never read"),
    )
    cv = {
        "threshold": threshold,
        "miss_cost": MISS_COST,
        "emergencies_caught": int(((p >= threshold) & y).sum()),
        "emergencies": int(y.sum()),
        "ordinary_false_alarms": int(((p >= threshold) & ordinary).sum()),
        "ordinary_messages": int(ordinary.sum()),
        "hard_negative_false_alarms": int(((p >= threshold) & ~y & ~ordinary).sum()),
        "hard_negatives": int((~y & ~ordinary).sum()),
        "kind_threshold": kind_threshold,
        "kind_named": int(named.sum()),
        "kind_named_right": int(right[named].sum()),
        "kind_long_emergencies": int(long.sum()),
    }
    return finish(model, cv, args, started)


if __name__ == "__main__":
    raise SystemExit(main())
