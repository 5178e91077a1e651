"""The one place that maps errors to JSON: ``{"error": {"code": ..., "message": ...}}``."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from flask import Flask, Response, current_app, jsonify
from werkzeug.exceptions import HTTPException

from indexer.errors import ArtifactError

LOG = logging.getLogger(__name__)


class ApiError(Exception):
    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code_override = code
        self.headers = headers or {}

    @property
    def error_code(self) -> str:
        return self.code_override or self.code


class BadRequest(ApiError):
    status = 400
    code = "bad_request"


class PayloadTooLarge(ApiError):
    status = 413
    code = "payload_too_large"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class IndexNotReady(ApiError):
    status = 503
    code = "index_not_ready"


# werkzeug's HTTP errors get a stable machine-readable code.
_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def too_large_message(limit: int | None) -> str:
    """The 413 message, naming the byte limit when there is one (werkzeug's 413 and a streamed body's)."""
    return f"request body too large (the limit is {limit} bytes)" if limit else "request body too large"


def error_body(status: int, code: str, message: str) -> tuple[Response, int]:
    return jsonify({"error": {"code": code, "message": message}}), status


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Any:
        response, status = error_body(exc.status, exc.error_code, exc.message)
        response.headers.update(exc.headers)
        return response, status

    @app.errorhandler(ArtifactError)
    def _artifact_error(exc: ArtifactError) -> Any:
        LOG.error("index unavailable: %s", exc)
        return error_body(503, "index_not_ready", "the answer index is not available; try again shortly")

    def _retry_after(exc: HTTPException) -> int:
        """Seconds until a request may succeed: at most the window of the limit that was hit (1 for
        "20 per second", 60 for "120 per minute"). flask-limiter then raises it to that limit's own
        reset time, never lowers it, so the default must not be a minute for a per-second limit."""
        explicit = getattr(exc, "retry_after", None)
        if explicit:
            return int(explicit)
        item = getattr(getattr(exc, "limit", None), "limit", None)
        try:
            return max(1, int(item.get_expiry()))  # type: ignore[union-attr]
        except (AttributeError, TypeError, ValueError):
            return 60

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        status = exc.code or 500
        if status == 413:
            message = too_large_message(current_app.config.get("MAX_CONTENT_LENGTH"))
        elif status == 429:
            message = f"too many requests: limit {exc.description}; retry later"
        else:
            message = exc.description or exc.name
        response, status = error_body(status, _HTTP_CODES.get(status, exc.name.lower().replace(" ", "_")), message)
        if status == 405 and getattr(exc, "valid_methods", None):
            response.headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        if status == 429:
            response.headers["Retry-After"] = str(_retry_after(exc))
        return response, status

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Any:
        # Full detail goes to the log (without the request body); the client gets no stack trace.
        LOG.exception("unhandled error")
        return error_body(500, "internal_error", "internal error; it has been logged")
