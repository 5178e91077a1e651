"""Service settings: one frozen dataclass, built in one place.

Precedence: defaults < ``MEDMATCH_*`` environment variables < the mapping passed to
``create_app`` (tests, embedding apps). Each field documents itself (``help`` metadata).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any

from indexer.encoder import DEFAULT_QUERY_PRECISION, PRECISIONS
from indexer.request_classifier import DEFAULT_SETTING as REQUEST_CLASSIFIER_DEFAULT


def _f(default: Any, help: str) -> Any:  # noqa: A002 - mirrors datasette's Setting(name, default, help)
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda: type(default)(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    index_root: str = _f("var/index", "Index root (holds CURRENT) or one artifact folder.")
    encoder_backend: str = _f("auto", "auto | onnx | torch. auto = ONNX when exported, else torch.")
    model_path: str = _f("", "Model folder; empty = the bundled all-MiniLM-L6-v2.")
    onnx_dir: str = _f("", "Folder of the exported model.onnx; empty = models/minilm-onnx.")
    query_precision: str = _f(DEFAULT_QUERY_PRECISION, "fp32 | int8: the ONNX graph that encodes questions. "
                              "int8 is 1.6x (AVX2) to 3x (AVX-512 VNNI) faster; "
                              "see docs/evaluation.md for its measured quality before choosing it.")
    encoder_threads: int = _f(1, "Threads per worker for encoding (1 per gunicorn worker on 2 cores).")
    verify_checksums: bool = _f(True, "Check every artifact file's sha256 when loading.")
    reload_poll_seconds: float = _f(2.0, "How often each worker checks CURRENT for a new version (0 = never).")
    max_question_chars: int = _f(2000, "Longest accepted question (413 above).")
    max_body_bytes: int = _f(16 * 1024, "Largest accepted request body (413 above).")
    default_top_k: int = _f(5, "matches returned when top_k is not given.")
    confidence_threshold: float = _f(-1.0, "Override the no_match threshold (negative = ranker.json's, chosen on the "
                                     "dev set).")
    emergency_country: str = _f("US", "Country whose emergency and crisis numbers are shown.")
    emergency_classifier: str = _f("bundled", "Learned emergency check run after the rules, on the question's vector: "
                                   "'bundled' (safety/emergency_classifier.json), a path to another file, or 'off'.")
    request_classifier: str = _f(REQUEST_CLASSIFIER_DEFAULT, "Learned check for clinic business and other non-health "
                                 "messages, run after the request rules where the search would answer: 'bundled' "
                                 "(indexer/request_classifier.json), a path, or 'off'.")
    lay_terms: str = _f("bundled", "Lay words for conditions read next to their medical names ('low thyroid': "
                        "hypothyroidism): 'bundled' (indexer/lay_terms.tsv), a path to a file in that format "
                        "that replaces it, or 'off' (which also stops reading test results such as 'TSH 7.8' "
                        "as their condition).")
    log_questions: bool = _f(False, "Log question text (redacted: emails, phones, ID numbers). Off: health data.")
    cors_origins: list[str] = _f([], "Origins allowed to call the API from a browser (exact match, e.g. https://clinic.example).")
    admin_token: str = _f("", "Token for admin endpoints; empty disables them.")
    rate_limit: str = _f("120 per minute;20 per second", "Per-client limit on /v1/ask and /v1/feedback ('' = off).")
    admin_rate_limit: str = _f("10 per minute", "Per-client limit on refused admin-token attempts (wrong or missing "
                               "token, HTTP 401) on /v1/admin/*; past it every admin call is refused with 429 until "
                               "the window passes ('' = off).")
    rate_limit_storage: str = _f("memory://", "flask-limiter storage URI, e.g. redis://localhost:6379.")
    trusted_proxies: int = _f(0, "Reverse proxies in front of the service whose X-Forwarded-For is trusted (rate "
                              "limits then key on the patient's address, not the proxy's); 0 = the socket address.")
    feedback_db: str = _f("var/feedback.sqlite", "SQLite file for feedback and unanswered questions.")
    store_question_text: bool = _f(False, "Store (redacted) question text with feedback/unanswered rows.")
    public_url: str = _f("", "Public base URL of this service, used in the widget snippet (default: the request's).")
    testing: bool = _f(False, "Flask TESTING mode.")

    def as_flask(self) -> dict[str, Any]:
        return {"TESTING": self.testing, "MAX_CONTENT_LENGTH": self.max_body_bytes, "MEDMATCH": self}

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _coerce(name: str, kind: Any, raw: Any) -> Any:
    kind = str(kind)
    if not isinstance(raw, str):
        return raw
    try:
        if kind.startswith("bool"):
            if raw.strip().lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.strip().lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("list"):
            raw = raw.strip()
            return json.loads(raw) if raw.startswith("[") else [p.strip() for p in raw.split(",") if p.strip()]
    except ValueError:
        raise ValueError(f"setting {name}: cannot read {raw!r} as {kind}") from None
    return raw


_ORIGIN = re.compile(r"^https?://[^/\s?#]+$")


def _origin(value: str) -> str:
    """A CORS origin as browsers send it: scheme and host (and port), no path. A trailing slash, as
    copied from an address bar, is dropped; anything else that could never match is an error."""
    origin = value.strip().rstrip("/")
    if not _ORIGIN.match(origin):
        raise ValueError(f"cors_origins: {value!r} is not an origin like https://clinic.example "
                         "(scheme and host, optional port, no path)")
    return origin


def load_settings(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from defaults, ``MEDMATCH_<NAME>`` variables and ``overrides`` (lowercase or
    upper-case keys; ``TESTING`` maps to ``testing``). Unknown override keys are an error."""
    environ = os.environ if environ is None else environ
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for name, spec in known.items():
        env = environ.get(f"MEDMATCH_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, spec.type, env)
    for key, value in (overrides or {}).items():
        name = key.lower()
        if name not in known:
            raise ValueError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
        values[name] = _coerce(name, known[name].type, value)
    if "cors_origins" in values:
        values["cors_origins"] = [_origin(o) for o in values["cors_origins"]]
    settings = Settings(**values)
    if settings.trusted_proxies < 0:
        raise ValueError(f"trusted_proxies must be 0 or more, not {settings.trusted_proxies}")
    if settings.query_precision not in PRECISIONS:
        raise ValueError(f"query_precision must be one of {', '.join(PRECISIONS)}, not {settings.query_precision!r}")
    return settings


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting: used by `medmatch serve --help` and the docs."""
    out = []
    for spec in fields(Settings):
        default = spec.default if spec.default is not MISSING else spec.default_factory()  # type: ignore[misc]
        out.append((spec.name, default, spec.metadata.get("help", "")))
    return out
