"""The section that answers what was asked comes first (``RankerConfig.section_margin``, Searcher's section swap):
when the best record about a condition answers another kind of question, a record about the same condition that
answers the kind asked and scores within the margin of it is shown first."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from indexer.ranking import RankerConfig
from indexer.search import STUB_CHARS, Searcher
from tests.support import fixture_record, searcher_with


def rows_of(searcher: Searcher, *ids: str) -> np.ndarray:
    return np.array([searcher.records.ids.index(i) for i in ids], dtype=np.int64)


@pytest.mark.parametrize(("asked", "margin", "first"), [
    ({"treatment"}, 0.05, "fx-diabetes-info"),  # the treatment record is 0.1 behind: too far
    ({"treatment"}, 0.15, "fx-diabetes-treatment"),
    ({"symptoms"}, 0.05, "fx-diabetes-symptoms"),
    ({"outlook"}, 1.0, "fx-diabetes-info"),  # no record about it answers that kind
    ({"treatment", "symptoms"}, 1.0, "fx-diabetes-symptoms"),  # the best of those that do
])
def test_the_asked_section_within_the_margin_comes_first(searcher: Searcher, asked: set[str], margin: float,
                                                         first: str) -> None:
    rows = rows_of(searcher, "fx-diabetes-info", "fx-diabetes-symptoms", "fx-diabetes-treatment")
    scores = np.array([1.0, 0.97, 0.9], dtype=np.float32)
    order = searcher._asked_section_first(np.arange(3), rows, scores, frozenset(asked), margin)
    assert searcher.records.ids[rows[order[0]]] == first
    assert sorted(order.tolist()) == [0, 1, 2]  # nothing lost or repeated


def test_a_first_record_that_answers_the_kind_asked_stays_and_other_topics_never_move_up(searcher: Searcher) -> None:
    rows = rows_of(searcher, "fx-diabetes-treatment", "fx-diabetes-symptoms")
    scores = np.array([1.0, 0.99], dtype=np.float32)
    assert searcher._asked_section_first(np.arange(2), rows, scores, frozenset({"treatment"}), 1.0).tolist() == [0, 1]
    rows = rows_of(searcher, "fx-diabetes-info", "fx-asthma-treatment")
    assert searcher._asked_section_first(np.arange(2), rows, scores, frozenset({"treatment"}), 1.0).tolist() == [0, 1]


def test_the_search_applies_the_swap_and_the_shipped_ranker_has_it_on(searcher: Searcher) -> None:
    question = "what is type 2 diabetes exactly and how is it treated"
    off = replace(searcher.ranker, section_margin=0.0)
    wide = replace(searcher.ranker, section_margin=5.0)
    assert searcher.search(question, 3, with_related=False, ranker=off).matches[0].record.id == "fx-diabetes-info"
    hits = searcher.search(question, 3, with_related=False, ranker=wide)
    assert [h.record.id for h in hits.matches[:2]] == ["fx-diabetes-treatment", "fx-diabetes-info"]
    assert hits.matches[0].score < hits.matches[1].score  # the record shown first keeps its own score
    assert 0 < RankerConfig.load().section_margin < 0.2


def test_the_swap_keeps_the_confidence_of_the_condition_found(searcher: Searcher) -> None:
    question = "what is type 2 diabetes exactly and how is it treated"
    plain = replace(searcher.ranker, calibration=())  # the sigmoid itself: every score gives its own confidence
    off = searcher.search(question, 3, with_related=False, ranker=replace(plain, section_margin=0.0))
    on = searcher.search(question, 3, with_related=False, ranker=replace(plain, section_margin=5.0))
    assert off.matches[0].record.id == "fx-diabetes-info" and on.matches[0].record.id == "fx-diabetes-treatment"
    assert on.confidence == off.confidence and on.answered == off.answered  # never an answer turned into no_match


LUMPS = [
    fixture_record("lumps-stub", "What is (are) Skin lumps ?",
                   "Skin lumps are any abnormal bump or swelling on or under the skin.", "Skin lumps"),
    fixture_record("lumps-causes", "What causes Skin lumps ?",
                   "Most lumps and swellings are harmless. Common causes are lipomas, soft fatty lumps under the "
                   "skin, cysts, swollen lymph nodes from an infection, warts and boils; a lump that grows, is hard "
                   "or does not move should be checked by a doctor.", "Skin lumps", "causes"),
]


@pytest.fixture(scope="module")
def lumps(tmp_path_factory: pytest.TempPathFactory, encoder) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, LUMPS, "lumps")


def test_a_stub_first_gives_way_to_a_fuller_record_about_the_same_topic(lumps: Searcher) -> None:
    """Session 42's blind review EEE: a one-sentence "What is Skin lumps" came first, 0.024 ahead of its causes."""
    question = "What is a skin lump?"
    off = lumps.search(question, 2, with_related=False, ranker=replace(lumps.ranker, section_margin=0.0))
    assert off.matches[0].record.id == "lumps-stub"
    on = lumps.search(question, 2, with_related=False, ranker=replace(lumps.ranker, section_margin=5.0))
    assert [h.record.id for h in on.matches] == ["lumps-causes", "lumps-stub"]
    assert len(LUMPS[0].answer) < STUB_CHARS <= len(LUMPS[1].answer)


PCOS = [
    fixture_record("pcos-overview", "What is (are) Polycystic ovarian syndrome ?",
                   "Polycystic ovarian syndrome is a condition in which a woman has irregular periods, extra hair on "
                   "the face or body and many small cysts on the ovaries.", "Polycystic ovarian syndrome"),
    fixture_record("pcos-causes", "What causes Polycystic ovary syndrome ?",
                   "Polycystic ovary syndrome is linked to changes in hormone levels: the ovaries make more male "
                   "hormones than usual, and the body may not use insulin well.", "Polycystic ovary syndrome",
                   "causes"),
]


@pytest.fixture(scope="module")
def pcos(tmp_path_factory: pytest.TempPathFactory, encoder) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, PCOS, "pcos")


def test_one_condition_under_two_sources_names_is_one_topic_for_the_swap(pcos: Searcher) -> None:
    """Session 46's blind review OOO: "A friend said it might be PCOS. What causes that?" got GARD's overview of
    "Polycystic ovarian syndrome", 0.006 ahead of A.D.A.M.'s "What causes Polycystic ovary syndrome?"."""
    rows = rows_of(pcos, "pcos-overview", "pcos-causes")
    scores = np.array([1.0, 0.99], dtype=np.float32)
    order = pcos._asked_section_first(np.arange(2), rows, scores, frozenset({"causes"}), 0.05)
    assert [pcos.records.ids[rows[i]] for i in order] == ["pcos-causes", "pcos-overview"]
    assert pcos._topic[rows[0]] != pcos._topic[rows[1]]  # the topic evidence still reads each name on its own
