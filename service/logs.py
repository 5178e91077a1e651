"""Structured JSON request logs. Question text is logged only when configured, and redacted."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request

from .redact import redact

ACCESS = logging.getLogger("medmatch.access")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        payload = getattr(record, "payload", None)
        if isinstance(payload, dict):
            data.update(payload)
        else:
            data["message"] = record.getMessage()
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        # ASCII only: U+2028, U+0085 and the like would otherwise split a record for line-based readers
        return json.dumps(data, ensure_ascii=True)


def configure_logging(level: int = logging.INFO) -> None:
    """JSON lines on stderr for the medmatch loggers (idempotent)."""
    root = logging.getLogger("medmatch")
    if not any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
        root.setLevel(level)
        root.propagate = False
    for name in ("service", "indexer"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(JsonFormatter())
            logger.addHandler(handler)
            logger.setLevel(level)
            logger.propagate = False


def init_app(app: Flask) -> None:
    @app.before_request
    def _start() -> None:
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        g.t0 = time.perf_counter()

    @app.after_request
    def _log(response: Response) -> Response:
        elapsed = time.perf_counter() - getattr(g, "t0", time.perf_counter())
        response.headers["X-Request-ID"] = getattr(g, "request_id", "")
        st = app.extensions.get("medmatch")
        endpoint = request.endpoint or "unknown"
        if st is not None:
            st.metrics.observe_request(endpoint, response.status_code, elapsed)
        payload: dict[str, Any] = {
            "event": "request",
            "request_id": getattr(g, "request_id", ""),
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "ms": round(elapsed * 1000, 2),
        }
        if getattr(g, "answer_status", None):
            payload["answer_status"] = g.answer_status
        if getattr(g, "emergency_by", None):
            payload["emergency_by"] = g.emergency_by
        if getattr(g, "emergency_set_aside", False):
            payload["emergency_set_aside"] = True
        if getattr(g, "record_ids", None):
            payload["record_ids"] = g.record_ids
        if st is not None and st.settings.log_questions and getattr(g, "question", None):
            payload["question"] = redact(g.question)
        ACCESS.info("request", extra={"payload": payload})
        return response
