"""Combine several inputs into one corpus: drop exact duplicates, keep id collisions apart."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import LoadReport
from .loaders import detect_format, load_path
from .records import QARecord


def identity(record: QARecord) -> str:
    """What makes two records the same answer: question, url and answer text (whitespace-folded)."""
    fold = lambda s: re.sub(r"\s+", " ", s).strip().lower()  # noqa: E731
    raw = "\x1f".join((fold(record.question), fold(record.url), fold(record.answer)))
    return hashlib.sha256(raw.encode()).hexdigest()


def _strict_key(record: QARecord) -> str:
    """Everything of a clinic's own row, ``extra`` too (its focus synonyms decide which brand names reach a
    leaflet): two rows with one id are the same record only when this is the same."""
    extra = json.dumps(record.extra or {}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((record.content_key() + "\x1f" + extra).encode()).hexdigest()


#: Formats a clinic writes itself, whose ids are its own keys (feedback, records links): an id used
#: twice for different content is an error there. The public MedQuAD XML and LiveQA CSV number some
#: pairs inconsistently, so their collisions keep both records (the later renamed).
STRICT_ID_FORMATS = frozenset({"jsonl", "csv"})


def combine(records: Iterable[QARecord], report: LoadReport, origin: str = "") -> list[QARecord]:
    """Merge records in order.

    * The same content under the same id is an exact duplicate: the later copy is dropped.
    * The same id with different content keeps both: the later one becomes ``{id}~2`` (``~3``...),
      reported as a warning (:func:`load_corpus` makes it an error for a clinic's own files).
    """
    return _combine(((record, origin, False) for record in records), report)


def _combine(items: Iterable[tuple[QARecord, str, bool]], report: LoadReport) -> list[QARecord]:
    """:func:`combine` over (record, origin, strict) items: a strict item whose id names other content
    is left out and reported as an error (it stops a build unless bad rows are allowed)."""
    by_id: dict[str, str] = {}
    out: list[QARecord] = []
    for record, origin, strict in items:
        # A clinic's own rows are the same record only when everything a patient or the index sees is the
        # same: a second copy that retires the record, names another reviewer or adds tags is not a
        # duplicate to drop silently (review of session 19), it is an id used twice.
        key = _strict_key(record) if strict else identity(record)
        seen = by_id.get(record.id)
        if seen is None:
            by_id[record.id] = key
            out.append(record)
            continue
        if seen == key:
            report.counts["exact_duplicates"] += 1
            report.add(origin or record.id, "", f"exact duplicate of {record.id} dropped", "info")
            continue
        if strict:
            report.add(
                origin or record.id, f"id {record.id}",
                f"id {record.id!r} is used by two records with different content; ids must be unique, so rename "
                "one (the later one was not loaded)",
            )
            continue
        n = 2
        while f"{record.id}~{n}" in by_id:
            if by_id[f"{record.id}~{n}"] == key:
                break
            n += 1
        new_id = f"{record.id}~{n}"
        if by_id.get(new_id) == key:
            report.counts["exact_duplicates"] += 1
            continue
        by_id[new_id] = key
        report.counts["id_collisions"] += 1
        report.add(
            origin or record.id, "", f"id {record.id} names different content twice; kept both, the later as {new_id}",
            "warning",
        )
        out.append(record.with_id(new_id))
    return out


def load_corpus(paths: Sequence[str | Path], report: LoadReport | None = None) -> list[QARecord]:
    """Load and combine every input, in the order given (the first input keeps contested ids). An id
    that a clinic's own file (JSONL, CSV) gives to different content is an error, not renamed."""
    report = report if report is not None else LoadReport()

    def stream() -> Iterable[tuple[QARecord, str, bool]]:
        for path in paths:
            strict = detect_format(path) in STRICT_ID_FORMATS
            for record in load_path(path, report):
                yield record, str(path), strict

    return _combine(stream(), report)
