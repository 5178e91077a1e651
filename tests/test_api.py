"""Every endpoint through Flask's test client, each error case, and the error contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import assert_error

ASK = "/v1/ask"


def post(client, body, path: str = ASK, **kwargs):  # type: ignore[no-untyped-def]
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, data=data, content_type=kwargs.pop("content_type", "application/json"), **kwargs)


def test_factory_defaults_are_not_testing() -> None:
    from service.settings import load_settings

    assert not load_settings(environ={}).testing
    assert load_settings({"TESTING": True}, environ={}).testing


def test_importing_the_service_loads_no_model() -> None:
    import subprocess
    import sys

    code = ("import sys, service, indexer, corpus; "
            "print(any(m.startswith(('torch','onnxruntime','sentence_transformers')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_ask_answers_with_source_reviewer_and_related(client) -> None:  # type: ignore[no-untyped-def]
    r = post(client, {"question": "my lower back and hamstring have hurt for years, could it be my spine?"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["status"] == "answered" and body["reason"] is None
    answer = body["answer"]
    assert answer["id"] == "fx-backpain-spine"
    for key in ("id", "question", "answer", "source", "url", "reviewed_by", "reviewed_on", "score"):
        assert key in answer
    assert answer["reviewed_by"] == "Test Reviewer, MD (fixture)"
    # laid out for reading (corpus.layout): this answer is one paragraph, word for word
    assert answer["blocks"] == [{"type": "paragraph", "text": answer["answer"]}]
    assert 0.0 <= body["confidence"] <= 1.0
    assert len(body["matches"]) == 5 and body["matches"][0]["id"] == answer["id"]
    assert set(body["matches"][0]) == {"id", "question", "title", "source", "url", "score"}
    assert 0 < len(body["related"]) <= 5
    assert answer["id"] not in {x["id"] for x in body["related"]}
    assert body["index_version"] and body["message"]
    assert r.headers["X-Request-ID"]


def test_ask_top_k(client) -> None:  # type: ignore[no-untyped-def]
    assert len(post(client, {"question": "asthma inhaler", "top_k": 2}).get_json()["matches"]) == 2
    assert len(post(client, {"question": "asthma inhaler", "top_k": 20}).get_json()["matches"]) == 19  # whole corpus


def test_no_match_for_out_of_corpus(client) -> None:  # type: ignore[no-untyped-def]
    # A health question the tiny corpus has nothing about: below the confidence threshold.
    body = post(client, {"question": "Which vaccines does a baby get at two months old?"}).get_json()
    assert body["status"] == "no_match"
    assert body["answer"] is None
    assert "No reviewed answer" in body["message"]
    assert body["reason"] == "below_threshold"


def test_clinic_business_gets_the_clinic_message(client) -> None:  # type: ignore[no-untyped-def]
    body = post(client, {"question": "What time do you close on Sundays? I need my asthma inhaler"}).get_json()
    assert body["status"] == "no_match" and body["answer"] is None and body["matches"] == []
    assert "contact the clinic" in body["message"]
    # A widget can route it to the clinic's own booking or contact page.
    assert body["reason"] == "clinic_request"


def test_emergency_comes_before_search(client) -> None:  # type: ignore[no-untyped-def]
    body = post(client, {"question": "my dad's face is drooping and he can't lift his arm right now"}).get_json()
    assert body["status"] == "emergency" and body["reason"] is None
    assert body["answer"] is None and body["matches"] == []
    assert body["emergency"]["category"] == "stroke"
    assert "911" in body["message"]


def test_emergency_country_is_configurable(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(emergency_country="GB").test_client()
    body = post(client, {"question": "I want to kill myself"}).get_json()
    assert body["status"] == "emergency"
    assert "999" in body["message"] or "116 123" in body["message"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "invalid_json"),
        (b"", 400, "invalid_json"),
        (b"\xff\xfe{}", 400, "invalid_encoding"),
        ([1, 2], 400, "invalid_json"),
        ({}, 400, "missing_field"),
        ({"question": 42}, 400, "invalid_field"),
        ({"question": None}, 400, "invalid_field"),
        ({"question": "   "}, 400, "empty_question"),
        ({"question": "x" * 2001}, 413, "question_too_long"),
        ({"question": "hi", "top_k": 0}, 400, "invalid_field"),
        ({"question": "hi", "top_k": 21}, 400, "invalid_field"),
        ({"question": "hi", "top_k": "5"}, 400, "invalid_field"),
        ({"question": "hi", "top_k": True}, 400, "invalid_field"),
        ({"question": "hi", "extra": 1}, 400, "unknown_field"),
        ({"question": "back\u0000pain"}, 400, "invalid_characters"),
        ({"question": "back\u202epain"}, 400, "invalid_characters"),
        ('{"question": "\\ud800"}', 400, "invalid_encoding"),
        (json.dumps({"question": "a" * 17000}).encode(), 413, "payload_too_large"),
    ],
    ids=[
        "bad-json", "empty-body", "invalid-utf8", "array", "missing-question", "int-question", "null-question",
        "blank-question", "question-too-long", "top_k-zero", "top_k-too-big", "top_k-string", "top_k-bool",
        "unknown-field", "nul-byte", "bidi-override", "lone-surrogate", "body-too-large",
    ],
)
def test_ask_rejects_bad_input(client, body, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert_error(post(client, body), status, code)


def test_mixed_scripts_and_unicode_are_answered_not_500(client) -> None:  # type: ignore[no-untyped-def]
    for q in ("ringing in my ears 耳鸣 шум в ушах", "écoute: tinnitus?", "🙂 ringing ears"):
        assert post(client, {"question": q}).status_code == 200


def test_records_endpoint(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/v1/records/fx-tinnitus-info")
    assert r.status_code == 200 and r.get_json()["question"] == "What is tinnitus?"
    assert_error(client.get("/v1/records/nope"), 404, "not_found")


def test_a_record_opened_by_id_carries_its_reviewer_line_and_related_questions(client) -> None:  # type: ignore[no-untyped-def]
    """A related question is opened by its id (a search by its text may find another record, review of
    session 19): the record comes with the line shown under an answer and its own related questions."""
    body = client.get("/v1/records/fx-tinnitus-info").get_json()
    assert body["message"].startswith("This is general information reviewed by Test Reviewer, MD (fixture)")
    assert "not a diagnosis" in body["message"]
    assert body["blocks"] == [{"type": "paragraph", "text": body["answer"]}]
    related = body["related"]
    assert related and all(r["id"] != "fx-tinnitus-info" for r in related)
    assert {"id", "question", "title", "source", "score", "relation"} <= set(related[0])
    assert related[0]["question"] == "How is tinnitus treated?" and related[0]["relation"] == "same_focus"
    for r in related:  # every link opens
        assert client.get(f"/v1/records/{r['id']}").get_json()["question"] == r["question"]
    # the related list under an answer carries the ids it is opened by
    answered = post(client, {"question": "there is a ringing in my ears"}).get_json()
    assert answered["related"] and all(client.get(f"/v1/records/{r['id']}").status_code == 200
                                       for r in answered["related"])


def test_top_k_null_is_the_default(client) -> None:  # type: ignore[no-untyped-def]
    r = post(client, {"question": "there is a ringing in my ears", "top_k": None})
    default = post(client, {"question": "there is a ringing in my ears"})
    assert r.status_code == 200 and len(r.get_json()["matches"]) == len(default.get_json()["matches"])


def test_answers_are_not_cached(client) -> None:  # type: ignore[no-untyped-def]
    """A patient's answer is nobody else's: no shared or browser cache keeps it (review of session 19)."""
    assert post(client, {"question": "there is a ringing in my ears"}).headers["Cache-Control"] == "no-store"
    assert client.get("/v1/records/fx-tinnitus-info").headers["Cache-Control"] == "no-store"
    assert client.post("/", data={"q": "ringing ears"}).headers["Cache-Control"] == "no-store"
    widget = client.get("/widget.js")
    assert "no-store" not in widget.headers["Cache-Control"] and "max-age=300" in widget.headers["Cache-Control"]


def test_unknown_route_and_method(client) -> None:  # type: ignore[no-untyped-def]
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    r = client.get(ASK)
    assert_error(r, 405, "method_not_allowed")
    assert "POST" in r.headers["Allow"]


def test_health_and_ready(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/healthz").get_json()["status"] == "ok"
    ready = client.get("/readyz").get_json()
    assert ready["ready"] is True and ready["records"] == 19 and ready["index_version"]


def test_not_ready_without_index(app_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(index_root=str(tmp_path / "empty")).test_client()
    assert client.get("/readyz").status_code == 503
    assert client.get("/healthz").status_code == 200
    assert_error(post(client, {"question": "back pain"}), 503, "index_not_ready")


def test_openapi(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/v1/ask", "/v1/records/{record_id}", "/v1/feedback", "/healthz", "/readyz"} <= set(spec["paths"])


def test_internal_errors_have_no_stack_trace(app, client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state = app.extensions["medmatch"]

    def explode(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    monkeypatch.setattr(state.answerer, "ask", explode)
    body = assert_error(post(client, {"question": "back pain"}), 500, "internal_error")
    assert "secret" not in json.dumps(body)


def test_feedback_is_stored(app, client) -> None:  # type: ignore[no-untyped-def]
    r = post(client, {"record_id": "fx-tinnitus-info", "helpful": False, "comment": "too short"}, "/v1/feedback")
    assert r.status_code == 201
    rows = app.extensions["medmatch"].store.feedback()
    assert rows[0]["record_id"] == "fx-tinnitus-info" and rows[0]["helpful"] is False
    assert_error(post(client, {"record_id": "nope", "helpful": True}, "/v1/feedback"), 404)
    wrong = post(client, {"record_id": "fx-tinnitus-info", "helpful": "yes"}, "/v1/feedback")
    assert_error(wrong, 400, "invalid_field")
    # a field left out is "missing_field", as for /v1/ask's question
    assert_error(post(client, {"record_id": "fx-tinnitus-info"}, "/v1/feedback"), 400, "missing_field")
    assert_error(post(client, {"helpful": True}, "/v1/feedback"), 400, "missing_field")


def test_no_match_is_recorded_without_text_by_default(app, client) -> None:  # type: ignore[no-untyped-def]
    post(client, {"question": "Can I pay my bill by card? My email is jo@example.com"})
    rows = app.extensions["medmatch"].store.unanswered()
    assert rows and rows[0]["question"] == ""


def test_admin_is_disabled_without_token(client) -> None:  # type: ignore[no-untyped-def]
    assert_error(client.post("/v1/admin/reload"), 403, "forbidden")


def test_admin_requires_the_token(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(admin_token="s3cret").test_client()
    assert_error(client.post("/v1/admin/reload"), 401, "unauthorized")
    assert_error(client.post("/v1/admin/reload", headers={"Authorization": "Bearer wrong"}), 401)
    r = client.post("/v1/admin/reload", headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.get_json()["reloaded"] is True
    assert client.get("/v1/admin/feedback", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_rate_limit_returns_429_with_retry_after(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(rate_limit="3 per minute").test_client()
    codes = [post(client, {"question": "ringing ears"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = post(client, {"question": "ringing ears"})
    assert_error(r, 429, "rate_limited")
    assert 0 < int(r.headers["Retry-After"]) <= 60


def test_retry_after_matches_the_per_second_limit_that_was_hit(app_factory) -> None:  # type: ignore[no-untyped-def]
    """With the default shape of limits (per minute and per second), hitting the per-second one says
    "retry in a second", not a minute (a widget honouring Retry-After would wait for nothing)."""
    client = app_factory(rate_limit="100 per minute;2 per second").test_client()
    responses = [post(client, {"question": "ringing ears"}) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert "2 per 1 second" in responses[-1].get_json()["error"]["message"]
    assert responses[-1].headers["Retry-After"] == "1"


def test_cors_only_for_allowlisted_origins(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(cors_origins=["https://clinic.example"]).test_client()
    ok = client.options(ASK, headers={"Origin": "https://clinic.example", "Access-Control-Request-Method": "POST",
                                      "Access-Control-Request-Headers": "content-type"})
    assert ok.status_code in (200, 204)
    assert ok.headers["Access-Control-Allow-Origin"] == "https://clinic.example"
    assert "POST" in ok.headers["Access-Control-Allow-Methods"]
    bad = client.options(ASK, headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in bad.headers
    r = post(client, {"question": "ringing ears"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_security_headers_on_html(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/")
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"


def test_metrics(client) -> None:  # type: ignore[no-untyped-def]
    post(client, {"question": "ringing ears"})
    post(client, {"question": "can I get a refill of my inhaler please"})
    text = client.get("/metrics").get_data(as_text=True)
    assert "medmatch_requests_total" in text and 'medmatch_answers_total{status="answered"' in text
    assert "medmatch_index_records" in text and "medmatch_ask_seconds_bucket" in text
    assert re.search(r'medmatch_clinic_requests_total\{by="rules",pid="\d+"\} 1\n', text)
    assert re.search(r'medmatch_clinic_requests_total\{by="classifier",pid="\d+"\} 0\n', text)


def test_invisible_characters_pasted_with_a_question_are_removed_not_refused(client) -> None:  # type: ignore[no-untyped-def]
    """Zero-width spaces, word joiners, byte-order marks and soft hyphens come with text pasted from web
    pages: the question is answered as it reads, and the triage reads through them (QA review, session 16)."""
    plain = post(client, {"question": "there is a constant ringing in my ears"}).get_json()
    pasted = post(client, {"question": "\ufeffthere is a con\u00adstant ring\u200bing in my\u2060 ears"})
    assert pasted.status_code == 200
    assert pasted.get_json()["status"] == plain["status"]
    assert [m["id"] for m in pasted.get_json()["matches"]] == [m["id"] for m in plain["matches"]]
    hidden = post(client, {"question": "i am going to kill my\u200bself tonight"}).get_json()
    assert hidden["status"] == "emergency"
    assert_error(post(client, {"question": "\u200b\u200b"}), 400, "empty_question")


def test_the_patient_page_is_rate_limited_like_the_api(app_factory) -> None:  # type: ignore[no-untyped-def]
    """POST / searches as /v1/ask does: without a limit it was a way around the API's (QA review)."""
    client = app_factory(rate_limit="2 per minute").test_client()
    assert [client.get("/").status_code for _ in range(4)] == [200] * 4  # the bare page is not counted
    codes = [client.post("/", data={"q": "ringing ears"}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    limited = client.post("/", data={"q": "ringing ears"})
    assert limited.status_code == 429 and limited.mimetype == "text/html"
    assert "wait a minute" in limited.get_data(as_text=True) and int(limited.headers["Retry-After"]) > 0


def test_cors_origins_are_read_as_browsers_send_them() -> None:
    """An origin copied with its trailing slash matched nothing, silently (QA review): it is trimmed,
    and an entry no browser could send is refused at start-up, named."""
    from service.settings import load_settings

    settings = load_settings({"cors_origins": ["https://clinic.example/", " https://other.example:8443 "]})
    assert settings.cors_origins == ["https://clinic.example", "https://other.example:8443"]
    with pytest.raises(ValueError, match="clinic.example/widget"):
        load_settings({"cors_origins": ["https://clinic.example/widget"]})
    with pytest.raises(ValueError, match="not an origin"):
        load_settings(environ={"MEDMATCH_CORS_ORIGINS": "clinic.example"})


def test_a_body_too_large_names_the_limit(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post(ASK, data=json.dumps({"question": "a" * 17000}), content_type="application/json")
    body = assert_error(r, 413, "payload_too_large")
    assert "16384 bytes" in body["error"]["message"]


def test_the_page_and_the_api_share_one_search_budget(app_factory) -> None:  # type: ignore[no-untyped-def]
    """A limit per endpoint let a client search twice as often by using both (security review)."""
    client = app_factory(rate_limit="3 per minute").test_client()
    assert post(client, {"question": "ringing ears"}).status_code == 200
    assert post(client, {"question": "ringing ears"}).status_code == 200
    assert client.post("/", data={"q": "ringing ears"}).status_code == 200
    assert client.post("/", data={"q": "ringing ears"}).status_code == 429
    assert_error(post(client, {"question": "ringing ears"}), 429, "rate_limited")


def test_admin_token_guessing_is_rate_limited(app_factory) -> None:  # type: ignore[no-untyped-def]
    """Refused tokens count against a small budget per client; accepted ones do not."""
    client = app_factory(admin_token="s3cret" * 6, admin_rate_limit="3 per minute").test_client()
    good = {"Authorization": "Bearer " + "s3cret" * 6}
    for _ in range(5):
        assert client.get("/v1/admin/feedback", headers=good).status_code == 200
    for _ in range(3):
        assert_error(client.post("/v1/admin/reload", headers={"Authorization": "Bearer guess"}), 401)
    limited = client.get("/v1/admin/feedback", headers=good)
    assert_error(limited, 429, "rate_limited")
    assert int(limited.headers["Retry-After"]) >= 1
    other = client.get("/v1/admin/feedback", headers={**good, "X-Forwarded-For": "1.2.3.4"},
                       environ_base={"REMOTE_ADDR": "10.9.9.9"})
    assert other.status_code == 200  # another address keeps its own budget
    # the search budget is separate: rate_limit is off here and /v1/ask still answers
    assert client.post("/v1/ask", json={"question": "ringing in my ears"}).status_code == 200


def test_a_short_admin_token_is_warned_about(app_factory) -> None:  # type: ignore[no-untyped-def]
    import logging

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("service.app")
    logger.addHandler(handler)
    try:
        app_factory(admin_token="s3cret")
        app_factory(admin_token="x" * 40)
    finally:
        logger.removeHandler(handler)
    warnings = [r.getMessage() for r in records if "MEDMATCH_ADMIN_TOKEN" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].startswith("MEDMATCH_ADMIN_TOKEN is 6 characters; use 32 or more")


def test_a_no_match_about_low_mood_says_where_to_turn(client) -> None:  # type: ignore[no-untyped-def]
    """Session 23's review: three months of low mood got no_match and 'a pharmacist can answer questions about a
    medicine', nothing about a doctor or the crisis line."""
    body = post(client, {"question": "I've been feeling really down and flat for three months since I lost my job. "
                                     "Is this depression and what helps?"}).get_json()
    assert body["status"] == "no_match" and body["reason"] == "below_threshold"
    assert "talk to your doctor" in body["message"] and "988" in body["message"]
    other = post(client, {"question": "Which vaccines does a baby get at two months old?"}).get_json()
    assert other["status"] == "no_match" and "talk to your doctor" not in other["message"]


def test_an_answer_to_a_message_that_tells_of_hopelessness_says_where_to_turn(client) -> None:  # type: ignore[no-untyped-def]
    """Session 42's blind review FFF: the low-mood line went under declined messages only."""
    body = post(client, {"question": "How is low back pain treated? Honestly I feel so empty, whats the point of "
                                     "anything."}).get_json()
    assert body["status"] == "answered", body
    assert "talk to your doctor" in body["message"] and "988" in body["message"] and "988" in body["caution"]
    plain = post(client, {"question": "How is low back pain treated? I feel numb in my left leg."}).get_json()
    assert plain["status"] == "answered" and "talk to your doctor" not in plain["message"]


def test_a_no_match_names_the_pharmacist_only_for_a_medicine(client) -> None:  # type: ignore[no-untyped-def]
    """Session 32's blind review R: every decline said "a pharmacist can answer questions about a medicine", for
    bedsores, an MRI and library hours too."""
    from indexer.answer import MEDICINE_NOTE

    far = post(client, {"question": "what time does the car park close on sundays?"}).get_json()
    assert far["status"] == "no_match" and MEDICINE_NOTE not in far["message"]
    pills = post(client, {"question": "can I cut my blood pressure pills in half?"}).get_json()
    assert pills["status"] == "no_match" and MEDICINE_NOTE in pills["message"], pills


def test_a_record_carries_its_question_as_reviewed_and_a_tidied_title() -> None:
    from corpus import QARecord
    from indexer.search import Hit
    from service.schema import answer_record_json, hit_to_json

    record = QARecord(id="shingles-risk", question="Who is at risk for Shingles? ?",
                      answer="Anyone who had chickenpox.", source="fixture corpus",
                      reviewed_by="Test Reviewer, MD (fixture)", reviewed_on="2026-01-15")
    for body in (hit_to_json(Hit(record, 1.0)), answer_record_json(Hit(record, 1.0))):
        assert body["question"] == "Who is at risk for Shingles? ?"  # what evaluators match the record by
        assert body["title"] == "Who is at risk for Shingles?"


def test_a_no_match_suggests_only_the_close_records(client) -> None:  # type: ignore[no-untyped-def]
    """``suggestions``: the no_match's matches at or above the ranker's floor, one per question; ``matches`` keep the
    whole ranking."""
    near = post(client, {"question": "what is the best diet for my heart"}).get_json()
    assert near["status"] == "no_match" and near["reason"] == "below_threshold"
    ids = [m["id"] for m in near["suggestions"]]
    assert ids and set(ids) <= {m["id"] for m in near["matches"]}
    assert all(m["id"].startswith("fx-hbp") for m in near["suggestions"])
    far = post(client, {"question": "what time does the car park close on sundays?"}).get_json()
    assert far["status"] == "no_match" and far["matches"] and far["suggestions"] == []
    answered = post(client, {"question": "How is asthma treated?"}).get_json()
    assert answered["status"] == "answered" and answered["suggestions"] == []


def test_a_message_about_a_photo_is_told_it_was_not_seen(client) -> None:  # type: ignore[no-untyped-def]
    """Session 29's blind review: "I uploaded a picture of the mole on my arm" got an answer with no word that the
    picture was never seen."""
    from indexer.answer import NO_MATCH_MESSAGE, PHOTO_NOTE, photo_note

    answered = post(client, {"question": "I uploaded a picture of my eczema, how is eczema treated?"}).get_json()
    assert answered["status"] == "answered" and answered["caution"] == PHOTO_NOTE
    assert answered["message"].endswith(PHOTO_NOTE)
    declined = post(client, {"question": "see the attached photo, what time does the car park close?"}).get_json()
    assert declined["status"] == "no_match" and declined["message"] == f"{PHOTO_NOTE} {NO_MATCH_MESSAGE}"
    plain = post(client, {"question": "How is eczema treated?"}).get_json()
    assert plain["caution"] is None
    assert not photo_note("the clinical picture suggests flu") and not photo_note("my x ray images came back clear")
