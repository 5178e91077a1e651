"""The reviewed question-answer record, the one type every loader yields."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

#: Fields every record must carry with a non-empty value.
REQUIRED_FIELDS = ("id", "question", "answer")
#: All fields, in the order they are written to JSONL/CSV.
FIELDS = (
    "id",
    "question",
    "answer",
    "alt_questions",
    "focus",
    "qtype",
    "source",
    "url",
    "reviewed_by",
    "reviewed_on",
    "tags",
    "retired",
)
#: The tag of a record about one named medicine (a drug or supplement leaflet): it answers only a
#: message that names that medicine (indexer/medicines.py).
MEDICINE_TAG = "medicine"
#: The tag of a record about a rare condition: a ``no_match`` offers it as a suggestion only when the message names
#: that condition (indexer/answer.py): a baby's cradle cap is not sent to a rare scalp defect or Langerhans cell
#: histiocytosis.
RARE_TAG = "rare"
_NAME_NOISE = re.compile(r"[\s\-.]+")
_WORDS = re.compile(r"[a-z0-9]+")


def leaflet_key(record: QARecord) -> str:
    """The leaflet a record is a section of: the records about one medicine share its url (MedQuAD) or,
    without one, its focus; a record with neither is a leaflet of its own. What names one section of a
    leaflet names them all (indexer/medicines.py; ``validate`` warns about a leaflet nothing names)."""
    if record.url:
        return f"url:{record.url}"
    focus = " ".join(_WORDS.findall(record.focus.lower()))
    return f"focus:{focus}" if focus else f"id:{record.id}"


#: Other names content systems export the fields under (review of session 19: a "reviewer" column dropped every
#: reviewer with a warning only).
FIELD_ALIASES = {
    "reviewer": "reviewed_by", "reviewers": "reviewed_by", "review_by": "reviewed_by",
    "clinical_reviewer": "reviewed_by", "approved_by": "reviewed_by", "medical_reviewer": "reviewed_by",
    "reviewer_name": "reviewed_by", "last_review_date": "reviewed_on", "date_last_reviewed": "reviewed_on",
    "reviewdate": "reviewed_on", "lastreviewed": "reviewed_on",
    "review_date": "reviewed_on", "date_reviewed": "reviewed_on", "reviewed_date": "reviewed_on",
    "last_reviewed": "reviewed_on", "reviewed_at": "reviewed_on", "review_on": "reviewed_on",
}


#: Names close to a field that mean something else in content systems' exports.
NOT_SLIPS = frozenset({"type", "reviewed", "status", "sources_list"})


def misspelt_field(name: str) -> str | None:
    """The record field an unknown field or column name looks like a slip for ("reviewd_by",
    "Reviewed By", "alt-questions", "reviewer"), or ``None`` for a name of the maintainer's own ("notes")."""
    folded = _NAME_NOISE.sub("_", name.strip().lower())
    if folded in FIELDS or folded == "extra":
        return folded
    if folded in FIELD_ALIASES:
        return FIELD_ALIASES[folded]
    if folded in NOT_SLIPS or any(folded.startswith(f + "_") for f in FIELDS):
        return None  # a column of one's own: "type" (content type), "retired_on", "reviewed" (a yes/no flag)
    close = difflib.get_close_matches(folded, FIELDS, n=1, cutoff=0.8)
    return close[0] if close else None


def unknown_field_error(names: list[str] | set[str], present: Iterable[str] = ()) -> str | None:
    """An error for unknown names that are slips for record fields (a misspelt ``reviewed_by``
    column would drop every reviewer silently), or ``None`` when none is. A name is not a slip for a
    field that is ``present`` too: an ``approved_by`` column next to ``reviewed_by`` is the maintainer's own."""
    have = set(present)
    meant = {name: misspelt_field(name) for name in sorted(names)}
    slips = [f"{name!r} (did you mean {field_name!r}?)" for name, field_name in meant.items()
             if field_name and field_name not in have]
    return f"unknown field(s): {', '.join(slips)}" if slips else None


#: Spellings of ``retired`` in a CSV cell or JSON string (case-insensitive; empty means live).
RETIRED_VALUES = {"true": True, "yes": True, "y": True, "1": True, "false": False, "no": False, "n": False,
                  "0": False, "": False}


@dataclass(frozen=True, slots=True)
class QARecord:
    """One reviewed question-answer pair.

    ``id`` is stable across rebuilds (MedQuAD: ``SOURCE_DOCID_SecPID``). ``answer`` is
    served verbatim: medmatch never edits or merges answer text.
    """

    id: str
    question: str
    answer: str
    alt_questions: tuple[str, ...] = ()
    focus: str = ""
    qtype: str = ""
    source: str = ""
    url: str = ""
    reviewed_by: str = ""
    reviewed_on: str = ""  # ISO date, YYYY-MM-DD
    tags: tuple[str, ...] = ()
    #: Retired records stay in the corpus for the record but are never indexed.
    retired: bool = False
    #: Extra, loader-specific facts (UMLS CUIs, focus synonyms, origin file...).
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists; ``extra`` only when not empty)."""
        data: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "alt_questions": list(self.alt_questions),
            "focus": self.focus,
            "qtype": self.qtype,
            "source": self.source,
            "url": self.url,
            "reviewed_by": self.reviewed_by,
            "reviewed_on": self.reviewed_on,
            "tags": list(self.tags),
            "retired": self.retired,
        }
        if self.extra:
            data["extra"] = self.extra
        return data

    def content_key(self) -> str:
        """Hash of everything a patient would see; equal keys mean exact duplicates."""
        payload = [
            self.question,
            self.answer,
            list(self.alt_questions),
            self.focus,
            self.qtype,
            self.source,
            self.url,
            self.reviewed_by,
            self.reviewed_on,
            list(self.tags),
            self.retired,
        ]
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()

    @property
    def answerless(self) -> bool:
        """A question-only record (an evaluation distractor): never served as an answer."""
        return bool(self.extra.get("answerless")) if self.extra else False

    def with_id(self, new_id: str) -> QARecord:
        return replace(self, id=new_id)


def record_from_dict(data: dict[str, Any]) -> QARecord:
    """Build a record from a decoded JSON object or CSV row.

    Raises:
        ValueError: naming the field that is missing or has the wrong type.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    # Answerless records (question only) exist only as evaluation distractors.
    answerless = isinstance(data.get("extra"), dict) and data["extra"].get("answerless") is True
    for name in REQUIRED_FIELDS:
        value = data.get(name)
        if name == "answer" and answerless and value == "":
            continue
        if value is not None and not isinstance(value, str):
            raise ValueError(f"field {name!r} must be a string, got {type(value).__name__}")
        if not value or not value.strip():
            raise ValueError(f"field {name!r} is missing or empty")
    unknown = set(data) - set(FIELDS) - {"extra"}
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")

    def text(name: str) -> str:
        value = data.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValueError(f"field {name!r} must be a string, got {type(value).__name__}")
        return value.strip()

    def strings(name: str) -> tuple[str, ...]:
        value = data.get(name)
        if value is None or value == "":
            return ()
        if isinstance(value, str):  # CSV cells hold "a | b | c"
            value = value.split("|")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"field {name!r} must be a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    extra = data.get("extra") or {}
    if not isinstance(extra, dict):
        raise ValueError("field 'extra' must be an object")
    return QARecord(
        id=text("id"),
        question=text("question"),
        answer=data["answer"].strip(),
        alt_questions=strings("alt_questions"),
        focus=text("focus"),
        qtype=text("qtype"),
        source=text("source"),
        url=text("url"),
        reviewed_by=text("reviewed_by"),
        reviewed_on=text("reviewed_on"),
        tags=strings("tags"),
        retired=_retired(data.get("retired")),
        extra=extra,
    )


def _retired(value: Any) -> bool:
    """``retired`` from a JSON boolean, JSON 0/1, null, or one of :data:`RETIRED_VALUES`."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if type(value) is int and value in (0, 1):  # not 1.0: JSON writers emit integers for flags
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in RETIRED_VALUES:
        return RETIRED_VALUES[value.strip().lower()]
    raise ValueError(f"field 'retired' must be true/false (or yes/no, 1/0); got {value!r}")
