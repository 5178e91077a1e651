"""Corpus errors and the load report that names every bad row by file and line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class CorpusError(Exception):
    """An input that cannot be read at all (missing file, not UTF-8, not XML...)."""

    def __init__(self, path: str, reason: str, where: str = "") -> None:
        self.path = path
        self.where = where
        self.reason = reason
        location = f"{path}:{where}" if where else path
        super().__init__(f"{location}: {reason}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about one row: ``where`` is e.g. ``line 12``, ``row 7`` or ``QAPair pid=3``."""

    path: str
    where: str
    message: str
    severity: str = "error"  # "error" stops a build; "warning" and "info" do not
    #: The id of a row that did not load, when the row named one (so a diff does not call it "removed").
    record_id: str = ""

    def __str__(self) -> str:
        location = f"{self.path}:{self.where}" if self.where else self.path
        return f"{self.severity}: {location}: {self.message}"


@dataclass
class LoadReport:
    """What happened while loading: counts and every problem, in input order."""

    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, path: str, where: str, message: str, severity: str = "error", record_id: str = "") -> None:
        self.problems.append(Problem(str(path), where, message, severity, record_id))
        self.counts[f"{severity}s"] += 1

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self) -> str:
        parts = [f"{name}={value}" for name, value in sorted(self.counts.items()) if value]
        return ", ".join(parts) or "nothing loaded"
