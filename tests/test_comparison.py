"""Messages that compare two conditions (indexer/comparison.py and Searcher._compared): a page about both first when
one scores close enough, else the other condition's page second."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from indexer.comparison import compared_names, compares, names_in
from indexer.ranking import RankerConfig
from indexer.search import Searcher
from tests.support import fixture_record, searcher_with

RECORDS = [
    fixture_record("ra", "What is (are) Rheumatoid Arthritis ?", "Rheumatoid arthritis is a disease in which the "
                   "immune system attacks the joints, most often the small joints of the hands, on both sides.",
                   "Rheumatoid Arthritis"),
    fixture_record("ra-tx", "What are the treatments for Rheumatoid Arthritis ?", "Rheumatoid arthritis is treated "
                   "with medicines that calm the immune system, exercise and rest.", "Rheumatoid Arthritis",
                   qtype="treatment"),
    fixture_record("oa", "What is (are) Osteoarthritis ?", "Osteoarthritis is the wearing down of the cartilage that "
                   "cushions the ends of the bones in a joint, most often in the knees, hips and hands.",
                   "Osteoarthritis"),
    fixture_record("divs", "What is (are) Diverticulosis ?", "Diverticulosis means small pouches in the wall of the "
                   "colon. Most people with them have no symptoms.", "Diverticulosis"),
    fixture_record("div-both", "What is (are) Diverticulosis and Diverticulitis ?", "Diverticulosis means pouches "
                   "in the colon; diverticulitis is when those pouches become inflamed or infected.",
                   "Diverticulosis and Diverticulitis"),
    fixture_record("divt", "What is (are) Diverticulitis ?", "Diverticulitis is an infection or inflammation of "
                   "pouches in the colon, with belly pain and fever.", "Diverticulitis"),
]


@pytest.fixture(scope="module")
def comparing(tmp_path_factory: pytest.TempPathFactory, encoder) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, RECORDS, "comparison")


def _ids(searcher: Searcher, question: str, margin: float) -> list[str]:
    ranker = dataclasses.replace(searcher.ranker, comparison_margin=margin)
    return [h.record.id for h in searcher.search(question, 3, with_related=False, ranker=ranker).matches]


@pytest.mark.parametrize(("text", "expected"), [
    ("whats the difference between IBS and IBD", True), ("diverticulitis vs diverticulosis", True),
    ("is essential tremor the same thing as parkinsons?", True), ("how do doctors tell them apart", True),
    ("what is rheumatoid arthritis", False), ("my knees hurt when I walk, is it arthritis?", False),
])
def test_what_asks_for_a_comparison(text: str, expected: bool) -> None:
    assert compares(text) is expected


def test_the_compared_names_leave_out_names_inside_others_and_qualifiers() -> None:
    assert compared_names(["type 2 diabete", "diabete", "type 1", "acute"]) == ["type 2 diabete"]
    assert compared_names(["osteoarthriti", "rheumatoid arthriti"]) == ["osteoarthriti", "rheumatoid arthriti"]
    assert names_in("Diverticulosis and Diverticulitis", ["diverticulosis", "diverticulitis"]) == {
        "diverticulosis", "diverticulitis"}


def test_the_other_condition_comes_second(comparing: Searcher) -> None:
    """Session 47's blind review QQQ: "the difference between osteoarthritis and rheumatoid arthritis" listed five
    rheumatoid arthritis pages and no osteoarthritis one."""
    question = "whats the difference between rheumatoid arthritis and osteoarthritis"
    assert _ids(comparing, question, 0.0) == ["ra", "ra-tx", "oa"]
    assert _ids(comparing, question, 0.1) == ["ra", "oa", "ra-tx"]


def test_a_page_about_both_comes_first_within_the_margin(comparing: Searcher) -> None:
    """Session 47's blind review RRR: "diverticulitis vs diverticulosis" got the one-sentence diverticulosis page
    first, the page about both third (the order and scores here are set, the move is the Searcher's)."""
    rows = np.array([comparing._by_id[rid] for rid in ("divs", "divt", "div-both")])
    order = np.arange(3)
    text = "diverticulitis vs diverticulosis, whats the difference?"
    close = comparing._compared(order, rows, np.array([2.03, 2.02, 2.0]), text, 0.1)
    assert [rows[i] for i in close] == [rows[2], rows[0], rows[1]]
    far = comparing._compared(order, rows, np.array([2.03, 2.02, 1.8]), text, 0.1)
    # too far for the first place: the other condition's page is second already
    assert [rows[i] for i in far] == [rows[0], rows[1], rows[2]]


def test_a_message_that_compares_nothing_keeps_its_order(comparing: Searcher) -> None:
    question = "what are the treatments for rheumatoid arthritis"
    assert _ids(comparing, question, 0.1) == _ids(comparing, question, 0.0)


def test_the_shipped_ranker_handles_comparisons() -> None:
    assert RankerConfig.load().comparison_margin > 0
