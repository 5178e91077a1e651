"""Request validation and response shapes of the HTTP API (pure functions, no Flask)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from corpus.layout import layout, title
from indexer.answer import Answer, RecordView
from indexer.search import Hit, Related

from .errors import BadRequest, PayloadTooLarge

ASK_FIELDS = {"question", "top_k", "no_emergency_now"}
FEEDBACK_FIELDS = {"record_id", "helpful", "comment", "question"}
MAX_TOP_K = 20
MAX_COMMENT_CHARS = 1000
# C0/C1 controls except tab/newline/carriage return, and the bidi overrides and isolates used to
# disguise text (Trojan Source style). Legitimate text never needs them.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Invisible characters that text pasted from web pages and word processors carries (zero-width
#: space, word joiner, byte-order mark, soft hyphen): removed, so "sui\u200bcide" reads as the word it
#: shows, for the triage too, and a pasted question is not refused.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def parse_json_body(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"request body is not valid UTF-8 (byte {exc.start})", code="invalid_encoding") from None
    if not text.strip():
        raise BadRequest("request body is empty; send a JSON object", code="invalid_json")
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                         code="invalid_json") from None
    except (RecursionError, ValueError):  # arrays nested thousands deep; an integer of more than 4300 digits
        raise BadRequest("request body is not acceptable JSON: nested too deeply or a number too long",
                         code="invalid_json") from None
    if not isinstance(body, dict):
        raise BadRequest(f"request body must be a JSON object, got {type(body).__name__}", code="invalid_json")
    return body


def clean_text(value: Any, name: str, *, max_chars: int, required: bool = True) -> str:
    """Validate one free-text field: a non-empty string of at most ``max_chars`` characters."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise BadRequest(f"'{name}' must be a string, got {type(value).__name__}", code="invalid_field")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest(f"'{name}' contains invalid Unicode (lone surrogates)", code="invalid_encoding") from None
    if _FORBIDDEN.search(value):
        raise BadRequest(f"'{name}' contains control or invisible formatting characters", code="invalid_characters")
    text = _INVISIBLE.sub("", value).strip()
    if required and not text:
        raise BadRequest(f"'{name}' is empty; type a question",
                         code="empty_question" if name == "question" else "invalid_field")
    # The limit counts characters as sent (as the OpenAPI maxLength does): NFC can lengthen some text.
    if len(text) > max_chars:
        raise PayloadTooLarge(f"'{name}' is {len(text)} characters; the limit is {max_chars}",
                              code="question_too_long" if name == "question" else "field_too_long")
    return unicodedata.normalize("NFC", text).strip()


def _reject_unknown(body: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}",
                         code="unknown_field")


@dataclass(frozen=True)
class AskRequest:
    question: str
    top_k: int
    #: The patient read an emergency message the classifier raised and says nothing like it is happening now.
    no_emergency_now: bool = False


def parse_ask(body: dict[str, Any], *, max_chars: int, default_top_k: int) -> AskRequest:
    _reject_unknown(body, ASK_FIELDS)
    if "question" not in body:
        raise BadRequest("'question' is required", code="missing_field")
    question = clean_text(body["question"], "question", max_chars=max_chars)
    top_k = body.get("top_k")
    if top_k is None:  # absent or null: the server's default
        top_k = default_top_k
    if isinstance(top_k, bool) or not isinstance(top_k, int):
        raise BadRequest(f"'top_k' must be an integer 1..{MAX_TOP_K}", code="invalid_field")
    if not 1 <= top_k <= MAX_TOP_K:
        raise BadRequest(f"'top_k' must be 1..{MAX_TOP_K}, got {top_k}", code="invalid_field")
    no_emergency_now = body.get("no_emergency_now", False)
    if not isinstance(no_emergency_now, bool):
        raise BadRequest("'no_emergency_now' must be true or false", code="invalid_field")
    return AskRequest(question, top_k, no_emergency_now)


def parse_feedback(body: dict[str, Any], *, max_chars: int) -> dict[str, Any]:
    _reject_unknown(body, FEEDBACK_FIELDS)
    for name in ("record_id", "helpful"):
        if body.get(name) is None:
            raise BadRequest(f"'{name}' is required", code="missing_field")
    record_id = body.get("record_id")
    if not isinstance(record_id, str) or not record_id.strip() or len(record_id) > 200:
        raise BadRequest("'record_id' must be a non-empty string (the answer's id)", code="invalid_field")
    helpful = body.get("helpful")
    if not isinstance(helpful, bool):
        raise BadRequest("'helpful' must be true or false", code="invalid_field")
    return {
        "record_id": record_id.strip(),
        "helpful": helpful,
        "comment": clean_text(body.get("comment"), "comment", max_chars=MAX_COMMENT_CHARS, required=False),
        "question": clean_text(body.get("question"), "question", max_chars=max_chars, required=False),
    }


def _round(x: float) -> float:
    return round(float(x), 4)


def hit_to_json(hit: Hit) -> dict[str, Any]:
    r = hit.record
    return {"id": r.id, "question": r.question, "title": title(r.question), "source": r.source, "url": r.url,
            "score": _round(hit.score)}


def answer_record_json(hit: Hit) -> dict[str, Any]:
    r = hit.record
    return {
        "id": r.id, "question": r.question, "title": title(r.question), "answer": r.answer, "source": r.source,
        "url": r.url, "reviewed_by": r.reviewed_by, "reviewed_on": r.reviewed_on, "focus": r.focus, "qtype": r.qtype,
        "score": _round(hit.score), "blocks": blocks_json(r.answer),
    }


def blocks_json(answer: str) -> list[dict[str, Any]]:
    """The answer's paragraphs and lists for showing it (corpus.layout); ``answer`` itself stays as reviewed."""
    return [block.to_json() for block in layout(answer)]


def related_to_json(rel: Related) -> dict[str, Any]:
    return {"id": rel.record.id, "question": rel.record.question, "title": title(rel.record.question),
            "source": rel.record.source, "score": _round(rel.score), "relation": rel.relation}


def answer_to_json(answer: Answer) -> dict[str, Any]:
    emergency = None
    notice = answer.notice
    if answer.emergency is not None:
        emergency = {"category": answer.emergency.category, "message": answer.emergency.message,
                     "by": answer.emergency_by or "rules", "can_set_aside": answer.emergency_can_set_aside}
    return {
        "status": answer.status,
        "answer": answer_record_json(answer.answer) if answer.answer else None,
        "confidence": _round(answer.confidence),
        "matches": [hit_to_json(h) for h in answer.matches],
        "suggestions": [hit_to_json(h) for h in answer.suggestions],
        "related": [related_to_json(r) for r in answer.related],
        "message": answer.message,
        "emergency": emergency,
        "index_version": answer.index_version,
        "spelling": [c.to_json() for c in answer.corrections],
        "read_as": [{"wrote": t.lay, "searched": t.medical} for t in answer.read_as],
        "caution": answer.caution,
        "reason": no_match_reason(answer),
        "language": notice[0] if notice else None,
        "language_line": notice[1] if notice else None,
    }


def no_match_reason(answer: Answer) -> str | None:
    """Why there is no answer, for widgets that route it: ``clinic_request`` (clinic business, not a
    health question: send the patient to the clinic's booking or contact page), ``animal`` (a question
    about an animal's health: the message points to a vet), ``not_a_question`` (a greeting, thanks or a question
    about the service: the message says what the service does), ``language`` (written in another language:
    the message starts with "English only; in an emergency call now" in that language) or ``below_threshold``
    (no reviewed answer close enough); ``None`` unless the status is ``no_match``."""
    if answer.status != "no_match":
        return None
    if answer.clinic_by:
        return "clinic_request"
    if answer.small_talk:
        return "not_a_question"
    if answer.about_an_animal:
        return "animal"
    return "language" if answer.not_english else "below_threshold"


def record_to_json(record: Any) -> dict[str, Any]:
    data = record.to_dict()
    data.pop("extra", None)
    return data


def record_view_json(view: RecordView) -> dict[str, Any]:
    """GET /v1/records/<id>: the record, the reviewer line shown under it, and its related questions."""
    related = [related_to_json(r) for r in view.related]
    record = view.record
    return record_to_json(record) | {"title": title(record.question), "blocks": blocks_json(record.answer),
                                     "message": view.message, "related": related}
