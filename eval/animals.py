"""Messages about animals and about people with animals in them (``eval/animals_blind*.jsonl``,
three blind writers, 2026-12-04): does the service keep people's answers away from animals, point
to a vet, and never refuse a person's question because an animal is mentioned?

Each message goes through the service's decisions (emergency triage, clinic requests, the search
and its threshold, then :mod:`indexer.animals`: a question about an animal is answered only from a
record about pets, otherwise it gets the vet message; an emergency message gains a line about vets).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from indexer.animals import is_about_an_animal, is_pet_record

from .data import jsonl_rows, repo_path
from .dev import Triage, status_of
from .systems import System

TOP_K = 10
SETS = ("eval/animals_blind.jsonl", "eval/animals_blind2.jsonl", "eval/animals_blind3.jsonl")


@dataclass
class AnimalResult:
    qid: str
    label: str  # "animal" | "person"
    status: str
    read_as_animal: bool
    pet_record_first: bool

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def run_animals(system: System, triage: Triage, paths: Sequence[str] = SETS) -> dict[str, list[AnimalResult]]:
    out: dict[str, list[AnimalResult]] = {}
    for path in paths:
        results = []
        for row in jsonl_rows(repo_path(path)):
            text = row["text"]
            outcome = system.ask(text, TOP_K)
            status = status_of(outcome, triage.is_emergency(text), triage.is_clinic_request(text), text)
            pet_first = bool(outcome.records) and is_pet_record(outcome.records[0].question)
            results.append(AnimalResult(row["id"], row["label"], status, is_about_an_animal(text), pet_first))
        out[path] = results
    return out


def animal_rows(results: dict[str, list[AnimalResult]]) -> list[tuple[str, dict[str, Any]]]:
    """Per set: animal messages given a person's answer, the vet message (as a no_match or with the
    emergency message), or nothing about vets; person messages read as about an animal, answered,
    routed to the emergency message."""
    rows = []
    everything = [r for part in results.values() for r in part]
    for name, part in [(p.rsplit("/", 1)[-1], r) for p, r in results.items()] + [("all", everything)]:
        animals = [r for r in part if r.label == "animal"]
        people = [r for r in part if r.label == "person"]
        rows.append((name, {
            "animal messages": len(animals),
            "person's answer": sum(r.status == "answered" and not r.pet_record_first for r in animals),
            "pet record": sum(r.status == "answered" and r.pet_record_first for r in animals),
            "vet message": sum(r.read_as_animal and r.status in ("no_match", "emergency") for r in animals),
            "person messages": len(people),
            "read as animal": sum(r.read_as_animal for r in people),
            "answered": sum(r.status == "answered" for r in people),
            "emergency": sum(r.status == "emergency" for r in people),
        }))
    return rows


ANIMAL_COLUMNS = ["animal messages", "person's answer", "pet record", "vet message", "person messages",
                  "read as animal", "answered", "emergency"]
