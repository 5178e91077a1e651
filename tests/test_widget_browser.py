"""The chat widget (/widget.js) in headless Chromium: on the /demo page (same origin) and on a
third-party "clinic" site served from another port (CORS allowed and denied, strict CSP, hostile
CSS). Screenshots go to test-artifacts/."""

from __future__ import annotations

import html
import re
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from indexer.combining import COMBINING_NOTE

from .browser import CSP_PROBE, ConsoleWatch, ServerThread, launch, require_browser, screenshot

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 740}

TINNITUS_Q = "there is a ringing in my ears"
SPINE_Q = "my hamstring and lower back have hurt for years, could it be my spine"
NO_MATCH_Q = "what is the best diet for my heart"  # no_match, with the blood-pressure records as suggestions
FAR_OFF_Q = "what time does the car park close on sundays?"  # no_match, nothing close enough to suggest
EMERGENCY_Q = "my dad's face is drooping and he cannot lift his arm"
REVIEWER = "Test Reviewer, MD (fixture)"
CALL_NOW = "If this may be an emergency, call your local emergency number now."

# A hostile host page: none of this may reach inside the widget.
HOSTILE_CSS = """
* { font-family: "Comic Sans MS", cursive !important; color: rgb(255, 0, 255) !important; \
letter-spacing: 3px !important; }
html { font-size: 9px; }
button { display: none !important; }
div, section, p, article, textarea { border: 6px dotted red !important; padding: 40px !important; \
background: yellow !important; }
body { margin: 0; padding: 20px; }
"""


class ClinicSite:
    """A third-party clinic site that embeds the widget from the medmatch server, with a strict CSP
    of its own that allows exactly that origin for scripts and requests."""

    def __init__(self) -> None:
        self.medmatch = ""

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        from werkzeug.wrappers import Request, Response

        req = Request(environ)
        if req.path == "/clinic.css":
            resp = Response(HOSTILE_CSS, mimetype="text/css")
        elif req.path in ("/", "/hours", "/contact"):
            timeout = req.args.get("timeout", type=int)
            extra = f' data-timeout="{timeout}"' if timeout else ""
            if req.args.get("remember"):
                extra += f' data-remember="{html.escape(req.args["remember"])}"'
            color = html.escape(req.args.get("color", "#6d28d9"))
            lang = html.escape(req.args.get("lang", "en"))
            other = "/hours" if req.path == "/" else "/"
            page = f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test clinic {html.escape(req.path)}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/clinic.css"></head>
<body><h1>Test clinic</h1><p>Some page content.</p><p><a id="other" href="{other}">Other page</a></p>
<script src="{html.escape(self.medmatch)}/widget.js" defer data-title="Test Clinic questions"
  data-position="bottom-left" data-color="{color}" data-lang-send="Ask" data-contact-url="/contact"{extra}>\
</script></body></html>"""
            resp = Response(page, mimetype="text/html")
            resp.headers["Content-Security-Policy"] = (
                f"default-src 'self'; script-src 'self' {self.medmatch}; connect-src {self.medmatch}; "
                "style-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'"
            )
        else:
            resp = Response("not found", status=404)
        return resp(environ, start_response)


class Servers:
    def __init__(self, medmatch: ServerThread, app: Any, allowed: ServerThread, denied: ServerThread) -> None:
        self.medmatch, self.app, self.allowed, self.denied = medmatch, app, allowed, denied

    @property
    def url(self) -> str:
        return self.medmatch.url


def _make_app(encoder: Any, index_root: Path, tmp: Path, **overrides: Any) -> Any:
    from service import create_app

    config = {"testing": True, "index_root": str(index_root), "feedback_db": str(tmp / "feedback.sqlite"),
              "rate_limit": "", "reload_poll_seconds": 0, **overrides}
    return create_app(config, encoder=encoder)


@pytest.fixture(scope="module")
def servers(encoder: Any, index_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    require_browser()
    clinic = ClinicSite()
    allowed, denied = ServerThread(clinic), ServerThread(clinic)
    app = _make_app(encoder, index_root, tmp_path_factory.mktemp("widget"), cors_origins=[allowed.url])
    medmatch = ServerThread(app)
    clinic.medmatch = medmatch.url
    yield Servers(medmatch, app, allowed, denied)
    for server in (medmatch, allowed, denied):
        server.stop()


@pytest.fixture(scope="module")
def browser(servers: Servers) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


class Widget:
    """The widget on one page; Playwright's locators pierce its open shadow root."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.watch = ConsoleWatch(page)
        self.root = page.locator("medmatch-widget")
        self.launcher = self.root.locator("button.launcher")
        self.panel = self.root.locator("section.panel")
        self.input = self.root.locator("textarea")
        self.send = self.root.locator("button.send")
        self.log = self.root.locator(".log")
        self.answers = self.root.locator("article.answer")

    def goto(self, url: str) -> Widget:
        self.page.goto(url)
        self.launcher.wait_for()
        return self

    def open(self) -> None:
        from playwright.sync_api import expect

        self.launcher.click()
        expect(self.panel).to_be_visible()
        expect(self.input).to_be_focused()

    def ask(self, question: str) -> None:
        self.input.fill(question)
        self.input.press("Enter")

    def shadow_eval(self, js: str) -> Any:
        """Evaluate ``js`` with ``sr`` bound to the widget's shadow root."""
        return self.page.evaluate(f"(() => {{ const sr = document.querySelector('medmatch-widget').shadowRoot; "
                                  f"return {js}; }})()")

    def assert_clean_console(self, allow: tuple[str, ...] = ()) -> None:
        assert self.watch.problems(allow) == []


@pytest.fixture
def new_widget(browser: Any) -> Iterator[Callable[..., Widget]]:
    contexts: list[Any] = []

    def make(viewport: dict[str, int] = DESKTOP, reduced_motion: str = "no-preference") -> Widget:
        ctx = browser.new_context(viewport=viewport, reduced_motion=reduced_motion)
        ctx.set_default_timeout(10_000)
        ctx.add_init_script(CSP_PROBE)
        contexts.append(ctx)
        return Widget(ctx.new_page())

    yield make
    for ctx in contexts:
        ctx.close()


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


# --------------------------------------------------------------------------------------------

def test_widget_script_is_served(servers: Servers) -> None:
    with urllib.request.urlopen(servers.url + "/widget.js") as r:
        body = r.read().decode()
        assert r.headers["Content-Type"].startswith("text/javascript")
        assert r.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert "innerHTML" not in body and "insertAdjacentHTML" not in body and "eval(" not in body
    with urllib.request.urlopen(servers.url + "/demo") as r:
        page = r.read().decode()
        csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert page.count("<script") == 1 and "/widget.js" in page and "<style" not in page and " style=" not in page
    assert f'&lt;script src="{servers.url}/widget.js" defer&gt;&lt;/script&gt;' in page  # the snippet for site owners


def test_answer_with_source_reviewer_and_related(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask(TINNITUS_Q)
    answer = w.answers.last
    expect(answer).to_contain_text("What is tinnitus?")
    expect(answer).to_contain_text("Tinnitus is hearing a sound")
    link = answer.locator(".meta a")
    expect(link).to_have_attribute("href", "https://example.org/fx-tinnitus-info")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(link).to_have_text("fixture corpus (opens in a new tab)")
    expect(link).to_have_attribute("target", "_blank")
    expect(answer.locator(".meta")).to_contain_text(f"Reviewed by {REVIEWER}")
    expect(answer.locator("time")).to_have_attribute("datetime", "2026-01-15")
    expect(answer.locator(".note")).to_contain_text("not a diagnosis")
    expect(w.input).to_have_value("")
    expect(w.root.locator(".typing")).to_have_count(0)
    related = answer.locator(".list button.chip")
    assert 1 <= related.count() <= 5
    expect(related.first).to_have_text("How is tinnitus treated?")
    # the chip opens that record by its id, not a search by its text (review of session 19)
    with w.page.expect_request(lambda r: r.method == "GET" and "/v1/records/fx-tinnitus-treatment" in r.url):
        related.first.click()
    expect(w.answers).to_have_count(2)
    expect(w.answers.last.locator(".closest")).to_have_count(0)
    expect(w.answers.last.locator(".meta")).to_contain_text(f"Reviewed by {REVIEWER}")
    expect(w.answers.last.locator(".list button.chip").first).to_have_text("What is tinnitus?")
    expect(w.answers.last.locator(".qtitle")).to_have_text("How is tinnitus treated?")
    expect(w.input).to_be_focused()  # not left on the chip, now scrolled away
    expect(w.root.locator(".msg.user")).to_have_count(2)
    expect(w.root.locator(".msg.user").last).to_contain_text("How is tinnitus treated?")
    assert w.log.get_attribute("aria-live") == "polite"
    # a long answer is collapsed behind "Read more"
    w.ask(SPINE_Q)
    expect(w.answers).to_have_count(3)
    more = w.answers.last.locator("button.more")
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(more).to_have_text("Read more")
    body = w.answers.last.locator(".body")
    collapsed = body.bounding_box()["height"]
    more.click()
    expect(more).to_have_attribute("aria-expanded", "true")
    expect(more).to_have_text("Show less")
    assert body.bounding_box()["height"] > collapsed + 10
    screenshot(w.page, "desktop-answer")
    w.assert_clean_console()


def test_spelling_correction_is_shown(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask("what is tinitus")
    answer = w.answers.last
    expect(answer.locator(".qtitle")).to_have_text("What is tinnitus?")
    expect(answer.locator(".spelling")).to_have_text(
        "Searched with the spelling tinnitus (you wrote \u201ctinitus\u201d).")
    screenshot(w.page, "desktop-spelling")
    w.ask("what is tinnitus")
    expect(w.answers.last.locator(".spelling")).to_have_count(0)
    w.assert_clean_console()


def test_the_line_about_combining_medicines_stands_apart(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask("How is low back pain treated? I take Eliquis, can I take ibuprofen with it?")
    answer = w.answers.last
    expect(answer.locator(".caution")).to_have_text(COMBINING_NOTE)
    expect(answer.locator(".note")).not_to_contain_text("pharmacist")
    screenshot(w.page, "desktop-caution")
    w.ask("How is low back pain treated?")
    expect(w.answers.last.locator(".caution")).to_have_count(0)
    w.assert_clean_console()


def test_the_medical_name_read_for_a_lay_phrase_is_shown(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask("bladder infection again, what now?")
    expect(w.answers.last.locator(".spelling")).to_have_text(
        "Also searched for urinary tract infection (for \u201cbladder infection\u201d).")
    w.assert_clean_console()


def test_no_match_shows_message_and_suggestions(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    screenshot(w.page, "desktop-page")
    w.open()
    screenshot(w.page, "desktop-open")
    w.ask(NO_MATCH_Q)
    box = w.root.locator(".msg.nomatch")
    expect(box).to_contain_text("No reviewed answer matches")
    expect(box).to_contain_text("we will not guess")
    chips = box.locator("button.chip")
    expect(chips.first).to_be_visible()
    assert 1 <= chips.count() <= 3
    expect(w.answers).to_have_count(0)
    suggestion = chips.first.inner_text()
    with w.page.expect_request(lambda r: r.method == "GET" and "/v1/records/" in r.url):
        chips.first.click()
    expect(w.answers.last.locator(".qtitle")).to_have_text(suggestion)
    w.assert_clean_console()


def test_a_server_without_suggestions_still_gets_its_matches_offered(servers: Servers,
                                                                     new_widget: Callable[..., Widget]) -> None:
    """A server older than the ``suggestions`` field sends only ``matches``: the widget offers those."""
    import json

    expect = _expect()
    body = json.dumps({
        "status": "no_match", "answer": None, "confidence": 0.2, "related": [], "emergency": None,
        "matches": [{"id": "fx-hbp-info", "question": "What is high blood pressure?", "source": "mock", "url": "",
                     "score": 1.0}],
        "message": "No reviewed answer matches your question closely enough, so we will not guess.",
        "index_version": "mock", "spelling": [], "reason": "below_threshold", "language": None,
        "language_line": None})
    w = new_widget().goto(servers.url + "/demo")
    w.page.route("**/v1/ask", lambda route: route.fulfill(status=200, content_type="application/json", body=body))
    w.open()
    w.ask("what is the best diet for my heart")
    expect(w.root.locator(".msg.nomatch button.chip")).to_have_text(["What is high blood pressure?"])
    w.assert_clean_console()


def test_no_match_with_nothing_close_offers_no_suggestions(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    """The widget shows the API's ``suggestions`` (none scores far below the rest), not the raw ``matches``."""
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask(FAR_OFF_Q)
    box = w.root.locator(".msg.nomatch")
    expect(box).to_contain_text("No reviewed answer matches")
    expect(box.locator("button.chip")).to_have_count(0)
    w.assert_clean_console()


def test_emergency_is_shown_first_as_an_alert(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget(viewport=MOBILE).goto(servers.url + "/demo")
    w.open()
    w.ask(EMERGENCY_Q)
    alert = w.root.locator(".msg.emergency")
    expect(alert).to_have_attribute("role", "alert")
    expect(alert).to_contain_text("This may be an emergency")
    expect(alert).to_contain_text("stroke")
    # the first message after the patient's question is the emergency, and it looks different
    first_reply = w.shadow_eval("sr.querySelector('.msg.user').nextElementSibling.className")
    assert "emergency" in first_reply
    border = w.shadow_eval("getComputedStyle(sr.querySelector('.msg.emergency')).borderTopColor")
    assert border == "rgb(179, 38, 30)"
    expect(w.answers).to_have_count(0)
    screenshot(w.page, "mobile-emergency")
    w.assert_clean_console()


def test_a_classifier_alarm_can_be_set_aside_and_a_rule_alarm_cannot(servers: Servers,
                                                                     new_widget: Callable[..., Widget]) -> None:
    """Session 26's blind review: harmless questions about children got only the classifier's "call 911". Under an
    alarm of the learned check the patient can say nothing like it is happening now and get the question answered;
    the button is under the alarm, never instead of it, and a rule's alarm has none."""
    from .test_triage_classifier import UNRULED_EMERGENCIES

    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask(EMERGENCY_Q)
    expect(w.root.locator(".msg.emergency")).to_have_count(1)
    expect(w.root.locator(".msg.emergency button.anyway")).to_have_count(0)

    w.ask(UNRULED_EMERGENCIES[0])
    alarm = w.root.locator(".msg.emergency").last
    expect(w.root.locator(".msg.emergency")).to_have_count(2)
    button = alarm.locator("button.anyway")
    expect(button).to_have_text("Nothing like this is happening now: answer my question")
    screenshot(w.page, "classifier-alarm")
    # A failed try does not use the offer up: after a reload the stored alarm still has its button.
    w.page.route("**/v1/ask", lambda route: route.abort("connectionfailed"))
    button.click()
    expect(w.root.locator(".msg.error")).to_be_visible()
    w.page.unroute("**/v1/ask")
    w.page.reload()
    w.launcher.wait_for()
    if not w.panel.is_visible():
        w.open()
    alarm = w.root.locator(".msg.emergency").last
    button = alarm.locator("button.anyway")
    expect(button).to_have_count(1)
    with w.page.expect_request(lambda r: r.method == "POST" and "/v1/ask" in r.url) as sent:
        button.click()
    body = sent.value.post_data_json
    assert body["no_emergency_now"] is True and body["question"] == UNRULED_EMERGENCIES[0]
    expect(w.root.locator(".msg.user").last).to_contain_text("Nothing like this is happening now.")
    expect(w.root.locator(".msg.answer, .msg.nomatch").last).to_be_visible()
    expect(alarm.locator("button.anyway")).to_have_count(0)  # asked once; the alarm itself stays
    expect(w.root.locator(".msg.emergency")).to_have_count(2)
    w.page.reload()  # ... and stays used up
    w.launcher.wait_for()
    if not w.panel.is_visible():
        w.open()
    expect(w.root.locator(".msg.emergency")).to_have_count(2)
    expect(w.root.locator("button.anyway")).to_have_count(0)
    w.assert_clean_console(allow=("Failed to load resource", "net::ERR"))


def test_keyboard_only(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    page = w.page
    for _ in range(60):  # Tab through the page until the launcher has focus
        page.keyboard.press("Tab")
        if w.shadow_eval("sr.activeElement && sr.activeElement.classList.contains('launcher')"):
            break
    else:
        pytest.fail("Tab never reached the launcher")
    ring = w.shadow_eval("getComputedStyle(sr.activeElement).boxShadow")
    assert ring and ring != "none", "the focused launcher has no visible focus ring"
    page.keyboard.press("Enter")
    expect(w.panel).to_be_visible()
    expect(w.input).to_be_focused()
    expect(w.launcher).to_have_attribute("aria-expanded", "true")
    page.keyboard.type(TINNITUS_Q)
    page.keyboard.down("Enter")
    page.keyboard.down("Enter")  # auto-repeat of a held key: must not send twice
    page.keyboard.up("Enter")
    expect(w.answers).to_have_count(1)
    page.wait_for_timeout(300)
    expect(w.root.locator(".msg.user")).to_have_count(1)
    expect(w.answers).to_have_count(1)
    # Shift+Enter is a new line, not a send
    page.keyboard.type("first line")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("second line")
    expect(w.input).to_have_value("first line\nsecond line")
    expect(w.root.locator(".msg.user")).to_have_count(1)
    unnamed = w.shadow_eval("""[...sr.querySelectorAll('button, textarea, a')].filter(e =>
        !(e.getAttribute('aria-label') || e.textContent.trim() || (e.labels && e.labels.length))).length""")
    assert unnamed == 0, "every control in the widget has an accessible name"
    page.keyboard.press("Escape")
    expect(w.panel).to_be_hidden()
    expect(w.launcher).to_be_focused()
    expect(w.launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(w.input).to_be_focused()
    # Shift+Tab from the input reaches the answer's controls (related question, feedback)
    labels = []
    for _ in range(8):
        page.keyboard.press("Shift+Tab")
        labels.append(w.shadow_eval("sr.activeElement ? sr.activeElement.textContent.trim() : ''"))
    assert "How is tinnitus treated?" in labels and "Helpful" in labels, labels
    w.assert_clean_console()


def test_markup_in_answers_and_questions_is_text(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask("markup injection test record")
    answer = w.answers.last
    expect(answer).to_contain_text('<img src=x onerror="window.__xss=1">')
    expect(answer).to_contain_text("<script>window.__xss=2</script>")
    hostile = "<img src=x onerror=window.__xss=3> what is tinnitus"
    w.ask(hostile)
    expect(w.root.locator(".msg.user").last).to_contain_text(hostile)
    expect(w.root.locator(".msg.user")).to_have_count(2)
    expect(w.root.locator(".typing")).to_have_count(0)
    w.page.wait_for_timeout(200)
    assert w.shadow_eval("sr.querySelectorAll('img, script, iframe, object').length") == 0
    assert w.page.evaluate("typeof window.__xss") == "undefined"
    w.assert_clean_console()


def test_third_party_site_allowed_by_cors(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.allowed.url + "/")
    # data attributes: position, title, colour, strings
    box = w.launcher.bounding_box()
    assert box["x"] < 100, "data-position=bottom-left puts the launcher on the left"
    assert w.shadow_eval("getComputedStyle(sr.querySelector('.launcher')).backgroundColor") == "rgb(109, 40, 217)"
    w.open()
    expect(w.root.locator("h2")).to_have_text("Test Clinic questions")
    expect(w.send).to_have_text("Ask")
    w.ask(TINNITUS_Q)
    expect(w.answers.last).to_contain_text("What is tinnitus?")
    # the hostile page CSS does not reach inside the shadow root
    style = w.shadow_eval("(s => [s.color, s.fontFamily, s.letterSpacing, s.borderTopStyle])"
                          "(getComputedStyle(sr.querySelector('article.answer .body p')))")
    assert (style[0] != "rgb(255, 0, 255)" and "Comic" not in style[1] and style[2] == "normal"
            and style[3] != "dotted"), style
    expect(w.send).to_be_visible()
    screenshot(w.page, "clinic-hostile-css")
    # and the widget does not restyle the page
    assert w.page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(255, 0, 255)"
    w.assert_clean_console()


def test_each_no_match_reason_is_routed(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    """Clinic business links the clinic's page (data-contact-url); an animal question names a vet and
    does not; the line in the writer's language is marked with its lang."""
    expect = _expect()
    w = new_widget().goto(servers.allowed.url + "/")
    w.open()
    w.ask("What time do you close on Sundays? I need my asthma inhaler")
    box = w.root.locator(".msg.nomatch").last
    expect(box.locator("h3").first).to_have_text("This is a question for the clinic")
    link = box.locator(".contact a")
    expect(link).to_have_text("Contact the clinic")
    expect(link).to_have_attribute("href", servers.allowed.url + "/contact")
    screenshot(w.page, "clinic-request")
    w.ask("my dog keeps scratching his back, how is that treated?")
    expect(w.root.locator(".msg.nomatch")).to_have_count(2)
    box = w.root.locator(".msg.nomatch").last
    expect(box.locator("h3").first).to_have_text("Please ask a vet")
    expect(box).to_contain_text("ask a vet")
    expect(box.locator(".contact")).to_have_count(0)
    w.ask("cuales son los tratamientos para la presion alta y que comidas debo evitar")
    expect(w.root.locator(".msg.nomatch")).to_have_count(3)
    box = w.root.locator(".msg.nomatch").last
    line = box.locator('[lang="es"]')
    expect(line).to_have_text(re.compile(r"^Solo podemos responder preguntas en ingl.s\. .*emergencias\. \(911\)$"))
    expect(line).to_have_attribute("dir", "auto")
    # the translated line is a paragraph of its own, before the English text
    assert line.evaluate("e => e.tagName") == "P"
    english = line.locator("xpath=following-sibling::p[1]")
    expect(english).to_contain_text("No reviewed answer matches your question")
    expect(english).not_to_contain_text("Solo podemos")
    expect(box.locator(".contact a")).to_have_count(1)
    # An emergency written in Spanish: the alert starts with the same marked line.
    w.ask("me duele mucho el pecho y no puedo respirar")
    alert = w.root.locator(".msg.emergency").last
    expect(alert.locator('p[lang="es"]')).to_contain_text("Solo podemos responder")
    # English answers carry no marked line; the stored conversation keeps the marks after a reload.
    w.ask(TINNITUS_Q)
    expect(w.answers.last.locator("[lang]")).to_have_count(0)
    w.page.reload()
    w.launcher.wait_for()
    expect(w.root.locator('.msg.nomatch p[lang="es"]')).to_have_count(1)
    expect(w.root.locator('.msg.nomatch .contact a')).to_have_count(2)
    w.assert_clean_console()


def test_third_party_site_denied_by_cors(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    preflight = {"Origin": "", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"}
    for origin, allowed in ((servers.denied.url, False), (servers.allowed.url, True)):
        req = urllib.request.Request(servers.url + "/v1/ask", method="OPTIONS", headers={**preflight, "Origin": origin})
        with urllib.request.urlopen(req) as r:
            assert (r.headers.get("Access-Control-Allow-Origin") == origin) is allowed
            assert (r.headers.get("Access-Control-Allow-Origin") is None) is not allowed
    w = new_widget().goto(servers.denied.url + "/")
    w.open()
    w.ask(TINNITUS_Q)
    error = w.root.locator(".msg.error")
    expect(error).to_contain_text("could not be reached")
    expect(error.locator("button.retry")).to_have_text("Try again")
    expect(w.answers).to_have_count(0)
    expect(w.send).to_be_enabled()
    # the only console noise is the browser's own CORS report
    problems = w.watch.problems(allow=("CORS policy", "Failed to load resource", "net::ERR_FAILED"))
    assert problems == []
    assert any("CORS" in m for m in w.watch.messages)


def test_conversation_survives_navigation(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.allowed.url + "/")
    w.open()
    w.ask(TINNITUS_Q)
    expect(w.answers).to_have_count(1)
    w.answers.last.locator(".fb button").first.click()
    expect(w.answers.last.locator(".fb .done")).to_have_text("Thanks for your feedback.")
    # navigate to another page of the site: the panel is still open with the conversation
    w.page.locator("#other").evaluate("a => a.click()")  # the open panel covers the link on screen
    w.page.wait_for_url("**/hours")
    expect(w.answers).to_have_count(1)
    expect(w.panel).to_be_visible()
    expect(w.root.locator(".msg.user")).to_contain_text(TINNITUS_Q)
    expect(w.answers.last).to_contain_text("What is tinnitus?")
    expect(w.answers.last.locator(".fb button").first).to_be_disabled()
    expect(w.answers.last.locator(".fb .done")).to_have_text("Thanks for your feedback.")
    expect(w.root.locator(".intro")).to_have_count(0)
    # reload; then check the stored history is capped at 30 messages
    w.page.reload()
    expect(w.answers).to_have_count(1)
    key = "medmatch-widget:" + servers.url
    w.page.evaluate("""([key]) => {
      const items = [];
      for (let i = 0; i < 20; i++) {
        items.push({t: 'q', text: 'question ' + i});
        items.push({t: 'a', status: 'no_match', msg: 'no match ' + i, sugg: []});
      }
      sessionStorage.setItem(key, JSON.stringify({open: true, items}));
    }""", [key])
    w.page.reload()
    expect(w.root.locator(".msg.user")).to_have_count(15)
    expect(w.root.locator(".msg.user").first).to_contain_text("question 5")
    w.ask(TINNITUS_Q)
    expect(w.answers).to_have_count(1)
    stored = w.page.evaluate("([key]) => JSON.parse(sessionStorage.getItem(key)).items.length", [key])
    assert stored == 30
    # "start a new conversation" empties it, once confirmed (it holds more than one exchange)
    w.page.once("dialog", lambda dialog: dialog.accept())
    w.root.locator(".head button.icon").first.click()
    expect(w.root.locator(".msg.user")).to_have_count(0)
    expect(w.root.locator(".intro")).to_have_count(1)
    w.assert_clean_console()


def test_feedback_is_stored_once(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    store = servers.app.extensions["medmatch"].store
    before = len(store.feedback())
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask("how do I know if I have diabetes")
    answer = w.answers.last
    expect(answer.locator(".qtitle")).to_have_text("What are the symptoms of type 2 diabetes?")
    no = answer.locator(".fb button").nth(1)
    expect(no).to_have_text("Not helpful")
    no.click()
    expect(answer.locator(".fb .done")).to_have_text("Thanks for your feedback.")
    expect(no).to_have_attribute("aria-pressed", "true")
    expect(no).to_be_disabled()
    expect(answer.locator(".fb button").first).to_be_disabled()
    no.click(force=True)  # a second click on the disabled button does nothing
    deadline = time.monotonic() + 5
    while len(store.feedback()) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    rows = store.feedback()
    assert len(rows) == before + 1
    assert rows[0]["record_id"] == "fx-diabetes-symptoms" and rows[0]["helpful"] is False
    w.assert_clean_console()


def test_a_chip_whose_record_is_gone_asks_by_its_text(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    """A record removed by a new index since the chip was shown: the question is asked by its text instead of a
    developer's "no record with id" (re-review of session 19)."""
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.open()
    w.ask(TINNITUS_Q)
    w.page.route("**/v1/records/**", lambda route: route.fulfill(
        status=404, content_type="application/json",
        body='{"error": {"code": "not_found", "message": "no record with id in the live index"}}'))
    chip = w.answers.last.locator(".list button.chip").first
    expect(chip).to_have_text("How is tinnitus treated?")
    with w.page.expect_request(lambda r: r.method == "POST" and r.url.endswith("/v1/ask")):
        chip.click()
    expect(w.answers).to_have_count(2)
    expect(w.answers.last.locator(".qtitle")).to_have_text("How is tinnitus treated?")
    expect(w.root.locator(".msg.error")).to_have_count(0)
    expect(w.root.locator(".msg.user")).to_have_count(2)  # one bubble for the chip, not two
    w.assert_clean_console(allow=("404", "Failed to load resource"))


def test_network_error_and_timeout_offer_retry(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.page.route("**/v1/ask", lambda route: route.abort("connectionfailed"))
    w.open()
    w.ask(TINNITUS_Q)
    error = w.root.locator(".msg.error")
    expect(error).to_contain_text("could not be reached")
    expect(error).not_to_contain_text("connection")  # the service is down, not the patient's network
    expect(error.locator("p.call")).to_have_text(CALL_NOW)
    w.page.unroute("**/v1/ask")
    error.locator("button.retry").click()
    expect(w.answers.last).to_contain_text("What is tinnitus?")
    expect(error).to_have_count(0)
    expect(w.input).to_be_focused()  # "Try again" is gone: the focus is not dropped to the page
    expect(w.root.locator(".msg.user")).to_have_count(1)  # the retry did not repeat the question
    w.assert_clean_console(allow=("Failed to load resource", "net::ERR_"))

    # a request that never answers: typing indicator, no double send, then a timeout after data-timeout=1 s
    t = new_widget().goto(servers.allowed.url + "/?timeout=1")
    sent: list[str] = []
    t.page.route("**/v1/ask", lambda route: sent.append(route.request.url))  # never fulfilled
    t.open()
    t.ask(TINNITUS_Q)
    expect(t.root.locator(".typing")).to_contain_text("Looking for a reviewed answer")
    expect(t.send).to_be_disabled()
    t.input.fill("second question while busy")
    t.input.press("Enter")
    expect(t.input).to_have_value("second question while busy")
    expect(t.root.locator(".msg.timeout, .msg.error")).to_contain_text("took too long", timeout=5000)
    expect(t.root.locator(".msg.error p.call")).to_have_text(CALL_NOW)
    expect(t.root.locator(".typing")).to_have_count(0)
    expect(t.send).to_be_enabled()
    assert len(sent) == 1


def test_rate_limit_shows_please_wait(encoder: Any, index_root: Path, tmp_path: Path, browser: Any,
                                      new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    limited = ServerThread(_make_app(encoder, index_root, tmp_path, rate_limit="2 per minute"))
    try:
        w = new_widget().goto(limited.url + "/demo")
        w.open()
        for n in (1, 2):
            w.ask(TINNITUS_Q)
            expect(w.answers).to_have_count(n)
        w.ask(TINNITUS_Q)
        error = w.root.locator(".msg.error")
        expect(error).to_contain_text(re.compile(r"Please wait \d+ seconds"))
        seconds = int(re.search(r"wait (\d+) seconds", error.inner_text()).group(1))
        assert 1 <= seconds <= 60
        expect(error.locator("button.retry")).to_be_disabled()
        expect(error.locator("p.call")).to_have_text(CALL_NOW)
        w.assert_clean_console(allow=("429",))
    finally:
        limited.stop()


def test_mobile_layout_and_reduced_motion(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget(viewport=MOBILE).goto(servers.url + "/demo")
    screenshot(w.page, "mobile-page")
    w.open()
    w.ask(NO_MATCH_Q)
    expect(w.root.locator(".msg.nomatch")).to_be_visible()
    screenshot(w.page, "mobile-no-match")
    w.ask(SPINE_Q)
    expect(w.answers).to_have_count(1)
    screenshot(w.page, "mobile-answer")
    w.assert_clean_console()

    n = new_widget(viewport={"width": 320, "height": 640}, reduced_motion="reduce").goto(servers.url + "/demo")
    n.open()
    box = n.panel.bounding_box()
    assert box["x"] == 0 and box["width"] == 320 and box["height"] == 640
    assert n.shadow_eval("getComputedStyle(sr.querySelector('.panel')).animationName") == "none"
    n.page.route("**/v1/ask", lambda route: None)  # keep the typing indicator on screen
    n.ask(TINNITUS_Q)
    expect(n.root.locator(".typing")).to_be_visible()
    assert n.shadow_eval("getComputedStyle(sr.querySelector('.dots i')).animationName") == "none"
    no_overflow = n.shadow_eval(
        "[...sr.querySelectorAll('.panel *')].every(e => e.getBoundingClientRect().right <= 321)")
    assert no_overflow, "something in the panel is wider than a 320 px screen"
    screenshot(n.page, "mobile-320-typing")
    n.assert_clean_console()


# ---- the review's findings (one test or more each) --------------------------------------------

def _answered(text: str, confidence: float, question: str = "What are the symptoms of acid reflux?",
              blocks: list[dict[str, Any]] | None = None) -> str:
    """A /v1/ask body with status answered, as the API sends it (without ``blocks``: as a server sent it
    before session 23)."""
    import json

    extra = {} if blocks is None else {"blocks": blocks}
    return json.dumps({
        "status": "answered", "confidence": confidence, "matches": [], "related": [], "emergency": None,
        "answer": {"id": "fx-mock", "question": question, "answer": text, "source": "mock", "url": "",
                   "reviewed_by": REVIEWER, "reviewed_on": "2026-01-15", "score": 1.0, **extra},
        "message": "This is general information, not a diagnosis.", "index_version": "mock", "spelling": [],
        "reason": None, "language": None, "language_line": None})


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    def lum(rgb: tuple[int, int, int]) -> float:
        c = [x / 255 for x in rgb]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_error_box_says_call_the_emergency_number(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    """Server down (5xx), rate limit: each error box has the emergency advice as a paragraph; a
    server error does not blame the patient's connection. The rate-limit wait counts down, and
    "Try again" looks disabled until it is over."""
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    w.page.route("**/v1/ask", lambda route: route.fulfill(status=503, content_type="application/json",
                                                          body='{"error": {"code": "unavailable", "message": "x"}}'))
    w.open()
    w.ask(TINNITUS_Q)
    error = w.root.locator(".msg.error").last
    expect(error).to_contain_text("could not be reached")
    expect(error).not_to_contain_text("connection")
    expect(error.locator("p.call")).to_have_text(CALL_NOW)
    w.page.unroute("**/v1/ask")
    w.page.context.set_offline(True)  # only a device that is offline is told to check its connection
    w.ask(TINNITUS_Q)
    expect(w.root.locator(".msg.error")).to_have_count(2)
    expect(w.root.locator(".msg.error").last).to_contain_text("Check your connection")
    expect(w.root.locator(".msg.error").last.locator("p.call")).to_have_text(CALL_NOW)
    w.page.context.set_offline(False)
    w.page.route("**/v1/ask", lambda route: route.fulfill(
        status=429, headers={"Retry-After": "3"}, content_type="application/json",
        body='{"error": {"code": "rate_limited", "message": "too many requests"}}'))
    w.ask(TINNITUS_Q)
    expect(w.root.locator(".msg.error")).to_have_count(3)
    error = w.root.locator(".msg.error").last
    expect(error.locator("p.call")).to_have_text(CALL_NOW)
    retry = error.locator("button.retry")
    expect(retry).to_be_disabled()
    disabled_look = retry.evaluate("b => [getComputedStyle(b).borderTopStyle, getComputedStyle(b).backgroundColor]")
    shown = error.locator('span[aria-hidden="true"]')
    expect(shown).to_contain_text("Please wait 2 seconds", timeout=3000)  # counts down from 3
    expect(shown).to_have_text("You have asked many questions in a short time. You can try again now.", timeout=4000)
    expect(retry).to_be_enabled()
    enabled_look = retry.evaluate("b => [getComputedStyle(b).borderTopStyle, getComputedStyle(b).backgroundColor]")
    assert disabled_look != enabled_look, "the disabled Try again looks the same as the enabled one"
    w.page.unroute("**/v1/ask")
    retry.click()
    expect(w.answers.last).to_contain_text("What is tinnitus?")
    expect(w.input).to_be_focused()
    w.assert_clean_console(allow=("429", "503", "Failed to load resource"))


def test_urgent_answers_stay_open_and_weak_matches_are_flagged(servers: Servers,
                                                               new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    filler = ("Acid reflux is when stomach acid flows back up into the food pipe. It often causes heartburn, a "
              "burning feeling in the chest after eating, and an acid taste in the mouth. Eating smaller meals, "
              "not lying down after eating and raising the head of the bed can help. ")
    urgent_endings = ["Chest pain can also come from the heart: if it spreads to your arm or jaw, call 911 now.",
                      "If you vomit blood, go to A&E straight away.",
                      "Seek immediate medical help if you cannot swallow."]
    replies = [_answered(filler + ending, 0.42) for ending in urgent_endings]
    replies.append(_answered(filler * 2, 0.9, question="How is acid reflux treated?"))
    w = new_widget().goto(servers.url + "/demo")
    w.page.route("**/v1/ask", lambda route: route.fulfill(status=200, content_type="application/json",
                                                          body=replies.pop(0)))
    w.open()
    for n, ending in enumerate(urgent_endings, start=1):
        w.ask("my chest hurts")
        expect(w.answers).to_have_count(n)
        answer = w.answers.last
        expect(answer.locator("button.more")).to_have_count(0)  # never behind "Read more"
        assert "clamp" not in (answer.locator(".body").get_attribute("class") or "")
        expect(answer.locator(".body")).to_have_text(filler + ending)  # the answer itself is not altered
        expect(answer.locator(".closest")).to_have_text(
            "This is the closest reviewed answer we have; it may not fit your situation.")
    screenshot(w.page, "desktop-urgent-answer")
    # a confident long answer without emergency advice is still collapsed, without the line
    w.ask("how is reflux treated")
    expect(w.answers).to_have_count(4)
    expect(w.answers.last.locator("button.more")).to_have_text("Read more")
    expect(w.answers.last.locator(".closest")).to_have_count(0)
    w.assert_clean_console()


def test_an_answer_laid_out_in_blocks_shows_its_lists(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    """The API's `blocks` (corpus.layout): a list is a list, its items text, and so after a reload."""
    expect = _expect()
    from corpus.layout import layout

    text = ("UTIs are more likely in people who have - nerve damage around the bladder - a blockage in the urinary "
            "tract - <b>diabetes</b> nerve damage around the bladder a blockage in the urinary tract <b>diabetes</b> "
            "More than half of women have one. Prevention : Drink plenty of water.")
    blocks = [b.to_json() for b in layout(text)]
    w = new_widget().goto(servers.url + "/demo")
    w.page.route("**/v1/ask", lambda route: route.fulfill(status=200, content_type="application/json",
                                                          body=_answered(text, 0.9, blocks=blocks)))
    w.open()
    w.ask("why do I keep getting UTIs")
    for _ in range(2):
        expect(w.answers).to_have_count(1)
        body = w.answers.last.locator(".body")
        expect(body.locator("ul > li")).to_have_text(["nerve damage around the bladder",
                                                      "a blockage in the urinary tract", "<b>diabetes</b>"])
        expect(body.locator("p")).to_have_text(["UTIs are more likely in people who have",
                                                "More than half of women have one.", "Prevention",
                                                "Drink plenty of water."])
        expect(body.locator("p.sub")).to_have_text("Prevention")
        w.page.reload()
    w.assert_clean_console()


def test_contact_link_on_a_phone_does_not_reopen_the_panel(servers: Servers,
                                                           new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget(viewport=MOBILE).goto(servers.allowed.url + "/")
    w.open()
    w.ask("What time do you close on Sundays? I need my asthma inhaler")
    link = w.root.locator(".msg.nomatch .contact a")
    link.click()
    w.page.wait_for_url("**/contact")
    w.launcher.wait_for()
    w.page.wait_for_timeout(200)
    expect(w.panel).to_be_hidden()  # the clinic's contact page is not covered by the full-screen panel
    expect(w.launcher).to_have_attribute("aria-expanded", "false")
    w.open()
    expect(w.root.locator(".msg.nomatch")).to_have_count(1)  # the conversation is still there
    w.assert_clean_console()


def test_storage_is_disclosed_and_can_be_off(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    key = "medmatch-widget:" + servers.url
    w = new_widget().goto(servers.allowed.url + "/")
    w.open()
    expect(w.root.locator(".intro")).to_contain_text(
        "This conversation stays in this browser tab until you close the tab or start a new conversation.")
    m = new_widget().goto(servers.allowed.url + "/?remember=off")
    m.page.evaluate("([key]) => sessionStorage.setItem(key, JSON.stringify({open: true, items: "
                    "[{t: 'q', text: 'old question'}]}))", [key])
    m.page.reload()
    m.launcher.wait_for()
    expect(m.panel).to_be_hidden()
    m.open()
    expect(m.root.locator(".intro")).to_contain_text("This conversation is not saved")
    expect(m.root.locator(".msg.user")).to_have_count(0)
    m.ask(TINNITUS_Q)
    expect(m.answers).to_have_count(1)
    assert m.page.evaluate("() => sessionStorage.length") == 0
    m.page.reload()
    m.launcher.wait_for()
    m.open()
    expect(m.root.locator(".msg.user")).to_have_count(0)
    expect(m.root.locator(".intro")).to_have_count(1)
    m.assert_clean_console()


@pytest.mark.parametrize("accent", ["#e53935", "#1e88e5", "#2e9e44", "#6d28d9", "#fdd835"])
def test_text_on_the_accent_has_the_better_contrast(servers: Servers, new_widget: Callable[..., Widget],
                                                    accent: str) -> None:
    import urllib.parse

    w = new_widget().goto(servers.allowed.url + "/?color=" + urllib.parse.quote(accent))
    bg, fg = w.shadow_eval("(s => [s.backgroundColor, s.color])(getComputedStyle(sr.querySelector('.launcher')))")
    bg_rgb = tuple(int(x) for x in re.findall(r"\d+", bg)[:3])
    fg_rgb = tuple(int(x) for x in re.findall(r"\d+", fg)[:3])
    assert bg_rgb == tuple(int(accent[i:i + 2], 16) for i in (1, 3, 5))
    assert fg_rgb in ((0, 0, 0), (255, 255, 255))
    other = (0, 0, 0) if fg_rgb == (255, 255, 255) else (255, 255, 255)
    assert _contrast(bg_rgb, fg_rgb) >= _contrast(bg_rgb, other), (accent, fg)


def test_full_screen_panel_is_a_modal_dialog(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget(viewport=MOBILE).goto(servers.url + "/demo")
    w.open()
    expect(w.panel).to_have_attribute("aria-modal", "true")
    w.ask(TINNITUS_Q)
    expect(w.answers).to_have_count(1)
    w.input.focus()
    seen = set()
    for _ in range(20):  # Tab goes round the panel's controls and never to the page behind it
        w.page.keyboard.press("Tab")
        assert w.page.evaluate("document.activeElement.tagName") == "MEDMATCH-WIDGET"
        seen.add(w.shadow_eval("sr.activeElement.textContent.trim() || sr.activeElement.getAttribute('aria-label')"))
    assert "Start a new conversation" in seen and "Helpful" in seen, seen
    w.root.locator(".head button.icon").first.focus()
    w.page.keyboard.press("Shift+Tab")
    expect(w.send).to_be_focused()
    w.page.keyboard.press("Tab")
    expect(w.root.locator(".head button.icon").first).to_be_focused()
    # on a desktop the panel is not modal: Tab leaves it as before
    d = new_widget().goto(servers.url + "/demo")
    d.open()
    expect(d.panel).to_have_attribute("aria-modal", "false")
    d.send.focus()
    d.page.keyboard.press("Tab")
    assert not d.shadow_eval("sr.activeElement && sr.activeElement.closest('.panel')")
    w.assert_clean_console()


def test_widget_is_english_and_questions_keep_their_direction(servers: Servers,
                                                              new_widget: Callable[..., Widget]) -> None:
    """On an Arabic page the widget is read as English; an Arabic question reads right to left; the
    reply's Arabic line is a paragraph of its own with its lang."""
    expect = _expect()
    w = new_widget().goto(servers.allowed.url + "/?lang=ar")
    assert w.page.evaluate("document.documentElement.lang") == "ar"
    assert w.shadow_eval("sr.querySelector('.root').getAttribute('lang')") == "en"
    w.open()
    question = "ما هو علاج الصداع النصفي؟"  # what treats migraine?
    w.input.fill(question)
    assert w.input.evaluate("e => getComputedStyle(e).direction") == "rtl"
    w.input.press("Enter")
    bubble = w.root.locator(".msg.user").last
    expect(bubble).to_contain_text(question)
    assert bubble.evaluate("e => getComputedStyle(e).direction") == "rtl"
    line = w.root.locator('.log p[lang="ar"]').last
    expect(line).to_be_visible()
    assert line.evaluate("e => getComputedStyle(e).direction") == "rtl"
    expect(line.locator("xpath=following-sibling::p[1]")).not_to_have_attribute("lang", "ar")
    w.input.fill("what is tinnitus")
    assert w.input.evaluate("e => getComputedStyle(e).direction") == "ltr"
    screenshot(w.page, "clinic-arabic")
    w.assert_clean_console()


def test_long_questions_are_counted_not_cut(servers: Servers, new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    sent: list[str] = []
    w.page.route("**/v1/ask", lambda route: (sent.append(route.request.post_data or ""), route.continue_()))
    w.open()
    count = w.root.locator("p.count")
    w.input.fill("a" * 1700)
    expect(count).to_be_hidden()
    w.input.fill("a" * 1900)
    expect(count).to_have_text("1,900 of 2,000 characters")
    long = "my question " + "a" * 2088
    w.input.fill(long)
    expect(w.input).to_have_value(long)  # nothing is cut
    expect(count).to_have_text("Your question is 2,100 characters; please shorten it to 2,000 or fewer.")
    expect(w.input).to_have_attribute("aria-invalid", "true")
    w.input.press("Enter")
    w.page.wait_for_timeout(300)
    assert sent == [] and w.root.locator(".msg.user").count() == 0
    expect(w.input).to_have_value(long)
    screenshot(w.page, "desktop-too-long")
    # the API's 413 (here a longer question than the page sent) reads the same, not as a developer message
    w.page.unroute("**/v1/ask")
    w.page.route("**/v1/ask", lambda route: route.continue_(
        post_data=(route.request.post_data or "").replace(TINNITUS_Q, "b" * 2300)))
    w.input.fill(TINNITUS_Q)
    expect(count).to_be_hidden()
    w.input.press("Enter")
    error = w.root.locator(".msg.error")
    expect(error).to_contain_text("Your question is 2,300 characters; please shorten it to 2,000 or fewer.")
    expect(error).not_to_contain_text("'question'")
    expect(error.locator("p.call")).to_have_text(CALL_NOW)
    expect(error.locator("button.retry")).to_have_count(0)
    expect(w.input).to_have_value(TINNITUS_Q)  # back in the box to be shortened
    w.assert_clean_console(allow=("413", "Failed to load resource"))


def test_new_conversation_asks_before_clearing_what_matters(servers: Servers,
                                                            new_widget: Callable[..., Widget]) -> None:
    expect = _expect()
    w = new_widget().goto(servers.url + "/demo")
    dialogs: list[str] = []
    answer = {"accept": True}

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.accept() if answer["accept"] else dialog.dismiss()

    w.page.on("dialog", on_dialog)
    clear = w.root.locator(".head button.icon").first
    w.open()
    w.ask(TINNITUS_Q)  # one exchange, no emergency: cleared at once
    expect(w.answers).to_have_count(1)
    clear.click()
    expect(w.root.locator(".intro")).to_have_count(1)
    assert dialogs == []
    w.ask(EMERGENCY_Q)  # an emergency: asked first; "cancel" keeps it
    expect(w.root.locator(".msg.emergency")).to_have_count(1)
    answer["accept"] = False
    clear.click()
    w.page.wait_for_timeout(200)
    assert len(dialogs) == 1 and "emergency" in dialogs[0]
    expect(w.root.locator(".msg.emergency")).to_have_count(1)
    answer["accept"] = True
    clear.click()
    expect(w.root.locator(".msg.emergency")).to_have_count(0)
    expect(w.root.locator(".intro")).to_have_count(1)
    w.ask(TINNITUS_Q)  # two exchanges: asked too
    expect(w.answers).to_have_count(1)
    w.ask(TINNITUS_Q)
    expect(w.answers).to_have_count(2)
    clear.click()
    expect(w.answers).to_have_count(0)
    assert len(dialogs) == 3
    w.assert_clean_console()
