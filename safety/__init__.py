"""Safety checks that run before any search: deterministic emergency triage.

Public API::

    from safety import Triage, contacts_for
    emergency = Triage(contacts_for("GB")).check(question)
    if emergency is not None:
        ...  # show emergency.message instead of searching; log emergency.rule
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from safety.patterns import CATEGORIES
from safety.triage import PRESETS, Emergency, EmergencyContacts, Triage, contacts_for

if TYPE_CHECKING:
    from safety.evaluation import evaluate

__all__ = [
    "CATEGORIES",
    "PRESETS",
    "Emergency",
    "EmergencyContacts",
    "Triage",
    "contacts_for",
    "evaluate",
]


def __getattr__(name: str) -> Any:
    """Import ``evaluate`` lazily so ``python -m safety.evaluation`` runs cleanly."""
    if name == "evaluate":
        from safety.evaluation import evaluate

        return evaluate
    raise AttributeError(f"module 'safety' has no attribute {name!r}")
