"""Model files the project writes (the classifiers, the reranker): a JSON object with a ``format``
number, read back with errors that name the file and the problem."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def read_model_file(path: Path, fmt: int, what: str, error: type[Exception]) -> dict[str, Any]:
    """The object in ``path``; raises ``error`` when it is unreadable, not JSON, or not a format ``fmt`` ``what``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (line {exc.lineno}: {exc.msg})" if isinstance(exc, json.JSONDecodeError) else ""
        raise error(f"{path}: cannot read: not JSON{where}") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        found = data.get("format") if isinstance(data, dict) else "?"
        raise error(f"{path}: format {found}, expected a format {fmt} {what} object")
    return data


def write_model_file(path: Path, payload: dict[str, Any]) -> None:
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def knows_sources(known: Iterable[str], sources: Sequence[str], share: float) -> bool:
    """Whether at least ``share`` of ``sources`` (an index's records' sources) are ``known``: what a
    model trained on one corpus (the reranker, the query adapter) asks of the index it is used on."""
    if not sources:
        return False
    names = set(known)
    return sum(s in names for s in sources) >= share * len(sources)
