"""Offline evaluation of the triage rules on a labelled JSONL dev set.

Each line: ``{"id": str, "text": str, "emergency": bool, "category": str | null}``.
Run ``python -m safety.evaluation [path]`` to print the metrics as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from safety.triage import Triage

DEFAULT_DEV_PATH = Path(__file__).resolve().parent.parent / "eval" / "emergency_dev.jsonl"


def load_cases(dev_path: str | Path) -> list[dict[str, Any]]:
    """Read the labelled cases, skipping blank lines."""
    lines = Path(dev_path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _ratio(numerator: int, denominator: int) -> float:
    """Safe division (0.0 when there is nothing to divide)."""
    return numerator / denominator if denominator else 0.0


def evaluate(
    dev_path: str | Path = DEFAULT_DEV_PATH,
    triage: Triage | None = None,
    vector_of: Callable[[str], np.ndarray] | None = None,
) -> dict[str, Any]:
    """Score triage on the dev set.

    With ``vector_of`` (a message's vector, as the service computes it) and a triage that has a
    classifier, a message the rules let through is given to the classifier, as in the service;
    ``by_classifier`` counts the emergencies only it caught and ``classifier_false_alarms`` the
    false alarms that were its own. Returns recall (emergencies detected, any category),
    category_recall (detected with the expected category; the classifier's category
    ``possible_emergency`` counts as detected, not as the right category), false_alarm_rate,
    counts, and the ids of misses, wrong categories and false alarms.
    """
    triage = triage or Triage()
    by_classifier = classifier_false_alarms = 0
    misses: list[str] = []
    wrong: list[dict[str, str]] = []
    false_alarms: list[dict[str, str]] = []
    positives = negatives = uncategorised = uncategorised_detected = 0
    for case in load_cases(dev_path):
        result = triage.check(case["text"])
        if result is None and vector_of is not None and triage.classifier is not None:
            if triage.classifier.applies(case["text"]):
                result = triage.check_vector(vector_of(case["text"]), case["text"])
                if result is not None:
                    by_classifier += case["emergency"]
                    classifier_false_alarms += not case["emergency"]
        if case["emergency"]:
            positives += 1
            if case.get("category") is None:
                # a writer's set labelled emergency or not, without a kind: its recall counts, its kind not
                uncategorised += 1
                uncategorised_detected += result is not None
            if result is None:
                misses.append(case["id"])
            elif case.get("category") is not None and result.category != case["category"]:
                wrong.append(
                    {
                        "id": case["id"],
                        "expected": case["category"],
                        "got": result.category,
                        "rule": result.rule,
                    }
                )
        else:
            negatives += 1
            if result is not None:
                false_alarms.append({"id": case["id"], "got": result.category, "rule": result.rule})
    detected = positives - len(misses)
    return {
        "cases": positives + negatives,
        "emergencies": positives,
        "non_emergencies": negatives,
        "detected": detected,
        "recall": _ratio(detected, positives),
        "category_recall": _ratio(detected - uncategorised_detected - len(wrong), positives - uncategorised),
        "categorised": positives - uncategorised,
        "false_alarms": len(false_alarms),
        "false_alarm_rate": _ratio(len(false_alarms), negatives),
        "by_classifier": by_classifier,
        "classifier_false_alarms": classifier_false_alarms,
        "misses": misses,
        "wrong_category": wrong,
        "false_alarm_cases": false_alarms,
    }


def main(argv: list[str] | None = None) -> int:
    """CLI: print metrics for the given (or default) dev set as JSON."""
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(evaluate(args[0] if args else DEFAULT_DEV_PATH), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
