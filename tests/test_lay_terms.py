"""Lay words for conditions are searched next to their medical names (indexer/lay_terms.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.focus import normalize
from indexer.lay_terms import LAY_TERMS_FILE, LayTerm, LayTerms, LayTermsError, load_lay_terms

TERMS = LayTerms([
    LayTerm("low thyroid", "hypothyroidism"),
    LayTerm("underactive thyroid", "hypothyroidism"),
    LayTerm("athlete's foot", "tinea pedis"),
    LayTerm("slipped disc", "herniated disk"),
    LayTerm("mono", "infectious mononucleosis"),
    LayTerm("blood clot in my leg", "deep vein thrombosis"),
    LayTerm("clot in my leg", "deep vein thrombosis"),
    LayTerm("can't sleep", "insomnia"),
])


@pytest.mark.parametrize(("text", "expected"), [
    ("what are the symptoms of low thyroid?", "what are the symptoms of low thyroid (hypothyroidism)?"),
    ("Low Thyroid symptoms", "Low Thyroid (hypothyroidism) symptoms"),
    ("my athletes foot is back", "my athletes foot (tinea pedis) is back"),
    ("my athlete’s foot is back", "my athlete’s foot (tinea pedis) is back"),
    ("two slipped discs in my back", "two slipped discs (herniated disk) in my back"),
    ("I can't sleep", "I can't sleep (insomnia)"),
    # The longest phrase is read, once.
    ("a blood clot in my leg after a flight", "a blood clot in my leg (deep vein thrombosis) after a flight"),
])
def test_the_medical_name_is_written_after_the_lay_phrase(text: str, expected: str) -> None:
    expanded, added = TERMS.expand(text)
    assert expanded == expected
    assert added and added[0].medical in expected and added[0].lay in text


@pytest.mark.parametrize("text", [
    "is mono-unsaturated fat healthy?",  # a lay word inside a longer word is not the lay word
    "my monologue about thyroid tests",
    "low thyroid (hypothyroidism) runs in my family",  # the medical name is already there
    "what helps a cough at night",
])
def test_nothing_is_added_where_no_lay_phrase_stands_alone(text: str) -> None:
    assert TERMS.expand(text) == (text, ())


def test_text_around_a_phrase_whose_name_is_there_already_is_kept() -> None:
    text = "low thyroid (hypothyroidism) and an underactive thyroid, plus athletes foot"
    assert TERMS.expand(text) == (
        "low thyroid (hypothyroidism) and an underactive thyroid, plus athletes foot (tinea pedis)",
        (LayTerm("athletes foot", "tinea pedis"),))


def test_a_medical_name_is_added_once() -> None:
    expanded, added = TERMS.expand("low thyroid or underactive thyroid, same thing?")
    assert added == (LayTerm("low thyroid", "hypothyroidism"),)
    assert expanded.count("hypothyroidism") == 1


def test_only_conditions_the_index_files_and_does_not_already_name_are_kept() -> None:
    keys = {normalize(k) for k in ["hypothyroidism", "tinea pedis", "athlete's foot", "insomnia", "mono",
                                   "infectious mononucleosis"]}
    terms = LayTerms([*TERMS.terms, LayTerm("athlete's foot", "tinea pedis")])
    kept = terms.restricted_to(keys, focus_names=["Athlete's Foot", "Infectious Mononucleosis", "Insomnia"])
    assert {(t.lay, t.medical) for t in kept.terms} == {
        ("low thyroid", "hypothyroidism"), ("underactive thyroid", "hypothyroidism"), ("can't sleep", "insomnia"),
        # "mono" is only a synonym there: the encoder does not know it, the medical name helps
        ("mono", "infectious mononucleosis")}
    # "athlete's foot" is a focus name there: its own records say it, its own words find them.
    assert kept.expand("athlete's foot cream") == ("athlete's foot cream", ())


def test_a_medicine_is_read_as_its_kind_unless_the_index_has_its_leaflet() -> None:
    """Session 24: brand and generic names of common medicines stand for the page on their kind of medicine
    ("is that from the crestor" -> statins); a medicine with a leaflet of its own is found by its own name."""
    bundled = LayTerms.read(LAY_TERMS_FILE)
    keys = {normalize(k) for k in ["statins", "antidepressants", "blood thinners", "simvastatin"]}
    kept = bundled.restricted_to(keys, focus_names=["Statins", "Antidepressants", "Blood Thinners", "Simvastatin"])
    assert kept.expand("my legs ache since I started Crestor")[1] == (LayTerm("Crestor", "statins"),)
    assert kept.expand("switched from Zoloft to Lexapro")[1] == (LayTerm("Zoloft", "antidepressants"),)
    assert kept.expand("bruising on Eliquis")[1] == (LayTerm("Eliquis", "blood thinners"),)
    assert kept.expand("simvastatin and grapefruit")[1] == ()


def test_a_newer_name_of_a_condition_is_read_as_the_name_the_corpus_files_it_under() -> None:
    bundled = LayTerms.read(LAY_TERMS_FILE)
    keys = {normalize(k) for k in ["primary biliary cirrhosis", "monkeypox virus infections"]}
    kept = bundled.restricted_to(keys, focus_names=["Primary Biliary Cirrhosis", "Monkeypox Virus Infections"])
    assert kept.expand("my mum has primary biliary cholangitis")[1] == (
        LayTerm("primary biliary cholangitis", "primary biliary cirrhosis"),)
    assert kept.expand("is mpox still around")[1] == (LayTerm("mpox", "monkeypox virus infections"),)


def test_a_malformed_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "lay.tsv"
    path.write_text("# comment\nlow thyroid\thypothyroidism\npink eye conjunctivitis\n", encoding="utf-8")
    with pytest.raises(LayTermsError, match=r"lay\.tsv:3: expected"):
        LayTerms.read(path)


def test_the_bundled_list_reads_and_has_no_repeated_line() -> None:
    terms = LayTerms.read(LAY_TERMS_FILE)
    pairs = [(t.lay.lower(), t.medical.lower()) for t in terms.terms]
    assert len(pairs) > 50
    assert len(set(pairs)) == len(pairs)
    assert all(normalize(lay) != normalize(medical) for lay, medical in pairs)


def test_the_searcher_reads_lay_words_for_the_conditions_its_index_has(searcher) -> None:  # type: ignore[no-untyped-def]
    lay = {t.lay for t in searcher.lay_terms.terms}
    assert "bladder infection" in lay  # urinary tract infection is a fixture focus
    assert "low thyroid" not in lay  # the fixture corpus has nothing about the thyroid
    ranker = replace(searcher.ranker, lay_terms=True)
    query = searcher.prepare("bladder infection again, what now?", ranker)
    assert "(urinary tract infection)" in query.analysis.text
    assert "urinary tract infection" not in query.text
    # The classifiers read the message as written, not the expansion: the very vector it gets without lay words.
    plain = searcher.prepare("bladder infection again, what now?", replace(ranker, lay_terms=False))
    np.testing.assert_array_equal(query.message_vector, plain.message_vector)
    result = searcher.search("Bladder infection again, what now?", ranker=ranker)
    assert result.matches[0].record.focus == "Urinary tract infection"
    assert result.read_as == (LayTerm("Bladder infection", "urinary tract infection"),)


def test_the_ranker_can_turn_lay_words_off(searcher) -> None:  # type: ignore[no-untyped-def]
    ranker = replace(searcher.ranker, lay_terms=False)
    query = searcher.prepare("bladder infection again, what now?", ranker)
    assert query.analysis.text == query.text


def test_api_and_page_say_which_medical_name_was_searched(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "bladder infection again, what now?"}).get_json()
    assert body["read_as"] == [{"wrote": "bladder infection", "searched": "urinary tract infection"}]
    assert body["matches"][0]["id"].startswith("fx-uti")
    assert client.post("/v1/ask", json={"question": "how is a urinary tract infection treated"}).get_json()[
        "read_as"] == []
    html = client.get("/", query_string={"q": "bladder infection again, what now?"}).get_data(as_text=True)
    assert "Also searched for <strong>urinary tract infection</strong> (for “bladder infection”)." in html


def test_a_message_in_another_language_is_not_said_to_be_read_as_a_medical_name(client, searcher) -> None:  # type: ignore[no-untyped-def]
    """Spanish is not searched as English: "UTI" inside it is not announced as a medical name searched."""
    question = "tengo otra vez una UTI y me duele mucho al orinar, que puedo tomar en casa?"
    assert searcher.search(question).read_as  # the search alone would say so
    answer = client.post("/v1/ask", json={"question": question}).get_json()
    assert answer["reason"] == "language" and answer["read_as"] == []
    assert "Also searched for" not in client.post("/", data={"q": question}).get_data(as_text=True)


def test_the_service_reads_a_clinics_own_lay_words_or_none(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "lay.tsv"
    own.write_text("# our patients' words\nwaterworks trouble\turinary tract infection\n", encoding="utf-8")
    body = app_factory(lay_terms=str(own)).test_client().post(
        "/v1/ask", json={"question": "how is waterworks trouble treated?"}).get_json()
    assert body["read_as"] == [{"wrote": "waterworks trouble", "searched": "urinary tract infection"}]
    # The file replaces the bundled list.
    assert app_factory(lay_terms=str(own)).test_client().post(
        "/v1/ask", json={"question": "bladder infection again, what now?"}).get_json()["read_as"] == []
    assert app_factory(lay_terms="off").test_client().post(
        "/v1/ask", json={"question": "bladder infection again, what now?"}).get_json()["read_as"] == []


def test_a_bad_lay_words_file_stops_the_start_naming_it(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "lay.tsv"
    bad.write_text("waterworks trouble urinary tract infection\n", encoding="utf-8")
    with pytest.raises(LayTermsError, match=r"lay\.tsv:1: expected"):
        app_factory(lay_terms=str(bad))
    with pytest.raises(LayTermsError, match=r"lay words file .*missing\.tsv"):
        app_factory(lay_terms=str(tmp_path / "missing.tsv"))
    assert load_lay_terms("off").terms == ()
    assert len(load_lay_terms("bundled")) == len(LayTerms.bundled())


def test_the_words_of_a_lay_phrase_are_not_spelling_corrected() -> None:
    assert TERMS.words_in("my athletes foot and low thyroid") == {"athletes", "foot", "low", "thyroid"}
    assert TERMS.words_in("a low mood") == frozenset()


def test_a_pap_test_does_not_name_pulmonary_alveolar_proteinosis() -> None:
    """Session 31's blind review O: "What happens after an abnormal Pap test?" got the PAP pages (the focus key "pap"
    is an acronym of pulmonary alveolar proteinosis)."""
    from indexer.focus import FocusIndex

    index = FocusIndex.from_mapping({"pap": [7], "pulmonary alveolar proteinosis": [7],
                                     "cervical cancer screening": [3]})
    assert index.match("what happens after an abnormal Pap test?") == {}
    assert index.match("my pap smears came back abnormal") == {}
    assert index.match("is PAP (pulmonary alveolar proteinosis) inherited?") == {
        "pap": [7], "pulmonary alveolar proteinosis": [7]}
    assert index.match("acquired PAP treatment") == {"pap": [7]}


def test_tingling_feet_and_dizziness_on_standing_name_their_medical_pages() -> None:
    """Session 34's blind reviews: "pins and needles in both feet" got hand spasms and diabetic nerve damage for a
    writer with no diabetes; "dizzy when I stand up" got the general dizziness page."""
    terms = LayTerms.bundled()
    text, added = terms.expand("For 3 months I have numbness in both feet, what could cause it?")
    assert {t.medical for t in added} == {"peripheral neuropathy", "paresthesia"}
    assert "numbness in both feet (paresthesia; peripheral neuropathy)" in text
    _, added = terms.expand("I get dizzy when I stand up too fast")
    assert [t.medical for t in added] == ["orthostatic hypotension"]


@pytest.mark.parametrize(("text", "medical"), [
    # blind review CC (session 34): each was declined while the page for its medical name was the first suggestion
    ("Lately my urine is very foamy, like bubbles that stay", "proteinuria"),
    ("the nurse showed me a bedsore on her tailbone", "pressure ulcers"),
    ("dad confused after hip surgery, is it dementia?", "delirium"),
    # blind review DDD (session 42): local words and brands for a condition or a medicine the index has pages on
    ("In our village many people have elephant leg, one leg very swollen", "lymphatic filariasis"),
    ("My genotype is AS and my fiancee is also AS, am I sick?", "sickle cell disease"),
    ("Ultrasound shows PCOD. Will I be able to conceive?", "polycystic ovary syndrome"),
    ("My daughter is taking Eptoin tablet for fits, now her gums are swelling", "phenytoin"),
    # blind review EEE: terse messages declined while their condition's page was the first suggestion
    ("fingers go white in the cold", "Raynaud's disease"),
    ("winter depression light box", "seasonal affective disorder"),
    ("lump behind knee no pain", "bakers cyst"),
    # blind review FFF: young people's slang and brands
    ("r zyns actually safer than smoking?", "nicotine and tobacco"),
    ("im on my first test cycle, what side effects should i watch for", "anabolic steroids"),
    ("is it ok to take benadryl every night to sleep", "diphenhydramine"),
    ("how well does the birth control patch work", "ethinyl estradiol and norelgestromin transdermal patch"),
    ("my helix piercing is red and puffy, is it infected?", "piercing and tattoos"),
    # blind review GGG (session 43): pregnancy and breastfeeding words
    ("the midwife says I need an anti-D injection, why?", "rh incompatibility"),
    ("Tested positive for group B strep at 36 weeks", "group b streptococcus - pregnancy"),
    ("how can i increase my breast milk supply?", "overcoming breastfeeding problems"),
    # blind review HHH (session 43): work words
    ("typing all day, is this RSI?", "repetitive motion disorders"),
    ("burnt my hand on a hot oven tray at work", "burns"),
    # blind review III (session 43): the British spelling
    ("the scan showed vesicoureteric reflux grade 3", "vesicoureteral reflux"),
    # blind review JJJ (session 44): procedures by the names patients are given
    ("having a gastroscopy next tuesday, will i be awake?", "EGD - esophagogastroduodenoscopy"),
    ("letter says nil by mouth from midnight, can I have a sip of water?", "The night before your surgery"),
    # blind review KKK (session 44): symptoms in plain words
    ("one side of my scrotum feels like a bag of worms when i stand", "Varicocele"),
    ("I get asian flush after one beer, why?", "Acute alcohol sensitivity"),
    ("my son's stammering is getting worse at school", "stuttering"),
    ("i keep getting a phantom smell of burning toast", "Problems with Smell"),
    ("our baby is going yellow, she's 4 days old", "jaundice"),
    # blind reviews QQQ to TTT (session 47)
    ("the room spins every time i roll over in bed", "vertigo"),
    ("I get dizzy when I roll over at night", "benign positional vertigo"),
    ("excema on my hands", "eczema"),
    ("is IBD the same as crohns?", "inflammatory bowel disease"),
    ("golfers elbow, how long to heal?", "tendinitis"),
    ("I think its a hamstring strain from football", "sprains and strains"),
    ("my grandmother in the nursing home has started wetting herself", "urinary incontinence"),
    ("Is it normal to forget where I put my keys all the time at 45?", "memory"),
    # blind review UUU (session 47): parents' words
    ("red rash on his cheeks like someone slapped him", "fifth disease"),
    ("my 3 year old is constipated, what can I give her?", "constipation"),
    ("is 8 too young, could it be early puberty?", "precocious puberty"),
])
def test_the_lay_words_of_the_blind_reviews(text: str, medical: str) -> None:
    _, added = LayTerms.bundled().expand(text)
    assert [t.medical for t in added] == [medical]


def test_gbs_is_not_read_as_group_b_strep() -> None:
    """GBS is also Guillain-Barre syndrome (two graded messages call it that), so only the spelled-out strep is read."""
    _, added = LayTerms.bundled().expand("my husband had GBS after the flu, will he walk again?")
    assert not added


def test_a_genotype_compared_in_plain_english_is_not_read_as_sickle_cell() -> None:
    _, added = LayTerms.bundled().expand("does my son have the same genotype as his father for eye colour?")
    assert not added


def test_a_bruise_going_yellow_is_not_read_as_jaundice() -> None:
    """Only a baby said to be yellow is read as jaundice by the session 44 phrases; a healing bruise is not."""
    _, added = LayTerms.bundled().expand("the bruise on my shin is going yellow, is that healing?")
    assert not added
