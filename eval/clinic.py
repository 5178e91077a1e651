"""Clinic-widget messages by blind writers (``eval/dev_clinic_blind.jsonl``): does the service keep
articles away from clinic business, personal records and off-topic messages, and still answer the
health questions that look like them?

Each message goes through the service's decisions in order (emergency triage, clinic requests, then
the search and its confidence threshold). Reported per split, because the splits played different
parts: the wording rules were written on ``development`` and tested on ``held-out-rules``, the
first request classifier was tested on ``held-out-round-1`` and the refitted one on
``held-out-round-2`` (each earlier split then trained it; see eval/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .data import ClinicMessage
from .dev import Triage, status_of
from .systems import System

TOP_K = 10


@dataclass
class ClinicResult:
    qid: str
    split: str
    should_answer: bool
    status: str
    clinic_request: bool  # refused as clinic business before the search (in-process runs only)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def run_clinic(system: System, messages: Sequence[ClinicMessage], triage: Triage) -> list[ClinicResult]:
    out = []
    for m in messages:
        outcome = system.ask(m.text, TOP_K)
        emergency, by = triage.is_emergency(m.text), triage.clinic_request_by(m.text)
        status = status_of(outcome, emergency, by is not None, m.text)
        # Refused as clinic business: by the wording rules before the search, or by the classifier
        # where the search would have answered (as indexer.answer).
        refused = not outcome.status and not emergency and (
            by == "rules" or (by == "classifier" and bool(outcome.answered)))
        out.append(ClinicResult(m.qid, m.split, m.should_answer, status, refused))
    return out


def clinic_rows(results: Sequence[ClinicResult]) -> list[tuple[str, dict[str, Any]]]:
    """One row per split (in file order) and one for all: false answers on the messages that should
    get no article; answered and refused-as-clinic-business among the health questions."""
    splits = list(dict.fromkeys(r.split for r in results))
    rows = []
    for name, part in [(s, [r for r in results if r.split == s]) for s in splits] + [("all", list(results))]:
        wrong = [r for r in part if not r.should_answer]
        health = [r for r in part if r.should_answer]
        false = sum(r.status == "answered" for r in wrong)
        rows.append((name, {
            "no article wanted": len(wrong),
            "false answers": false,
            "false-answer rate": false / len(wrong) if wrong else None,
            "health questions": len(health),
            "answered": sum(r.status == "answered" for r in health),
            "refused as clinic business": sum(r.clinic_request for r in health),
        }))
    return rows


CLINIC_COLUMNS = ["no article wanted", "false answers", "false-answer rate", "health questions", "answered",
                  "refused as clinic business"]
