"""Spelling correction against the corpus's words: the speller alone, stored in an artifact,
inside the Searcher, and through the API and the page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus import QARecord
from indexer.spelling import Spelled, Speller, american_spelling_of, english_words

ENGLISH = ["wife", "stood", "niece", "pills", "those", "today", "really", "related"]


def _record(rid: str, question: str, answer: str, focus: str = "") -> QARecord:
    return QARecord(id=rid, question=question, answer=answer, source="test", url="https://example.org/" + rid,
                    focus=focus)


RECORDS = [
    _record("a1", "What is tinnitus?", "Tinnitus is ringing in the ears. Diabetes is unrelated.", "Tinnitus"),
    _record("a2", "How is tinnitus treated?", "Tinnitus treatment includes sound therapy.", "Tinnitus"),
    _record("b1", "What is diabetes?", "Diabetes means high blood glucose; glucose tests diagnose diabetes.",
            "Diabetes"),
    _record("b2", "How is diabetes treated?", "Diabetes treatment: diet, exercise, medicines and glucose checks.",
            "Diabetes"),
    _record("c1", "What is Dercum disease?", "Dercum disease causes painful fatty growths.", "Dercum disease"),
]


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_records(RECORDS, english=ENGLISH)


def test_misspelled_corpus_words_are_corrected(speller: Speller) -> None:
    spelled = speller.correct("How is diabetis treated, and is tinitus related?")
    assert spelled.text == "How is diabetes treated, and is tinnitus related?"
    assert [(c.original, c.corrected) for c in spelled.corrections] == [("diabetis", "diabetes"),
                                                                         ("tinitus", "tinnitus")]
    assert speller.correct("Diabetis").corrections[0].original == "Diabetis"  # reported as written


def test_names_acronyms_and_first_letters_guard_against_wrong_words() -> None:
    records = [_record(f"d{i}", "What is diabetes?", "Diabetes and CVID. Liquid diet. Farina, restore.")
               for i in range(25)]
    records += [_record(f"e{i}", "Diet for diabetics?", "Diabetics and diet.") for i in range(2)]
    speller = Speller.from_records(records, english=["liquid"])
    # A capitalised word inside a sentence is a name (a drug, a team); at a sentence start it is not.
    assert speller.correct("I take Diabetis pills").corrections == ()
    assert speller.correct("Diabetis. Is it serious?").text == "diabetes. Is it serious?"
    assert speller.correct("is it bad? Diabetis runs in my family").text == "is it bad? diabetes runs in my family"
    # "covid" is one edit from the corpus acronym "CVID": acronyms are never targets.
    assert speller.correct("what is covid").corrections == ()
    # Typos rarely change the first letter: "eliquis" is not "liquid".
    assert speller.correct("what is eliquis").corrections == ()
    # Two edits only from 8 letters on: "farxiga" is not "farina".
    assert speller.correct("is farxiga safe").corrections == ()
    # "diabetis" shortens "diabetics" but "diabetes" is far more common here.
    assert speller.correct("how is diabetis treated").text == "how is diabetes treated"


def test_left_out_letters_win_a_tie() -> None:
    # "folow" is one edit from both "flow" (more common here) and "follow": patients leave
    # letters out far more often than they add them.
    records = [_record(f"f{i}", "What is flow?", "Blood flow and urine flow.") for i in range(3)]
    records += [_record(f"g{i}", "What to follow?", "Follow the advice.") for i in range(2)]
    speller = Speller.from_records(records, english=[])
    assert speller.correct("folow").text == "follow"


def test_a_word_with_several_letters_left_out_is_corrected_when_nothing_is_closer() -> None:
    """"hemroids" is "hemorrhoids" less three letters, beyond two edits (session 32's blind review Q: the
    hemorrhoid question was declined). Only common words, same first and last letter: a Spanish "infarto" is not
    "infarction"."""
    records = [_record(f"h{i}", "What are hemorrhoids?", "Hemorrhoids are swollen veins; an infarction is not.",
                       "Hemorrhoids") for i in range(12)]
    speller = Speller.from_records(records, english=[])
    assert speller.correct("best treatment for hemroids").text == "best treatment for hemorrhoids"
    assert speller.correct("tuve un infarto").corrections == ()
    rare = Speller.from_records(records[:3], english=[])  # "hemorrhoids" in 3 records: not common enough
    assert rare.correct("hemroids").corrections == ()


def test_english_words_short_words_acronyms_and_rare_terms_are_kept(speller: Speller) -> None:
    for text in ("my wife stood up", "my niece takes those pills", "gluc", "my ECGs are fine",
                 "I wouldn't know", "what is dercum disease", "glucose"):
        spelled = speller.correct(text)
        assert spelled.text == text and spelled.corrections == (), text
    # A word far from every corpus word stays as written.
    assert speller.correct("zygomaticus").corrections == ()
    # A message in capitals is still corrected (acronyms are told apart by mixed case only).
    assert speller.correct("WHAT IS DIABETIS").text == "WHAT IS diabetes"


def test_speller_round_trips_through_an_artifact_folder(tmp_path: Path, speller: Speller) -> None:
    assert Speller.load(tmp_path) is None  # an index built before spelling correction
    speller.save(tmp_path)
    loaded = Speller.load(tmp_path)
    assert loaded is not None
    for text in ("how is diabetis treated", "my wife stood up", "tinitus"):
        assert loaded.correct(text) == speller.correct(text)


def test_the_english_word_list_comes_from_the_package() -> None:
    words = set(english_words())
    assert {"wife", "stood", "niece", "symptoms"} <= words
    assert not {"diabetis", "sympotms", "glacoma"} & words


def test_searcher_corrects_before_searching(searcher) -> None:  # type: ignore[no-untyped-def]
    result = searcher.search("what is tinitus")
    assert [(c.original, c.corrected) for c in result.corrections] == [("tinitus", "tinnitus")]
    assert result.matches[0].record.id == "fx-tinnitus-info"
    plain = searcher.search("what is tinitus", ranker=replace(searcher.ranker, spelling=False))
    assert plain.corrections == ()


def test_api_and_page_say_what_was_corrected(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "how is diabetis treated"}).get_json()
    assert body["spelling"] == [{"from": "diabetis", "to": "diabetes"}]
    assert body["matches"][0]["id"] == "fx-diabetes-treatment"
    assert client.post("/v1/ask", json={"question": "how is diabetes treated"}).get_json()["spelling"] == []
    html = client.get("/", query_string={"q": "how is diabetis treated"}).get_data(as_text=True)
    assert "Searched with the spelling <strong>diabetes</strong> (you wrote “diabetis”)" in html


def test_spanish_words_and_accented_words_are_not_corrected_into_english() -> None:
    """"tengo" was searched as "tango" and "presión" read as "presi" + "n" -> "press" (re-review of session 19):
    common Spanish words and words with letters outside ASCII are left alone; the English typo next to them is not."""
    records = [*RECORDS, *(_record(f"d{i}", "What is a tango?", "A tango is a dance; press the pedal.", "Tango")
                           for i in range(3))]
    speller = Speller.from_records(records, english=[*ENGLISH, "press", "tango"])
    spelled = speller.correct("tengo diabetis y la presión alta")
    assert spelled.text == "tengo diabetes y la presión alta"
    assert [(c.original, c.corrected) for c in spelled.corrections] == [("diabetis", "diabetes")]
    assert speller.correct("Ménière's and tinitus").text == "Ménière's and tinnitus"


def test_everyday_words_the_english_list_lacks_are_not_corrected() -> None:
    """"googling" was shown as corrected to "gargling" (session 25's blind review), "texted" to "tested": everyday
    words missing from the English list are left alone even where a corpus word is one edit away."""
    records = [*RECORDS, *(_record(f"g{i}", "Does gargling help?", "Gargling salt water was tested. Spotting is "
                                   "light bleeding; barry is a name; gamma rays.", "Sore throat") for i in range(3))]
    speller = Speller.from_records(records, english=ENGLISH)
    assert speller.correct("I was gargling").text == "I was gargling"
    spelled = speller.correct("after googling I texted my diabetis nurse")
    assert spelled.text == "after googling I texted my diabetes nurse"
    assert [(c.original, c.corrected) for c in spelled.corrections] == [("diabetis", "diabetes")]
    assert speller.correct("gargeling").text == "gargling"
    assert speller.correct("a barky cough and snotting").text == "a barky cough and snotting"  # not barry, spotting
    assert speller.correct("my gramma keeps falling").corrections == ()  # not "gamma" (session 32)
    # contractions typed without the apostrophe (session 33's blind review Y: "didnt" shown as "didn"), where the
    # corpus has the words one edit away: read as before, not shown
    there = [_record(f"c{i}", "Is there a cure?", "There is none; it didn't help, it doesn't matter.", "Sore throat")
             for i in range(3)]
    contracted = Speller.from_records([*records, *there], english=ENGLISH)
    spelled = contracted.correct("i didnt sleep and theres a noise, she doesnt know")
    assert spelled.corrections == () and spelled.text == "i didn sleep and there a noise, she doesn know"


def test_british_spellings_are_searched_as_american_without_being_shown_as_typos() -> None:
    """Session 37's blind review KK: "neighbours" was shown corrected to "neighbors", as if misspelled."""
    records = [*RECORDS, *(_record(f"n{i}", "Is it catching?", "Neighbors and the color of hemoglobin in a tumor.",
                                   "Sore throat") for i in range(3))]
    speller = Speller.from_records(records, english=ENGLISH)
    spelled = speller.correct("my neighbours say the colour of my haemoglobin and a tumour, diabetis")
    assert spelled.text == "my neighbors say the color of my hemoglobin and a tumor, diabetes"
    assert [(c.original, c.corrected) for c in spelled.corrections] == [("diabetis", "diabetes")]
    assert american_spelling_of("paediatric", "pediatric") and american_spelling_of("anaesthetise", "anesthetize")
    assert not american_spelling_of("diabetis", "diabetes") and not american_spelling_of("glacoma", "glaucoma")


def test_a_medicine_name_is_corrected_only_into_another_name_of_the_same_medicine() -> None:
    """Lower-case brand names were read as ordinary corpus words ("abilify" -> "ability", "androgel" ->
    "androgen": 337 of the eval index's 7,386 medicine names of five letters or more); a name is now corrected
    only into a name of the same medicine ("amlodipino" -> "amlodipine")."""
    records = [*RECORDS, *(_record(f"m{i}", "What is amlodipine?", "Amlodipine lowers blood pressure; ability to "
                                   "walk improves.", "Amlodipine") for i in range(3))]
    speller = Speller.from_records(records, english=ENGLISH)
    names = {"abilify": "aripiprazole", "aripiprazole": "aripiprazole", "amlodipino": "amlodipine",
             "amlodipine": "amlodipine"}
    assert speller.correct("my abilify").text == "my ability"  # what happened before
    spelled = speller.correct("my abilify and amlodipino, diabetis", names=names)
    assert spelled.text == "my abilify and amlodipine, diabetes"
    assert [c.original for c in spelled.corrections] == ["amlodipino", "diabetis"]


def test_words_to_keep_are_left_as_written() -> None:
    speller = Speller.from_records(RECORDS, english=ENGLISH)
    assert speller.correct("what is tinitus").text == "what is tinnitus"
    assert speller.correct("what is tinitus", keep={"tinitus"}) == Spelled("what is tinitus", ())
