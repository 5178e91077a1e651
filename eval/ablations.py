"""THE list of ablation rows of ``make eval``: edit ``ROWS`` to add, remove or change a row.

Each row is ``Ablation(name, description, spec)``; ``spec`` is either

* a :class:`RankerConfig`: ``searcher.search(question, top_k, with_related=False, ranker=spec)``, or
* a function ``(searcher, question, top_k) -> SearchResult`` for anything a config cannot say.

Rows run in order after the two fixed baselines (``eval.systems.DenseKNN`` and ``BM25QA``),
against whatever ``indexer.search.Searcher`` does now. ``--rows NAME,...`` picks rows by name
(case-insensitive). Names must not contain commas. The LAST row is the shipped configuration:
abstention, the dev-set report and the related-questions check use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.ranking import RankerConfig

from .systems import SearchFn


@dataclass(frozen=True)
class Ablation:
    name: str
    description: str
    spec: RankerConfig | SearchFn


ROWS: list[Ablation] = [
    Ablation(
        "dense questions only",
        "qsim only: best cosine to the record's question or its focus-synonym phrasings",
        RankerConfig(weights={"qsim": 1.0}),
    ),
    Ablation(
        "dense q+alt+chunks",
        "qsim + 0.5 csim (best cosine to an answer chunk)",
        RankerConfig(weights={"qsim": 1.0, "csim": 0.5}),
    ),
    Ablation(
        "hybrid + BM25",
        "built-in RankerConfig() defaults: qsim + 0.5 csim + 0.3 bm25",
        RankerConfig(),
    ),
    Ablation(
        "medmatch (shipped ranker.json)",
        "RankerConfig.load(): indexer/ranker.json as shipped (built-in defaults if absent)",
        RankerConfig.load(),
    ),
]
