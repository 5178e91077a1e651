"""Train the clinic-request classifier (``indexer/request_classifier.json``) on the labelled sets.

``python -m eval.train_requests [--dry-run]`` (``make train-requests``)

Not health questions (positives): the out-of-corpus dev set, the out-of-corpus messages of
``eval/emergency_blind.jsonl``, the messages of ``eval/dev_clinic_blind.jsonl`` that should get
no article and the non-emergencies of the other triage sets labelled ``not_health``. Health
questions (negatives): the dev and graded messages, the information questions and alarming
non-emergencies of ``eval/emergency_blind.jsonl``, the clinic set's health look-alikes and the
triage sets' non-emergencies labelled ``health`` (``eval/triage_scope_labels.jsonl``: a blind
labeller's reading of 688 messages; the held-out triage set is not among them), and a sixth of the
dev and graded messages again with a name, phone number or email appended (``SIGN_OFFS``).
Messages of the clinic set's ``HELD_OUT`` splits are never read.

Model: L2-regularised logistic regression (C = 10, as the emergency classifier) on the whole-message
vector of the service's question encoder. Folds: each blind clinic writer is one fold (a model is
always scored on a writer it never saw), every other message goes to a fold by a hash of its id.
Threshold: the lowest of 0.50, 0.55 ... 0.95 at which the cross-validated refusals of health
questions stay <= 0.1% (a refused health question loses its answer; a missed request gets the
confidence threshold's chance to abstain). Then one model is fitted on everything and written
with its provenance, unless ``--dry-run``.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import numpy as np

from indexer.request_classifier import REQUEST_CLASSIFIER_FILE, RequestClassifier

from . import data
from .report import git_commit
from .train_triage import THRESHOLDS, C, cross_validated, encode, finish, fit, service_encoder, training_args

#: The share of health questions the classifier may refuse, cross-validated.
MAX_HEALTH_REFUSALS = 0.001
HASH_FOLDS = 4
#: The clinic set's splits that only measure the classifier (writers G-J; L and M's health look-alikes;
#: E and F, who measured the first model as ``held-out-round-1``, have been training data since).
HELD_OUT = ("held-out-round-2", "held-out-cost", "held-out-guard")
SCOPE_LABELS = "eval/triage_scope_labels.jsonl"


@dataclass(frozen=True, slots=True)
class Example:
    source: str
    uid: str
    text: str
    not_health: bool
    writer: str = ""  # the blind clinic writer, for the folds
    copy_of: str = ""  # a signed copy's original ("source:uid"): it shares the original's fold


#: Patients sign off with a name, a phone number or an email; a health question does not become
#: clinic business by it (a first model refused "... is it tinnitus? You can reach me at 555-..."). A
#: sixth of the dev and graded messages are also trained on with one of these appended (written
#: here; the numbers and addresses are reserved for fiction).
SIGN_OFFS = (
    "You can reach me at 555-0142.",
    "my number is 07700 900318 if that helps",
    "Thanks, Maria (maria.lopez@example.org)",
    "email: d.okafor@example.com",
    "- Sam, 0491 570 156",
    "Please reply to kim.nguyen@example.net, thank you!",
    "call or text 555-0199 anytime",
    "Regards, Peter Walsh, tel 01632 960447",
)
SIGNED_SHARE = 6


def _digest(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def signed_copies(examples: list[Example]) -> list[Example]:
    """Every SIGNED_SHARE-th dev or graded message (by a hash of its id) with a sign-off appended."""
    out = []
    for e in examples:
        if e.source in (data.DEV_QUESTIONS, data.GRADED_MESSAGES) and _digest(e.uid) % SIGNED_SHARE == 0:
            sign_off = SIGN_OFFS[_digest(e.uid + "/sign-off") % len(SIGN_OFFS)]
            out.append(Example(f"{e.source}, signed copies", f"{e.uid}+signed", f"{e.text}\n{sign_off}", False,
                               copy_of=f"{e.source}:{e.uid}"))
    return out


def load_examples() -> list[Example]:
    """The training messages (never the clinic set's held-out split)."""
    out = [Example(data.DEV_OUT_OF_CORPUS, o.qid, o.question, True) for o in data.load_out_of_corpus()]
    for row in data.jsonl_rows("eval/emergency_blind.jsonl"):
        if row.get("kind") in ("out_of_corpus", "in_corpus", "non_emergency_scary"):
            out.append(Example("eval/emergency_blind.jsonl", row["id"], row["text"], row["kind"] == "out_of_corpus"))
    out += [Example(data.CLINIC_BLIND, m.qid, m.text, not m.should_answer, m.writer)
            for m in data.load_clinic_messages() if m.split not in HELD_OUT]
    # The other triage sets' non-emergencies, labelled health / not health by a blind labeller
    # (eval/triage_scope_labels.jsonl; "mixed" ones are left out): short, casual health questions.
    texts = {(path, row["id"]): row["text"] for path in {lab["file"] for lab in data.jsonl_rows(SCOPE_LABELS)}
             for row in data.jsonl_rows(path)}
    out += [Example(lab["file"], lab["id"], texts[(lab["file"], lab["id"])], lab["label"] == "not_health")
            for lab in data.jsonl_rows(SCOPE_LABELS) if lab["label"] in ("health", "not_health")]
    out += [Example(data.DEV_QUESTIONS, q.qid, q.question, False) for q in data.load_dev_questions()]
    out += [Example(data.GRADED_MESSAGES, m.qid, m.text, False) for m in data.load_graded_messages()]
    return out + signed_copies(out)


def folds(examples: list[Example]) -> np.ndarray:
    writers = sorted({e.writer for e in examples if e.writer})
    out = np.zeros(len(examples), dtype=np.int64)
    for i, e in enumerate(examples):
        if e.writer:
            out[i] = writers.index(e.writer)
        else:
            out[i] = _digest(e.copy_of or f"{e.source}:{e.uid}") % HASH_FOLDS
    return out


def choose_threshold(p: np.ndarray, health: np.ndarray) -> float:
    for t in THRESHOLDS:
        if ((p >= t) & health).sum() <= MAX_HEALTH_REFUSALS * health.sum():
            return t
    return THRESHOLDS[-1]


def report(examples: list[Example], p: np.ndarray, threshold: float) -> list[str]:
    lines = ["| set | not health questions flagged | health questions flagged |", "|---|---|---|"]
    for source in dict.fromkeys(e.source for e in examples):
        idx = [i for i, e in enumerate(examples) if e.source == source]
        cells = []
        for label in (True, False):
            rows = [i for i in idx if examples[i].not_health == label]
            cells.append(f"{sum(bool(p[i] >= threshold) for i in rows)} of {len(rows)}" if rows else "-")
        lines.append(f"| {source} | {cells[0]} | {cells[1]} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = training_args(__doc__.split("\n\n")[0], REQUEST_CLASSIFIER_FILE, argv)
    started = time.perf_counter()
    examples = load_examples()
    encoder = service_encoder(args.precision)
    x = encode(encoder, [e.text for e in examples])
    y = np.array([e.not_health for e in examples])
    p = cross_validated(x, y, folds(examples), C)
    threshold = choose_threshold(p, ~y)
    print(f"{len(examples)} messages ({int(y.sum())} not health questions), cross-validated (one fold per blind "
          f"writer, {HASH_FOLDS} hashed folds for the rest); threshold {threshold} (health questions refused "
          f"<= {MAX_HEALTH_REFUSALS:.1%})")
    print("\n".join(report(examples, p, threshold)))
    cv = {
        "threshold": threshold,
        "not_health_flagged": int(((p >= threshold) & y).sum()),
        "not_health": int(y.sum()),
        "health_flagged": int(((p >= threshold) & ~y).sum()),
        "health": int((~y).sum()),
    }
    coef, intercept = fit(x, y, C)
    model = RequestClassifier(
        coef, intercept, threshold, encoder.name, encoder.base_fingerprint,
        provenance=(f"eval/train_requests.py, {len(examples)} messages ({int(y.sum())} not health questions) from "
                    f"{data.DEV_OUT_OF_CORPUS}, eval/emergency_blind.jsonl, {data.CLINIC_BLIND} (not its "
                    f"{', '.join(HELD_OUT)} splits), the triage sets' non-emergencies labelled in {SCOPE_LABELS}, "
                    f"{data.DEV_QUESTIONS} and {data.GRADED_MESSAGES}; {encoder.backend} "
                    f"{args.precision} message vectors; C={C}; threshold by cross-validation; commit {git_commit()}"),
    )
    return finish(model, cv, args, started)


if __name__ == "__main__":
    raise SystemExit(main())
