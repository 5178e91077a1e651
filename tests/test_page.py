"""The patient page at / (server-rendered, no JavaScript needed)."""

from __future__ import annotations


def test_page_form(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/").get_data(as_text=True)
    assert '<label for="q">' in html and 'name="q"' in html and "<script" not in html
    # Triage cannot catch every emergency told in a long message: the page says so up front.
    assert "not for emergencies" in html and "call your local emergency number" in html


def test_page_shows_answer_source_reviewer_related(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/", query_string={"q": "there is a ringing in my ears"}).get_data(as_text=True)
    assert "What is tinnitus?" in html
    assert 'href="https://example.org/fx-tinnitus-info"' in html
    assert "Test Reviewer, MD (fixture)" in html
    assert "Related questions" in html and "How is tinnitus treated?" in html


def test_page_escapes_question_and_corpus_text(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get(
        "/", query_string={"q": "<script>alert(1)</script> markup injection test record"}
    ).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<img src=x onerror' not in html
    assert "&lt;img src=x onerror=" in html


def test_page_validation_message(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/", query_string={"q": "x" * 2500}).get_data(as_text=True)
    # in a patient's words, not the API's ("'question' is 2500 characters; the limit is 2000")
    assert "Your question is 2,500 characters long. Please shorten it to 2,000 characters or fewer" in html
    assert "&#39;question&#39;" not in html and "'question'" not in html
    hidden = client.post("/", data={"q": "back\u202epain"}).get_data(as_text=True)
    assert "hidden formatting characters" in hidden and "Please type it again" in hidden


def test_page_emergency(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/", query_string={"q": "my baby is not breathing"}).get_data(as_text=True)
    assert '<div class="emergency" role="alert">' in html and "Get help now" in html and "call 911" in html.lower()


def test_the_answer_is_scrolled_into_view_and_a_long_paste_is_not_cut(client) -> None:  # type: ignore[no-untyped-def]
    """On a phone the answer came back below the form (an emergency message below the fold), and
    maxlength cut a longer paste silently (UX review, session 16)."""
    page = client.get("/").get_data(as_text=True)
    assert 'action="/#result"' in page and '<section id="result"' in page
    assert "maxlength" not in page


def test_javascript_urls_are_not_linked() -> None:
    from service.pages import safe_url

    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("https://medlineplus.gov/x") == "https://medlineplus.gov/x"


def test_form_posts_so_patient_text_stays_out_of_urls(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/").get_data(as_text=True)
    assert 'method="post"' in page
    html = client.post("/", data={"q": "there is a ringing in my ears"}).get_data(as_text=True)
    assert "What is tinnitus?" in html
    assert "ringing in my ears" not in html.split("<title>")[1].split("</title>")[0]


def test_page_heads_each_no_match_by_its_reason(client) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "What time do you close on Sundays? I need my asthma inhaler": "This is a question for the clinic",
        "my dog keeps scratching his back, how is that treated?": "Please ask a vet",
        "what time does the car park close on sundays?": "No reviewed answer matches",
    }
    for question, heading in cases.items():
        html = client.post("/", data={"q": question}).get_data(as_text=True)
        assert f"<h2>{heading}</h2>" in html, question
        assert sum(f"<h2>{h}</h2>" in html for h in cases.values()) == 1, question


def test_related_questions_open_their_own_record_by_id(client) -> None:  # type: ignore[no-untyped-def]
    """A related link searched its text again and a quarter landed on another record (review of session
    19): links open the record by id, with its source, reviewer and its own related questions."""
    import re

    html = client.post("/", data={"q": "there is a ringing in my ears"}).get_data(as_text=True)
    links = re.findall(r'<a href="/\?id=([^"#]+)#result">([^<]+)</a>', html)
    assert links and ("fx-tinnitus-treatment", "How is tinnitus treated?") in links
    assert "?q=" not in html
    page = client.get("/", query_string={"id": "fx-tinnitus-treatment"}).get_data(as_text=True)
    assert "<h2>How is tinnitus treated?</h2>" in page
    assert "Test Reviewer, MD (fixture)" in page and "not a diagnosis" in page
    assert "Match confidence" not in page  # picked from a list, not matched
    assert re.search(r'<a href="/\?id=fx-tinnitus-info#result">What is tinnitus\?</a>', page)
    gone = client.get("/", query_string={"id": "no-such-record"}).get_data(as_text=True)
    assert "no longer among the reviewed answers" in gone


def test_a_message_in_another_language_gets_no_english_suggestions_or_spelling(client) -> None:  # type: ignore[no-untyped-def]
    """"tengo dolor de cabeza muy fuerte, que tomo?" was offered "mal de Meleda" and told it was searched as
    "tango" (review of session 19): it was never searched as Spanish, so neither is shown."""
    question = "tengo dolor de cabeza muy fuerte desde ayer, que medicina puedo tomar?"
    answer = client.post("/v1/ask", json={"question": question}).get_json()
    assert answer["status"] == "no_match" and answer["reason"] == "language" and answer["spelling"] == []
    html = client.post("/", data={"q": question}).get_data(as_text=True)
    assert "closest we have" not in html and "Searched with the spelling" not in html


def test_an_inline_list_is_shown_as_a_list_and_its_scraped_copy_once(app) -> None:  # type: ignore[no-untyped-def]
    """MedQuAD writes lists inline (" - a - b") and NIHSeniorHealth repeats the items after the list
    (corpus.layout): the page shows a list, once, and every other word (session 23)."""
    from types import SimpleNamespace

    from flask import render_template

    rec = SimpleNamespace(question="What causes UTIs?", url="https://example.org/uti", source="fixture",
                          reviewed_by="Test Reviewer", reviewed_on="2026-01-01", answer=(
                              "Some people are more likely to get UTIs. These include people who have - nerve damage "
                              "around the bladder - a blockage in the urinary tract - diabetes nerve damage around the "
                              "bladder a blockage in the urinary tract diabetes\nUTIs in Women More than half of women "
                              "have one. Prevention : Drink plenty of water."))
    with app.test_request_context("/"):
        html = render_template("index.html", safe_url=lambda u: u, question="", answer=None, error=None,
                               record=SimpleNamespace(record=rec, message="Reviewed.", related=[]))
    assert ("<p>Some people are more likely to get UTIs. These include people who have</p><ul><li>nerve damage "
            "around the bladder</li><li>a blockage in the urinary tract</li><li>diabetes</li></ul>"
            "<p>UTIs in Women More than half of women have one.</p><h3>Prevention</h3>"
            "<p>Drink plenty of water.</p>") in html
    assert html.count("a blockage in the urinary tract") == 1


def test_a_no_match_page_lists_only_close_suggestions(client) -> None:  # type: ignore[no-untyped-def]
    near = client.post("/", data={"q": "what is the best diet for my heart"}).get_data(as_text=True)
    assert "closest we have" in near and "What is high blood pressure?" in near
    far = client.post("/", data={"q": "what time does the car park close on sundays?"}).get_data(as_text=True)
    assert "No reviewed answer matches" in far and "closest we have" not in far
