"""A message that asks no health question (a greeting, thanks, the service asked about, a joke) gets a no_match that
says what the service does, reason ``not_a_question``; health questions that open with a greeting do not."""

from __future__ import annotations

import pytest

from indexer.small_talk import is_small_talk
from tests.support import labelled_health_messages


@pytest.mark.parametrize(("text", "expected"), [
    # session 42's blind review EEE
    ("hiya there", True),
    ("who writes the answers on here?", True),
    ("tell me a joke", True),
    ("thanks!", True),
    ("Good morning", True),
    ("are you a real doctor?", True),
    # a health question after the greeting or the thanks, a question about a rash "this"
    ("hello, I have a rash on my arm", False),
    ("hi there, is ibuprofen ok with a cold?", False),
    ("thank you doctor, and what about the dose?", False),
    ("what is this rash", False),
    ("who gets shingles?", False),
], ids=lambda v: v if isinstance(v, str) else "")
def test_is_small_talk(text: str, expected: bool) -> None:
    assert is_small_talk(text) is expected


def test_no_health_message_of_the_labelled_sets_is_small_talk() -> None:
    assert [i for i, text in labelled_health_messages() if is_small_talk(text)] == []


def test_api_tells_what_the_service_does_for_a_greeting(client) -> None:  # type: ignore[no-untyped-def]
    body = client.post("/v1/ask", json={"question": "hiya there"}).get_json()
    assert body["status"] == "no_match" and body["reason"] == "not_a_question"
    assert body["answer"] is None and body["matches"] == [] and body["suggestions"] == []
    assert "written and reviewed" in body["message"] and "No reviewed answer" not in body["message"]
    health = client.post("/v1/ask", json={"question": "hello, what are the symptoms of diabetes?"}).get_json()
    assert health["reason"] != "not_a_question"
