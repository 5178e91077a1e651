"""Safety checks that run before any search: deterministic emergency triage."""

from __future__ import annotations

from safety.evaluation import evaluate
from safety.patterns import CATEGORIES
from safety.triage import PRESETS, Emergency, EmergencyContacts, Triage, contacts_for

__all__ = [
    "CATEGORIES",
    "PRESETS",
    "Emergency",
    "EmergencyContacts",
    "Triage",
    "contacts_for",
    "evaluate",
]
