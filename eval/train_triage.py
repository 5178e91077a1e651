"""Train the emergency classifier (``safety/emergency_classifier.json``) on the labelled sets.

``python -m eval.train_triage [--dry-run]`` (``make train-triage``)

Examples: every message of ``eval/emergency_dev.jsonl`` and of the long-message sets the rules
were written against (emergencies and hard non-emergencies), plus every in-corpus dev message
and out-of-corpus dev message (patients' ordinary questions: non-emergencies). The held-out
long-message set is never read here. Each message is encoded whole by the service's question
encoder (the int8 ONNX graph by default), as the service does before searching.

Model: L2-regularised logistic regression (``safety.classifier.fit_logistic``, C = 10) on the
384-number message vector. Threshold: by 5-fold cross-validation, the lowest of 0.50, 0.55, ...
0.95 at which the classifier's own false alarms on the dev and out-of-corpus messages stay
<= 1% (a patient asking an ordinary question must rarely get the emergency message instead of
an answer); the rules' own alarms are not counted, they do not depend on it. Messages under
``MIN_WORDS`` words are never given to the classifier (they are trained on, not scored). The figures printed
are cross-validated (each message scored by a model that never saw it). Then one model is fitted
on everything and written with its provenance, unless ``--dry-run``.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import numpy as np  # noqa: E402

from indexer.encoder import DEFAULT_QUERY_PRECISION, PRECISIONS, Encoder, load_encoder  # noqa: E402
from safety.classifier import CLASSIFIER_FILE, EmergencyClassifier, fit_logistic  # noqa: E402
from safety.triage import first_rule  # noqa: E402

from . import data  # noqa: E402
from .report import git_commit  # noqa: E402

C = 10.0
FOLDS = 5
#: The classifier is asked only about messages of at least this many words (``min_words``): the
#: short emergency set's messages have 2-16 words and the rules catch all of them with no false
#: alarm; the long-message sets, where the rules were weak, have 48-98.
MIN_WORDS = 20
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
#: The classifier's own false alarms allowed on ordinary patient messages (dev + out-of-corpus).
MAX_ORDINARY_FALSE_ALARMS = 0.01


@dataclass(frozen=True, slots=True)
class Example:
    source: str  # the file it comes from
    uid: str
    text: str
    emergency: bool
    rule: bool  # whether the rules already catch it


def load_examples() -> list[Example]:
    """The training messages (never the held-out set)."""
    out: list[Example] = []
    labelled = [data.EMERGENCY_DEV] + [path for path, held_out in data.EMERGENCY_LONG_SETS if not held_out]
    for path in labelled:
        for line in data.repo_path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                caught = first_rule(row["text"]) is not None
                out.append(Example(path, row["id"], row["text"], bool(row["emergency"]), caught))
    for q in data.load_dev_questions():
        out.append(Example(data.DEV_QUESTIONS, q.qid, q.question, False, first_rule(q.question) is not None))
    for o in data.load_out_of_corpus():
        out.append(Example(data.DEV_OUT_OF_CORPUS, o.qid, o.question, False, first_rule(o.question) is not None))
    return out


def folds(examples: list[Example], k: int = FOLDS) -> np.ndarray:
    """A fold per example, stratified by label, fixed by a hash of its id (no random state)."""
    out = np.zeros(len(examples), dtype=np.int64)
    for label in (True, False):
        idx = [i for i, e in enumerate(examples) if e.emergency == label]
        idx.sort(key=lambda i: hashlib.sha1(f"{examples[i].source}:{examples[i].uid}".encode()).hexdigest())
        for rank, i in enumerate(idx):
            out[i] = rank % k
    return out


def cross_validated(x: np.ndarray, y: np.ndarray, fold: np.ndarray, c: float = C) -> np.ndarray:
    """Each example's probability from a model fitted on the other folds."""
    p = np.zeros(len(y))
    for f in np.unique(fold):
        train = fold != f
        coef, intercept = fit_logistic(x[train], y[train], c)
        p[~train] = 1.0 / (1.0 + np.exp(-(x[~train] @ coef + intercept)))
    return p


def choose_threshold(p: np.ndarray, ordinary: np.ndarray) -> float:
    """The lowest threshold whose false alarms on ordinary messages stay within the limit."""
    for t in THRESHOLDS:
        if float((p[ordinary] >= t).mean()) <= MAX_ORDINARY_FALSE_ALARMS:
            return t
    return THRESHOLDS[-1]


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--precision", choices=PRECISIONS, default=DEFAULT_QUERY_PRECISION,
                    help="the question encoder the service uses (default: %(default)s)")
    ap.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    ap.add_argument("--out", default=str(CLASSIFIER_FILE))
    args = ap.parse_args(argv)

    started = time.perf_counter()
    examples = load_examples()
    backend = "onnx" if args.precision != "fp32" else "auto"
    encoder = load_encoder(backend, threads=2, precision=args.precision)
    x = encode(encoder, [e.text for e in examples])
    y = np.array([e.emergency for e in examples])
    fold = folds(examples)
    p = cross_validated(x, y, fold)
    # Short messages are never asked (the rules alone decide): score them 0.
    p[np.array([len(e.text.split()) < MIN_WORDS for e in examples])] = 0.0
    ordinary = np.array([e.source in (data.DEV_QUESTIONS, data.DEV_OUT_OF_CORPUS) for e in examples])
    threshold = choose_threshold(p, ordinary)
    print(f"{len(examples)} messages ({int(y.sum())} emergencies), {FOLDS}-fold cross-validated, "
          f"threshold {threshold} (classifier alarms on ordinary messages <= {MAX_ORDINARY_FALSE_ALARMS:.0%})")
    print("\n".join(report(examples, p, threshold)))
    coef, intercept = fit_logistic(x, y, C)
    model = EmergencyClassifier(
        coef, intercept, threshold, encoder.name, encoder.base_fingerprint, min_words=MIN_WORDS,
        provenance=(f"eval/train_triage.py, {len(examples)} messages ({int(y.sum())} emergencies) from "
                    f"{data.EMERGENCY_DEV}, the non-held-out long-message sets, the dev and out-of-corpus messages; "
                    f"{encoder.backend} {args.precision} message vectors; C={C}; threshold by {FOLDS}-fold "
                    f"cross-validation; commit {git_commit()}; held-out set never read"),
    )
    cv = {
        "threshold": threshold,
        "emergencies_caught": int(((p >= threshold) & y).sum()),
        "emergencies": int(y.sum()),
        "ordinary_false_alarms": int(((p >= threshold) & ordinary).sum()),
        "ordinary_messages": int(ordinary.sum()),
        "hard_negative_false_alarms": int(((p >= threshold) & ~y & ~ordinary).sum()),
        "hard_negatives": int((~y & ~ordinary).sum()),
    }
    print(f"cross-validated: {cv}  ({time.perf_counter() - started:.0f} s)")
    if not args.dry_run:
        model.save(args.out, extra={"cross_validated": cv})
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
