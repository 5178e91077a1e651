"""Questions about taking medicines together get a line saying the answer does not cover that
(indexer/combining.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import QARecord
from indexer.combining import COMBINING_NOTE, MEDICINE_WORDS_FILE, MedicineWords, about_combining
from indexer.drug_dictionary import DrugDictionary
from indexer.spelling import english_word_counts

WORDS = MedicineWords({"eliquis": "apixaban", "apixaban": "apixaban", "ibuprofen": "ibuprofen",
                       "advil": "ibuprofen", "sertraline": "sertraline", "tramadol": "tramadol",
                       "atorvastatin": "atorvastatin"})


@pytest.mark.parametrize("text", [
    "I take Eliquis, is it ok to take ibuprofen for my back pain?",
    "can I take tramadol with my sertraline",
    "does advil interact with blood thinners?",
    "my dad is on eliquis, can he take antibiotics at the same time",
    "is it safe to take ibuprofen while on my other medications?",
    # named in the story, referred to in the question (session 22's review)
    "My dad has been on atorvastatin for years and his new doctor added tramadol. Is it safe to take them together?",
    "I take sertraline and was given tramadol after surgery. Should these two be taken at the same time?",
    # session 33's last blind review: "is that ok with"
    "I want to take Advil for a few days for my knee. Is that ok with sertraline?",
    # a choice with words of taking them together is still about both (session 40)
    "can I take tramadol or advil with my sertraline",
])
def test_a_question_about_two_medicines_together_is_recognised(text: str) -> None:
    assert WORDS.asks_about_combining(text), text


@pytest.mark.parametrize("text", [
    "how much ibuprofen can I take for a headache?",  # one medicine
    "I've been on atorvastatin for a year, my statin makes my legs ache",  # the medicine and its own kind
    "I took advil and eliquis is what my mother takes",  # two medicines, nothing about taking them together
    "what is the best treatment for back pain?",
    # two medicines named, and "them" in a sentence that does not ask about taking anything
    "I take sertraline and tramadol. I keep forgetting them. Can I take a bath after a run?",
    # one or the other, asked as a choice (session 40's blind review UU)
    "got terrible diarrhea on day 3 of my trip, what should i do? should i take advil or antibiotics",
    "should I use ibuprofen or tramadol for my knee?",
])
def test_a_question_about_one_medicine_is_not(text: str) -> None:
    assert not WORDS.asks_about_combining(text), text


def test_the_names_are_read_only() -> None:
    assert WORDS.names["eliquis"] == "apixaban"
    with pytest.raises(TypeError):
        WORDS.names["eliquis"] = "warfarin"  # type: ignore[index]


def test_a_record_about_interactions_needs_no_line() -> None:
    leaflet = QARecord(id="i", question="Are there interactions between Ginkgo and other medications ?", answer="Yes.",
                       qtype="interactions with medications")
    overview = QARecord(id="o", question="What are the treatments for Back Pain ?", answer="Rest.", qtype="treatment")
    assert about_combining(leaflet) and not about_combining(overview)


def test_the_words_come_from_the_dictionary_and_leave_out_ordinary_words() -> None:
    words = DrugDictionary.bundled().medicine_words(english_word_counts())
    assert words["eliquis"] == "apixaban" and words["tylenol"] == "acetaminophen"
    assert words["ibuprofen"] == "ibuprofen" and words["aspirin"] == "aspirin"  # common words, but their own names
    assert "armour" not in words and "generic" not in words and "alcohol" not in words  # ordinary English words


def test_a_missing_dictionary_package_is_a_build_error_that_says_how_to_install_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from indexer.errors import BuildError

    monkeypatch.setitem(sys.modules, "drug_named_entity_recognition", None)  # import fails as if not installed
    DrugDictionary.bundled.cache_clear()
    try:
        with pytest.raises(BuildError, match="drug-named-entity-recognition==2.0.9"):
            DrugDictionary.bundled()
    finally:
        DrugDictionary.bundled.cache_clear()


def test_the_words_survive_saving_and_an_index_without_them_has_none(tmp_path: Path) -> None:
    WORDS.save(tmp_path)
    assert (tmp_path / MEDICINE_WORDS_FILE).is_file()
    assert MedicineWords.load(tmp_path).named("tramadol and Advil") == {"tramadol", "ibuprofen"}
    assert len(MedicineWords.load(tmp_path / "older")) == 0


def test_the_api_adds_the_line_to_an_answer_that_does_not_cover_combining(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    both = client.post("/v1/ask", json={"question": "How is low back pain treated? I take Eliquis, can I take "
                                                    "ibuprofen with it?"})
    data = both.get_json()
    assert data["status"] == "answered" and data["answer"]["id"].startswith("fx-backpain")
    assert data["message"].endswith(COMBINING_NOTE) and data["caution"] == COMBINING_NOTE
    one = client.post("/v1/ask", json={"question": "How is low back pain treated?"}).get_json()
    assert one["status"] == "answered" and COMBINING_NOTE not in one["message"] and one["caution"] is None


def test_the_page_shows_the_line_apart_before_the_answer(app_factory) -> None:  # type: ignore[no-untyped-def]
    """It was the last sentence of the small print under the answer (blind review, session 20)."""
    client = app_factory().test_client()
    html = client.post("/", data={"q": "How is low back pain treated? I take Eliquis, can I take ibuprofen with "
                                        "it?"}).get_data(as_text=True)
    assert html.count(COMBINING_NOTE) == 1
    caution = html.index(f'<p class="caution" role="note">{COMBINING_NOTE}</p>')
    assert html.index("<h2>How is low back pain treated?</h2>") < caution < html.index('class="disclaimer"')
    plain = client.post("/", data={"q": "How is low back pain treated?"}).get_data(as_text=True)
    assert 'class="caution"' not in plain


def test_a_leaflet_that_names_the_other_medicine_covers_taking_them_together() -> None:
    """Session 33's blind review: simvastatin's precautions name clarithromycin, and the line said the answer did not
    cover taking the two together. A condition's page that lists both does not cover it, nor does a leaflet silent on
    the other medicine, nor any page for a kind of medicine ("my blood thinner")."""
    words = MedicineWords({"simvastatin": "simvastatin", "clarithromycin": "clarithromycin",
                           "biaxin": "clarithromycin", "ibuprofen": "ibuprofen"})
    leaflet = QARecord(id="s", question="Are there safety concerns or special precautions about Simvastatin ?",
                       answer="Tell your doctor if you take clarithromycin (Biaxin) or itraconazole.",
                       qtype="precautions", focus="Simvastatin")
    silent = QARecord(id="t", question="How should Simvastatin be used ?", answer="Take it in the evening.",
                      qtype="usage", focus="Simvastatin")
    condition = QARecord(id="c", question="What are the treatments for High cholesterol ?",
                         answer="Simvastatin; for pain, clarithromycin is not used.", qtype="treatment",
                         focus="High cholesterol")
    asked = "I take simvastatin and urgent care gave me Biaxin. Can I take them together?"
    assert words.asks_about_combining(asked)
    assert words.named_in(asked, leaflet)
    assert not words.named_in(asked, silent) and not words.named_in(asked, condition)
    assert words.named_in(f"{asked} The pharmacist said to stop it while I am on the antibiotic.", leaflet)
    assert not words.named_in("can I take simvastatin with my blood thinner?", leaflet)


def test_a_condition_page_that_speaks_of_taking_both_covers_them() -> None:
    """Session 34's blind review CC: "can i give both calpol and nurofen?" got the fever page, which says "Sometimes
    doctors advise you to use both types of medicine", and the line said it did not cover combining them."""
    words = MedicineWords({"calpol": "acetaminophen", "acetaminophen": "acetaminophen", "tylenol": "acetaminophen",
                           "nurofen": "ibuprofen", "ibuprofen": "ibuprofen", "advil": "ibuprofen"})
    asked = "my 14 month old has 39.2 fever, playing ok. can i give both calpol and nurofen?"
    fever = QARecord(id="f", question="What to do for Fever ?", qtype="what to do", focus="Fever",
                     answer="Acetaminophen (Tylenol) and ibuprofen (Advil) help reduce fever. Sometimes doctors advise "
                            "you to use both types of medicine.")
    lists = QARecord(id="l", question="What are the treatments for Back pain ?", qtype="treatment", focus="Back pain",
                     answer="Acetaminophen or ibuprofen may help the pain.")
    one = QARecord(id="o", question="What to do for Fever ?", qtype="what to do", focus="Fever",
                   answer="Acetaminophen helps reduce fever. Sometimes doctors advise you to use both.")
    assert words.asks_about_combining(asked)
    assert words.named_in(asked, fever)
    assert not words.named_in(asked, lists) and not words.named_in(asked, one)
