"""The two evaluation indexes, built with the project's own indexer and reused when up to date.

* ``var/index/eval``: MedQuAD + the judged-answers CSV, combined with ``corpus.load_corpus``.
  ``var/index/full`` is reused instead when its manifest names the same inputs fingerprint.
* ``var/index/eval-distractors``: the same plus ~29.5k answerless MedQuAD questions (indexed by
  question only; an answerless record returned counts as Incorrect).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import LoadReport, QARecord, combine, load_corpus, load_medquad
from indexer import BuildSettings, build
from indexer.builder import inputs_fingerprint, is_up_to_date
from indexer.encoder import Encoder

from .data import CORPUS_INPUTS, MEDQUAD, fold, repo_path

LOG = logging.getLogger(__name__)
EVAL_ROOT = "var/index/eval"
SHARED_ROOT = "var/index/full"
DISTRACTOR_ROOT = "var/index/eval-distractors"
CACHE_DIR = "var/cache/embeddings"
#: Bump when the way distractors are chosen changes (forces a rebuild of that index).
DISTRACTOR_RECIPE = "answerless-medquad-v1"


@dataclass(frozen=True)
class IndexInfo:
    name: str
    root: Path
    fingerprint: str
    built: bool  # built by this run (False: reused)
    seconds: float
    records: int | None = None


def input_paths() -> list[Path]:
    return [repo_path(p) for p in CORPUS_INPUTS]


def corpus_fingerprint() -> str:
    return inputs_fingerprint(input_paths())


def distractor_fingerprint(base: str) -> str:
    return hashlib.sha256(f"{DISTRACTOR_RECIPE}\0{base}".encode()).hexdigest()


def load_eval_corpus(report: LoadReport | None = None) -> list[QARecord]:
    """MedQuAD + judged CSV exactly as ``medmatch build`` combines them."""
    return load_corpus(input_paths(), report if report is not None else LoadReport())


def distractor_records(corpus: list[QARecord]) -> list[QARecord]:
    """MedQuAD's answerless questions, minus those whose answer the corpus already has.

    The judged CSV supplies answers for some QA pairs that MedQuAD ships without one (ADAM,
    drugs, herbs); such a pair is the same question at the same url, so it is not a distractor.
    """
    answered = {(fold(r.question), fold(r.url)) for r in corpus}
    out = []
    for record in load_medquad(repo_path(MEDQUAD), LoadReport(), include_answerless=True):
        if record.answerless and (fold(record.question), fold(record.url)) not in answered:
            out.append(record)
    return out


def _build(
    name: str,
    root: Path,
    fingerprint: str,
    records: Callable[[], list[QARecord]],
    encoder: Encoder,
    log: Callable[[str], None],
) -> IndexInfo:
    if is_up_to_date(root, fingerprint):
        return IndexInfo(name, root, fingerprint, False, 0.0)
    started = time.perf_counter()
    recs = records()
    log(f"building {name} index at {root} from {len(recs)} records (takes minutes; reused next time)")
    build(
        recs, root, encoder, BuildSettings(), cache_dir=repo_path(CACHE_DIR),
        sources=[str(p) for p in CORPUS_INPUTS], inputs_fingerprint=fingerprint,
    )
    return IndexInfo(name, root, fingerprint, True, time.perf_counter() - started, len(recs))


def ensure_eval_index(encoder: Encoder, log: Callable[[str], None] = print,
                      corpus: Callable[[], list[QARecord]] | None = None) -> IndexInfo:
    """The MedQuAD+CSV index: reuse ``var/index/full`` or ``var/index/eval`` if up to date."""
    fingerprint = corpus_fingerprint()
    shared = repo_path(SHARED_ROOT)
    if is_up_to_date(shared, fingerprint):
        return IndexInfo("eval", shared, fingerprint, False, 0.0)
    return _build("eval", repo_path(EVAL_ROOT), fingerprint, corpus or load_eval_corpus, encoder, log)


def ensure_distractor_index(encoder: Encoder, corpus: Callable[[], list[QARecord]],
                            log: Callable[[str], None] = print) -> IndexInfo:
    """The index with answerless distractors added after the corpus (ids kept apart by combine)."""
    fingerprint = distractor_fingerprint(corpus_fingerprint())

    def records() -> list[QARecord]:
        base = corpus()
        return combine([*base, *distractor_records(base)], LoadReport())

    return _build("eval-distractors", repo_path(DISTRACTOR_ROOT), fingerprint, records, encoder, log)
