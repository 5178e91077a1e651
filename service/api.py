"""The JSON API blueprint: a thin layer over the search pipeline."""

from __future__ import annotations

import hmac
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, request

from indexer.answer import open_record

from .errors import Forbidden, IndexNotReady, NotFound, PayloadTooLarge, Unauthorized, too_large_message
from .schema import answer_to_json, parse_ask, parse_feedback, parse_json_body, record_view_json

bp = Blueprint("api", __name__)


def state() -> Any:
    return current_app.extensions["medmatch"]


def _searcher() -> Any:
    searcher = state().holder.current()
    if searcher is None:
        # The reason (server paths, checksums) is for operators: /readyz, /healthz and the log, not patients.
        raise IndexNotReady("no answer index is loaded yet; try again shortly")
    return searcher


def _json_body() -> dict[str, Any]:
    raw = request.get_data(cache=False)
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    # A streamed (chunked) body has no Content-Length, and werkzeug stops reading it at the limit
    # without an error: a longer body would be silently cut. (So a streamed body of exactly the
    # limit is refused too; bodies with a Content-Length are checked exactly, by werkzeug.)
    if request.content_length is None and limit is not None and len(raw) >= limit:
        raise PayloadTooLarge(too_large_message(limit))
    return parse_json_body(raw)


@bp.post("/v1/ask")
def ask() -> Any:
    st = state()
    settings = st.settings
    asked = parse_ask(_json_body(), max_chars=settings.max_question_chars, default_top_k=settings.default_top_k)
    question = g.question = asked.question
    searcher = _searcher()
    answer = st.answerer.ask(searcher, question, asked.top_k, no_emergency_now=asked.no_emergency_now)
    g.answer_status = answer.status
    g.emergency_by = answer.emergency_by
    g.emergency_set_aside = answer.emergency_set_aside
    g.record_ids = [h.record.id for h in answer.matches[:3]]
    st.metrics.observe_answer(answer)
    if answer.status == "no_match":
        top = answer.matches[0].record.id if answer.matches else ""
        try:
            st.store.add_unanswered(question, answer.confidence, top, answer.index_version)
        except Exception:  # a full disk must not cost the patient the answer
            current_app.logger.exception("could not store unanswered question")
    return jsonify(answer_to_json(answer))


@bp.get("/v1/records/<path:record_id>")
def get_record(record_id: str) -> Any:
    """One record, as a patient who picked it from a list of related questions sees it: the record, the
    reviewer line and its own related questions (so that links open records by id, not by searching again)."""
    view = open_record(_searcher(), record_id)
    if view is None:
        raise NotFound(f"no record with id {record_id!r} in the live index")
    return jsonify(record_view_json(view))


@bp.post("/v1/feedback")
def feedback() -> Any:
    st = state()
    data = parse_feedback(_json_body(), max_chars=st.settings.max_question_chars)
    searcher = _searcher()
    if searcher.record(data["record_id"]) is None:
        raise NotFound(f"no record with id {data['record_id']!r} in the live index")
    row = st.store.add_feedback(data["record_id"], data["helpful"], data["comment"], data["question"], searcher.version)
    g.record_ids = [data["record_id"]]
    return jsonify({"status": "stored", "id": row}), 201


def _require_admin() -> None:
    token = state().settings.admin_token
    if not token:
        raise Forbidden("admin endpoints are disabled: no admin token is configured (MEDMATCH_ADMIN_TOKEN)")
    header = request.headers.get("Authorization", "")
    given = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise Unauthorized("missing or wrong admin token", headers={"WWW-Authenticate": "Bearer"})


@bp.post("/v1/admin/reload")
def admin_reload() -> Any:
    _require_admin()
    holder = state().holder
    swapped = holder.reload()
    body = {"reloaded": swapped, "index_version": holder.version, "error": holder.stats.last_error or None}
    return jsonify(body), (200 if swapped else 409)


@bp.get("/v1/admin/feedback")
def admin_feedback() -> Any:
    _require_admin()
    helpful = request.args.get("helpful")
    flag = None if helpful is None else helpful.lower() in {"1", "true", "yes"}
    return jsonify({"feedback": state().store.feedback(helpful=flag)})


@bp.get("/healthz")
def healthz() -> Any:
    holder = state().holder
    return jsonify({"status": "ok", "index_version": holder.version or None,
                    "last_reload_error": holder.stats.last_error or None})


@bp.get("/readyz")
def readyz() -> Any:
    holder = state().holder
    searcher, fallback = holder.serving()
    if searcher is None:
        return jsonify({"ready": False, "reason": holder.stats.last_error or "no index loaded"}), 503
    # "fallback": CURRENT names a version this worker cannot load, so it serves an older good one.
    return jsonify({"ready": True, "index_version": searcher.version, "records": len(searcher.records),
                    "model": searcher.manifest.model_name, "encoder_backend": searcher.encoder.backend,
                    "fallback": fallback and {"current_version": fallback.current, "reason": fallback.reason}})


@bp.get("/metrics")
def metrics() -> Any:
    st = state()
    searcher = st.holder.current()
    text = st.metrics.render(
        index_version=searcher.version if searcher else "", records=len(searcher.records) if searcher else 0,
        reloads=st.holder.stats.reloads, reload_failures=st.holder.stats.failures, ready=searcher is not None,
    )
    return Response(text, mimetype="text/plain; version=0.0.4")


@bp.get("/openapi.json")
def openapi() -> Any:
    from .openapi import spec

    return jsonify(spec(state().settings))
