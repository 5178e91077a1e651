"""Input abuse, wrong methods, odd record ids, admin tokens and rate limiting (issue #7).

Complements tests/test_api.py's table: whatever a client sends, the answer is a deliberate 2xx/4xx
with the JSON error contract, never a 5xx.
"""

from __future__ import annotations

import http.client
import json
import re

import pytest

from .conftest import assert_error
from .support import serve

ASK = "/v1/ask"
Q = "there is a constant ringing in my ears"


def raw_post(client, data: bytes | str, content_type: str = "application/json", path: str = ASK):  # type: ignore[no-untyped-def]
    return client.post(path, data=data, content_type=content_type)


def no_5xx(response) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    if response.status_code >= 400:
        assert_error(response, response.status_code)


# ---------------------------------------------------------------------------------------- bodies
NESTED = "[" * 8000 + "]" * 8000  # fits in 16 KB, far deeper than the JSON decoder's recursion limit

BAD_BODIES = [
    ("nested-array-in-question", '{"question": ' + NESTED + "}", 400, "invalid_json"),
    ("nested-array-body", NESTED, 400, "invalid_json"),
    ("nested-objects", '{"a":' * 2000 + "1" + "}" * 2000, 400, "invalid_json"),
    ("shallow-nesting-wrong-type", '{"question": ' + "[" * 50 + "]" * 50 + "}", 400, "invalid_field"),
    ("top_k-5000-digit-int", '{"question": "hi", "top_k": ' + "9" * 5000 + "}", 400, "invalid_json"),
    ("top_k-huge", json.dumps({"question": "hi", "top_k": 10**100}), 400, "invalid_field"),
    ("top_k-negative-huge", json.dumps({"question": "hi", "top_k": -(10**30)}), 400, "invalid_field"),
    ("top_k-1e999", '{"question": "hi", "top_k": 1e999}', 400, "invalid_field"),
    ("top_k-float", json.dumps({"question": "hi", "top_k": 2.5}), 400, "invalid_field"),
    ("top_k-integral-float", json.dumps({"question": "hi", "top_k": 5.0}), 400, "invalid_field"),
    ("top_k-NaN", '{"question": "hi", "top_k": NaN}', 400, "invalid_field"),
    ("question-object", json.dumps({"question": {"text": "hi"}}), 400, "invalid_field"),
    ("question-list", json.dumps({"question": ["hi"]}), 400, "invalid_field"),
    ("only-newlines-and-tabs", json.dumps({"question": "\n\t \r\n"}), 400, "empty_question"),
    ("string-body", json.dumps("ringing ears"), 400, "invalid_json"),
    ("null-body", "null", 400, "invalid_json"),
    ("bom-prefixed", "\ufeff" + json.dumps({"question": Q}), 400, "invalid_json"),
    ("utf16-body", json.dumps({"question": Q}).encode("utf-16"), 400, "invalid_encoding"),
    ("trailing-garbage", json.dumps({"question": Q}) + "}", 400, "invalid_json"),
    ("question-2001", json.dumps({"question": "a" * 2001}), 413, "question_too_long"),
    ("body-16KB-plus-1", json.dumps({"question": Q}) + " " * (16 * 1024 + 1 - len(json.dumps({"question": Q}))),
     413, "payload_too_large"),
]


@pytest.mark.parametrize(("body", "status", "code"), [b[1:] for b in BAD_BODIES], ids=[b[0] for b in BAD_BODIES])
def test_abusive_bodies_are_4xx(client, body, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert_error(raw_post(client, body), status, code)


GOOD_QUESTIONS = [
    ("2000-chars-with-accents", "é" * 2000),
    ("2000-chars-after-nfc-4000", "\u0958" * 2000),  # the limit counts characters as sent, as maxLength does
    ("long-single-word", "a" * 2000),
    ("long-word-with-hyphens", "-".join(["ear"] * 500)),
    ("only-punctuation", "?!.,;:'\"()[]{}<>/\\|@#$%^&*-_=+~`" * 3),
    ("only-emoji", "🙂😷🤒🤕👂" * 10),
    ("emoji-with-zwj-and-skin-tones", "👩🏽‍⚕️👨‍👩‍👧 🧑🏿‍🦽"),
    ("rtl-arabic", "أسمع طنينًا مستمرًا في أذني"),
    ("rtl-hebrew-with-rlm", "יש לי צלצול באוזניים \u200f?"),
    ("mixed-scripts", "ringing 耳鸣 шум в ушах طنين 耳鳴り"),
    ("combining-marks", "r\u0336i\u0336n\u0336g\u0336i\u0336n\u0336g\u0336 " + "e" + "\u0301" * 200),
    ("sql-and-markup", "'; DROP TABLE feedback; -- <script>alert(1)</script> {{7*7}} ${jndi:ldap://x}"),
    ("lone-digits", "1 2 3 4 5 6 7 8 9 0"),
    ("json-in-question", json.dumps({"question": {"nested": [1, 2, 3]}})),
]


@pytest.mark.parametrize("question", [g[1] for g in GOOD_QUESTIONS], ids=[g[0] for g in GOOD_QUESTIONS])
def test_odd_but_valid_questions_are_answered(client, question: str) -> None:  # type: ignore[no-untyped-def]
    r = raw_post(client, json.dumps({"question": question}))
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    assert r.get_json()["status"] in {"answered", "no_match", "emergency"}


def test_question_limit_is_exactly_2000_characters(client) -> None:  # type: ignore[no-untyped-def]
    question = (Q + " ") * 51 + "x" * 11
    assert len(question) == 2000
    assert raw_post(client, json.dumps({"question": question})).status_code == 200
    assert raw_post(client, json.dumps({"question": " " + question + "\n"})).status_code == 200  # stripped first
    assert_error(raw_post(client, json.dumps({"question": question + "y"})), 413, "question_too_long")


def test_body_of_exactly_16kb_is_read(client) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"question": Q})
    body += " " * (16 * 1024 - len(body))
    assert len(body.encode()) == 16 * 1024
    assert raw_post(client, body).status_code == 200


def test_duplicate_keys_last_one_wins(client) -> None:  # type: ignore[no-untyped-def]
    r = raw_post(client, '{"question": "\\u0000", "question": "' + Q + '", "top_k": 99, "top_k": 2}')
    assert r.status_code == 200 and len(r.get_json()["matches"]) == 2


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8", "application/octet-stream", ""])
def test_json_is_accepted_whatever_the_content_type(client, content_type: str) -> None:  # type: ignore[no-untyped-def]
    """Widgets may send text/plain to avoid a CORS preflight."""
    r = raw_post(client, json.dumps({"question": Q}), content_type=content_type)
    assert r.status_code == 200 and r.get_json()["status"] == "answered"


def test_form_encoded_and_multipart_bodies_are_400(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post(ASK, data={"question": Q})  # application/x-www-form-urlencoded
    assert_error(r, 400, "invalid_json")
    r = raw_post(client, f"question={Q}", content_type="application/x-www-form-urlencoded")
    assert_error(r, 400, "invalid_json")
    r = raw_post(client, f"question={Q}", path="/v1/feedback", content_type="application/x-www-form-urlencoded")
    assert_error(r, 400, "invalid_json")
    boundary = "xyz"
    multipart = f'--{boundary}\r\nContent-Disposition: form-data; name="question"\r\n\r\n{Q}\r\n--{boundary}--\r\n'
    assert_error(raw_post(client, multipart, content_type=f"multipart/form-data; boundary={boundary}"), 400,
                 "invalid_json")


@pytest.mark.parametrize(("body", "status"), [
    ('{"record_id": ' + NESTED + ', "helpful": true}', 400),
    ('{"record_id": "fx-tinnitus-info", "helpful": true, "comment": ' + "9" * 5000 + "}", 400),
    (json.dumps({"record_id": "x" * 201, "helpful": True}), 400),
    (json.dumps({"record_id": "   ", "helpful": True}), 400),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": 1}), 400),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": True, "comment": "c" * 1001}), 413),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": True, "question": "q" * 2001}), 413),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": True, "comment": "a\u202eb"}), 400),
    (json.dumps({"record_id": "../../etc/passwd", "helpful": True}), 404),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": True, "comment": None, "question": None}), 201),
    (json.dumps({"record_id": "fx-tinnitus-info", "helpful": False, "comment": "🙂 שלום 耳鸣"}), 201),
])
def test_feedback_abuse(client, body: str, status: int) -> None:  # type: ignore[no-untyped-def]
    r = raw_post(client, body, path="/v1/feedback")
    assert r.status_code == status, r.get_data(as_text=True)[:300]
    no_5xx(r)


@pytest.mark.parametrize(("padding", "status"), [(0, 200), (4096, 200), (24 * 1024, 413)])
def test_chunked_bodies_on_a_real_server(app, padding: int, status: int) -> None:  # type: ignore[no-untyped-def]
    """No Content-Length: the body limit must still hold, not cut the body short, while it streams in."""
    with serve(app) as base:
        host, port = base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=20)
        try:
            conn.putrequest("POST", ASK)
            conn.putheader("Content-Type", "application/json")
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            parts = [b'{"question": "ringing ears"', *[b" " * 1024] * (padding // 1024), b"}"]
            for part in parts:
                conn.send(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            conn.send(b"0\r\n\r\n")
            response = conn.getresponse()
            body = json.loads(response.read())
            assert response.status == status, body
            if status == 413:
                assert body["error"]["code"] == "payload_too_large"
        except (BrokenPipeError, ConnectionResetError):  # hanging up on a body over the limit is fine too
            assert status == 413
        finally:
            conn.close()


# -------------------------------------------------------------------------------------- methods
def _url(rule: str) -> str:
    return re.sub(r"<[^>]+>", "x", rule)


def test_every_route_rejects_wrong_methods_with_json_405(app, client) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for rule in app.url_map.iter_rules():
        for method in ("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE"):
            if method in rule.methods:
                continue
            r = client.open(_url(rule.rule), method=method)
            body = assert_error(r, 405, "method_not_allowed")
            allowed = {m.strip() for m in r.headers["Allow"].split(",")}
            assert allowed == set(rule.methods), (rule.rule, method, body)
            checked += 1
    assert checked >= 50


def test_options_and_head_are_not_errors(client) -> None:  # type: ignore[no-untyped-def]
    assert client.options(ASK).status_code in (200, 204)
    assert client.head("/healthz").status_code == 200
    assert client.head("/v1/records/fx-tinnitus-info").status_code == 200


# ------------------------------------------------------------------------------------ record ids
ODD_IDS = [
    "..%2F..", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%2e%2e/%2e%2e", "..", "%00", "a%00b", "x" * 3000,
    "%F0%9F%99%82", "耳鸣", "%D7%A9%D7%9C%D7%95%D7%9D", "%ff%fe%fd", "%", "%zz", "fx-tinnitus-info%0d%0aX-Evil:%201",
    "<script>alert(1)</script>", "fx-tinnitus-info/extra", "fx-tinnitus-info%20", "%E2%80%AEofni-sutinnit-xf", "a;b=c",
    "a?b=c",
]


@pytest.mark.parametrize("record_id", ODD_IDS, ids=[f"id{i}" for i in range(len(ODD_IDS))])
def test_odd_record_ids_are_json_404(client, record_id: str) -> None:  # type: ignore[no-untyped-def]
    r = client.get(f"/v1/records/{record_id}")
    assert_error(r, 404, "not_found")
    assert "X-Evil" not in r.headers
    assert r.headers["X-Content-Type-Options"] == "nosniff"


# ------------------------------------------------------------------------------------------ admin
ADMIN = [("POST", "/v1/admin/reload"), ("GET", "/v1/admin/feedback")]


@pytest.mark.parametrize(("method", "path"), ADMIN)
def test_admin_disabled_without_a_configured_token(app_factory, method: str, path: str) -> None:  # type: ignore[no-untyped-def]
    client = app_factory().test_client()
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer anything"},
                    {"Authorization": "Bearer   "}):
        assert_error(client.open(path, method=method, headers=headers), 403, "forbidden")
    # A blank token in the environment opens nothing either.
    client = app_factory(admin_token="   ").test_client()
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer    "}):
        assert client.open(path, method=method, headers=headers).status_code in (401, 403)


@pytest.mark.parametrize(("method", "path"), ADMIN)
def test_admin_token_checks(app_factory, method: str, path: str) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(admin_token="s3cret-t0ken").test_client()
    for headers in ({}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
                    {"Authorization": "Bearer wrong"}, {"Authorization": "Bearer s3cret-t0ke"},
                    {"Authorization": "Bearer s3cret-t0ken-and-more"}, {"Authorization": "Basic czNjcmV0LXQwa2Vu"},
                    {"Authorization": "s3cret-t0ken"}, {"Authorization": "Token s3cret-t0ken"},
                    {"X-Admin-Token": "s3cret-t0ken"}, {"Authorization": "Bearer S3CRET-T0KEN"},
                    {"Authorization": "Bearer s3cret-t\u00f6ken"}):
        r = client.open(path, method=method, headers=headers)
        assert_error(r, 401, "unauthorized")
        assert r.headers["WWW-Authenticate"] == "Bearer"
    r = client.open(path, method=method, headers={"Authorization": "Bearer s3cret-t0ken"})
    assert r.status_code == 200, r.get_data(as_text=True)


def test_admin_token_is_compared_in_constant_time(app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hmac

    from service import api

    calls = []
    real = hmac.compare_digest

    def spy(a, b):  # type: ignore[no-untyped-def]
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    client = app_factory(admin_token="s3cret").test_client()
    assert client.get("/v1/admin/feedback", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/v1/admin/feedback", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert calls == [(b"nope", b"s3cret"), (b"s3cret", b"s3cret")]


def test_admin_feedback_lists_rows_only_with_the_token(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(admin_token="s3cret").test_client()
    assert client.post("/v1/feedback", json={"record_id": "fx-tinnitus-info", "helpful": False}).status_code == 201
    assert client.post("/v1/feedback", json={"record_id": "fx-tinnitus-info", "helpful": True}).status_code == 201
    assert_error(client.get("/v1/admin/feedback?helpful=false"), 401)
    auth = {"Authorization": "Bearer s3cret"}
    assert len(client.get("/v1/admin/feedback", headers=auth).get_json()["feedback"]) == 2
    rows = client.get("/v1/admin/feedback?helpful=false", headers=auth).get_json()["feedback"]
    assert [r["helpful"] for r in rows] == [False]


# ------------------------------------------------------------------------------------ rate limits
def _ask(client, addr: str, xff: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"X-Forwarded-For": xff} if xff else {}
    return client.post(ASK, json={"question": Q}, headers=headers, environ_base={"REMOTE_ADDR": addr})


def test_rate_limit_is_per_client_and_json(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(rate_limit="3 per minute").test_client()
    assert [_ask(client, "10.0.0.1").status_code for _ in range(3)] == [200, 200, 200]
    limited = _ask(client, "10.0.0.1")
    body = assert_error(limited, 429, "rate_limited")
    assert 0 < int(limited.headers["Retry-After"]) <= 60
    assert "3 per 1 minute" in body["error"]["message"]
    # Another client has its own allowance...
    assert _ask(client, "10.0.0.2").status_code == 200
    # ...but a client cannot mint one with X-Forwarded-For: by default the key is the socket address.
    for xff in ("1.2.3.4", "5.6.7.8, 10.0.0.1", "10.0.0.2"):
        assert_error(_ask(client, "10.0.0.1", xff), 429, "rate_limited")
    # Health checks and the description are never limited.
    assert all(client.get("/healthz", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200 for _ in range(5))


def test_rate_limit_behind_a_trusted_proxy_keys_on_the_forwarded_address(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(rate_limit="2 per minute", trusted_proxies=1).test_client()
    proxy = "10.9.9.9"  # every request arrives from the proxy
    assert [_ask(client, proxy, "203.0.113.5").status_code for _ in range(2)] == [200, 200]
    assert_error(_ask(client, proxy, "203.0.113.5"), 429, "rate_limited")
    # Another patient behind the same proxy has their own allowance.
    assert _ask(client, proxy, "198.51.100.7").status_code == 200
    # Only the hop the proxy appended is trusted: a forged left-most address changes nothing.
    assert_error(_ask(client, proxy, "1.2.3.4, 203.0.113.5"), 429, "rate_limited")


def test_feedback_is_rate_limited_too(app_factory) -> None:  # type: ignore[no-untyped-def]
    client = app_factory(rate_limit="2 per minute").test_client()
    body = {"record_id": "fx-tinnitus-info", "helpful": True}
    codes = [client.post("/v1/feedback", json=body, environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code
             for _ in range(3)]
    assert codes == [201, 201, 429]


def test_rate_limited_requests_do_no_work(app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = app_factory(rate_limit="1 per minute")
    client = app.test_client()
    assert _ask(client, "10.1.1.1").status_code == 200
    state = app.extensions["medmatch"]

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a limited request reached the search")

    monkeypatch.setattr(state.answerer, "ask", boom)
    assert_error(_ask(client, "10.1.1.1"), 429, "rate_limited")
