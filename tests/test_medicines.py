"""A drug or supplement leaflet answers only a message that names its medicine (indexer/medicines.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from corpus import MEDICINE_TAG, RARE_TAG, QARecord, load_liveqa_csv
from corpus.templates import parse_template
from indexer import Searcher
from indexer.drug_dictionary import DrugDictionary, medlineplus_id
from indexer.medicines import UNNAMED_MEDICINE, MedicineNames, brand_names, components, name_words
from indexer.ranking import RankerConfig

from .support import hits_by_id, searcher_with

ZOLMI_URL = "https://example.org/meds/zolmitriptan.html"


def leaflet(rid: str, question: str, answer: str, focus: str, qtype: str, url: str = ZOLMI_URL,
            tags: tuple[str, ...] = (MEDICINE_TAG,)) -> QARecord:
    return QARecord(id=rid, question=question, answer=answer, focus=focus, qtype=qtype, url=url, tags=tags,
                    source="Test leaflets", reviewed_by="Test pharmacist")


ZOLMITRIPTAN = [
    leaflet("zolmi-usage", "How should Zolmitriptan be used and what is the dosage ?",
            "Zolmitriptan comes as a tablet and as a tablet that dissolves in the mouth. It is usually taken at the "
            "first sign of a migraine headache. If your symptoms improve and come back after two hours, you may take "
            "a second tablet. Do not take more than your doctor prescribed in 24 hours.", "Zolmitriptan", "usage"),
    # A section of the same leaflet without a focus: it is named by its siblings.
    leaflet("zolmi-storage", "What should I know about storage and disposal of this medication ?",
            "Keep this medication in the container it came in, tightly closed, and out of reach of children.",
            "", "storage and disposal"),
    leaflet("zolmi-brands", "What are the brand names of Zolmitriptan ?", "- Zomig - Zomig-ZMT", "Zolmitriptan",
            "brand names"),
]

LOPERAMIDE_URL = "https://medlineplus.gov/druginfo/meds/a682280.html"
#: A leaflet the corpus files under its generic name only (no brand-name section), as MedlinePlus does.
LOPERAMIDE = leaflet("lop-usage", "How should Loperamide be used and what is the dosage ?",
                     "Loperamide comes as a capsule, a tablet and a liquid to take by mouth. Adults usually take two "
                     "doses after the first loose stool, then one after each loose stool.", "Loperamide", "usage",
                     url=LOPERAMIDE_URL)


def test_name_words_keep_what_names_the_medicine() -> None:
    assert name_words("Ciprofloxacin Ophthalmic") == {"ciprofloxacin"}
    assert name_words("Insulin Lispro Injection") == {"insulin", "lispro"}
    assert name_words("Methadose Oral Concentrate") == {"methadose"}
    assert name_words("Caltrate 600") == {"caltrate"}
    # a clinic's CSV has no synonyms column: brand names written in the focus name the leaflet too
    assert name_words("Metformin (Glucophage, Fortamet)") == {"metformin", "glucophage", "fortamet"}


def test_brand_names_leave_out_the_ingredients_of_combination_products() -> None:
    record = leaflet("s", "What are the brand names of combination products of Simvastatin ?",
                     "- Juvisync (containing Simvastatin, Sitagliptin) - Vytorin (containing Ezetimibe, Simvastatin)",
                     "Simvastatin", "brand names of combination products")
    assert brand_names(record) == ["Juvisync", "Vytorin"]
    assert brand_names(ZOLMITRIPTAN[0]) == []  # not a brand-name record


def test_every_section_of_a_leaflet_carries_its_names() -> None:
    names = MedicineNames.from_records(ZOLMITRIPTAN)
    assert len(names) == 3
    rows = np.arange(3)
    assert not names.unnamed(rows, ["can I take zolmitriptan twice in a day"]).any()
    assert not names.unnamed(rows, ["is Zomig safe while breastfeeding"]).any()  # a brand name
    assert names.unnamed(rows, ["how many sumatriptan tablets can I take in a day"]).all()
    # Any of the texts may name it (the message as written, or as the speller corrected it).
    assert not names.unnamed(rows, ["zolmitriptn dose", "zolmitriptan dose"]).any()


def test_sections_without_a_url_or_a_focus_are_leaflets_of_their_own() -> None:
    a, b = (QARecord(id=rid, question="How should I use it?", answer="As directed.", tags=(MEDICINE_TAG,),
                     extra={"focus_synonyms": [name]}) for rid, name in (("a", "Zomig"), ("b", "Glucophage")))
    names = MedicineNames.from_records([a, b])
    assert names.unnamed(np.arange(2), ["how do I take zomig"]).tolist() == [False, True]


def test_records_that_are_not_leaflets_are_never_flagged() -> None:
    condition = QARecord(id="mig", question="How are migraines treated?", answer="Rest in a dark room.",
                         focus="Migraine")
    nameless = leaflet("v", "How can I learn more about this vaccine ?", "Ask your doctor.", "", "",
                       url="https://example.org/v.html")
    names = MedicineNames.from_records([condition, nameless, *ZOLMITRIPTAN])
    flags = names.unnamed(np.arange(5), ["what can I take for a migraine"])
    assert flags.tolist() == [False, False, True, True, True]


@pytest.mark.parametrize(("focus", "expected"), [
    ("Amlodipine and Benazepril", ({"amlodipine"}, {"benazepril"})),
    ("Clindamycin and Benzoyl Peroxide Topical", ({"clindamycin"}, {"benzoyl", "peroxide"})),
    ("Diphtheria, Tetanus, and Pertussis Vaccine", ({"diphtheria"}, {"tetanus"}, {"pertussis"})),
    ("MMR Vaccine (Measles, Mumps, and Rubella)", ()),  # one vaccine: what is in brackets is not read
    ("Amlodipine", ()),
])
def test_the_components_of_a_combination(focus: str, expected: tuple[set[str], ...]) -> None:
    assert components(focus) == tuple(frozenset(p) for p in expected)


def test_a_combination_is_named_only_by_all_its_medicines_or_its_own_name() -> None:
    """Session 34's blind review: a patient on amlodipine alone got the side effects of amlodipine with benazepril."""
    url = "https://example.org/meds/amlodipine-benazepril.html"
    combo = [leaflet("ab-side", "What are the side effects or risks of Amlodipine and Benazepril ?",
                     "Ankle swelling, cough and dizziness may occur.", "Amlodipine and Benazepril", "side effects",
                     url=url),
             leaflet("ab-brands", "What are the brand names of Amlodipine and Benazepril ?", "- Lotrel",
                     "Amlodipine and Benazepril", "brand names", url=url)]
    names = MedicineNames.from_records(combo).with_components([r.focus for r in combo])
    rows = np.arange(2)
    assert names.unnamed(rows, ["is ankle swelling a side effect of amlodipine"]).tolist() == [True, True]
    assert names.unnamed(rows, ["amlodipine with benazepril and my ankles swell"]).tolist() == [False, False]
    assert names.unnamed(rows, ["my lotrel makes my ankles swell"]).tolist() == [False, False]
    # without the components read (an index loaded by an older Searcher), one name is enough, as before
    assert MedicineNames.from_records(combo).unnamed(rows, ["amlodipine side effects"]).tolist() == [False, False]


def test_a_brand_name_made_of_ordinary_words_does_not_name_the_medicine() -> None:
    magnesia = leaflet("mg", "What are the brand names of Magnesium Hydroxide ?", "- Milk of Magnesia - Pedia-Lax",
                       "Magnesium Hydroxide", "brand names", url="https://example.org/mg.html")
    others = [QARecord(id=f"o{i}", question=f"Question {i}?", answer="Drink milk with your meals.") for i in range(6)]
    names = MedicineNames.from_records([magnesia, *others])
    assert names.unnamed(np.array([0]), ["can my child drink milk after a tummy bug"]).all()
    assert not names.unnamed(np.array([0]), ["how much milk of magnesia for constipation"]).any()


def test_the_dictionary_gives_one_word_names_by_name_and_by_leaflet_id() -> None:
    dictionary = DrugDictionary(
        {"loperamide": ["loperamide"], "Imodium": ["loperamide"], "loperamide hydrochloride": ["loperamide"],
         "Zoloft": ["sertraline"], "sertraline": ["sertraline"], "Maalox": ["loperamide", "antacid"]},
        {"loperamide": "a682280", "sertraline": "a697048"},
    )
    assert medlineplus_id(LOPERAMIDE_URL) == "a682280" and medlineplus_id("https://example.org/x.html") is None
    # Longer names (salts, chemical names) are left out: their single words would name it by accident.
    assert dictionary.other_names(["Loperamide"]) == {"loperamide", "imodium", "maalox"}
    assert dictionary.other_names([], [LOPERAMIDE_URL]) == {"loperamide", "imodium", "maalox"}
    assert dictionary.other_names(["Zoloft"]) == {"zoloft", "sertraline"}
    assert dictionary.other_names(["Loperamide Hydrochloride Capsules"]) == set()  # names are matched whole
    assert dictionary.other_names(["Antacid"], ["https://example.org/antacid.html"]) == set()


def test_a_dictionary_name_names_the_leaflet_unless_answers_use_it_as_a_word() -> None:
    dictionary = DrugDictionary({"loperamide": ["loperamide"], "Imodium": ["loperamide"], "Relief": ["loperamide"],
                                 "Zomig": ["zolmitriptan"]}, {"loperamide": "a682280"})
    others = [QARecord(id=f"o{i}", question=f"Question {i}?", answer="Rest brings relief.") for i in range(6)]
    without = MedicineNames.from_records([LOPERAMIDE, *others])
    assert without.unnamed(np.array([0]), ["is it ok to take imodium every day"]).all()
    names = MedicineNames.from_records([LOPERAMIDE, *others], dictionary)
    assert not names.unnamed(np.array([0]), ["is it ok to take imodium every day"]).any()
    assert names.unnamed(np.array([0]), ["what gives relief from a tension headache"]).all()
    assert names.unnamed(np.array([0]), ["how much zomig can I take"]).all()  # another medicine's brand


def test_the_bundled_dictionary_knows_the_names_on_the_box() -> None:
    dictionary = DrugDictionary.bundled()
    assert {"imodium", "loperamide"} <= dictionary.other_names([], [LOPERAMIDE_URL])
    assert "zoloft" in dictionary.other_names(["Sertraline"])
    assert "tylenol" in dictionary.other_names(["Acetaminophen"])
    assert all(" " not in name for name in dictionary.other_names(["Metformin"]))


def test_the_names_survive_saving_and_an_index_without_them_has_none(tmp_path: Path) -> None:
    MedicineNames.from_records(ZOLMITRIPTAN).save(tmp_path)
    loaded = MedicineNames.load(tmp_path)
    assert loaded.unnamed(np.arange(3), ["sertraline"]).all()
    empty = MedicineNames.load(tmp_path / "older-index")
    assert len(empty) == 0 and not empty.unnamed(np.arange(3), ["sertraline"]).any()


def test_validate_warns_about_a_leaflet_nothing_names() -> None:
    from corpus import validate

    nameless = leaflet("v", "How can I learn more about this vaccine ?", "Ask your doctor.", "", "",
                       url="https://example.org/v.html")
    report = validate([*ZOLMITRIPTAN, nameless])
    flagged = [p.path for p in report.warnings if "no focus names the medicine" in p.message]
    assert flagged == ["v"]  # zolmi-storage has no focus either, but its leaflet's other records name it


def test_medquad_drug_and_herb_leaflets_are_tagged(tmp_path: Path) -> None:
    csv_path = tmp_path / "answers.csv"
    csv_path.write_text(
        'AnswerID,Answer\n'
        '"MPlusDrugs_0000001_Sec1.txt","Question: What are the side effects or risks of Testamol ?\n'
        'URL: https://example.org/testamol.html\nAnswer: It may cause drowsiness."\n'
        '"MPlusHerbsSuppls_0000002_Sec1.txt","Question: What is the action of Testherb and how does it work ?\n'
        'URL: https://example.org/testherb.html\nAnswer: Nobody knows."\n'
        '"GHR_0000003_Sec1.txt","Question: What is (are) test syndrome ?\n'
        'URL: https://example.org/ts.html\nAnswer: A rare condition."\n',
        encoding="utf-8",
    )
    records = {r.id: r for r in load_liveqa_csv(csv_path)}
    assert records["MPlusDrugs_0000001_Sec1"].tags == (MEDICINE_TAG,)
    assert records["MPlusHerbsSuppls_0000002_Sec1"].tags == (MEDICINE_TAG,)
    assert records["MPlusHerbsSuppls_0000002_Sec1"].focus == "Testherb"
    assert records["GHR_0000003_Sec1"].tags == (RARE_TAG,)  # rare conditions: suggested only when named


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the action of Alfalfa and how does it work ?", ("Alfalfa", "how does it work")),
    ("Are there interactions between Glucosamine hydrochloride and other medications ?",
     ("Glucosamine hydrochloride", "interactions with medications")),
    ("Are there interactions between Glucosamine hydrochloride and foods ?",
     ("Glucosamine hydrochloride", "interactions with foods")),
    ("How can I learn more about Anthrax Vaccine ?", ("Anthrax Vaccine", "how can i learn more")),
    ("Why get vaccinated with Polio Vaccine ?", ("Polio Vaccine", "why get vaccinated")),
    ("What to do in case of a severe reaction to Rabies Vaccine ?", ("Rabies Vaccine", "severe reaction")),
])
def test_the_leaflet_templates_give_the_medicine_as_focus(question: str, expected: tuple[str, str]) -> None:
    assert parse_template(question) == expected


@pytest.fixture(scope="module")
def with_leaflets(tmp_path_factory: pytest.TempPathFactory, encoder, tiny_records) -> Searcher:  # type: ignore[no-untyped-def]
    return searcher_with(tmp_path_factory, encoder, [*tiny_records, *ZOLMITRIPTAN, LOPERAMIDE], "medicines")


def test_the_search_lowers_a_leaflet_the_message_does_not_name(with_leaflets: Searcher) -> None:
    question = "I get migraines. How should I use sumatriptan and what is the dosage?"
    on = replace(with_leaflets.ranker, unnamed_medicine_penalty=1.0)
    off = replace(with_leaflets.ranker, unnamed_medicine_penalty=0.0)
    hits_on, hits_off = hits_by_id(with_leaflets, question, on), hits_by_id(with_leaflets, question, off)
    usage_on, usage_off = hits_on["zolmi-usage"], hits_off["zolmi-usage"]
    assert usage_on.features[UNNAMED_MEDICINE] == 1.0 and usage_off.features[UNNAMED_MEDICINE] == 0.0
    assert usage_on.score == pytest.approx(usage_off.score - 1.0, abs=1e-5)
    # Records about conditions keep their scores; the leaflet is no longer the answer.
    assert hits_on["fx-migraine-treatment"].score == pytest.approx(hits_off["fx-migraine-treatment"].score)
    first = with_leaflets.search(question, 1, with_related=False, ranker=on).matches[0].record
    assert MEDICINE_TAG not in first.tags


def test_the_search_keeps_a_leaflet_the_message_names(with_leaflets: Searcher) -> None:
    on = replace(with_leaflets.ranker, unnamed_medicine_penalty=1.0)
    for question in ("How should I use zolmitriptan and what is the dosage?",
                     "how do i take my zomig tablets, whats the dose",
                     "how should I take zolmitriptn, what dosage"):  # misspelt: the speller's text names it
        first = with_leaflets.search(question, 1, with_related=False, ranker=on).matches[0]
        assert first.record.id == "zolmi-usage", question
        assert first.features[UNNAMED_MEDICINE] == 0.0


def test_the_index_names_a_leaflet_by_the_brand_the_patient_writes(with_leaflets: Searcher) -> None:
    """The build reads the drug dictionary: Imodium names the loperamide leaflet, which lists no brands."""
    on = replace(with_leaflets.ranker, unnamed_medicine_penalty=1.0)
    first = with_leaflets.search("how should I take imodium and what is the dose", 1, with_related=False,
                                 ranker=on).matches[0]
    assert first.record.id == "lop-usage" and first.features[UNNAMED_MEDICINE] == 0.0


def test_the_api_serves_the_leaflet_only_to_a_message_that_names_it(app_factory, with_leaflets: Searcher) -> None:  # type: ignore[no-untyped-def]
    """Through POST /v1/ask with the service's own ranker (indexer/ranker.json): the check is on as shipped."""
    client = app_factory(index_root=str(with_leaflets.path)).test_client()
    other = client.post("/v1/ask", json={"question": "How should I use my sumatriptan and what is the dosage?",
                                         "top_k": 3}).get_json()
    assert other["matches"][0]["id"] != "zolmi-usage"
    named = client.post("/v1/ask", json={"question": "How should I use zolmitriptan and what is the dosage?",
                                         "top_k": 3}).get_json()
    assert named["matches"][0]["id"] == "zolmi-usage"


def test_the_manifest_counts_the_records_checked(with_leaflets: Searcher) -> None:
    assert with_leaflets.manifest.counts["medicine_records"] == len(ZOLMITRIPTAN) + 1


def test_the_shipped_ranker_has_the_check_on() -> None:
    assert RankerConfig.load().unnamed_medicine_penalty > 0
