"""Test results written as numbers, read as the condition their range points to (indexer/lab_values.py)."""

from __future__ import annotations

import pytest

from indexer.focus import normalize
from indexer.lab_values import LabValues, unit_key
from indexer.lay_terms import LayTerm, LayTerms

VALUES = LabValues()


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.written, r.names) for r in VALUES.read(text)]


@pytest.mark.parametrize(("text", "written", "names"), [
    # the blind reviews' results letters (sessions 35-36)
    ("TSH 7.8 what mean T4 normal", "TSH 7.8", ("hypothyroidism",)),
    ("my blood results came back TSH 7.2 and free T4 normal", "TSH 7.2", ("hypothyroidism",)),
    ("tsh:0.05, is my thyroid overactive", "tsh:0.05", ("hyperthyroidism",)),
    ("My blood test say ferritin 8. What means this?", "ferritin 8", ("iron deficiency anemia",)),
    ("A1c came back 6.1. doctor said prediabetes", "A1c came back 6.1", ("prediabetes",)),
    ("my a1c is 7.2% now", "a1c is 7.2", ("diabetes",)),
    ("HbA1c 53 mmol/mol", "HbA1c 53", ("diabetes",)),
    ("blood sugar 250 mg/dl after dinner", "blood sugar 250", ("hyperglycemia",)),
    ("LDL 190 on my blood test", "LDL 190", ("high blood cholesterol",)),
    ("my cholesterol is 9.2 at age 30", "cholesterol is 9.2", ("high blood cholesterol",)),
    ("uric acid 8.9 mg/dL, flagged high", "uric acid 8.9", ("gout",)),
    ("creatinine came back 1.4, the range says 0.6-1.2", "creatinine came back 1.4", ("chronic kidney disease",)),
    ("eGFR 48 on my kidney test", "eGFR 48", ("chronic kidney disease",)),
    ("vitamin d level 14 ng/ml", "vitamin d level 14", ("vitamin d deficiency",)),
    ("Bone density scan T score -2.6 hip", "T score -2.6", ("osteoporosis",)),
    ("T-score of -1.8 at the spine", "T-score of -1.8", ("osteopenia",)),
    ("my bp has been running like 145/92 at home", "bp has been running like 145/92", ("high blood pressure",)),
    ("platelets 90k on the last count", "platelets 90", ("thrombocytopenia",)),
    ("my pulse is 42 and I feel tired", "pulse is 42", ("bradycardia",)),
    # "high" or "low" said of a test that names no condition by itself
    ("the portal says my TSH came back high", "TSH came back high", ("hypothyroidism",)),
    ("what does a low ferritin mean", "low ferritin", ("iron deficiency anemia",)),
])
def test_a_result_outside_its_range_points_to_its_condition(text: str, written: str, names: tuple[str, ...]) -> None:
    assert _read(text) == [(written, names)]


@pytest.mark.parametrize("text", [
    "TSH 2.1, free T4 normal",  # in range
    "vitamin d 30",  # normal in ng/mL, low in nmol/L: read as nothing
    "B12 150",  # low in pg/mL, not in pmol/L
    "I take vitamin D 50000 units every week",  # a dose
    "calcium 600 mg twice a day",
    "I eat sugar 3 times a day",
    "TSH test in 2 weeks",  # a time
    "HDL cholesterol 45",  # another test's name before it
    "is a low sodium diet good for me",  # a food, and a test whose "low" is a diet's
    "what foods are high potassium",
    "my doctor wants to check my TSH",  # no result
    "my cholesterol is high",  # an everyday condition's name: the lay words and the index read it
    "haemoglobin 135 g/L",
])
def test_a_result_in_range_or_not_a_result_reads_as_nothing(text: str) -> None:
    assert _read(text) == []


def test_units_are_read_in_any_spelling() -> None:
    assert unit_key("x 10^9/L") == "109/l" and unit_key("µg/L") == "ug/l" and unit_key("percent") == "%"
    assert _read("glucose 12.5 mmol/L") == [("glucose 12.5", ("hyperglycemia",))]
    assert _read("glucose 12.5 mg/dl") == []  # implausible in mg/dL


def test_only_the_conditions_the_index_has_are_kept() -> None:
    kept = VALUES.restricted_to({normalize("hypothyroidism")})
    assert [t.name for t in kept.tests] == ["TSH"]
    assert [(r.written, r.names) for r in kept.read("TSH 0.01 and ferritin 6")] == []
    assert [(r.written, r.names) for r in kept.read("TSH 9 and ferritin 6")] == [("TSH 9", ("hypothyroidism",))]
    assert not LabValues(())


def test_the_condition_is_written_after_the_result_unless_the_text_names_it() -> None:
    terms = LayTerms((), VALUES)
    assert terms.expand("My blood test say ferritin 8. What means this?") == (
        "My blood test say ferritin 8 (iron deficiency anemia). What means this?",
        (LayTerm("ferritin 8", "iron deficiency anemia"),))
    # iron and anemia are in the patient's own words: the question (iron tablets) keeps its weight (graded gr-q-05)
    text = "anemia from heavy periods, ferritin is 6, is there a different kind of iron that is easier on the stomach?"
    assert terms.expand(text) == (text, ())
    # a condition named in full is not added again
    assert terms.expand("TSH 7.2, GP says subclinical hypothyroidism")[1] == ()
    # no values read with the lay words off
    assert LayTerms(()).expand("TSH 7.8") == ("TSH 7.8", ())


def test_the_service_says_a_result_was_searched_as_its_condition(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "my bp was 158/96 at the pharmacy, what should I do?"}).get_json()
    assert body["read_as"] == [{"wrote": "bp was 158/96", "searched": "high blood pressure"}]
    assert body["matches"][0]["question"]
