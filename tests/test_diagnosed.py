"""A diagnosis the message says is already made (indexer/diagnosed.py), and the ranker's check."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.diagnosed import tells_diagnosis
from indexer.ranking import RankerConfig
from indexer.search import Searcher
from tests.support import fixture_record, searcher_with


@pytest.mark.parametrize("text", [
    "My brother was diagnosed with hemochromatosis. Should I be tested, and what is the treatment?",
    "Our 9 year old daughter was just diagnosed with celiac disease after a blood test and a biopsy.",
    "I've been diagnosed with COPD last year, will it get worse?",
    "the doctor diagnosed him with asthma at 4, will he grow out of it",
    "an echo showed mitral valve prolapse with mild regurgitation, is that serious?",
    "My biopsy came back positive for Barrett's esophagus, what now?",
    "Diagnosed with gout in March. What should I eat?",
    "My parent was diagnosed with Parkinson's, is it inherited?",
    "after a bunch of tests the doctor said I have alpha-1 antitrypsin deficiency",
    "I was told I have Hashimoto's thyroiditis after bloodwork",
    "the gastroenterologist told me I have Barrett's esophagus",
    # session 34's blind review CC
    "My mom did a genetic test and it came back as Lynch syndrome, MLH1 gene.",
    "I had an ECG and a 24 hour monitor and the doctor said just ectopic beats, benign.",
    "the doctor said its just a virus",
])
def test_a_diagnosis_told_as_made(text: str) -> None:
    assert tells_diagnosis(text)


@pytest.mark.parametrize("text", [
    "How is celiac disease diagnosed?",
    "how do they know if someone is diagnosed with lupus",
    "What tests do I need to get diagnosed with sleep apnea?",
    "I have never been diagnosed with anything but I wheeze at night",
    "I think I was misdiagnosed with IBS, could it be celiac?",
    "I was diagnosed with fibromyalgia but I'm not sure it is right, should I get a second opinion?",
    "all my tests came back normal but the pain is still there",
    "My knee has hurt for months, what could it be?",
    "my son hasn't been diagnosed with autism yet but the doctor thinks so",
    "she hasnt been diagnosed but the pediatrician thinks it might be eczema",
    "I wasn’t diagnosed with anything, the scan showed a cyst though",
    "the doctor said I have to come back in a week for a blood test",
    "my doctor said I have nothing to worry about but my knee still hurts",
    "the test came back as normal",
    "the gp said just wait and see",
])
def test_no_diagnosis_told_or_one_in_doubt(text: str) -> None:
    assert not tells_diagnosis(text)


CELIAC = [
    fixture_record("celiac-tests", "How is celiac disease diagnosed?",
                   "Celiac disease is diagnosed with a blood test for certain antibodies while the person still eats "
                   "gluten, and a biopsy of the small intestine taken during an endoscopy confirms it.",
                   "Celiac disease", "exams and tests"),
    fixture_record("celiac-treatment", "What is the treatment for celiac disease?",
                   "The treatment is a strict gluten-free diet for life: no wheat, barley or rye. A dietitian helps "
                   "plan it, and the gut heals within months once gluten is gone.", "Celiac disease", "treatment"),
]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    """One small index for every test here: the fixture corpus with celiac disease, HHT and 22q11.2 deletion
    syndrome's pages (the records lists below, read when the fixture first runs)."""
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *CELIAC, *HHT, *TBX1], "diagnosed")


def first_ids(searcher: Searcher, question: str, margins: tuple[float, ...]) -> list[str]:
    return [searcher.search(question, 3, with_related=False, ranker=replace(searcher.ranker, diagnosed_margin=m))
            .matches[0].record.id for m in margins]


def test_the_diagnosis_page_gives_way_when_the_diagnosis_is_made(indexed: Searcher) -> None:
    told = "Our daughter was just diagnosed with celiac disease after a blood test and a biopsy. What now?"
    hits = {h.record.id: h.score for h in indexed.search(told, 5, with_related=False,
                                                               ranker=replace(indexed.ranker, diagnosed_margin=0))
            .matches}
    assert max(hits, key=hits.__getitem__) == "celiac-tests"
    gap = hits["celiac-tests"] - hits["celiac-treatment"]
    # within the margin the treatment page comes first; beyond it the order is the scores'
    assert first_ids(indexed, told, (0.0, gap + 0.01, gap - 0.01)) == ["celiac-tests", "celiac-treatment",
                                                                          "celiac-tests"]


def test_a_question_about_how_it_is_diagnosed_keeps_the_page(indexed: Searcher) -> None:
    asked = "How is celiac disease diagnosed, is a blood test enough or do I need a biopsy?"
    assert first_ids(indexed, asked, (0.0, 1.0)) == ["celiac-tests", "celiac-tests"]


def test_the_shipped_ranker_has_the_check_on() -> None:
    assert RankerConfig.load().diagnosed_margin > 0


HHT = [
    fixture_record("hht-frequency", "How many people are affected by hereditary hemorrhagic telangiectasia ?",
                   "Hereditary hemorrhagic telangiectasia occurs in 1 in 5,000 to 10,000 people worldwide; it is more "
                   "common in some regions.", "hereditary hemorrhagic telangiectasia", "frequency"),
    fixture_record("hht-overview", "What is (are) hereditary hemorrhagic telangiectasia ?",
                   "Hereditary hemorrhagic telangiectasia is a disorder of blood vessels. People with it have "
                   "nosebleeds and small red spots; most live a normal life span with treatment of bleeding.",
                   "hereditary hemorrhagic telangiectasia", "information"),
]


def test_a_page_on_how_many_people_it_affects_gives_way_unless_that_is_asked(indexed: Searcher) -> None:
    """Session 33's blind review: an outlook question got "How many people are affected by ..."."""
    asked = "What is the outlook for people with hereditary hemorrhagic telangiectasia, how many people affected?"
    off = replace(indexed.ranker, diagnosed_margin=0)
    hits = {h.record.id: h.score for h in indexed.search(asked, 5, with_related=False, ranker=off).matches}
    assert max(hits, key=hits.__getitem__) == "hht-frequency"
    gap = hits["hht-frequency"] - hits["hht-overview"]
    # "how many people" asks how common it is: the page stays first at any margin
    assert first_ids(indexed, asked, (0.0, gap + 0.01)) == ["hht-frequency", "hht-frequency"]
    # without it, the overview comes first within the margin, and the scores' order beyond it
    outlook = asked.split(",")[0] + "?"
    hits = {h.record.id: h.score for h in indexed.search(outlook, 5, with_related=False, ranker=off).matches}
    assert max(hits, key=hits.__getitem__) == "hht-frequency"
    gap = hits["hht-frequency"] - hits["hht-overview"]
    assert first_ids(indexed, outlook, (0.0, gap + 0.01, gap - 0.01)) == [
        "hht-frequency", "hht-overview", "hht-frequency"]


TBX1 = [
    fixture_record("dg-genes", "What are the genetic changes related to 22q11.2 deletion syndrome ?",
                   "Most people with 22q11.2 deletion syndrome are missing a sequence of about 3 million DNA building "
                   "blocks on one copy of chromosome 22, which holds the TBX1 and COMT genes.",
                   "22q11.2 deletion syndrome", "genetic changes"),
    fixture_record("dg-inherited", "Is 22q11.2 deletion syndrome inherited ?",
                   "Most cases are not inherited: the deletion happens as a random event. A parent who has the "
                   "deletion can pass it on, and each child has a 50 percent chance of inheriting it.",
                   "22q11.2 deletion syndrome", "inheritance"),
]


def test_an_inheritance_question_gets_the_inherited_page_before_the_genetic_changes_one(indexed: Searcher) -> None:
    """Session 33's blind review Y: "did we pass it on" got the genetic changes page (TBX1 and COMT)."""
    asked = "Our daughter has the 22q11.2 deletion. Which genetic changes and genes, did we pass it on?"
    first = indexed.search(asked, 3, with_related=False, ranker=replace(indexed.ranker, section_margin=0))
    hits = {h.record.id: h.score for h in first.matches}
    assert max(hits, key=hits.__getitem__) == "dg-genes"
    gap = hits["dg-genes"] - hits["dg-inherited"]
    firsts = [indexed.search(asked, 3, with_related=False, ranker=replace(indexed.ranker, section_margin=m))
              .matches[0].record.id for m in (gap + 0.01, gap - 0.01)]
    assert firsts == ["dg-inherited", "dg-genes"]
    # asked what causes it too, the genetic changes page answers both and stays first
    both = asked.replace("did we pass it on?", "what causes it and did we pass it on?")
    assert indexed.search(both, 3, with_related=False, ranker=replace(indexed.ranker, section_margin=gap + 0.01)
                           ).matches[0].record.id == "dg-genes"
