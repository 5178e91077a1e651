"""The learned reranker (indexer/rerank.py): exported trees, its file, its features, and its use
by the Searcher on the fixture index."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.ranking import FEATURES, RankerConfig
from indexer.rerank import QTYPES, Reranker, RerankerError, Trees, feature_names, features

FIXTURE_SOURCE = "fixture corpus"


def _fitted(x: np.ndarray, y: np.ndarray, **settings: object):  # type: ignore[no-untyped-def]
    from sklearn.ensemble import HistGradientBoostingRegressor

    return HistGradientBoostingRegressor(random_state=0, **settings).fit(x, y)  # type: ignore[arg-type]


def test_exported_trees_predict_what_scikit_learn_predicts() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(600, 6))
    x[:, 5] = rng.integers(0, 2, size=600)  # an indicator column, like the source columns
    y = np.sin(x[:, 0]) + (x[:, 1] > 0.3) * 2 - x[:, 5] + rng.normal(scale=0.1, size=600)
    model = _fitted(x, y, max_iter=40, max_depth=3, min_samples_leaf=10)
    trees = Trees.from_sklearn(model)
    fresh = rng.normal(size=(200, 6))
    fresh[:, 5] = rng.integers(0, 2, size=200)
    assert np.allclose(trees.predict(fresh), model.predict(fresh), atol=1e-9)
    assert trees.depth == 3 and len(trees.roots) == 40
    # Through JSON and back: the same numbers.
    again = Trees.from_json(json.loads(json.dumps(trees.to_json())), 6)
    assert np.array_equal(again.predict(fresh), trees.predict(fresh))


def _reranker(sources: tuple[str, ...] = (FIXTURE_SOURCE,), top: int = 20, **settings: object) -> Reranker:
    """Trees that learned one thing: answers to 'treatment' questions are the good ones."""
    columns = len(feature_names(sources))
    rng = np.random.default_rng(3)
    x = rng.random((400, columns))
    treat = feature_names(sources).index("qtype=treatment")
    x[:, treat] = rng.integers(0, 2, size=400)
    y = 3.0 * x[:, treat]
    trees = Trees.from_sklearn(_fitted(x, y, max_iter=20, max_depth=2, min_samples_leaf=5))
    return Reranker(trees, sources, top, "test")


def test_features_lay_out_the_columns_the_file_names() -> None:
    feats = np.arange(3 * len(FEATURES), dtype=np.float32).reshape(3, len(FEATURES))
    scores = np.array([2.0, 1.5, 0.5])
    x = features(feats, scores, 19, np.array([1, 4, 2]), ["Treatment", "odd type", ""], ["B", "A", "Z"], ("A", "B"))
    names = feature_names(("A", "B"))
    assert x.shape == (3, len(names))
    col = {n: i for i, n in enumerate(names)}
    assert np.array_equal(x[:, : len(FEATURES)], feats)
    assert x[:, col["score"]].tolist() == [2.0, 1.5, 0.5]
    assert x[:, col["gap"]].tolist() == [0.0, -0.5, -1.5]
    assert x[:, col["rank"]].tolist() == [0.0, 0.1, 0.2]
    assert np.allclose(x[:, col["message_words"]], np.log1p(19))
    assert x[:, col["answer_chunks"]].tolist() == [1, 4, 2]
    assert x[0, col["qtype=treatment"]] == 1 and x[1:, len(FEATURES) + 5 : len(FEATURES) + 5 + len(QTYPES)].sum() == 0
    assert (x[0, col["source=B"]], x[1, col["source=A"]], x[2, col["source=A"]] + x[2, col["source=B"]]) == (1, 1, 0)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    reranker = _reranker()
    path = tmp_path / "r.json"
    reranker.save(path)
    loaded = Reranker.load(path)
    assert loaded.sources == reranker.sources and loaded.top == reranker.top and loaded.provenance == "test"
    x = np.random.default_rng(1).random((30, reranker.columns))
    assert np.array_equal(loaded.trees.predict(x), reranker.trees.predict(x))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format=99), "format 99"),
        (lambda d: d.update(sources=["other"]), "feature columns"),
        (lambda d: d["features"].pop(), "feature columns"),
        (lambda d: d.update(top=1), "top 1"),
        (lambda d: d["trees"]["left"].__setitem__(d["trees"]["leaf"].index(0), 10**6), "child outside"),
        (lambda d: d["trees"]["feature"].__setitem__(d["trees"]["leaf"].index(0), 999), "feature outside"),
        (lambda d: d["trees"]["value"].pop(), "different lengths"),
        (lambda d: d["trees"].pop("roots"), "roots"),
    ],
)
def test_a_bad_file_is_refused_naming_it_and_the_problem(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.json"
    _reranker().save(path)
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    with pytest.raises(RerankerError, match=message) as info:
        Reranker.load(path)
    assert str(path) in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("{not json")
    with pytest.raises(RerankerError, match="cannot read"):
        Reranker.load(path)


def test_it_applies_only_to_an_index_of_sources_it_knows() -> None:
    reranker = _reranker(("A", "B"))
    assert reranker.applies(["A"] * 95 + ["C"] * 5)
    assert not reranker.applies(["A"] * 80 + ["C"] * 20)
    assert not reranker.applies([""] * 10) and not reranker.applies([])


def test_searcher_reorders_the_top_candidates_with_it(searcher) -> None:  # type: ignore[no-untyped-def]
    question = "my lower back hurts after lifting boxes, what can I do about it?"
    linear = replace(searcher.ranker, rerank=False)
    plain = searcher.search(question, 5, with_related=False, ranker=linear)
    assert plain.matches[0].record.qtype != "treatment", "the fixture should put another type first"
    reranked_searcher = searcher.with_reranker(_reranker())
    assert reranked_searcher.reranker is not None
    reranked = reranked_searcher.search(question, 5, with_related=False, ranker=replace(linear, rerank=True))
    first = reranked.matches[0]
    assert first.record.qtype == "treatment"
    # The same candidates, reordered; the confidence is that of the answer shown.
    ids = {h.record.id for h in plain.matches} | {h.record.id for h in reranked.matches}
    assert first.record.id in ids
    everything = searcher.search(question, 50, with_related=False, ranker=linear).matches
    assert first.score == pytest.approx(next(h.score for h in everything if h.record.id == first.record.id))
    # rerank off in the ranker: the reranker loaded is not used.
    same = reranked_searcher.search(question, 5, with_related=False, ranker=linear)
    assert [h.record.id for h in same.matches] == [h.record.id for h in plain.matches]


def test_searcher_ignores_a_reranker_of_other_sources(searcher) -> None:  # type: ignore[no-untyped-def]
    question = "my lower back hurts after lifting boxes, what can I do about it?"
    other = searcher.with_reranker(_reranker(("Somebody else's leaflets",)))
    assert other.reranker is None
    ranker = replace(searcher.ranker, rerank=True)
    linear = replace(ranker, rerank=False)
    got = other.search(question, 5, with_related=False, ranker=ranker).matches
    want = searcher.search(question, 5, with_related=False, ranker=linear).matches
    assert [h.record.id for h in got] == [h.record.id for h in want]


def test_record_sources_are_in_the_start_up_metadata(searcher) -> None:  # type: ignore[no-untyped-def]
    assert set(searcher.records.sources) == {FIXTURE_SOURCE}


ROUND7 = Path(__file__).resolve().parent.parent / "eval" / "reranker_round7.json"


def test_the_shipped_ranker_and_reranker_files_agree(searcher) -> None:  # type: ignore[no-untyped-def]
    """A bundled reranker exists exactly when the shipped ranker turns one on."""
    from indexer.rerank import RERANKER_FILE

    ranker = RankerConfig.load()
    assert ranker.rerank == RERANKER_FILE.exists()
    assert searcher.reranker is None  # the fixture's publishers are nobody's training data


def test_the_round7_reranker_loads_and_stays_out_of_other_corpora(searcher) -> None:  # type: ignore[no-untyped-def]
    """R7 (make eval's comparison row) fits its columns, names its data, and is not used on an
    index of other publishers: the fixture's, the demo corpus's."""
    from corpus import load_jsonl

    reranker = Reranker.load(ROUND7)
    assert reranker.trees.feature.max() < reranker.columns
    assert "LiveQA never used" in reranker.provenance and "NOT shipped" in reranker.provenance
    assert "MPlusHealthTopics" in reranker.sources and reranker.top == 20
    assert searcher.with_reranker(reranker).reranker is None
    demo = [r.source for r in load_jsonl(Path(__file__).resolve().parent.parent / "corpus" / "demo" / "demo.jsonl")]
    assert demo and not reranker.applies(demo)
