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
    return {str(s): {"description": "error",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            for s in statuses}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


# What service.schema.clean_text rejects with 400, in JSON Schema (ECMA-262) terms: C0/C1 controls
# except tab/LF/CR and the bidi overrides and isolates; a question also needs a character that is
# neither space nor one of the invisible characters clean_text removes (zero-width space and the like).
_FORBIDDEN = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
_INVISIBLE = r"\u00ad\u200b\u2060\ufeff"
_TEXT = f"^[^{_FORBIDDEN}]*$"
_NON_BLANK_TEXT = f"^[^{_FORBIDDEN}]*[^{_FORBIDDEN}{_INVISIBLE}\\s][^{_FORBIDDEN}]*$"


def spec(settings: Settings) -> dict[str, Any]:
    string = {"type": "string"}
    nullable_str = {"type": "string", "nullable": True}
    title = {"type": "string", "description": "`question` as a heading for the patient: MedQuAD's template slips "
             "tidied (\"Who is at risk for Shingles? ?\" -> \"Who is at risk for Shingles?\", \"What to do for What I "
             "need to know about Kidney Stones ?\" -> \"What to do for Kidney Stones?\"). Show this; `question` is the "
             "text as reviewed"}
    score = {"type": "number", "description": "the ranker's score of the record for this question (higher is closer). "
             "Matches come in medmatch's order, which puts a page of the same condition answering the kind of question "
             "asked (treatment, outlook...) first when it scores within a small margin of the best, so scores need not "
             "fall down the list"}
    match = {
        "type": "object",
        "required": ["id", "question", "title", "source", "url", "score"],
        "properties": {"id": string, "question": string, "title": title, "source": string, "url": string,
                       "score": score},
    }
    blocks = {"type": "array", "description": "`answer` laid out for reading, in order: paragraphs, bullet "
              "lists (MedQuAD writes lists inline as \" - item - item\") and section headings (\"How the Test is "
              "Performed : ...\"); a copy of a list's items that the source pages left right after the list is "
              "shown once. Show these; `answer` is the text as reviewed",
              "items": {"type": "object", "required": ["type"], "properties": {
                  "type": {"type": "string", "enum": ["paragraph", "list", "heading"]}, "text": string,
                  "items": {"type": "array", "items": string}}}}
    answer = {
        "type": "object",
        "nullable": True,
        "required": ["id", "question", "title", "answer", "source", "url", "reviewed_by", "reviewed_on", "score"],
        "properties": {
            "id": string, "question": string, "title": title, "answer": string, "source": string, "url": string,
            "reviewed_by": string, "reviewed_on": string, "focus": string, "qtype": string,
            "score": score, "blocks": blocks,
        },
    }
    related = {"type": "array", "maxItems": 5, "description": "open one with GET /v1/records/{id} (its text may "
               "repeat another record's: search by the text finds the best match, which need not be this one)",
               "items": {
                   "type": "object", "required": ["id", "question", "title", "source", "score", "relation"],
                   "properties": {"id": string, "question": string, "title": title, "source": string,
                                  "score": {"type": "number"},
                                  "relation": {"type": "string", "enum": ["same_focus", "neighbour"]}}}}
    ask_response = {
        "type": "object",
        "required": ["status", "answer", "confidence", "matches", "related", "message", "emergency", "index_version"],
        "properties": {
            "status": {"type": "string", "enum": ["answered", "no_match", "emergency"]},
            "answer": answer,
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "matches": {"type": "array", "items": match, "maxItems": MAX_TOP_K,
                        "description": "the ranking, best first, whatever the status (for evaluation and "
                        "debugging; to show a patient, use `answer`, `related` or `suggestions`)"},
            "suggestions": {"type": "array", "items": match, "maxItems": 5,
                            "description": "for a no_match: the reviewed questions worth offering the patient "
                            "instead, one per question text, none scoring below the index's floor (a far-off "
                            "match such as a rare disease for a question about a doctor's schedule is left out, and "
                            "so is a page about a cancer when the message speaks of none); "
                            "may be empty; empty for answered and emergency"},
            "related": related,
            "message": string,
            "emergency": {"type": "object", "nullable": True,
                          "required": ["category", "message", "by", "can_set_aside"], "properties": {
                "category": string, "message": string,
                "by": {"type": "string", "enum": ["rules", "classifier"],
                       "description": "what raised it: the triage rules, or the learned check that reads the whole "
                       "message (less certain: show the message first, then you may offer \"nothing like this is "
                       "happening now\", which asks again with no_emergency_now)"},
                "can_set_aside": {"type": "boolean",
                                  "description": "whether no_emergency_now sets this alarm aside: the classifier's, "
                                  "except a suicide or mental-health crisis; the rules' only where the message names a "
                                  "condition of the writer's that explains the signs (panic attacks, for a breathing "
                                  "alarm)"}}},
            "index_version": string,
            "spelling": {"type": "array", "description": "words of the question read as misspellings of "
                         "corpus words, and the word searched instead", "items": {
                             "type": "object", "required": ["from", "to"],
                             "properties": {"from": string, "to": string}}},
            "read_as": {"type": "array", "description": "lay phrases of the question (as written) and the medical "
                        "name searched with each (\"low thyroid\": hypothyroidism)", "items": {
                            "type": "object", "required": ["wrote", "searched"],
                            "properties": {"wrote": string, "searched": string}}},
            "caution": {"type": "string", "nullable": True, "description": "what the answer does not cover, to show "
                        "apart from and before it (a question about taking medicines together answered by a record "
                        "that is not about that; a question about side effects answered from a medicine's leaflet when "
                        "no reviewed answer gives that medicine's side effects; a dose asked of a named medicine "
                        "answered by a page that is not its leaflet; a message that speaks of a photo or "
                        "attachment, which is never seen; a sign a doctor should check soon, such as blood in the "
                        "urine or food that sticks on the way down); also the end of message"},
            "reason": {"type": "string", "nullable": True,
                       "enum": ["clinic_request", "animal", "not_a_question", "language", "below_threshold", None],
                       "description": "why a no_match has no answer: clinic business (appointments, "
                       "prescriptions, bills, own results; route to the clinic), a question about an animal "
                       "(the message points to a vet), no health question at all (a greeting, thanks, the service "
                       "asked about: the message says what the service does), a message in another language (the "
                       "message starts in "
                       "that language) or no reviewed answer close enough; null for answered and emergency"},
            "language": {"type": "string", "nullable": True,
                         "description": "the language code (es, fr, zh...) when the message was written in "
                         "another language and `message` starts with a line in it; null otherwise"},
            "language_line": {"type": "string", "nullable": True,
                              "description": "that line with the configured emergency number after it, exactly "
                              "as `message` and `emergency.message` start with it (mark it with its `lang` when "
                              "showing it); for an emergency in a language the first aid is written in (es), "
                              "the line and the first aid in that language; null otherwise"},
        },
    }
    record = {
        "type": "object",
        "required": ["id", "question", "answer", "source", "url", "reviewed_by", "reviewed_on"],
        "properties": {
            "id": string, "question": string, "answer": string, "alt_questions": {"type": "array", "items": string},
            "focus": string, "qtype": string, "source": string, "url": string, "reviewed_by": string,
            "reviewed_on": string, "tags": {"type": "array", "items": string}, "retired": {"type": "boolean"},
        },
    }
    record_view = {**record, "required": [*record["required"], "title", "message", "related"],
                   "properties": {**record["properties"], "title": title, "blocks": blocks, "message": string,
                                  "related": related}}
    feedback_row = {
        "type": "object",
        "required": ["id", "created", "record_id", "helpful", "comment", "question", "index_version"],
        "properties": {"id": {"type": "integer"}, "created": {"type": "number"}, "record_id": string,
                       "helpful": {"type": "boolean"}, "comment": string, "question": string, "index_version": string},
    }
    admin = [{"bearerAuth": []}]
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
                        "question": {"type": "string", "minLength": 1, "maxLength": settings.max_question_chars,
                                     "pattern": _NON_BLANK_TEXT},
                        "top_k": {"type": "integer", "nullable": True, "minimum": 1, "maximum": MAX_TOP_K,
                                  "default": settings.default_top_k},
                        "no_emergency_now": {"type": "boolean", "default": False,
                                             "description": "the patient read an emergency message with "
                                             "emergency.by \"classifier\" and says nothing like it is happening "
                                             "now: that alarm is set aside and the question answered; the rules' "
                                             "alarms are never set aside"},
                    }}}}},
                "responses": {"200": _json(ask_response, "answer, no_match or emergency"),
                              **_errors(400, 413, 429, 503)},
            }},
            "/v1/records/{record_id}": {"get": {
                "summary": "One reviewed record",
                "parameters": [{"name": "record_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json(record_view, "the record, the line shown under it (who reviewed it, "
                                           "not a diagnosis) and its related questions"), **_errors(404, 503)},
            }},
            "/v1/feedback": {"post": {
                "summary": "Was this answer helpful?",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["record_id", "helpful"], "additionalProperties": False,
                    "properties": {"record_id": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S"},
                                   "helpful": {"type": "boolean"},
                                   "comment": {"type": "string", "nullable": True, "maxLength": MAX_COMMENT_CHARS,
                                               "pattern": _TEXT},
                                   "question": {"type": "string", "nullable": True,
                                                "maxLength": settings.max_question_chars,
                                                "pattern": _TEXT}}}}}},
                "responses": {"201": _json({"type": "object", "required": ["status", "id"], "properties": {
                    "status": {"type": "string", "enum": ["stored"]}, "id": {"type": "integer"}}}, "stored"),
                    **_errors(400, 404, 413, 429, 503)},
            }},
            "/v1/admin/reload": {"post": {
                "summary": "Load the version CURRENT names now (409: it failed; the old version keeps serving)",
                "security": admin,
                "responses": {
                    "200": _json({"type": "object", "required": ["reloaded", "index_version", "error"], "properties": {
                        "reloaded": {"type": "boolean"}, "index_version": string, "error": nullable_str}}, "reloaded"),
                    "409": _json({"type": "object", "required": ["reloaded", "error"], "properties": {
                        "reloaded": {"type": "boolean"}, "index_version": string, "error": nullable_str}},
                        "reload failed"),
                    **_errors(401, 403, 429)},
            }},
            "/v1/admin/feedback": {"get": {
                "summary": "Stored feedback, newest first",
                "security": admin,
                "parameters": [{"name": "helpful", "in": "query", "required": False, "schema": {"type": "string"}}],
                "responses": {
                    "200": _json({"type": "object", "required": ["feedback"], "properties": {
                        "feedback": {"type": "array", "items": feedback_row}}}, "feedback rows"),
                    **_errors(401, 403, 429)},
            }},
            "/healthz": {"get": {"summary": "Process is up", "responses": {"200": _json({
                "type": "object", "required": ["status", "index_version", "last_reload_error"], "properties": {
                    "status": {"type": "string", "enum": ["ok"]}, "index_version": nullable_str,
                    "last_reload_error": nullable_str}}, "ok")}}},
            "/readyz": {"get": {"summary": "An index is loaded", "responses": {
                "200": _json({"type": "object", "required": ["ready", "index_version", "records"], "properties": {
                    "ready": {"type": "boolean", "enum": [True]}, "index_version": string,
                    "records": {"type": "integer", "minimum": 0}, "model": string, "encoder_backend": string,
                    "fallback": {
                        "type": "object", "nullable": True, "required": ["current_version", "reason"],
                        "description": "null normally; set when the version CURRENT names cannot be loaded "
                                       "and this worker serves the newest older version that can (index_version)",
                        "properties": {"current_version": string, "reason": string}}}},
                    "ready"),
                "503": _json({"type": "object", "required": ["ready", "reason"], "properties": {
                    "ready": {"type": "boolean", "enum": [False]}, "reason": string}}, "not ready")}}},
            "/metrics": {"get": {"summary": "Prometheus metrics of the worker that answers", "responses": {
                "200": {"description": "Prometheus text format 0.0.4",
                        "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        },
        "components": {
            "schemas": {"Error": _ERROR},
            "securitySchemes": {"bearerAuth": {
                "type": "http", "scheme": "bearer",
                "description": "MEDMATCH_ADMIN_TOKEN; admin endpoints answer 403 when it is not set, and 429 to a "
                               "client past MEDMATCH_ADMIN_RATE_LIMIT refused tokens"}},
        },
    }
