"""The eval row "medmatch as served" (eval.systems.ServedSystem) gives what the HTTP API gives, so
that ``python -m eval.run --url`` reproduces a row of ``make eval`` rather than a different number."""

from __future__ import annotations

import pytest

from eval.render import _target_line
from eval.report import SERVED_ROW
from eval.systems import SearcherSystem, ServedSystem

MESSAGES = [
    "why does my lower back hurt after lifting boxes all day",  # an ordinary question
    "My dad's face is drooping on one side and he can't lift his arm",  # routed to the emergency message
    "can you refill my metformin prescription before friday",  # a clinic request
    "what is the best lasagna recipe",  # nothing in the corpus
]


@pytest.mark.parametrize("message", MESSAGES)
def test_served_row_returns_what_the_api_returns(searcher, client, message: str) -> None:  # type: ignore[no-untyped-def]
    served = ServedSystem(searcher).ask(message, 10)
    body = client.post("/v1/ask", json={"question": message, "top_k": 10}).get_json()
    assert served.status == body["status"]
    assert [r.id for r in served.records] == [m["id"] for m in body["matches"]]
    assert served.answered == (body["status"] == "answered")


def test_served_row_differs_from_the_searcher_only_where_the_service_routes_the_message(searcher) -> None:  # type: ignore[no-untyped-def]
    served = ServedSystem(searcher)
    plain = SearcherSystem("shipped", "", searcher, searcher.ranker)
    statuses = {}
    for message in MESSAGES:
        s, p = served.ask(message, 10), plain.ask(message, 10)
        statuses[message] = s.status
        if s.status in {"answered", "no_match"} and s.records:
            assert [r.id for r in s.records] == [r.id for r in p.records]
        else:
            assert p.records, "the Searcher alone still ranks a routed message"
    assert statuses[MESSAGES[1]] == "emergency"
    assert not served.ask(MESSAGES[1], 10).records


def test_target_line_names_the_shipped_row_and_reports_the_served_figures() -> None:
    shipped = {"avgScore": 1.5, "MRR@10": 0.8}
    summary = {
        "shipped": "shipped",
        "liveqa": {"eval": {"original": [("naive", {"avgScore": 1.0, "MRR@10": 0.6}), ("shipped", shipped),
                                         (SERVED_ROW, {"avgScore": 1.4, "MRR@10": 0.7})]}},
    }
    line = _target_line(summary)
    assert line.startswith("Target (original messages, shipped): avgScore 1.500 >= 1.45; MRR@10 0.800 >= 0.78 -> MET")
    assert "avgScore 1.400, MRR@10 0.700" in line
    # Without the shipped name (older summaries) the last row is the shipped one.
    del summary["shipped"]
    assert "Target (original messages, medmatch as served" in _target_line(summary)
