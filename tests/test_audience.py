"""Whom a message is about and whom a record is for (indexer/audience.py), and the search's check."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from indexer.audience import AUDIENCE_MISMATCH, Audience, RecordAudiences, message_audience
from indexer.ranking import RankerConfig
from indexer.search import Searcher

from .support import assert_penalty_lowers, first_ids, fixture_record, searcher_with


@pytest.mark.parametrize(("text", "audience"), [
    ("My mum (80) keeps getting urinary tract infections", Audience.ADULT),
    ("My husband snores and stops breathing at night", Audience.ADULT),
    ("Dad's passing gravel in his water again", Audience.ADULT),
    ("I'm 45 and my knees ache in the morning", Audience.YOUNG_ADULT),
    ("45F, burning when I pee", Audience.YOUNG_ADULT),
    ("my 19 year old daughter was diagnosed with colitis", Audience.YOUNG_ADULT),
    ("my 14 yr old daughter hardly eats and says she is fat", Audience.TEEN),
    ("My 4 year old has a barking cough at night", Audience.CHILD),
    ("my baby is 6 weeks old and cries every evening", Audience.CHILD),
    ("our toddler has a rash on his cheeks", Audience.CHILD),
    ("My son is two and a half and only says ten words", Audience.CHILD),
    ("my daughter (7) wets the bed", Audience.CHILD),
    # the writer asks about themself and gives no age (session 24): an adult
    ("what causes kidney stones and can you get them from tea? how do i know if i have one", Audience.ADULT),
    ("I smoked for about 15 yrs but quit 10 yrs ago, is a 6 mm nodule cancer?", Audience.ADULT),  # durations
    ("I am 5 kg overweight and 30 years into smoking", Audience.ADULT),  # a weight and a duration, not ages
    # session 39's blind review QQ: an uncle's liver tumour found the children's liver cancer pages first
    ("Can liver cancer be cured? My uncle has hepatitis B and they found a tumor", Audience.ADULT),
    ("my auntie and my stepdad both have diabetes", Audience.ADULT),
    ("my grandad has a kidney tumour, what happens now", Audience.ADULT),
])
def test_whom_the_message_is_about(text: str, audience: Audience) -> None:
    assert message_audience(text) is audience


@pytest.mark.parametrize("text", [
    "I'm 32 and my baby has a fever",  # both: no one to prefer
    "i get a rash and she gets one too, is it catching?",  # someone else named
    "im in year 10 and get really bad period pain, is that normal",  # a young writer
    "what causes kidney stones",
    "I leak a bit when I sneeze since having kids",  # the writer's children, not the person asked about
    "My daughter is 6 months pregnant, is shingles dangerous for the baby?",  # no child asked about
    "My son is two and a half and only says ten words. My mother says boys talk late",  # both named
])
def test_no_single_age_group(text: str) -> None:
    assert message_audience(text) is None


def test_records_for_children_and_for_older_adults() -> None:
    audiences = RecordAudiences.of(
        ["How to prevent Urinary Tract Infections in Children ?", "How to prevent Urinary Tract Infections ?",
         "What causes Kidney Stones in Adults ?", "What is (are) Anxiety Disorders ?", "What is croup?"],
        ["Urinary Tract Infections in Children", "Urinary Tract Infections", "Kidney Stones in Adults",
         "Anxiety Disorders", "Croup"],
        ["NIDDK", "NIDDK", "NIDDK", "NIHSeniorHealth", "demo"])
    rows = np.arange(5)
    assert audiences.mismatch(rows, "My mum (80) keeps getting UTIs").tolist() == [True, False, False, False, False]
    assert audiences.mismatch(rows, "my 4 year old has a cough").tolist() == [False, False, True, True, False]
    assert audiences.mismatch(rows, "my 15 yo has anxiety").tolist() == [False, False, True, True, False]
    # an adult under 50: children's pages only (pages for older adults too were measured and not kept)
    assert audiences.mismatch(rows, "I'm 23 and keep getting UTIs").tolist() == [True, False, False, False, False]
    both = RecordAudiences.of(["Vaginal itching and discharge - adult and child"], ["Vaginal itching"], ["ADAM"])
    assert not both.mismatch(np.arange(1), "I am 24 and have itching down there").any()
    assert not audiences.mismatch(rows, "how do you get kidney stones").any()
    # a juvenile form is a children's page (session 35's blind review: an adult's father ill since 58)
    juvenile = RecordAudiences.of(
        ["How to diagnose Juvenile Huntington disease ?", "How to diagnose Huntington disease ?"],
        ["Juvenile Huntington disease", "Huntington disease"], ["GARD", "GARD"])
    assert juvenile.mismatch(np.arange(2), "my dad has huntingtons, he's 58. I'm 31, is there a test?").tolist() == [
        True, False]


UTI_PREVENTION = [
    fixture_record("uti-children-prevent", "How to prevent urinary tract infections in children?",
                   "Children should drink enough fluids and use the toilet often. Girls should wipe from front to "
                   "back. Treat constipation, which makes infections more likely in children.",
                   "Urinary tract infections in children", "prevention"),
    fixture_record("uti-prevent", "How can urinary tract infections be prevented?",
                   "Drink plenty of fluids, urinate when you need to and after sex, and wipe from front to back. "
                   "Some women with frequent infections take a low dose of antibiotic for a time.",
                   "Urinary tract infection", "prevention"),
]


@pytest.fixture(scope="module")
def with_children_page(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *UTI_PREVENTION], "audience")


def test_the_search_lowers_a_page_for_another_age_group(with_children_page: Searcher) -> None:
    question = "My mum (80) keeps getting urinary tract infections, how can we prevent them?"
    assert_penalty_lowers(with_children_page, question, "audience_penalty", 0.1, AUDIENCE_MISMATCH,
                          "uti-children-prevent", "uti-prevent")
    assert first_ids(with_children_page, question, "audience_penalty", (0.1,)) == ["uti-prevent"]


def test_a_child_still_gets_the_childrens_page(with_children_page: Searcher) -> None:
    on = replace(with_children_page.ranker, audience_penalty=0.1)
    first = with_children_page.search("my 6 year old daughter keeps getting urine infections, how can we prevent them?",
                                      1, with_related=False, ranker=on).matches[0]
    assert first.record.id == "uti-children-prevent" and first.features[AUDIENCE_MISMATCH] == 0.0


def test_the_shipped_ranker_has_the_check_on() -> None:
    assert RankerConfig.load().audience_penalty > 0
