"""A side-effects question answered from a medicine's leaflet that has no section on side effects gets a line
saying so (indexer/answer.py SIDE_EFFECTS_NOTE; session 28's reviews: "side effects of lisinopril" got its dosage)."""

from __future__ import annotations

import pytest

from indexer.answer import (
    DOSE_NOTE,
    PREGNANCY_NO_MATCH_NOTE,
    PREGNANCY_NOTE,
    SIDE_EFFECTS_NOTE,
    STOPPING_NOTE,
    Answerer,
    pregnancy_note,
)
from indexer.combining import MedicineWords
from indexer.search import Searcher

from .support import searcher_with
from .test_medicines import leaflet

LISINO = "https://example.org/meds/lisinopril.html"
LEAFLETS = [
    leaflet("lisino-usage", "How should Lisinopril be used and what is the dosage ?",
            "Lisinopril comes as a tablet to take by mouth. It is usually taken once a day. Take it at around the "
            "same time every day.", "Lisinopril", "usage", url=LISINO),
    leaflet("lisino-missed", "What should I do if I forget a dose of Lisinopril ?",
            "Take the missed dose as soon as you remember it. However, if it is almost time for the next dose, skip "
            "the missed dose. Do not take a double dose to make up for a missed one.", "Lisinopril", "forget a dose",
            url=LISINO),
    leaflet("predni-side", "What are the side effects or risks of Prednisone ?",
            "Prednisone may cause side effects: headache, dizziness, difficulty falling asleep, extreme changes in "
            "mood, increased sweating, acne.", "Prednisone", "side effects", url="https://example.org/prednisone"),
]


@pytest.fixture(scope="module")
def with_leaflets(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *LEAFLETS], "side-effects")


def test_a_leaflet_without_side_effects_says_so(with_leaflets: Searcher) -> None:
    answer = Answerer().ask(with_leaflets, "does lisinopril have side effects")
    assert answer.status == "answered" and answer.answer is not None
    assert answer.answer.record.id.startswith("lisino-")
    assert answer.caution == SIDE_EFFECTS_NOTE and answer.message.endswith(SIDE_EFFECTS_NOTE)


@pytest.mark.parametrize("question", [
    "what are the side effects of prednisone",  # the leaflet has the section
    "how should I take lisinopril, what is the dosage",  # not a side-effects question
    "what are the symptoms of type 2 diabetes",  # not a leaflet
])
def test_no_line_when_the_section_exists_or_was_not_asked_for(with_leaflets: Searcher, question: str) -> None:
    answer = Answerer().ask(with_leaflets, question)
    assert answer.status == "answered" and answer.caution is None and SIDE_EFFECTS_NOTE not in answer.message


def test_a_dose_asked_of_a_medicine_the_answer_is_not_about_says_so(with_leaflets: Searcher) -> None:
    """Session 33's blind review: "how many colchicine tablets maximum per day?" got the gout treatment page."""
    answer = Answerer().ask(with_leaflets, "How is low back pain treated? How many ibuprofen tablets can I take a day?")
    assert answer.status == "answered" and answer.answer is not None
    assert answer.answer.record.id.startswith("fx-backpain")
    assert answer.caution is not None and DOSE_NOTE in answer.caution and answer.message.endswith(answer.caution)


@pytest.mark.parametrize("question", [
    "how many mg of lisinopril can I take, what is the dosage",  # the medicine's own leaflet answers
    "How is low back pain treated? I take ibuprofen sometimes.",  # no dose asked
    "How is low back pain treated? What dose of exercise is enough?",  # no medicine named
    # an amount of food or drink asked, a medicine named in the story (session 34's blind review CC: a child on insulin,
    # "How much juice or glucose should he have?")
    "How is low back pain treated? I take ibuprofen. How much water should I have?",
])
def test_no_dose_line_for_the_medicine_s_own_leaflet_or_no_dose_asked(with_leaflets: Searcher, question: str) -> None:
    answer = Answerer().ask(with_leaflets, question)
    assert answer.status == "answered" and DOSE_NOTE not in answer.message


def test_a_medicine_with_no_leaflet_asked_about_its_effects_says_so(with_leaflets: Searcher) -> None:
    """Session 34's last blind review: "My son takes montelukast (Singulair) ... very bad nightmares ... Can this
    medicine do this to a child?" got the asthma treatment page with no line under it; the index has no leaflet on
    the medicine's side effects."""
    answer = Answerer().ask(with_leaflets, "How is low back pain treated? Could the ibuprofen be causing my stomach "
                                           "pain?")
    assert answer.status == "answered" and answer.answer is not None
    assert answer.answer.record.id.startswith("fx-backpain")
    assert answer.caution is not None and SIDE_EFFECTS_NOTE in answer.caution


@pytest.mark.parametrize("question", [
    "How is low back pain treated? I take ibuprofen sometimes.",  # no effect of the medicine asked about
    "what are the side effects of prednisone",  # its leaflet answers
])
def test_no_side_effects_line_when_not_asked_or_a_leaflet_answers(with_leaflets: Searcher, question: str) -> None:
    answer = Answerer().ask(with_leaflets, question)
    assert answer.status == "answered" and SIDE_EFFECTS_NOTE not in answer.message


@pytest.mark.parametrize(("answered_question", "declined_question", "note", "declined_note"), [
    # session 35's blind reviews: "can i just stop propranolol?" and "stopped bupropion cold turkey" were declined with
    # nothing said about stopping a medicine suddenly
    ("How is low back pain treated? Can I just stop taking my ibuprofen?",
     "can i just stop propranolol? i take 40mg twice a day", STOPPING_NOTE, STOPPING_NOTE),
    # session 43's blind review GGG: "can i take ibuprofen for back pain when pregnant? 24 weeks" got a page on back
    # pain medicines that recommends anti-inflammatories and never mentions pregnancy
    ("How is low back pain treated? Can I take ibuprofen when pregnant?",
     "is it ok to take sudafed while breastfeeding", PREGNANCY_NOTE, PREGNANCY_NO_MATCH_NOTE),
])
def test_a_medicine_line_goes_under_an_answer_and_a_decline(
    with_leaflets: Searcher, answered_question: str, declined_question: str, note: str, declined_note: str
) -> None:
    answered = Answerer().ask(with_leaflets, answered_question)
    assert answered.status == "answered" and answered.answer is not None
    assert answered.answer.record.id.startswith("fx-backpain")
    assert answered.caution is not None and note in answered.caution
    declined = Answerer().ask(with_leaflets, declined_question)
    assert declined.status == "no_match" and declined_note in declined.message


@pytest.mark.parametrize("question", [
    "how do I stop my migraines coming back",  # nothing stopped but the illness
    "what medicine can stop my cough",
    "How is low back pain treated? I take ibuprofen sometimes.",  # no stopping asked
])
def test_no_stopping_line_when_no_medicine_is_stopped(with_leaflets: Searcher, question: str) -> None:
    assert STOPPING_NOTE not in Answerer().ask(with_leaflets, question).message


@pytest.mark.parametrize(("question", "answer", "note"), [
    ("im 24 weeks pregnant, can i take paracetamol", "Paracetamol is used for pain.", PREGNANCY_NOTE),
    ("my wife is pregnant, can she take antibiotics", None, PREGNANCY_NO_MATCH_NOTE),
    ("is ibuprofen safe in the third trimester", "Ibuprofen relieves pain.", PREGNANCY_NOTE),
    # the answer speaks of pregnancy or breastfeeding itself
    ("can I take ibuprofen while pregnant", "Do not take ibuprofen after 20 weeks of pregnancy.", ""),
    ("sudafed while breastfeeding?", "It may reduce milk supply in women who are breast-feeding.", ""),
    # no pregnancy now: denied, hoped for, a question, over
    ("I am not pregnant, can I take ibuprofen", "Ibuprofen relieves pain.", ""),
    ("trying to get pregnant, which vitamins should I take", "Folic acid helps.", ""),
    ("could I be pregnant after missing my pill", "The pill prevents pregnancy.", ""),
    ("I stopped breastfeeding last month, can I take my pills again", "Take them daily.", ""),
    # no medicine
    ("I'm 30 weeks pregnant, is it safe to fly?", None, ""),
])
def test_the_pregnancy_line_reads_a_pregnancy_now_and_a_medicine(question: str, answer: str | None, note: str) -> None:
    words = MedicineWords({"paracetamol": "paracetamol", "ibuprofen": "ibuprofen", "sudafed": "pseudoephedrine"})
    assert pregnancy_note(question, words, answer) == note
