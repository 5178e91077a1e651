"""The query adapter (indexer/query_adapter.py): its file, the map it applies, and where the
Searcher uses it (the search vectors only, on an index it knows)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.query_adapter import ADAPTER_FILE, AdapterError, QueryAdapter
from indexer.ranking import RankerConfig

FIXTURE_SOURCE = "fixture corpus"
DIM = 384


def _adapter(searcher, matrix: np.ndarray | None = None, sources: tuple[str, ...] = (FIXTURE_SOURCE,),  # type: ignore[no-untyped-def]
             fingerprint: str | None = None) -> QueryAdapter:
    rng = np.random.default_rng(7)
    m = rng.normal(0, 0.05, (DIM, DIM)).astype(np.float32) if matrix is None else matrix
    return QueryAdapter(m, searcher.manifest.model_name, fingerprint or searcher.manifest.model_fingerprint, sources,
                        "test")


def test_a_zero_matrix_is_the_identity_and_output_is_unit_length() -> None:
    v = np.random.default_rng(1).normal(size=(3, 8)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    same = QueryAdapter(np.zeros((8, 8)), "m", "f", ("s",)).apply(v)
    assert same.dtype == np.float32 and np.allclose(same, v, atol=1e-6)
    moved = QueryAdapter(np.eye(8)[::-1] - np.eye(8), "m", "f", ("s",)).apply(v)  # v -> v reversed
    assert np.allclose(moved, v[:, ::-1], atol=1e-6)
    assert np.allclose(np.linalg.norm(QueryAdapter(np.full((8, 8), 0.3), "m", "f", ("s",)).apply(v), axis=1), 1.0)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    m = np.random.default_rng(2).normal(size=(6, 6)).astype(np.float32)
    QueryAdapter(m, "model", "fp", ("A", "B"), "made here").save(tmp_path / "a.json", extra={"note": "x"})
    loaded = QueryAdapter.load(tmp_path / "a.json")
    assert np.array_equal(loaded.matrix, m)
    assert (loaded.model_name, loaded.model_fingerprint, loaded.sources, loaded.provenance) == (
        "model", "fp", ("A", "B"), "made here")


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format=9), "format 9, expected a format 1 query adapter"),
    (lambda d: d.update(dim=0), "dim 0 must be a positive integer"),
    (lambda d: d.update(matrix="not base64!"), "not base64"),
    (lambda d: d.update(dim=5), "a 5x5 float32 matrix needs 100"),
    (lambda d: d.update(sha256="0" * 64), "does not match its sha256"),
    (lambda d: d.pop("model_fingerprint"), "missing field 'model_fingerprint'"),
])
def test_a_bad_file_is_refused_naming_it_and_the_problem(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.json"
    QueryAdapter(np.eye(4), "m", "f", ("s",)).save(path)
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    with pytest.raises(AdapterError) as err:
        QueryAdapter.load(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_a_damaged_matrix_is_caught_by_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    QueryAdapter(np.eye(4), "m", "f", ("s",)).save(path)
    data = json.loads(path.read_text())
    raw = bytearray(base64.b64decode(data["matrix"]))
    raw[5] ^= 0xFF
    data["matrix"] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(data))
    with pytest.raises(AdapterError, match="damaged"):
        QueryAdapter.load(path)


def test_a_matrix_that_is_not_square_or_not_finite_is_refused() -> None:
    with pytest.raises(AdapterError, match="square"):
        QueryAdapter(np.zeros((3, 4)), "m", "f", ("s",))
    bad = np.zeros((3, 3))
    bad[1, 1] = np.nan
    with pytest.raises(AdapterError, match="not finite"):
        QueryAdapter(bad, "m", "f", ("s",))


def test_it_applies_only_to_the_encoder_and_sources_it_knows() -> None:
    a = QueryAdapter(np.zeros((4, 4)), "m", "weights-1", ("A", "B"))
    assert a.fits("weights-1", 4) and not a.fits("weights-2", 4) and not a.fits("weights-1", 8)
    assert a.applies(["A"] * 9 + ["C"]) and not a.applies(["A"] * 8 + ["C"] * 2) and not a.applies([])


def test_searcher_maps_the_search_vectors_but_not_the_message_vector(searcher) -> None:  # type: ignore[no-untyped-def]
    adapter = _adapter(searcher)
    adapted = searcher.with_adapter(adapter)
    assert adapted.adapter is adapter and searcher.adapter is None  # the original is left alone
    on, off = replace(searcher.ranker, adapt=True), replace(searcher.ranker, adapt=False)
    text = "my knee hurts when I climb stairs, what can I do"
    plain = adapted.prepare(text, off)
    mapped = adapted.prepare(text, on)
    assert np.array_equal(plain.message_vector, mapped.message_vector)  # what the classifiers read
    assert np.allclose(mapped.vectors, adapter.apply(plain.vectors), atol=1e-6)
    assert not np.allclose(mapped.vectors, plain.vectors, atol=1e-3)
    # The ranker's switch decides: off, the adapted searcher searches exactly as the plain one.
    assert [h.record.id for h in adapted.search(text, ranker=off).matches] == [
        h.record.id for h in searcher.search(text, ranker=off).matches]


def test_a_different_map_changes_what_is_found(searcher) -> None:  # type: ignore[no-untyped-def]
    on = replace(searcher.ranker, adapt=True)
    text = "my knee hurts when I climb stairs, what can I do"
    before = searcher.search(text, ranker=on).matches[0].score
    # v -> -v turns every cosine around: the scores of the first match must change.
    flipped = searcher.with_adapter(_adapter(searcher, -2 * np.eye(DIM, dtype=np.float32)))
    assert flipped.search(text, ranker=on).matches[0].score != pytest.approx(before)


def test_an_adapter_of_another_encoder_or_other_sources_is_not_used(searcher) -> None:  # type: ignore[no-untyped-def]
    assert searcher.with_adapter(_adapter(searcher, fingerprint="other-weights")).adapter is None
    assert searcher.with_adapter(_adapter(searcher, sources=("GARD", "NIDDK"))).adapter is None


def test_the_trained_adapter_is_off_and_stays_near_the_identity() -> None:
    """ranker.json leaves it off (LiveQA fell with it, docs/evaluation.md); the file loads, and its
    penalty kept it a small turn of each vector: a random direction moves by well under 45 degrees."""
    assert RankerConfig.load().adapt is False
    adapter = QueryAdapter.load(ADAPTER_FILE)
    assert adapter.dim == DIM and "LiveQA never used" in adapter.provenance
    assert {"GARD", "MPlusHealthTopics"} <= set(adapter.sources)
    v = np.random.default_rng(3).normal(size=(200, DIM)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    cos = (adapter.apply(v) * v).sum(axis=1)
    assert cos.min() > 0.7


def test_the_trained_adapter_fits_the_bundled_encoder(encoder) -> None:  # type: ignore[no-untyped-def]
    assert QueryAdapter.load(ADAPTER_FILE).fits(encoder.base_fingerprint, encoder.dim)


def test_training_recomputes_the_searcher_scores_and_learns_the_targets(searcher) -> None:  # type: ignore[no-untyped-def]
    """eval/train_adapter.py on the fixture index: its differentiable scores equal the Searcher's
    linear scores for the same candidates, and training on messages whose target the plain ranker
    puts second moves those targets up."""
    import torch

    from eval import train_adapter as ta
    from indexer.ranking import linear_scores

    ranker = replace(RankerConfig.load(), adapt=False, spelling=False)
    texts = ["my lower back hurts after lifting boxes at work", "my knee hurts when I climb stairs",
             "I keep getting headaches behind my eyes", "what helps a sore throat and a cough"]
    examples = []
    for i, text in enumerate(texts):
        plain = searcher.search(text, top_k=2, ranker=ranker, with_related=False)
        second = searcher._by_id[plain.matches[1].record.id]  # the target: what the plain ranker puts second
        examples.append(ta.example(searcher, ranker, f"t{i}", "graded", f"w{i}", text, {second: 3}))
    batch = ta.Batch(searcher, examples, ranker)
    offset = 0
    scores = batch.scores(batch.base).detach().numpy()
    for text, e in zip(texts, examples, strict=True):
        q = searcher.prepare(text, ranker)
        rows, feats = searcher.candidates(q.analysis, q.vectors, ranker.candidates, ranker.focus_pool)
        assert len(rows) == len(e.rows) <= ta.TOP  # the fixture's candidates are all kept: topic features exact
        by_row = dict(zip(rows.tolist(), linear_scores(feats, ranker).tolist(), strict=True))
        part = scores[offset: offset + len(e.rows)]
        offset += len(e.rows)
        assert np.allclose(part, [by_row[int(r)] for r in e.rows], atol=1e-4)
    before = batch.metrics(None)["graded"]
    loss_before = float(batch.loss(batch.scores(batch.base)))
    matrix = ta.train(batch)
    loss_after = float(batch.loss(batch.scores(ta._adapt(torch, batch.base, torch.tensor(matrix)))))
    after = batch.metrics(matrix)["graded"]
    assert before == (0.0, 0.5)  # every target second
    assert loss_after < loss_before and after[1] > before[1]
