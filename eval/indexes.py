"""The two evaluation indexes, built with the project's own indexer and reused when up to date.

* ``var/index/eval``: MedQuAD + the judged-answers CSV, combined with ``corpus.load_corpus``.
  ``var/index/full`` is reused instead when its manifest names the same inputs fingerprint.
* ``var/index/eval-distractors``: the same plus ~29.5k answerless MedQuAD questions (indexed by
  question only; an answerless record returned counts as Incorrect).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus import LoadReport, QARecord, combine, load_corpus, load_medquad
from indexer import BuildSettings, build
from indexer.builder import inputs_fingerprint, is_up_to_date
from indexer.encoder import Encoder, load_build_encoder, load_encoder
from indexer.errors import IndexerError
from indexer.search import Searcher

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


def query_encoder(encoder: Encoder, precision: str) -> Encoder:
    """The encoder the service would use for questions: ``encoder`` itself for fp32, else the
    ONNX graph of that precision."""
    return encoder if precision == encoder.precision else load_encoder("onnx", threads=2, precision=precision)


def load_eval_corpus(report: LoadReport | None = None) -> list[QARecord]:
    """MedQuAD + judged CSV exactly as ``medmatch build`` combines them."""
    return load_corpus(input_paths(), report if report is not None else LoadReport())


def load_medquad_raw() -> list[QARecord]:
    """Every MedQuAD QA pair as the loader yields it, answered and answerless (ids unchanged)."""
    return list(load_medquad(repo_path(MEDQUAD), LoadReport(), include_answerless=True))


def distractor_records(corpus: list[QARecord], medquad: list[QARecord]) -> list[QARecord]:
    """MedQuAD's answerless questions, minus those whose answer the corpus already has.

    The judged CSV supplies answers for some QA pairs that MedQuAD ships without one (ADAM,
    drugs, herbs); such a pair is the same question at the same url, so it is not a distractor.
    """
    answered = {(fold(r.question), fold(r.url)) for r in corpus}
    out = []
    for record in medquad:
        if record.answerless and (fold(record.question), fold(record.url)) not in answered:
            out.append(record)
    return out


def _reuse(root: Path, fingerprint: str, encoder: Encoder, log: Callable[[str], None]) -> Searcher | None:
    """The Searcher of ``root`` if it was built from these inputs AND the current code can load it.

    ``is_up_to_date`` only compares inputs and model; an artifact written by an older builder
    (a file the Searcher now needs is missing) is rebuilt instead of failing the run.
    """
    if not is_up_to_date(root, fingerprint):
        return None
    try:
        return Searcher.load(root, encoder)
    except IndexerError as exc:
        log(f"{root} is up to date with the inputs but the current code cannot load it ({exc})")
        return None


def _build(
    name: str,
    root: Path,
    fingerprint: str,
    records: Callable[[], list[QARecord]],
    encoder: Encoder,
    log: Callable[[str], None],
) -> tuple[IndexInfo, Searcher]:
    searcher = _reuse(root, fingerprint, encoder, log)
    if searcher is not None:
        return IndexInfo(name, root, fingerprint, False, 0.0), searcher
    started = time.perf_counter()
    recs = records()
    builder = _build_encoder()
    log(f"building {name} index at {root} from {len(recs)} records with {builder.backend} {builder.precision} "
        "(takes minutes; reused next time)")
    build(
        recs, root, builder, BuildSettings(), cache_dir=repo_path(CACHE_DIR),
        sources=[str(p) for p in CORPUS_INPUTS], inputs_fingerprint=fingerprint,
    )
    info = IndexInfo(name, root, fingerprint, True, time.perf_counter() - started, len(recs))
    return info, Searcher.load(root, encoder)


@functools.cache
def _build_encoder() -> Encoder:
    """What ``medmatch build`` would embed the corpus with on this machine (bf16 on AMX CPUs)."""
    return load_build_encoder("auto", threads=2)


def ensure_eval_index(encoder: Encoder, log: Callable[[str], None] = print,
                      corpus: Callable[[], list[QARecord]] | None = None) -> tuple[IndexInfo, Searcher]:
    """The MedQuAD+CSV index and its Searcher: ``var/index/full`` or ``var/index/eval`` when
    up to date and loadable, else ``var/index/eval`` is (re)built."""
    fingerprint = corpus_fingerprint()
    shared = repo_path(SHARED_ROOT)
    searcher = _reuse(shared, fingerprint, encoder, log)
    if searcher is not None:
        return IndexInfo("eval", shared, fingerprint, False, 0.0), searcher
    return _build("eval", repo_path(EVAL_ROOT), fingerprint, corpus or load_eval_corpus, encoder, log)


def ensure_distractor_index(encoder: Encoder, corpus: Callable[[], list[QARecord]], medquad: list[QARecord],
                            log: Callable[[str], None] = print) -> tuple[IndexInfo, Searcher]:
    """The index with answerless distractors added after the corpus (ids kept apart by combine)."""
    fingerprint = distractor_fingerprint(corpus_fingerprint())

    def records() -> list[QARecord]:
        base = corpus()
        return combine([*base, *distractor_records(base, medquad)], LoadReport())

    return _build("eval-distractors", repo_path(DISTRACTOR_ROOT), fingerprint, records, encoder, log)


def describe(info: IndexInfo, dist: IndexInfo | None, n_distractors: int, searcher: Any, shipped: Any,
             judgments: Any, questions: Sequence[Any], seconds: float, commit: str) -> dict[str, Any]:
    """The settings block of the report: data, indexes, ranker, machine, and ``commit``, the tree's when
    the run started (and HEAD's at the end when it moved meanwhile)."""
    from .report import git_commit, machine

    now = git_commit()

    ranker = shipped.ranker if shipped is not None and shipped.ranker is not None else searcher.ranker
    manifest = searcher.manifest
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": commit if now == commit else f"{commit} at the start (HEAD {now} at the end)",
        "machine": machine(),
        "seconds": round(seconds, 1),
        "corpus inputs": list(CORPUS_INPUTS),
        "index": f"{info.root.relative_to(repo_path('.')) if info.root.is_relative_to(repo_path('.')) else info.root}"
                 f" version {manifest.version} ({'built now' if info.built else 'reused'})",
        "records": len(searcher.records),
        "distractor index": (f"{DISTRACTOR_ROOT} ({'built now' if dist.built else 'reused'}), "
                             f"{n_distractors} answerless questions added") if dist else "skipped",
        "encoder": f"{searcher.encoder.name} (index built by {manifest.build.get('encoder_backend', '?')} "
                   f"{manifest.build.get('precision', 'fp32')}; questions {searcher.encoder.backend} "
                   f"{searcher.encoder.precision})",
        "ranker": {"weights": ranker.weights, "slope": ranker.slope, "center": ranker.center,
                   "margin_weight": ranker.margin_weight, "threshold": ranker.threshold,
                   "candidates": ranker.candidates, "provenance": ranker.provenance},
        "questions": len(questions),
        "judged answers content-matched": f"{judgments.matched_answers} of {judgments.total_answers}",
        "double-judged pairs": judgments.double_judged,
        "questions with a judged answer": len(judgments.high),
        "questions with a relevant (>=2) judged answer": sum(
            1 for per in judgments.high.values() if any(g >= 2 for g in per.values())),
    }
