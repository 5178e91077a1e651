"""Index build, manifest, atomic publish, corrupt/mismatched artifacts, caching, search."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from corpus import QARecord
from indexer import ArtifactError, BuildError, EncoderMismatch, Searcher, artifacts
from indexer.builder import BuildSettings, build


def test_manifest_describes_the_build(index_root: Path, tiny_records: list[QARecord]) -> None:
    folder = artifacts.resolve_current(index_root)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["schema_version"] == 1
    assert manifest["model_name"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["dim"] == 384
    assert manifest["counts"]["records"] == len(tiny_records)
    assert manifest["counts"]["question_vectors"] == sum(1 + len(r.alt_questions) for r in tiny_records)
    assert manifest["counts"]["chunk_vectors"] >= len(tiny_records)
    assert len(manifest["corpus_sha256"]) == 64
    assert {"records.jsonl", "questions.faiss", "chunks.faiss"} <= set(manifest["files"])
    assert manifest["settings"]["chunk_tokens"] == 254


def test_own_question_finds_its_record(searcher: Searcher, tiny_records: list[QARecord]) -> None:
    for record in tiny_records:
        result = searcher.search(record.question, top_k=3)
        assert result.matches[0].record.id == record.id


def test_faiss_agrees_with_brute_force(searcher: Searcher) -> None:
    from indexer import vectors

    q = searcher.encode("my knee hurts when I climb stairs")
    scores, rows = vectors.search(searcher._qindex, q, 5)
    brute = np.argsort(-(searcher._qvec @ q))[:5]
    np.testing.assert_array_equal(rows, brute)


def test_large_indexes_use_hnsw_and_rank_like_exact(
    make_index, tiny_records: list[QARecord], searcher: Searcher, encoder, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """Above EXACT_LIMIT the builder writes HNSW graphs; candidates come from the graph but the
    scores are exact, so on this small corpus the answers are those of the Flat index."""
    from indexer import vectors

    monkeypatch.setattr(vectors, "EXACT_LIMIT", 10)
    root = make_index(tiny_records)
    folder = artifacts.resolve_current(root)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["settings"]["index_type"] == {"questions": "HNSW32,SQfp16", "chunks": "HNSW32,SQfp16"}
    approx = Searcher.load(root, encoder)
    assert approx._qindex.hnsw.efSearch == vectors.HNSW_EF_SEARCH
    for question in ["my knee hurts when I climb stairs", "ringing in my ears at night",
                     *(r.question for r in tiny_records)]:
        exact, got = searcher.search(question), approx.search(question)
        assert [m.record.id for m in got.matches] == [m.record.id for m in exact.matches]
        assert got.confidence == pytest.approx(exact.confidence, abs=1e-5)


def test_vectors_are_stored_as_float16_close_to_the_encoder(  # type: ignore[no-untyped-def]
    searcher: Searcher, encoder, tiny_records: list[QARecord]
) -> None:
    """The stored vectors are a float16 view of the FAISS codes (no copy), within float16
    rounding of what the encoder computes; cosines to a query move by less than 1e-4."""
    from indexer import vectors

    assert searcher.manifest.settings["index_type"] == {"questions": "SQfp16", "chunks": "SQfp16"}
    assert searcher._qvec.dtype == np.float16 and not searcher._qvec.flags.writeable
    fresh = encoder.encode([r.question for r in tiny_records])
    stored = np.stack([searcher._qvec[searcher._q_start[i]] for i in range(len(tiny_records))]).astype(np.float32)
    assert np.abs(stored - fresh).max() <= 2.5e-4  # float16 rounding of unit-vector components
    query = encoder.encode(["my knee hurts when I climb stairs"])[0]
    assert np.abs(stored @ query - fresh @ query).max() < 1e-3
    assert vectors.vectors_view(searcher._cindex).shape == (searcher._cindex.ntotal, encoder.dim)


def test_float32_indexes_of_earlier_builds_still_load(  # type: ignore[no-untyped-def]
    make_index, tiny_records: list[QARecord], searcher: Searcher, encoder, monkeypatch
) -> None:
    """Artifacts written with float32 Flat storage (build format 4) are read and ranked alike."""
    from indexer import vectors

    monkeypatch.setattr(vectors, "STORAGE", "Flat")
    root = make_index(tiny_records)
    monkeypatch.undo()
    legacy = Searcher.load(root, encoder)
    assert legacy._qvec.dtype == np.float32
    for question in ["ringing in my ears at night", *(r.question for r in tiny_records[:5])]:
        got, want = legacy.search(question), searcher.search(question)
        assert got.matches[0].record.id == want.matches[0].record.id
        assert got.confidence == pytest.approx(want.confidence, abs=1e-3)


def test_paraphrased_patient_question_end_to_end(searcher: Searcher) -> None:
    result = searcher.search("my lower back and hamstring have ached for 3 years, could it be coming from my spine?")
    assert result.matches[0].record.id == "fx-backpain-spine"
    assert result.answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("there is a constant buzzing noise in my ears", "fx-tinnitus-info"),
        ("it stings when I wee and I need to go all the time", "fx-uti-symptoms"),
        ("what helps get my sugar levels down", "fx-diabetes-treatment"),
    ],
    ids=["tinnitus-lay", "uti-lay", "diabetes-lay"],
)
def test_lay_questions(searcher: Searcher, question: str, expected: str) -> None:
    assert searcher.search(question).matches[0].record.id == expected


def test_related_same_focus_first_no_repeats(searcher: Searcher) -> None:
    result = searcher.search("How is low back pain treated?")
    answer = result.matches[0].record
    related = result.related
    assert related, "expected related questions"
    assert answer.id not in {r.record.id for r in related}
    assert related[0].relation == "same_focus" and related[0].record.focus == "Low back pain"
    assert len({r.record.question for r in related}) == len(related)
    assert all(r.record.qtype != answer.qtype for r in related if r.relation == "same_focus")


def test_off_topic_question_is_not_answered(searcher: Searcher) -> None:
    result = searcher.search("how much does parking cost at the hospital car park")
    assert not result.answered


def test_cache_reuses_embeddings_on_rebuild(make_index, tiny_records: list[QARecord], encoder) -> None:  # type: ignore[no-untyped-def]
    root = make_index(tiny_records)
    changed = [replace(tiny_records[0], answer=tiny_records[0].answer + " Extra reviewed sentence.")] + tiny_records[1:]
    result = build(changed, root, encoder, BuildSettings(), cache_dir=root.parent / "cache")
    assert result.embedded == 1  # only the changed answer chunk
    assert result.reused > 40


def test_rebuild_reuses_chunk_spans_and_bm25_tokens(  # type: ignore[no-untyped-def]
    make_index, tiny_records: list[QARecord], encoder, tmp_path, monkeypatch
) -> None:
    import indexer.builder as builder
    import indexer.lexical as lexical

    root = make_index(tiny_records)
    chunked: list[int] = []
    analyzed: list[str] = []
    real_chunk, real_analyze = builder.chunk_answers, lexical.analyze_document
    monkeypatch.setattr(builder, "chunk_answers",
                        lambda texts, *a, **k: chunked.append(len(texts)) or real_chunk(texts, *a, **k))
    monkeypatch.setattr(builder, "analyze_document", lambda text: analyzed.append(text) or real_analyze(text))
    changed = [replace(tiny_records[0], answer=tiny_records[0].answer + " Extra reviewed sentence.")] + tiny_records[1:]
    build(changed, root, encoder, BuildSettings(), cache_dir=root.parent / "cache")
    assert chunked == [1] and len(analyzed) == 1  # only the edited answer is re-chunked and re-tokenised
    # The memoised artifact equals one built from nothing.
    fresh = tmp_path / "fresh"
    build(changed, fresh, encoder, BuildSettings(), cache_dir=None)
    a, b = artifacts.resolve_current(root), artifacts.resolve_current(fresh)
    np.testing.assert_array_equal(np.load(a / "chunk_table.npy"), np.load(b / "chunk_table.npy"))
    cached, uncached = Searcher.load(root, encoder), Searcher.load(fresh, encoder)
    for question in ("ringing in my ears", tiny_records[0].question, "Extra reviewed sentence"):
        np.testing.assert_allclose(cached._lexical.scores(question), uncached._lexical.scores(question))


def test_unreadable_memo_file_is_ignored(make_index, tiny_records: list[QARecord], encoder) -> None:  # type: ignore[no-untyped-def]
    root = make_index(tiny_records)
    for memo in (root.parent / "cache").rglob("spans-*.json"):
        memo.write_text("{truncated")
    result = build(tiny_records, root, encoder, BuildSettings(), cache_dir=root.parent / "cache")
    assert result.n_chunk_vectors > 0
    assert Searcher.load(root, encoder).search(tiny_records[0].question).matches[0].record.id == tiny_records[0].id


def test_retired_records_are_not_indexed(make_index, tiny_records: list[QARecord], encoder) -> None:  # type: ignore[no-untyped-def]
    records = [replace(tiny_records[0], retired=True), *tiny_records[1:]]
    root = make_index(records)
    s = Searcher.load(root, encoder)
    assert s.record(tiny_records[0].id) is None
    assert all(h.record.id != tiny_records[0].id for h in s.search(tiny_records[0].question, 10).matches)


def test_failed_build_keeps_previous_index(make_index, tiny_records, encoder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_index(tiny_records)
    live = (root / "CURRENT").read_text()
    before = sorted(p.name for p in (root / "versions").iterdir())

    def boom(*args: object, **kwargs: object) -> None:
        raise BuildError("probe failed: simulated")

    monkeypatch.setattr("indexer.builder._probe", boom)
    with pytest.raises(BuildError):
        build(tiny_records[:3], root, encoder, BuildSettings())
    assert (root / "CURRENT").read_text() == live
    assert sorted(p.name for p in (root / "versions").iterdir()) == before
    assert not list(root.glob(".tmp-*"))
    assert Searcher.load(root, encoder).version == live.strip()


def test_a_cache_that_cannot_be_saved_does_not_fail_a_published_build(  # type: ignore[no-untyped-def]
        make_index, tiny_records, encoder, tmp_path, caplog) -> None:
    """An unwritable cache folder made the CLI say "build failed, previous index untouched" after CURRENT had
    moved to the new version (review of session 19): the build succeeds and warns."""
    root = make_index(tiny_records)
    not_a_folder = tmp_path / "cachefile"
    not_a_folder.write_text("")
    with caplog.at_level("WARNING", logger="indexer.builder"):
        result = build(tiny_records[:5], root, encoder, BuildSettings(), cache_dir=not_a_folder)
    assert (root / "CURRENT").read_text().strip() == result.version
    assert Searcher.load(root, encoder).version == result.version and result.n_records == 5
    assert any("could not save the embedding cache" in r.getMessage() for r in caplog.records)


def test_interrupted_build_leaves_no_partial_version(make_index, tiny_records, encoder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_index(tiny_records)
    live = (root / "CURRENT").read_text()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("indexer.builder.LexicalIndex.from_tokens", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(tiny_records, root, encoder, BuildSettings())
    assert (root / "CURRENT").read_text() == live
    assert not list(root.glob(".tmp-*"))


def test_empty_corpus_is_refused(tmp_path: Path, encoder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BuildError, match="no records"):
        build([], tmp_path / "idx", encoder)


def _copy_live(root: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(artifacts.resolve_current(root), folder)
    return folder


@pytest.mark.parametrize(
    ("damage", "match"),
    [
        (lambda f: (f / "chunks.faiss").unlink(), "missing"),
        (lambda f: (f / "records.jsonl").write_bytes((f / "records.jsonl").read_bytes()[:-50]), "truncated"),
        (lambda f: (f / "questions.faiss").write_bytes(b"\0" * (f / "questions.faiss").stat().st_size), "checksum"),
        (lambda f: (f / "manifest.json").write_text("{not json"), "unreadable manifest"),
        (lambda f: (f / "manifest.json").unlink(), "no manifest"),
        (lambda f: (f / "manifest.json").write_text(json.dumps({"schema_version": 99})), "schema_version"),
    ],
    ids=["missing-file", "truncated", "checksum", "bad-manifest", "no-manifest", "future-schema"],
)
def test_corrupt_artifacts_are_refused(index_root: Path, tmp_path: Path, encoder, damage, match: str) -> None:  # type: ignore[no-untyped-def]
    folder = _copy_live(index_root, tmp_path)
    damage(folder)
    with pytest.raises(ArtifactError, match=match):
        Searcher.load(folder, encoder)


def test_count_mismatch_is_refused(index_root: Path, tmp_path: Path, encoder) -> None:  # type: ignore[no-untyped-def]
    folder = _copy_live(index_root, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["counts"]["records"] += 1
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="records: found"):
        Searcher.load(folder, encoder)


class _OtherModel:
    def __init__(self, inner, **changes) -> None:  # type: ignore[no-untyped-def]
        self._inner = inner
        self.name = changes.get("name", inner.name)
        self.dim = changes.get("dim", inner.dim)
        self.fingerprint = changes.get("fingerprint", inner.fingerprint)
        self.base_fingerprint = changes.get("fingerprint", inner.base_fingerprint)

    def __getattr__(self, item):  # type: ignore[no-untyped-def]
        return getattr(self._inner, item)


@pytest.mark.parametrize(
    "changes", [{"name": "other/model"}, {"dim": 768}, {"fingerprint": "0" * 16}], ids=["model", "dim", "weights"]
)
def test_encoder_mismatch_is_refused(index_root: Path, searcher: Searcher, encoder, changes) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EncoderMismatch):
        Searcher.load(index_root, _OtherModel(encoder, **changes))
    with pytest.raises(EncoderMismatch):
        searcher.with_encoder(_OtherModel(encoder, **changes))


def test_no_index_yet(tmp_path: Path, encoder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ArtifactError, match="no published index"):
        Searcher.load(tmp_path, encoder)


def test_publish_rolls_back(make_index, tiny_records, encoder) -> None:  # type: ignore[no-untyped-def]
    root = make_index(tiny_records)
    first = (root / "CURRENT").read_text().strip()
    build(tiny_records[:5], root, encoder, BuildSettings())
    assert (root / "CURRENT").read_text().strip() != first
    artifacts.publish(root, first)
    assert Searcher.load(root, encoder).version == first
    with pytest.raises(ArtifactError):
        artifacts.publish(root, "no-such-version")


def test_cache_merges_entries_saved_by_another_build(tmp_path: Path) -> None:
    from indexer.cache import EmbeddingCache

    def fake(texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32)

    first = EmbeddingCache(tmp_path, "fp", 4)
    second = EmbeddingCache(tmp_path, "fp", 4)  # both loaded before either saved
    first.embed(["a", "b"], fake)
    first.save()
    second.embed(["c"], fake)
    second.save()
    merged = EmbeddingCache(tmp_path, "fp", 4)
    merged.embed(["a", "b", "c"], lambda texts: pytest.fail(f"re-embedded {texts}"))


def test_bm25_postings_sum_exactly_like_bm25s(index_root: Path, tiny_records: list[QARecord], tmp_path: Path) -> None:
    """Queries are scored from bm25s's saved arrays without importing bm25s: the same float32
    scores, bit for bit; a method that is not a plain sum goes through bm25s itself."""
    import bm25s

    from indexer.lexical import Analyzer, LexicalIndex, Postings

    folder = artifacts.resolve_current(index_root) / "bm25"
    ours, theirs = LexicalIndex.load(folder), bm25s.BM25.load(str(folder), mmap=True)
    assert isinstance(ours._retriever, Postings) and ours.size == len(tiny_records)
    analyzer = Analyzer()
    queries = ["ringing in my ears", "knee pain climbing stairs stairs", "metformin side effects", "zzzz unknownword"]
    for text in queries + [r.question for r in tiny_records]:
        tokens = analyzer(text)
        want = (np.asarray(theirs.get_scores(tokens), dtype=np.float32) if tokens
                else np.zeros(len(tiny_records), np.float32))
        np.testing.assert_array_equal(ours.scores(text), want)
    assert not ours.scores("zzzz unknownword").any()

    other = tmp_path / "bm25l"
    shutil.copytree(folder, other)
    params = json.loads((other / "params.index.json").read_text())
    (other / "params.index.json").write_text(json.dumps({**params, "method": "bm25l"}))
    vocab = json.loads((other / "vocab.index.json").read_text())
    np.save(other / "nonoccurrence_array.index.npy", np.zeros(len(vocab), np.float32))
    assert not isinstance(LexicalIndex.load(other)._retriever, Postings)


def test_text_memo_keeps_what_another_build_saved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from indexer.cache import TextMemo

    path = tmp_path / "memo.json"
    path.write_text(json.dumps({"old": 0}))
    first, second = TextMemo(path), TextMemo(path)
    assert first.map(["a"], lambda texts: [1 for _ in texts]) == [1]
    first.save()  # the file changes under the second memo
    second.map(["b"], lambda texts: [2 for _ in texts])
    second.save()
    assert len(json.loads(path.read_text())) == 3  # old, a, b (by text hash) all kept
    again = TextMemo(path)
    again.map(["c"], lambda texts: [3 for _ in texts])
    again.save()  # nothing changed on disk since it was read: written without re-reading
    assert len(json.loads(path.read_text())) == 4


def test_records_share_their_topics_best_evidence(searcher: Searcher) -> None:
    """topic_csim / topic_bm25: every candidate about a condition carries the best answer and
    BM25 match of any candidate about that condition, so the condition is judged on all of its
    answers; records of other conditions keep their own."""
    from indexer.query import analyze
    from indexer.ranking import FEATURES

    question = "my lower back has ached since I lifted boxes, what helps it get better"
    analysis = analyze(question)
    qvecs = searcher.query_vectors(analysis, searcher.ranker)
    rows, feats = searcher.candidates(analysis, qvecs, 50, focus=False)
    col = {name: FEATURES.index(name) for name in FEATURES}
    by_focus: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        record = searcher.records[int(row)]
        by_focus.setdefault(record.focus or record.question, []).append(i)
    assert len(by_focus["Low back pain"]) >= 2
    for members in by_focus.values():
        best_c = max(float(feats[i, col["csim"]]) for i in members)
        best_b = max(float(feats[i, col["bm25"]]) for i in members)
        for i in members:
            assert feats[i, col["topic_csim"]] == pytest.approx(best_c)
            assert feats[i, col["topic_bm25"]] == pytest.approx(best_b)
            assert feats[i, col["topic_csim"]] >= feats[i, col["csim"]]
    # Different conditions do not share: the back-pain group's evidence beats a far-off topic's.
    far = [members for focus, members in by_focus.items() if focus != "Low back pain"]
    assert far and all(
        feats[by_focus["Low back pain"][0], col["topic_csim"]] > feats[m[0], col["topic_csim"]] for m in far
    )
