"""Property-based fuzzing of the OpenAPI description with schemathesis (issue #7).

Every operation in /openapi.json is exercised with schema-valid (positive) and schema-invalid
(negative) requests, through the WSGI app (no network). Checks: no 5xx, status codes and
content types are declared, bodies match the declared schemas, valid data is accepted and
invalid data rejected with a 4xx (413 counts as a rejection: the API rejects over-long text
with it), and admin endpoints do not ignore their bearer token.

Bounded and reproducible: 50 examples per operation and mode, derandomized, no example
database written into the repository.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.openapi import spec
from service.settings import load_settings

from .conftest import assert_error

schemathesis = pytest.importorskip("schemathesis", minversion="4.0")  # the v4 API (pyproject: test extra)

ADMIN_TOKEN = "fuzz-admin-token"
MAX_EXAMPLES = 50

CONFIG = schemathesis.Config.from_dict({
    "generation": {
        "mode": "all",
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        "database": "none",
    },
    "phases": {"stateful": {"enabled": False}},
    "checks": {
        # A body the schema forbids must be rejected; "too long" is rejected with 413.
        "negative_data_rejection": {"expected-statuses": ["400", "401", "403", "404", "405", "413", "415", "422"]},
    },
    "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large", "large_base_example"],
})


SETTINGS = {
    "testing": True,
    "rate_limit": "",  # a limiter would answer 429 to a fuzzer, hiding real behaviour
    "admin_rate_limit": "",  # the same for the fuzzer's wrong admin tokens
    "reload_poll_seconds": 0,
    "admin_token": ADMIN_TOKEN,
}

# The description is a pure function of the settings, so it is loaded at collection time (one test
# per operation) without building an index; test_served_description_is_the_fuzzed_one checks that
# the app serves exactly this document. (schemathesis.pytest.from_fixture, the lazy loader, fails on
# pytest 9.2: it sets the private Function._nodeid.)
schema = schemathesis.openapi.from_dict(spec(load_settings(SETTINGS, environ={})), config=CONFIG)


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory, encoder, index_root: Path):  # type: ignore[no-untyped-def]
    from service import create_app

    return create_app({**SETTINGS, "index_root": str(index_root),
                       "feedback_db": str(tmp_path_factory.mktemp("fuzz") / "feedback.sqlite")}, encoder=encoder)


@schema.auth().apply_to(path_regex="^/v1/admin/")
class AdminToken:
    """The configured admin token for operations that declare bearerAuth."""

    def get(self, case, context):  # type: ignore[no-untyped-def]
        return ADMIN_TOKEN

    def set(self, case, data, context):  # type: ignore[no-untyped-def]
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


def _fuzz(case, fuzz_app) -> None:  # type: ignore[no-untyped-def]
    case.operation.schema.app = fuzz_app  # the transport of follow-up probes (e.g. the ignored_auth check)
    case.call_and_validate(app=fuzz_app)


def _operation_test(method: str, path: str):  # type: ignore[no-untyped-def]
    def test(case, fuzz_app) -> None:  # type: ignore[no-untyped-def]
        _fuzz(case, fuzz_app)

    return schema.include(method=method.upper(), path=path).parametrize()(test)


# One named test per operation (test_fuzz_post_v1_ask, ...): on pytest 9.2 the items one
# schema.parametrize() generates all share a single node id, which hides which operation failed.
OPERATIONS = [(method, path) for path, item in schema.raw_schema["paths"].items() for method in item]
for _method, _path in OPERATIONS:
    _name = "test_fuzz_" + re.sub(r"[^a-z0-9]+", "_", f"{_method} {_path}".lower()).strip("_")
    globals()[_name] = _operation_test(_method, _path)
    globals()[_name].__name__ = _name


def test_served_description_is_the_fuzzed_one(fuzz_app) -> None:  # type: ignore[no-untyped-def]
    served = fuzz_app.test_client().get("/openapi.json").get_json()
    assert served == json.loads(json.dumps(schema.raw_schema))


def test_spec_describes_every_api_route(fuzz_app) -> None:  # type: ignore[no-untyped-def]
    """Every JSON route of the app is in the description (else the fuzzer never sees it)."""
    documented = set(fuzz_app.test_client().get("/openapi.json").get_json()["paths"])
    routes = {rule.rule.replace("<path:record_id>", "{record_id}") for rule in fuzz_app.url_map.iter_rules()
              if rule.endpoint.startswith("api.") and rule.rule != "/openapi.json"}
    assert routes <= documented, routes - documented


def test_spec_patterns_match_the_validator(fuzz_app) -> None:  # type: ignore[no-untyped-def]
    """The text patterns in the description agree with service.schema.clean_text on edge cases."""
    from service.errors import BadRequest
    from service.schema import clean_text

    paths = fuzz_app.test_client().get("/openapi.json").get_json()["paths"]
    ask = paths["/v1/ask"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    feedback = paths["/v1/feedback"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    question, comment = re.compile(ask["question"]["pattern"]), re.compile(feedback["comment"]["pattern"])
    samples = ["back pain", "  x  ", "   ", "\t\n", "a\x00b", "a\u202eb", "\u200b", "a\ufeff", "tab\tok", "line\nok",
               "\u00a0", "耳鸣", "🙂", "a\x85b", "a\x7fb", "\u2066x", "\u200f rtl mark", "x\u2028y", "",
               "sui\u200bcide", "\u00ad", "\ufeffback pain", "x\u2060"]
    for text in samples:
        for pattern, required in ((question, True), (comment, False)):
            try:
                clean_text(text, "question", max_chars=2000, required=required)
                accepted = True
            except BadRequest:
                accepted = False
            assert bool(pattern.search(text)) == accepted, (repr(text), required)


def test_admin_operations_without_token_are_401(fuzz_app) -> None:  # type: ignore[no-untyped-def]
    client = fuzz_app.test_client()
    assert_error(client.post("/v1/admin/reload"), 401, "unauthorized")
    assert_error(client.get("/v1/admin/feedback"), 401, "unauthorized")
