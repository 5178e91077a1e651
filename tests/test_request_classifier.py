"""The learned clinic-request check: its file, its place after the wording rules, and the service setting."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from indexer.answer import SERVICE_MESSAGE, Answerer
from indexer.request_classifier import (
    DEFAULT_SETTING,
    REQUEST_CLASSIFIER_FILE,
    RequestClassifier,
    RequestClassifierError,
    asks_for_information,
    load_request_classifier,
    tells_missed_dose,
)
from indexer.requests import is_service_request

EVAL = Path(__file__).resolve().parent.parent / "eval"

#: Written for this test, in words no training message uses; none is caught by the wording rules.
CLINIC_MESSAGES = [
    "do you guys have a pharmacy inside the building or do i have to go across the street",
    "whats the fax number for the front office, my lawyer needs to send over some forms",
    "did you get my stool sample ok, i dropped it at the desk on tuesday",
]
HEALTH_QUESTIONS = [
    "what are the first symptoms of shingles",
    "How is high blood pressure treated in older adults?",
    "my 4 year old has had a runny nose and cough for a week, when does a cold turn into something worse",
]


def _classifier(coef: np.ndarray, **kw: object) -> RequestClassifier:
    args: dict[str, object] = {"intercept": 0.0, "threshold": 0.5, "model_name": "m", "model_fingerprint": "f"}
    args.update(kw)
    return RequestClassifier(coef, **args)  # type: ignore[arg-type]


def test_probability_and_threshold() -> None:
    clf = _classifier(np.array([4.0, 0.0]), threshold=0.7)
    assert clf.probability(np.array([1.0, 0.0])) == pytest.approx(1 / (1 + np.exp(-4.0)))
    message = "please book me in"
    assert clf.flags(np.array([1.0, 0.0]), message) and not clf.flags(np.array([0.0, 1.0]), message)
    assert clf.fits("f", 2) and not clf.fits("f", 3) and not clf.fits("g", 2)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    clf = _classifier(np.array([0.25, -0.5, 1.0]), intercept=-1.5, threshold=0.6, provenance="test")
    path = tmp_path / "requests.json"
    clf.save(path, extra={"cross_validated": {"threshold": 0.6}})
    back = RequestClassifier.load(path)
    assert np.allclose(back.coef, clf.coef) and back.intercept == -1.5 and back.threshold == 0.6
    assert back.provenance == "test" and json.loads(path.read_text())["cross_validated"] == {"threshold": 0.6}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "not JSON"),
        ('{"format": 9}', "format 1"),
        ('{"format": 1, "coef": [1.0]}', "missing or bad field"),
        ('{"format": 1, "coef": [1.0], "intercept": 0, "threshold": 1.5, "model_name": "m", "model_fingerprint": "f"}',
         "threshold"),
        ('{"format": 1, "coef": [], "intercept": 0, "threshold": 0.5, "model_name": "m", "model_fingerprint": "f"}',
         "non-empty"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "requests.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(RequestClassifierError, match=message) as info:
        RequestClassifier.load(path)
    assert "requests.json" in str(info.value)


def test_setting() -> None:
    # On by default since held-out round 2 cleared the bar set for it (docs/evaluation.md).
    assert DEFAULT_SETTING == "bundled" and load_request_classifier() is not None
    assert load_request_classifier("off") is None
    bundled = load_request_classifier("bundled")
    assert bundled is not None
    assert bundled.model_fingerprint == RequestClassifier.load(REQUEST_CLASSIFIER_FILE).model_fingerprint
    assert "eval/train_requests.py" in bundled.provenance


def test_bundled_classifier_reads_the_bundled_model(encoder) -> None:  # type: ignore[no-untyped-def]
    assert load_request_classifier("bundled").fits(encoder.base_fingerprint, encoder.dim)  # type: ignore[union-attr]


def test_answerer_refuses_what_the_classifier_flags(searcher) -> None:  # type: ignore[no-untyped-def]
    dim = searcher.encoder.dim
    always = _classifier(np.zeros(dim), intercept=5.0, model_fingerprint=searcher.encoder.base_fingerprint)
    answer = Answerer(requests=always).ask(searcher, HEALTH_QUESTIONS[1])
    assert (answer.status, answer.message, answer.matches) == ("no_match", SERVICE_MESSAGE, [])
    assert answer.extra == {"reason": "service_request", "by": "classifier"}
    never = _classifier(np.zeros(dim), intercept=-5.0, model_fingerprint=searcher.encoder.base_fingerprint)
    plain = Answerer().ask(searcher, HEALTH_QUESTIONS[1])
    kept = Answerer(requests=never).ask(searcher, HEALTH_QUESTIONS[1])
    # The search reused the vector computed for the classifier: same result as without it.
    assert [h.record.id for h in kept.matches] == [h.record.id for h in plain.matches]
    assert kept.confidence == pytest.approx(plain.confidence)
    # The wording rules come first and say so.
    assert Answerer(requests=never).ask(searcher, "can I get a refill of my inhaler").extra["by"] == "rules"


def test_a_name_alone_is_left_to_the_search(searcher) -> None:  # type: ignore[no-untyped-def]
    """Session 25's blind review: "apixaban" and "eliquis" alone were refused as clinic requests (0.96, 0.998). Fewer
    than three words are left to the rules and the search: a bare name is a question about it."""
    always = _classifier(np.zeros(searcher.encoder.dim), intercept=5.0,
                         model_fingerprint=searcher.encoder.base_fingerprint)
    assert not always.applies("asthma") and not always.applies("type 2") and always.applies("asthma in children")
    answer = Answerer(requests=always).ask(searcher, "asthma")
    assert answer.status == "answered" and answer.extra.get("by") != "classifier"
    assert Answerer(requests=always).ask(searcher, "asthma inhaler help").extra == {
        "reason": "service_request", "by": "classifier"}


def test_classifier_of_another_model_is_not_used(searcher, caplog) -> None:  # type: ignore[no-untyped-def]
    dim = searcher.encoder.dim
    foreign = _classifier(np.zeros(dim), intercept=5.0, model_name="other-model", model_fingerprint="0")
    answerer = Answerer(requests=foreign)
    with caplog.at_level(logging.WARNING):
        answerer.ask(searcher, HEALTH_QUESTIONS[0])
        answer = answerer.ask(searcher, HEALTH_QUESTIONS[0])
    assert answer.extra.get("by") != "classifier"
    warnings = [r for r in caplog.records if "clinic-request classifier off" in r.getMessage()]
    assert len(warnings) == 1 and "other-model" in warnings[0].getMessage()
    assert answerer.ask(searcher, "please reschedule my appt to next week").extra["by"] == "rules"


@pytest.mark.parametrize("text", CLINIC_MESSAGES)
def test_bundled_classifier_flags_what_the_rules_miss(encoder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not is_service_request(text)
    clf = load_request_classifier("bundled")
    assert clf is not None and clf.flags(encoder.encode([text])[0], text)


@pytest.mark.parametrize("text", HEALTH_QUESTIONS)
def test_bundled_classifier_leaves_health_questions_alone(  # type: ignore[no-untyped-def]
        encoder, searcher, text: str) -> None:
    clf = load_request_classifier("bundled")
    assert clf is not None and not clf.flags(encoder.encode([text])[0], text)
    assert Answerer(requests=clf).ask(searcher, text).extra.get("reason") != "service_request"


def test_only_an_answer_is_turned_into_the_clinic_message(searcher) -> None:  # type: ignore[no-untyped-def]
    """What the search would not answer keeps its own no_match message and suggestions."""
    fingerprint = searcher.encoder.base_fingerprint
    always = _classifier(np.zeros(searcher.encoder.dim), intercept=5.0, model_fingerprint=fingerprint)
    unanswered = "Which vaccines does a baby get at two months old?"
    plain = Answerer().ask(searcher, unanswered)
    flagged = Answerer(requests=always).ask(searcher, unanswered)
    assert plain.status == flagged.status == "no_match" and flagged.message == plain.message
    assert [h.record.id for h in flagged.matches] == [h.record.id for h in plain.matches]


def test_bundled_classifier_refuses_no_dev_question(encoder) -> None:  # type: ignore[no-untyped-def]
    """In-sample (the dev questions trained it), so a regression guard rather than a measure."""
    clf = load_request_classifier("bundled")
    assert clf is not None
    dev = [json.loads(line) for line in (EVAL / "dev_questions.jsonl").open()]
    vectors = encoder.encode([d["question"] for d in dev], batch_size=64)
    assert [d["qid"] for d, v in zip(dev, vectors, strict=True) if clf.flags(v, d["question"])] == []


def test_api_setting(app_factory, encoder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    question = HEALTH_QUESTIONS[1]
    assert app_factory().test_client().post("/v1/ask", json={"question": question}).get_json()["status"] == "answered"
    path = tmp_path / "always.json"
    _classifier(np.zeros(encoder.dim), intercept=5.0, model_fingerprint=encoder.base_fingerprint).save(path)
    client = app_factory(request_classifier=str(path)).test_client()
    body = client.post("/v1/ask", json={"question": question}).get_json()
    assert body["status"] == "no_match" and body["matches"] == [] and "contact the clinic" in body["message"]
    assert body["reason"] == "clinic_request"
    client = app_factory(request_classifier="off").test_client()
    body = client.post("/v1/ask", json={"question": question}).get_json()
    assert body["status"] == "answered"


def test_app_refuses_a_missing_classifier_file(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RequestClassifierError, match="nowhere.json"):
        app_factory(request_classifier=str(tmp_path / "nowhere.json"))


@pytest.mark.parametrize(("text", "missed"), [
    ("forgot to take my birth control pill yesterday what do i do now", True),  # blind review I: refused at 0.96
    ("missed my metformin dose this morning what should I do", True),
    ("I skipped my thyroid pills for two days, is that bad?", True),
    ("I missed my pills because I ran out, can you send a refill", False),  # the clinic asked for more
    ("forgot to book my appointment for the flu shot", False),
    ("can I get a refill of my birth control pill", False),
])
def test_a_missed_dose_is_left_to_the_rules_and_the_search(searcher, text: str, missed: bool) -> None:  # type: ignore[no-untyped-def]
    always = _classifier(np.zeros(searcher.encoder.dim), intercept=5.0,
                         model_fingerprint=searcher.encoder.base_fingerprint)
    assert tells_missed_dose(text) is missed
    assert always.applies(text) is not missed


@pytest.mark.parametrize(("text", "information"), [
    ("Do you have information about MRI Scans", True),  # session 33's last blind review: read as clinic business
    ("does the library have any leaflets on shingles in pregnancy?", True),
    ("do you have any info on living with COPD", True),
    ("do you have any appointments on Monday", False),
    ("does your clinic have parking for disabled visitors", False),
])
def test_information_asked_for_by_topic_is_left_to_the_rules_and_the_search(  # type: ignore[no-untyped-def]
    searcher, text: str, information: bool
) -> None:
    always = _classifier(np.zeros(searcher.encoder.dim), intercept=5.0,
                         model_fingerprint=searcher.encoder.base_fingerprint)
    assert asks_for_information(text) is information
    assert always.applies(text) is not information
