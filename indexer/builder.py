"""Build an index artifact from records and publish it atomically.

Nothing here touches the live index until the new one is complete, reloaded from disk and has
answered a probe question; any failure before that leaves the previous CURRENT serving.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from corpus import QARecord

from . import artifacts, vectors
from .cache import EmbeddingCache
from .chunking import chunk_answers
from .combining import MedicineWords
from .drug_dictionary import DrugDictionary
from .encoder import BUILD_PRECISIONS, Encoder, load_encoder
from .errors import BuildError, EncoderError
from .focus import FOCUS_FILE, FocusIndex
from .lexical import ANALYZER_VERSION, LexicalIndex, analyze_document
from .medicines import MedicineNames
from .records_store import write_records
from .spelling import Speller, english_word_counts
from .textkeys import focus_key

LOG = logging.getLogger(__name__)
Progress = Callable[[str, int], Callable[[int], None]]


#: Bumped whenever the builder writes different files or vectors for the same inputs, so that
#: ``--if-changed`` rebuilds indexes made by an older builder.
#: 13: MedQuAD's reviewers by their publishers' names (corpus/loaders.py);
#: 12: MedQuAD's rare tag (a no_match suggests a rare condition only when the message names it);
#: 11: medicine words for questions about combining medicines (indexer/combining.py);
#: 10: medicine names from the drug dictionary too (indexer/drug_dictionary.py);
#: 9: medicine names (indexer/medicines.py), MedQuAD's medicine tag and more drug templates;
#: 8: record sources in the start-up metadata (the reranker); 7: no acronym spelling targets;
#: 6: spelling-correction files; 5: float16 vector storage; 4: HNSW above vectors.EXACT_LIMIT (was 250k)
BUILD_FORMAT = 13


@dataclass(frozen=True)
class BuildSettings:
    chunk_tokens: int = 254
    chunk_overlap: int = 48
    question_batch: int = 64
    chunk_batch: int = 16
    index_factory: str = "auto"
    keep_versions: int = 3


@dataclass(frozen=True)
class BuildResult:
    version: str
    path: Path
    seconds: float
    n_records: int
    n_retired: int
    n_question_vectors: int
    n_chunk_vectors: int
    embedded: int
    reused: int


def corpus_checksum(records: Sequence[QARecord]) -> str:
    digest = hashlib.sha256()
    for record in records:
        digest.update(json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def lexical_document(record: QARecord) -> str:
    synonyms = " ".join(record.extra.get("focus_synonyms", ())[:10]) if record.extra else ""
    return " ".join([record.question, *record.alt_questions, record.focus, synonyms, record.answer])


def _no_progress(_label: str, _total: int) -> Callable[[int], None]:
    return lambda _n: None


def write_artifact(
    folder: Path,
    records: Sequence[QARecord],
    encoder: Encoder,
    settings: BuildSettings,
    cache: EmbeddingCache,
    progress: Progress = _no_progress,
) -> dict[str, int]:
    """Embed and write every file of an artifact into ``folder`` (no manifest yet). Returns counts."""
    question_texts: list[str] = []
    question_rows: list[int] = []
    for row, record in enumerate(records):
        for text in dict.fromkeys((record.question, *record.alt_questions)):
            question_texts.append(text)
            question_rows.append(row)

    chunk_texts: list[str] = []
    chunk_table: list[tuple[int, int, int]] = []
    answered = [row for row, record in enumerate(records) if record.answer]
    # Chunk spans depend on the answer, the tokenizer (the cache is per model) and the settings.
    spans = cache.memo(f"spans-{settings.chunk_tokens}-{settings.chunk_overlap}").map(
        [records[row].answer for row in answered],
        lambda texts: chunk_answers(
            texts, encoder.splitter,  # type: ignore[attr-defined]
            max_tokens=settings.chunk_tokens, overlap=settings.chunk_overlap,
        ),
    )
    for row, record_spans in zip(answered, spans, strict=True):
        answer = records[row].answer
        for start, end in record_spans:
            chunk_texts.append(answer[start:end])
            chunk_table.append((row, start, end))

    def encoder_for(label: str, batch: int) -> Callable[[list[str]], np.ndarray]:
        def run(texts: list[str]) -> np.ndarray:
            tick = progress(label, len(texts))
            return encoder.encode(texts, batch_size=batch, progress=tick)

        return run

    # One vector per condition/drug name: "neighbouring conditions" for related questions.
    focus_names: dict[str, str] = {}
    for record in records:
        key = focus_key(record.focus)
        if key and key not in focus_names:
            focus_names[key] = record.focus
    if cache.has_missing([*question_texts, *focus_names.values(), *chunk_texts]):
        # An encoder that loads lazily (torch: ~4 s of imports) starts loading now, beside the
        # lexical index and the records written below.
        prefetch = getattr(encoder, "prefetch", None)
        if prefetch is not None:
            prefetch()
    np.save(folder / "question_rows.npy", np.asarray(question_rows, dtype=np.int32))
    (folder / "focus_names.json").write_text(json.dumps(list(focus_names), ensure_ascii=False))
    np.save(folder / "chunk_table.npy", np.asarray(chunk_table, dtype=np.int32).reshape(-1, 3))
    documents = [lexical_document(r) for r in records]
    tokens = cache.memo(f"bm25-tokens-{ANALYZER_VERSION}").map(documents,
                                                               lambda docs: [analyze_document(d) for d in docs])
    LexicalIndex.from_tokens(tokens).save(folder / "bm25")
    write_records(folder, records)
    (folder / FOCUS_FILE).write_text(json.dumps(FocusIndex.from_records(records).to_mapping(), ensure_ascii=False))
    Speller.from_records(records).save(folder)
    dictionary = DrugDictionary.bundled()  # ~2 s to read
    medicines = MedicineNames.from_records(records, dictionary)
    medicines.save(folder)
    MedicineWords(dictionary.medicine_words(english_word_counts())).save(folder)

    qvec = cache.embed(question_texts, encoder_for("questions", settings.question_batch))
    fvec = cache.embed(list(focus_names.values()), encoder_for("focus names", settings.question_batch))
    cvec = cache.embed(chunk_texts, encoder_for("answer chunks", settings.chunk_batch))
    vectors.write_index(vectors.build_index(qvec, settings.index_factory), folder / "questions.faiss")
    vectors.write_index(vectors.build_index(cvec, settings.index_factory), folder / "chunks.faiss")
    np.save(folder / "focus_vectors.npy", fvec.reshape(-1, encoder.dim))
    return {
        "records": len(records),
        "question_vectors": len(question_texts),
        "chunk_vectors": len(chunk_texts),
        "focus_vectors": len(focus_names),
        # records about one named medicine that the search checks against the message (indexer/medicines.py)
        "medicine_records": len(medicines),
    }


def _probe(folder: Path, encoder: Encoder, records: Sequence[QARecord]) -> None:
    """Reload the artifact from disk and check that a record's own question finds it."""
    from .search import Searcher

    # Checksums were computed a moment ago by write_manifest; sizes and counts are still checked.
    searcher = Searcher.load(folder, _probe_encoder(encoder), checksums=False)
    probe = records[0]
    result = searcher.search(probe.question, top_k=5)
    if probe.id not in {hit.record.id for hit in result.matches}:
        raise BuildError(f"probe failed: the question of {probe.id!r} did not find it in the new index")


def _probe_encoder(encoder: Encoder) -> Encoder:
    """The build's encoder, or (when every text came from the cache and torch was never loaded)
    the ONNX graph of the same weights, which loads in a fraction of a second."""
    if getattr(encoder, "loaded", True):
        return encoder
    try:
        onnx = load_encoder("onnx", getattr(encoder, "model_path", None), threads=1)
    except EncoderError:
        return encoder
    # The exported graph is of the bundled weights; another model folder probes with its own.
    return onnx if onnx.base_fingerprint == encoder.base_fingerprint else encoder


def build(
    records: Sequence[QARecord],
    root: Path,
    encoder: Encoder,
    settings: BuildSettings = BuildSettings(),
    *,
    cache_dir: Path | None = None,
    publish: bool = True,
    progress: Progress = _no_progress,
    sources: Sequence[str] = (),
    inputs_fingerprint: str = "",
) -> BuildResult:
    """Build a new version under ``root`` and (by default) publish it as CURRENT.

    Raises:
        BuildError: the build failed; the previous version is still CURRENT and untouched.
    """
    root = Path(root)
    started = time.perf_counter()
    active = [r for r in records if not r.retired]
    if not active:
        raise BuildError("no records to index (the corpus is empty or every record is retired)")
    if encoder.precision not in BUILD_PRECISIONS:
        raise BuildError(
            f"the {encoder.precision} encoder is for queries only; build indexes with {' or '.join(BUILD_PRECISIONS)}"
        )
    corpus_sha = corpus_checksum(records)
    version = artifacts.new_version(corpus_sha)
    cache = EmbeddingCache(cache_dir, encoder.fingerprint, encoder.dim)
    with artifacts.build_lock(root):
        staging = artifacts.staging_dir(root, version)
        try:
            counts = write_artifact(staging, active, encoder, settings, cache, progress)
            seconds = time.perf_counter() - started
            manifest = artifacts.Manifest(
                schema_version=artifacts.SCHEMA_VERSION,
                version=version,
                created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                model_name=encoder.name,
                # The weights, not the arithmetic: any precision of the same model may query it.
                model_fingerprint=encoder.base_fingerprint,
                dim=encoder.dim,
                normalize=True,
                metric="inner_product",
                corpus_sha256=corpus_sha,
                counts={**counts, "retired": len(records) - len(active)},
                settings={**asdict(settings), "build_format": BUILD_FORMAT, "index_type": {
                    "questions": vectors.choose_factory(counts["question_vectors"], settings.index_factory),
                    "chunks": vectors.choose_factory(counts["chunk_vectors"], settings.index_factory),
                }},
                files={},
                build={
                    "seconds": round(seconds, 2),
                    "embedded": cache.misses,
                    "reused": cache.hits,
                    "encoder_backend": encoder.backend,
                    "precision": encoder.precision,
                    "sources": list(sources),
                    "inputs_fingerprint": inputs_fingerprint,
                },
                software=_software_versions(),
            )
            artifacts.write_manifest(staging, manifest)
            _probe(staging, encoder, active)
            target = artifacts.promote(root, staging, version)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if publish:
            artifacts.publish(root, version)
        # The version is built (and live when published): tidying up after it must not report the build as
        # failed, nor say that the previous index is untouched (review of session 19: an unwritable cache
        # folder made the CLI say "build failed, previous index untouched" after CURRENT had moved).
        try:
            artifacts.prune(root, settings.keep_versions)
        except OSError as exc:
            LOG.warning("built %s, but could not remove old versions from %s: %s", version, root, exc)
        try:
            cache.save(keep=None)  # writes only what changed
        except OSError as exc:
            LOG.warning("built %s, but could not save the embedding cache in %s (the next build embeds everything "
                        "again): %s", version, cache_dir, exc)
    LOG.info("built %s in %.1fs (%d embedded, %d reused)", version, seconds, cache.misses, cache.hits)
    return BuildResult(
        version=version,
        path=target,
        seconds=time.perf_counter() - started,
        n_records=len(active),
        n_retired=len(records) - len(active),
        n_question_vectors=counts["question_vectors"],
        n_chunk_vectors=counts["chunk_vectors"],
        embedded=cache.misses,
        reused=cache.hits,
    )


def inputs_fingerprint(paths: Sequence[str | Path]) -> str:
    """A fingerprint of the inputs (every file's path and content), to skip rebuilds. Content, not size and
    modification time: an edit that keeps both (a copy that preserves times, a one-letter fix) was served stale
    (a review of session 19); hashing all of MedQuAD (60 MB) takes about a quarter of a second."""
    from corpus import CorpusError

    digest = hashlib.sha256()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CorpusError(str(path), "no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(f"{file.resolve()}\0{artifacts.sha256_file(file)}\n".encode())
    return digest.hexdigest()


def is_up_to_date(root: Path, fingerprint: str) -> bool:
    from .encoder import bundled_model_path, model_fingerprint
    from .errors import IndexerError

    try:
        manifest = artifacts.Manifest.read(artifacts.resolve_current(root))
        artifacts.verify_files(artifacts.resolve_current(root), manifest, checksums=False)
    except IndexerError:
        return False
    try:
        model_ok = manifest.model_fingerprint == model_fingerprint(bundled_model_path())
    except IndexerError:
        model_ok = True
    return (
        model_ok
        and manifest.settings.get("build_format") == BUILD_FORMAT
        and manifest.build.get("inputs_fingerprint") == fingerprint
    )


def _software_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for name in ("medmatch", "faiss-cpu", "onnxruntime", "bm25s", "numpy", "drug-named-entity-recognition"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out
