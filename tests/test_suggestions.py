"""What a no_match offers as suggestions (indexer.answer.suggestions_of): close matches, one per question text; and
the search's check on rare conditions the message does not name."""

from __future__ import annotations

import dataclasses

import pytest

from corpus import RARE_TAG, QARecord
from indexer.answer import MAX_SUGGESTIONS, Answerer, suggestions_of
from indexer.audience import AUDIENCE_MISMATCH
from indexer.cancer import speaks_of_cancer
from indexer.diabetes import is_diabetes_complication, speaks_of_diabetes
from indexer.ranking import RankerConfig
from indexer.search import CANCER_UNNAMED, DIABETES_UNSAID, RARE_UNNAMED, Hit, Searcher
from tests.support import assert_penalty_lowers, fixture_record, hits_by_id, searcher_with


def _hit(rid: str, question: str, score: float, focus: str = "", tags: tuple[str, ...] = ()) -> Hit:
    record = QARecord(id=rid, question=question, answer="A reviewed answer.", focus=focus, source="Test", url="",
                      reviewed_by="Dr Test", tags=tags)
    return Hit(record, score)


RANKER = dataclasses.replace(RankerConfig(), suggestion_floor=0.95)


def test_matches_below_the_floor_are_not_suggested() -> None:
    hits = [_hit("a", "What is asthma?", 1.2), _hit("b", "How is asthma treated?", 0.95),
            _hit("c", "What is Still's disease?", 0.94)]
    assert [h.record.id for h in suggestions_of(hits, RANKER)] == ["a", "b"]


def test_a_question_text_is_suggested_once() -> None:
    """MedQuAD repeats "What is (are) Diarrhea ?" across sources; the tidied titles are compared, case aside."""
    hits = [_hit("a", "What is (are) Diarrhea ?", 1.3), _hit("b", "What is (are) Diarrhea ?", 1.2),
            _hit("c", "What is (are) diarrhea?", 1.1), _hit("d", "What to do for Diarrhea ?", 1.0)]
    assert [h.record.id for h in suggestions_of(hits, RANKER)] == ["a", "d"]


def test_at_most_five_and_no_floor_by_default() -> None:
    hits = [_hit(str(i), f"Question {i}?", 0.1) for i in range(8)]
    assert suggestions_of(hits, RANKER) == ()
    assert len(suggestions_of(hits, RankerConfig())) == MAX_SUGGESTIONS == 5


def test_a_rare_condition_is_suggested_only_when_the_message_names_it() -> None:
    """Cradle cap was offered a rare scalp defect and Langerhans cell histiocytosis (blind review H)."""
    hits = [_hit("lch", "What are the symptoms of Langerhans cell histiocytosis ?", 1.2,
                 "Langerhans cell histiocytosis", (RARE_TAG,)),
            _hit("cap", "What is (are) Cradle cap ?", 1.1, "Cradle cap")]
    assert [h.record.id for h in suggestions_of(hits, RANKER)] == ["cap"]
    assert [h.record.id for h in suggestions_of(hits, RANKER, lambda r: r.focus.startswith("Langerhans"))] == [
        "lch", "cap"]


def test_a_page_for_another_age_group_is_not_suggested() -> None:
    """A widower asking whether it is normal to still cry every day was offered excessive crying in babies first
    (session 33's blind review Y): a match the age-group check flags is no suggestion."""
    babies = _hit("cry", "Do you have information about Crying - excessive (0 to 6 months)", 1.22)
    babies = dataclasses.replace(babies, features={AUDIENCE_MISMATCH: 1.0})
    grief = dataclasses.replace(_hit("grief", "What is (are) Bereavement ?", 1.07), features={AUDIENCE_MISMATCH: 0.0})
    assert [h.record.id for h in suggestions_of([babies, grief], RANKER)] == ["grief"]


def test_a_page_about_a_cancer_is_suggested_only_when_the_message_speaks_of_one() -> None:
    """A boy of 16 asking about breast tissue was offered the stages of breast cancer (session 37's blind review KK)."""
    stages = _hit("bc", "What are the stages of Breast Cancer ?", 1.2, "Breast Cancer")
    chest = _hit("gyn", "What is (are) Breast development in boys ?", 1.1, "Gynecomastia")
    question = "im 16 and my chest looks like ive got boobs, will it go away on its own"
    assert not speaks_of_cancer(question)
    assert [h.record.id for h in suggestions_of([stages, chest], RANKER, cancer_spoken=False)] == ["gyn"]
    # a message that speaks of a cancer, or of what may be one, or names the page's condition keeps it
    assert speaks_of_cancer("found a lump near my nipple") and speaks_of_cancer("could these spots be skin cancer?")
    assert [h.record.id for h in suggestions_of([stages, chest], RANKER, cancer_spoken=True)] == ["bc", "gyn"]
    assert [h.record.id for h in suggestions_of([stages, chest], RANKER, lambda r: r.focus == "Breast Cancer",
                                                cancer_spoken=False)] == ["bc", "gyn"]


@pytest.mark.parametrize(("question", "focus"), [
    # session 39's blind review RR: tumours named without "cancer" or "tumour", untagged rare (CancerGov's pages)
    ("What is (are) Langerhans Cell Histiocytosis ?", "Langerhans Cell Histiocytosis"),
    ("What is (are) Childhood Craniopharyngioma ?", "Childhood Craniopharyngioma"),
    ("What is (are) Malignant Mesothelioma ?", "Mesothelioma"),
])
def test_a_tumour_named_otherwise_is_a_cancer_page_for_suggestions(question: str, focus: str) -> None:
    tumour = _hit("t", question, 1.2, focus)
    milestones = _hit("m", "Do you have information about Developmental milestones record - 3 months", 1.1)
    assert [h.record.id for h in suggestions_of([tumour, milestones], RANKER, cancer_spoken=False)] == ["m"]


def test_the_searcher_reads_the_conditions_a_message_names(searcher) -> None:  # type: ignore[no-untyped-def]
    diabetes = searcher.record("fx-diabetes-info")
    back = searcher.record("fx-backpain-causes")
    named = searcher.names_of("my mum has type 2 diabetes and swollen feet, is that normal")
    assert named(diabetes) and not named(back)
    assert not searcher.names_of("is Dr. Lopez still working here?")(diabetes)


SCALP = [
    fixture_record("rare-lch", "What are the symptoms of Langerhans cell histiocytosis ?",
                   "In babies it can show as a scaly, crusty rash on the scalp that looks like cradle cap, with other "
                   "signs such as bone pain or an enlarged liver.", "Langerhans cell histiocytosis", tags=(RARE_TAG,)),
    fixture_record("cap", "What is cradle cap?", "Cradle cap is yellow, greasy, crusty scales on a baby's scalp. It "
                   "is harmless and clears by itself within months.", "Cradle cap"),
    # session 41's blind review CCC: "treatments for anal fissure" found anal cancer's treatments first
    fixture_record("anal-cancer-tx", "What are the treatments for Anal Cancer ?", "Treatments for anal cancer "
                   "include chemotherapy with radiation therapy and surgery.", "Anal Cancer"),
    fixture_record("fissure-tx", "How are anal fissures treated?", "Most anal fissures heal with softer stools, "
                   "warm baths and an ointment that relaxes the muscle.", "Anal fissure"),
    # session 46's blind review PPP: a mother's kidneys "working at 40 percent" found the diabetic kidney pages first
    fixture_record("diabetic-kidney", "What is (are) Diabetic Kidney Disease ?", "Diabetic kidney disease is kidney "
                   "damage caused by diabetes; keeping blood glucose and blood pressure on target slows it down.",
                   "Diabetic Kidney Disease"),
    fixture_record("ckd", "What is (are) Chronic Kidney Disease ?", "Chronic kidney disease means the kidneys are "
                   "damaged and filter the blood less well; treating blood pressure can slow it down.",
                   "Chronic Kidney Disease"),
]


@pytest.fixture(scope="module")
def declining(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    """A searcher that declines everything and suggests every match, to see which ones the Answerer offers."""
    searcher = searcher_with(tmp_path_factory, encoder, [*tiny_records, *SCALP], "rare")
    searcher.ranker = dataclasses.replace(searcher.ranker, threshold=2.0, suggestion_floor=-100.0)
    return searcher


def test_the_answerer_suggests_a_rare_condition_only_when_it_is_named(declining: Searcher) -> None:
    plain = Answerer().ask(declining, "my baby has yellow crusty scales on his scalp, what is it?")
    assert plain.status == "no_match"
    assert "rare-lch" in [h.record.id for h in plain.matches]
    assert "rare-lch" not in [h.record.id for h in plain.suggestions] and plain.suggestions
    named = Answerer().ask(declining, "could the crusty scales on my baby's scalp be Langerhans cell histiocytosis?")
    assert "rare-lch" in [h.record.id for h in named.suggestions]


def test_the_search_lowers_a_rare_condition_the_message_does_not_name(declining: Searcher) -> None:
    """Session 31: on the graded dev set a first answer about a rare condition the message did not name was graded
    2.17 on average, one it named 2.85; such a record loses ``rare_penalty``, one the message names keeps its score."""
    assert_penalty_lowers(declining, "my baby has yellow crusty scales on his scalp, what is it?", "rare_penalty", 0.5,
                          RARE_UNNAMED, "rare-lch", "cap")
    named = "could the crusty scales on my baby's scalp be Langerhans cell histiocytosis?"
    on = dataclasses.replace(declining.ranker, rare_penalty=0.5)
    assert hits_by_id(declining, named, on)["rare-lch"].features[RARE_UNNAMED] == 0.0


def test_the_shipped_ranker_lowers_unnamed_rare_conditions() -> None:
    assert RankerConfig.load().rare_penalty > 0


def test_the_search_lowers_a_cancer_page_when_the_message_speaks_of_no_cancer(declining: Searcher) -> None:
    """A record about a cancer loses ``cancer_penalty`` for a message that speaks of no cancer nor of what may be one
    and does not name it; one that speaks of a lump, or names the cancer, keeps the record's score."""
    assert_penalty_lowers(declining, "what are the treatments for an anal fissure?", "cancer_penalty", 0.5,
                          CANCER_UNNAMED, "anal-cancer-tx", "fissure-tx")
    on = dataclasses.replace(declining.ranker, cancer_penalty=0.5)
    for spoken in ("what are the treatments for a lump near the anus?", "what are the treatments for anal cancer?"):
        assert hits_by_id(declining, spoken, on)["anal-cancer-tx"].features[CANCER_UNNAMED] == 0.0
    assert RankerConfig.load().cancer_penalty > 0


def test_the_search_lowers_a_diabetes_complication_when_the_message_speaks_of_no_diabetes(declining: Searcher) -> None:
    """A record filed under a complication of diabetes loses ``diabetes_penalty`` for a message that speaks of no
    diabetes and does not name its condition (session 46's blind review PPP); one that speaks of diabetes, its readings
    or its medicines, or names the record's condition, keeps the record's score."""
    assert_penalty_lowers(declining, "my mum's kidneys are only working at 40 percent, can she slow it down?",
                          "diabetes_penalty", 0.5, DIABETES_UNSAID, "diabetic-kidney", "ckd")
    on = dataclasses.replace(declining.ranker, diabetes_penalty=0.5)
    for spoken in ("my mum has type 2 and her kidneys are only working at 40 percent, can she slow it down?",
                   "my mum's on metformin and her kidneys are only working at 40 percent",
                   "what is diabetic kidney disease?"):
        assert hits_by_id(declining, spoken, on)["diabetic-kidney"].features[DIABETES_UNSAID] == 0.0
    assert RankerConfig.load().diabetes_penalty > 0


@pytest.mark.parametrize(("focus", "complication"), [
    ("Diabetic Kidney Disease", True), ("Kidney Disease of Diabetes", True),
    ("Diabetic Neuropathies: The Nerve Damage of Diabetes", True), ("Diabetes, Heart Disease, and Stroke", True),
    ("Prevent diabetes problems: Keep your eyes healthy", True), ("Diabetes Complications", True),
    # diabetes itself, and conditions that only carry its name
    ("Diabetes", False), ("Diabetic Diet", False), ("Diabetes and Pregnancy", False), ("Causes of Diabetes", False),
    ("Diagnosis of Diabetes and Prediabetes", False), ("Maternally inherited diabetes and deafness", False),
    ("Chronic Kidney Disease", False),
])
def test_which_pages_are_filed_under_a_complication_of_diabetes(focus: str, complication: bool) -> None:
    record = QARecord(id="x", question=f"What is (are) {focus} ?", answer="A reviewed answer.", focus=focus,
                      source="Test", url="", reviewed_by="Dr Test")
    assert is_diabetes_complication(record) is complication


def test_what_speaks_of_diabetes() -> None:
    for text in ("my blood sugars are high", "she's on insulin", "my A1c was 7.2", "type 2 for ten years",
                 "had a hypo last night", "just started ozempic"):
        assert speaks_of_diabetes(text), text
    for text in ("numb feet after chemo", "my kidneys are at 40 percent", "blurry vision in one eye"):
        assert not speaks_of_diabetes(text), text
