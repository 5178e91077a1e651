"""Safety checks that run before any search: emergency triage (rules, then a classifier).

Public API::

    from safety import Triage, contacts_for
    emergency = Triage(contacts_for("GB")).check(question)
    if emergency is not None:
        ...  # show emergency.message instead of searching; log emergency.rule

    # The learned second check, on the question's vector (indexer.Answerer does this):
    triage = Triage(contacts_for("GB"), load_classifier())
    emergency = triage.check(question) or triage.check_vector(message_vector, question)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from safety.classifier import CLASSIFIER_FILE, ClassifierError, EmergencyClassifier
from safety.patterns import CATEGORIES
from safety.triage import PRESETS, Emergency, EmergencyContacts, Triage, contacts_for

if TYPE_CHECKING:
    from safety.evaluation import evaluate

__all__ = [
    "CATEGORIES",
    "ClassifierError",
    "EmergencyClassifier",
    "PRESETS",
    "Emergency",
    "EmergencyContacts",
    "Triage",
    "contacts_for",
    "evaluate",
    "load_classifier",
]


def load_classifier(setting: str = "bundled") -> EmergencyClassifier | None:
    """The emergency classifier a setting names: ``bundled`` (the file shipped beside this
    package), ``off`` (none: the rules alone), or a path.

    Raises:
        ClassifierError: the file is missing or unreadable (names it).
    """
    value = (setting or "").strip()
    if value.lower() in {"off", "none", "false", "0"}:
        return None
    return EmergencyClassifier.load(CLASSIFIER_FILE if value.lower() in {"", "bundled"} else value)


def __getattr__(name: str) -> Any:
    """Import ``evaluate`` lazily so ``python -m safety.evaluation`` runs cleanly."""
    if name == "evaluate":
        from safety.evaluation import evaluate

        return evaluate
    raise AttributeError(f"module 'safety' has no attribute {name!r}")
