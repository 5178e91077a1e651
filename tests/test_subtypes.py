"""A numbered type named in the message and another one in a record (indexer/subtypes.py), and the ranker's check."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.ranking import RankerConfig
from indexer.search import Searcher
from indexer.subtypes import TYPE_MISMATCH, RecordTypes, type_numbers, variants
from tests.support import assert_penalty_lowers, first_ids, fixture_record, searcher_with


@pytest.mark.parametrize(("text", "expected"), [
    ("My dad had type 2 diabetes, will I get it?", {"2"}),
    ("im type 1 since I was 9", {"1"}),
    ("type II diabetes and type-1 diabetes", {"1", "2"}),
    ("type i diabetic for 20 years", {"1"}),
    ("what type I should take for my back", set()),  # the pronoun
    ("what type of doctor do I need", set()),
    ("HPV type 1.5 or 16?", set()),
    ("my blood type is 0 negative", set()),
    # up to 20, in digits, words or Roman numerals (session 36: MODY type 8 came first for "type 1 diabetes")
    ("collagen type 12", {"12"}), ("mucopolysaccharidosis type VII", {"7"}), ("type five", {"5"}),
    ("is type x or type v worse", set()),  # a lone "x" or "v" is no number in a message
])
def test_the_type_numbers_a_message_names(text: str, expected: set[str]) -> None:
    assert type_numbers(text) == frozenset(expected)


def test_a_record_names_its_type_in_its_focus_or_question() -> None:
    types = RecordTypes.of(["Is type 1 diabetes inherited ?", "What is diabetes ?", "What is (are) X ?"],
                           ["type 1 diabetes", "", "Neurofibromatosis type I"])
    rows = np.arange(3)
    assert types.mismatch(rows, "my dad had type 2 diabetes").tolist() == [True, False, True]
    # any type the message names keeps a record about it (the check does not know which condition the type is of)
    assert types.mismatch(rows, "type 1 and type 2 diabetes, what is the difference").tolist() == [False, False, False]
    assert types.mismatch(rows, "what is diabetes").tolist() == [False, False, False]


def test_a_type_past_four_is_read_too() -> None:
    """Session 36's blind review II: "Our 8 year old was just diagnosed with type 1 diabetes. How do we handle hypos at
    school" found "What are the symptoms of Maturity-onset diabetes of the young, type 8?" first."""
    types = RecordTypes.of(["What are the symptoms of Maturity-onset diabetes of the young, type 8?",
                            "What are the symptoms of Maturity-onset diabetes of the young, type 1?"],
                           ["Maturity-onset diabetes of the young, type 8",
                            "Maturity-onset diabetes of the young, type 1"])
    assert types.mismatch(np.arange(2), "just diagnosed with type 1 diabetes").tolist() == [True, False]


@pytest.mark.parametrize(("text", "expected"), [
    ("My husband has autosomal dominant polycystic kidney disease", {("inheritance", "dominant")}),
    ("our daughter fainted and the ECG says long QT", {("qt", "long")}),
    ("I have hypothyroidism and type 2 diabetes", {("thyroi", "o"), ("type", "2")}),
    ("low blood pressure (hypotension) when I stand", {("tensio", "o")}),
    ("what is the difference between hyperthyroidism and hypothyroidism", {("thyroi", "er"), ("thyroi", "o")}),
    ("a dominant hand injury", {("inheritance", "dominant")}),
    ("my long walk", set()),
    # session 38's blind review 73: the letter of a hepatitis virus or a haemophilia
    ("my mum has hepatitis B, can I catch it from sharing a cup", {("hepatitis", "b")}),
    ("hep c positive what are the chances the pills cure it", {("hepatitis", "c")}),
    ("Preventing hepatitis B or C", {("hepatitis", "b"), ("hepatitis", "c")}),
    ("my son has haemophilia A", {("haemophilia", "a")}),
    ("a hepatitis a-like illness", set()),
])
def test_the_variants_a_message_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert variants(text) == frozenset(expected)


def test_a_record_about_another_variant_is_flagged_in_its_group_only() -> None:
    """Session 31: "autosomal dominant polycystic kidney disease" found the recessive form's treatments first, "long
    QT" the short QT syndrome page (graded dev set)."""
    types = RecordTypes.of(["q"] * 5, ["Autosomal recessive polycystic kidney disease", "Hyperthyroidism",
                                       "short QT syndrome", "Polycystic kidney disease", "Type 1 diabetes"])
    rows = np.arange(5)
    assert types.mismatch(rows, "my husband has autosomal dominant polycystic kidney disease").tolist() == [
        True, False, False, False, False]
    assert types.mismatch(rows, "I was told I have hypothyroidism").tolist() == [False, True, False, False, False]
    assert types.mismatch(rows, "long QT syndrome and type 2 diabetes").tolist() == [False, False, True, False, True]
    # both forms named: neither is another one
    assert not types.mismatch(rows, "hyperthyroidism or hypothyroidism, which is worse?").any()


DIABETES_TYPES = [
    fixture_record("t1-inherited", "Is type 1 diabetes inherited ?",
                   "Type 1 diabetes is not inherited in a simple pattern; the risk of developing it is increased by "
                   "certain variants of genes of the immune system. Most people with it have no relative with it.",
                   "type 1 diabetes", "inheritance"),
]


@pytest.fixture(scope="module")
def with_types(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *DIABETES_TYPES], "subtypes")


def test_the_search_lowers_a_record_about_another_type(with_types: Searcher) -> None:
    question = "My dad and my grandpa both had type 2 diabetes. Is it inherited, am I going to get it?"
    assert_penalty_lowers(with_types, question, "type_penalty", 0.5, TYPE_MISMATCH, "t1-inherited",
                          "fx-diabetes-info")
    off, on = first_ids(with_types, question, "type_penalty", (0.0, 1.0))
    assert off == "t1-inherited" and on != "t1-inherited"


def test_the_shipped_ranker_has_the_check_on() -> None:
    assert RankerConfig.load().type_penalty > 0


def test_a_page_about_another_hepatitis_virus_is_flagged() -> None:
    """Session 38's blind review 73: "my mum has hepatitis B, can I catch it from sharing a cup" found "How to prevent
    Hepatitis A?" first."""
    types = RecordTypes.of(["How to prevent Hepatitis A ?", "What is (are) Hepatitis B ?",
                            "Preventing hepatitis B or C", "What is (are) Hepatitis ?"],
                           ["Hepatitis A", "Hepatitis B", "Preventing hepatitis B or C", "Hepatitis"])
    assert types.mismatch(np.arange(4), "my mum has hepatitis B, can I catch it").tolist() == [True, False, False,
                                                                                                 False]
