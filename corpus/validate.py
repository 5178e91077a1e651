"""Corpus validation: a report of everything a maintainer should fix before publishing."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .errors import Problem
from .records import MEDICINE_TAG, QARecord, leaflet_key

_WEB_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>|&(?:[a-z]+|#\d+);")
#: An answer over this many characters is flagged (MedQuAD's longest are ~30k).
DEFAULT_MAX_ANSWER_CHARS = 20_000
#: Beyond this an answer is an error, not a warning: no reviewed answer to one question is this long (MedQuAD's
#: longest is 27,000 characters), and a pasted document of 5 MB took about 25 minutes to embed (review of session 19).
MAX_ANSWER_CHARS_HARD = 200_000
#: The longest id: the page's and the widget's record links and the feedback API accept this many characters.
MAX_ID_CHARS = 200


@dataclass
class ValidationReport:
    problems: list[Problem] = field(default_factory=list)
    n_records: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
#: Control characters (NUL and the like; not tab or line breaks): an export's damage, never text to show.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def validate(
    records: Sequence[QARecord],
    *,
    max_answer_chars: int = DEFAULT_MAX_ANSWER_CHARS,
    max_review_age_days: int | None = None,
    today: dt.date | None = None,
) -> ValidationReport:
    """Check records for empty fields, duplicate ids, conflicting duplicate questions,
    HTML leftovers, over-long answers, bad or stale review dates.

    Errors: empty id/question/answer, duplicate ids, conflicting duplicate questions (the same
    question with different answers within one focus), a malformed ``reviewed_on``.
    Warnings: markup, over-long answers, missing source/reviewer, stale reviews, a record tagged
    ``medicine`` whose leaflet has no focus to name it by (the search cannot check it).
    """
    report = ValidationReport(n_records=len(records))
    today = today or dt.date.today()
    add = lambda rid, msg, sev="error": report.problems.append(Problem(rid, "", msg, sev))  # noqa: E731
    if not records:  # an empty file, or a CSV with only its header: nothing a build could serve
        add("<corpus>", "no records: the inputs hold no question-answer rows")
    ids: dict[str, int] = defaultdict(int)
    answers_by_question: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        ids[record.id] += 1
        for name in ("id", "question", "answer"):
            if not getattr(record, name).strip():
                add(record.id or "<no id>", f"empty {name}")
        if len(record.id) > MAX_ID_CHARS:  # links (/?id=, /v1/records/<id>) and feedback carry it
            add(record.id[:60] + "...", f"id is {len(record.id)} characters long (at most {MAX_ID_CHARS})")
        for name in ("source", "reviewed_by"):
            if not getattr(record, name).strip():
                add(record.id, f"missing {name}", "warning")
        for name in ("question", "answer", "reviewed_by", "source", "focus", "url", "reviewed_on"):
            if (bad := _CONTROL.search(getattr(record, name))) is not None:
                hint = ("a FileMaker line break: replace it with a real line break" if bad.group() == "\x0b"
                        else "damage from the export; remove it")
                add(record.id, f"{name} holds a control character (U+{ord(bad.group()):04X}) at position "
                    f"{bad.start()}: {hint}")
        if record.url and not _WEB_URL.match(record.url):
            # shown to patients as a link: javascript:, data: and the like are refused (security review)
            add(record.id, f"url {record.url[:60]!r} is not an http(s) address")
        if _MARKUP.search(record.answer) or _MARKUP.search(record.question):
            add(record.id, "HTML/markup leftovers in question or answer", "warning")
        if len(record.answer) > MAX_ANSWER_CHARS_HARD:
            add(record.id, f"answer is {len(record.answer):,} characters, more than {MAX_ANSWER_CHARS_HARD:,}: a whole "
                "document, not an answer to one question (it would take minutes to embed); split it into questions")
        elif len(record.answer) > max_answer_chars:
            add(record.id, f"answer is {len(record.answer)} characters (limit {max_answer_chars})", "warning")
        if record.reviewed_on:
            try:
                # YYYY-MM-DD only: Python 3.11 also reads "20260115" and "2026-W03-1", which patients would see
                if not _ISO_DAY.match(record.reviewed_on):
                    raise ValueError(record.reviewed_on)
                reviewed = dt.date.fromisoformat(record.reviewed_on)
            except ValueError:
                add(record.id, f"reviewed_on {record.reviewed_on!r} is not an ISO date (YYYY-MM-DD)")
            else:
                if reviewed > today:
                    add(record.id, f"reviewed_on {record.reviewed_on} is in the future")
                elif max_review_age_days is not None and (today - reviewed).days > max_review_age_days:
                    add(record.id, f"review is {(today - reviewed).days} days old (limit {max_review_age_days})",
                        "warning")
        elif max_review_age_days is not None:
            add(record.id, "no reviewed_on date", "warning")
        key = (record.focus.lower(), re.sub(r"\W+", " ", record.question.lower()).strip())
        answers_by_question[key].add(re.sub(r"\s+", " ", record.answer).strip())
    # A leaflet is named by the focus or focus synonyms of any of its records (indexer/medicines.py).
    medicines = [r for r in records if MEDICINE_TAG in r.tags]
    named_leaflets = {leaflet_key(r) for r in medicines if r.focus.strip() or any(
        str(name).strip() for name in (r.extra or {}).get("focus_synonyms", ()))}
    for record in medicines:
        if leaflet_key(record) not in named_leaflets:
            add(record.id, "tagged 'medicine' but no focus names the medicine (nor a record with the same url): "
                "the search cannot tell whether a message names it, so it is served like any record", "warning")
    for record_id, count in ids.items():
        if count > 1:
            add(record_id, f"duplicate id ({count} records)")
    for (focus, question), answers in answers_by_question.items():
        if len(answers) > 1:
            add(focus or "<no focus>", f"question {question!r} has {len(answers)} different answers", "warning")
    return report
