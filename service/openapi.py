"""OpenAPI 3.0 description of the HTTP API (served at /openapi.json, fuzzed in the tests)."""

from __future__ import annotations

from typing import Any

from .schema import MAX_COMMENT_CHARS, MAX_TOP_K
from .settings import Settings

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(s): {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}} for s in statuses}


def spec(settings: Settings) -> dict[str, Any]:
    nullable_str = {"type": "string"}
    match = {
        "type": "object",
        "required": ["id", "question", "source", "url", "score"],
        "properties": {"id": {"type": "string"}, "question": {"type": "string"}, "source": {"type": "string"},
                       "url": {"type": "string"}, "score": {"type": "number"}},
    }
    answer = {
        "type": "object",
        "nullable": True,
        "required": ["id", "question", "answer", "source", "url", "reviewed_by", "reviewed_on", "score"],
        "properties": {
            "id": {"type": "string"}, "question": {"type": "string"}, "answer": {"type": "string"},
            "source": {"type": "string"}, "url": {"type": "string"}, "reviewed_by": {"type": "string"},
            "reviewed_on": nullable_str, "focus": {"type": "string"}, "qtype": {"type": "string"},
            "score": {"type": "number"},
        },
    }
    ask_response = {
        "type": "object",
        "required": ["status", "answer", "confidence", "matches", "related", "message", "index_version"],
        "properties": {
            "status": {"type": "string", "enum": ["answered", "no_match", "emergency"]},
            "answer": answer,
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "matches": {"type": "array", "items": match, "maxItems": MAX_TOP_K},
            "related": {"type": "array", "maxItems": 5, "items": {
                "type": "object", "required": ["id", "question", "score"],
                "properties": {"id": {"type": "string"}, "question": {"type": "string"}, "score": {"type": "number"},
                               "relation": {"type": "string"}}}},
            "message": {"type": "string"},
            "emergency": {"type": "object", "nullable": True, "properties": {
                "category": {"type": "string"}, "message": {"type": "string"}}},
            "index_version": {"type": "string"},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "medmatch",
            "version": "1",
            "description": "Answers patients' questions with clinician-reviewed answers. Emergencies are routed "
            "to an emergency message before any search; below the confidence threshold the status is no_match.",
        },
        "paths": {
            "/v1/ask": {"post": {
                "summary": "Answer a free-text question",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["question"], "additionalProperties": False,
                    "properties": {
                        "question": {"type": "string", "minLength": 1, "maxLength": settings.max_question_chars},
                        "top_k": {"type": "integer", "minimum": 1, "maximum": MAX_TOP_K, "default": settings.default_top_k},
                    }}}}},
                "responses": {"200": {"description": "answer, no_match or emergency", "content": {
                    "application/json": {"schema": ask_response}}}, **_errors(400, 413, 429, 503)},
            }},
            "/v1/records/{record_id}": {"get": {
                "summary": "One reviewed record",
                "parameters": [{"name": "record_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the record", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["id", "question", "answer"]}}}}, **_errors(404, 503)},
            }},
            "/v1/feedback": {"post": {
                "summary": "Was this answer helpful?",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["record_id", "helpful"], "additionalProperties": False,
                    "properties": {"record_id": {"type": "string", "minLength": 1, "maxLength": 200},
                                   "helpful": {"type": "boolean"},
                                   "comment": {"type": "string", "maxLength": MAX_COMMENT_CHARS},
                                   "question": {"type": "string", "maxLength": settings.max_question_chars}}}}}},
                "responses": {"201": {"description": "stored", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["status"]}}}}, **_errors(400, 404, 413, 429, 503)},
            }},
            "/healthz": {"get": {"summary": "Process is up", "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": {"type": "object", "required": ["status"]}}}}}}},
            "/readyz": {"get": {"summary": "An index is loaded", "responses": {
                "200": {"description": "ready", "content": {"application/json": {"schema": {"type": "object", "required": ["ready"]}}}},
                "503": {"description": "not ready", "content": {"application/json": {"schema": {"type": "object", "required": ["ready"]}}}}}}},
        },
        "components": {"schemas": {"Error": _ERROR}},
    }
