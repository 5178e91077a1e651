"""The Flask application factory. Nothing is loaded at import time."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, request

from indexer.answer import Answerer, build_answerer
from indexer.encoder import Encoder

from . import api, errors, logs, pages
from .holder import IndexHolder
from .metrics import Metrics
from .settings import Settings, load_settings
from .store import Store

LOG = logging.getLogger(__name__)

_HTML_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
)


@dataclass
class AppState:
    """Everything one worker holds; lives in ``app.extensions['medmatch']``, never a module global."""

    settings: Settings
    holder: IndexHolder
    answerer: Answerer
    store: Store
    metrics: Metrics


#: Shorter admin tokens start the service with a warning.
MIN_ADMIN_TOKEN_CHARS = 32


def create_app(config: Mapping[str, Any] | None = None, *, encoder: Encoder | None = None) -> Flask:
    """Build the app. ``config`` overrides settings (keys as in :class:`Settings`);
    ``encoder`` lets tests share one loaded model across apps."""
    settings = load_settings(config)
    logs.configure_logging()
    if settings.admin_token and len(settings.admin_token) < MIN_ADMIN_TOKEN_CHARS:
        # A short token can be guessed, even at a few refused tries a minute per address.
        LOG.warning("MEDMATCH_ADMIN_TOKEN is %d characters; use %d or more random ones (e.g. `openssl rand -hex 32`)",
                    len(settings.admin_token), MIN_ADMIN_TOKEN_CHARS)
    app = Flask(__name__)
    app.config.from_mapping(settings.as_flask())
    app.json.sort_keys = False  # type: ignore[attr-defined]

    holder = IndexHolder(settings, encoder)
    state = AppState(settings, holder,
                     build_answerer(settings.emergency_country, settings.emergency_classifier,
                                    settings.request_classifier),
                     Store(settings.feedback_db, keep_text=settings.store_question_text), Metrics())
    app.extensions["medmatch"] = state

    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    errors.init_app(app)
    logs.init_app(app)
    if settings.trusted_proxies:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Behind nginx or a load balancer every request comes from the proxy: trust exactly as
        # many X-Forwarded-For hops as there are proxies, so a client cannot pick its own address.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies)  # type: ignore[method-assign]
    _init_limits(app, settings)
    _init_headers(app, settings)

    holder.reload()  # a missing index is not fatal: /readyz says so and /v1/ask answers 503
    if not settings.testing:
        holder.start_watching()
        _install_sighup(holder)
    return app


def _init_limits(app: Flask, settings: Settings) -> None:
    if not settings.rate_limit and not settings.admin_rate_limit:
        return
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    @app.after_request
    def _retry_after_at_least_a_second(response: Response) -> Response:
        # Registered before the limiter, so it runs after the limiter's own header injection, which
        # truncates a per-second limit's wait to "Retry-After: 0" (an invitation to retry at once).
        value = response.headers.get("Retry-After", "") if response.status_code == 429 else ""
        if value.lstrip("-").isdigit() and int(value) < 1:
            response.headers["Retry-After"] = "1"
        return response

    limiter = Limiter(get_remote_address, app=app, storage_uri=settings.rate_limit_storage,
                      headers_enabled=True, strategy="moving-window")
    if settings.admin_rate_limit:
        # Only refused tokens count, so a maintainer's scripted reloads never hit it, while guessing
        # the token from one address is held to a few tries a minute.
        guesses = limiter.shared_limit(settings.admin_rate_limit, scope="admin",
                                       deduct_when=lambda response: response.status_code == 401)
        for endpoint in ("api.admin_reload", "api.admin_feedback"):
            app.view_functions[endpoint] = guesses(app.view_functions[endpoint])
    if not settings.rate_limit:
        return
    app.view_functions["api.feedback"] = limiter.limit(settings.rate_limit)(app.view_functions["api.feedback"])
    # Every search, by the API or by the patient page, counts against one budget per client (a page
    # with no question is not counted): a limit per endpoint let the page double the API's.
    searches = limiter.shared_limit(settings.rate_limit, scope="search",
                                    exempt_when=lambda: request.blueprint == "pages" and not pages.asked_on_page())
    for endpoint in ("api.ask", "pages.index"):
        app.view_functions[endpoint] = searches(app.view_functions[endpoint])


def _init_headers(app: Flask, settings: Settings) -> None:
    allowed = set(settings.cors_origins)

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # Answers to a patient's health question are nobody else's: no shared or browser cache keeps them.
        # Static files and the widget script set their own caching (send_file), and keep it.
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", _HTML_CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
        origin = request.headers.get("Origin")
        if origin and origin in allowed and request.path.startswith("/v1/"):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Request-ID"
            response.headers["Access-Control-Expose-Headers"] = "X-Request-ID, Retry-After"
            response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
        return response


def _install_sighup(holder: IndexHolder) -> None:
    # Under gunicorn, SIGHUP to the master restarts workers gracefully (each loads CURRENT);
    # under `medmatch serve` (one process) it reloads in place.
    if threading.current_thread() is not threading.main_thread():
        return
    try:
        previous = signal.getsignal(signal.SIGHUP)
        if previous in (signal.SIG_DFL, None):
            signal.signal(signal.SIGHUP, lambda *_: threading.Thread(target=holder.reload, daemon=True).start())
    except (ValueError, OSError):  # pragma: no cover - not in main thread / unsupported platform
        pass
