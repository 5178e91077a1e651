"""HTML pages: the patient page at / (works without JavaScript), the widget script and its demo."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from flask import Blueprint, Response, current_app, render_template, request, send_from_directory

from corpus.layout import Block
from corpus.layout import layout as answer_layout
from corpus.layout import title as question_title
from indexer.answer import first_per_question, open_record

from .errors import BadRequest, PayloadTooLarge
from .schema import clean_text

bp = Blueprint("pages", __name__)


def safe_url(url: str) -> str:
    """Only http(s) links are rendered: a corpus row must not smuggle in javascript: URLs."""
    return url if urlparse(url).scheme in {"http", "https"} else ""


#: What the page tells a patient for the API's validation errors (the API's messages name fields).
_PAGE_ERRORS = {
    "question_too_long": "Your question is {chars:,} characters long. Please shorten it to {limit:,} characters or "
                         "fewer: the main question and a little background are enough.",
    "invalid_characters": "Your question contains hidden formatting characters (often from copying and pasting). "
                          "Please type it again.",
    "invalid_encoding": "Your question contains characters we could not read. Please type it again.",
}


def asked_on_page() -> str:
    """The question a request to the patient page asks ("" for the bare page)."""
    raw = request.form.get("q", "") if request.method == "POST" else request.args.get("q", "")
    return raw if raw.strip() else ""


@bp.errorhandler(429)
def too_many(exc: Exception) -> Any:
    """The page's own words for its rate limit (the API answers JSON)."""
    return render_template("index.html", safe_url=safe_url, question=asked_on_page(), answer=None,
                           error="You have asked a lot of questions in a short time. Please wait a minute "
                                 "and try again."), 429


@bp.app_template_global()
def layout(answer: str) -> tuple[Block, ...]:
    """The answer's paragraphs and lists for the page (corpus.layout)."""
    return answer_layout(answer)


@bp.app_template_global()
def title(question: str) -> str:
    """A record's question as a heading (corpus.layout.title: MedQuAD's template slips tidied)."""
    return question_title(question)


@bp.app_template_global()
def unique_questions(items: list[Any], limit: int) -> list[Any]:
    """Hits or related questions for a list of links, the first of each question (indexer.answer.first_per_question)."""
    return first_per_question(items, limit)


def _record_view(st: Any, record_id: str) -> dict[str, Any]:
    """GET /?id=: the record a patient picked from a list of related questions or suggestions, by id (a
    search by its text may find another record)."""
    searcher = st.holder.current()
    if searcher is None:
        return {"error": "The answer service is starting up or has no index. Please try again in a minute."}
    view = open_record(searcher, record_id)
    if view is None:
        return {"error": "That question is no longer among the reviewed answers (they may have been updated). "
                         "Please ask your question again."}
    return {"record": view}


@bp.route("/", methods=["GET", "POST"])
def index() -> Any:
    """The form POSTs (a patient's words stay out of URLs, proxy logs and browser history);
    GET ?id= opens a related question or a suggestion by its record id."""
    st = current_app.extensions["medmatch"]
    raw = asked_on_page()
    context: dict[str, Any] = {"question": raw, "answer": None, "error": None, "record": None}
    record_id = request.args.get("id", "") if request.method == "GET" and not raw else ""
    if record_id.strip():
        context.update(_record_view(st, record_id.strip()[:200]))
    elif raw:
        try:
            question = clean_text(raw, "question", max_chars=st.settings.max_question_chars)
            searcher = st.holder.current()
            if searcher is None:
                context["error"] = "The answer service is starting up or has no index. Please try again in a minute."
            else:
                # "Nothing like this is happening now", under an alarm of the classifier (indexer.answer.Answerer.ask).
                aside = request.method == "POST" and request.form.get("no_emergency_now") == "1"
                context["answer"] = st.answerer.ask(searcher, question, 5, no_emergency_now=aside)
                st.metrics.observe_answer(context["answer"])
        except (BadRequest, PayloadTooLarge) as exc:
            context["error"] = _PAGE_ERRORS.get(exc.error_code, exc.message).format(
                chars=len(raw.strip()), limit=st.settings.max_question_chars)
    return render_template("index.html", safe_url=safe_url, **context)


@bp.get("/widget.js")
def widget() -> Response:
    response = send_from_directory(current_app.static_folder or "static", "widget.js", mimetype="text/javascript",
                                   max_age=300)
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@bp.get("/demo")
def demo() -> Any:
    return render_template("demo.html")
