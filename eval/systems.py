"""What the evaluation runs: a Searcher with a ranker (ablation rows), two baselines, the HTTP API.

Every system answers ``ask(question, top_k)`` with an :class:`Outcome`: the ranked records, a
confidence, and whether it would answer (``None`` when the system has no abstention).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from corpus import QARecord
from indexer.cache import EmbeddingCache
from indexer.encoder import Encoder
from indexer.ranking import RankerConfig
from indexer.search import Searcher, SearchResult

from .report import SERVED_ROW

SearchFn = Callable[[Searcher, str, int], SearchResult]


@dataclass(frozen=True)
class Outcome:
    records: list[QARecord]
    confidence: float | None = None
    answered: bool | None = None  # the system's own answer/abstain decision
    status: str = ""  # the API status ("answered", "no_match", "emergency") when known
    top_row: int | None = None  # the Searcher row of the first record (related questions)
    qvec: np.ndarray | None = field(default=None, repr=False)


class System(Protocol):
    name: str
    description: str

    def ask(self, question: str, top_k: int) -> Outcome: ...


def _answerable(records: Sequence[QARecord]) -> bool:
    """The service never serves an answerless record as the answer (see indexer.answer)."""
    return bool(records) and not records[0].answerless


class SearcherSystem:
    """One ablation row: the project's Searcher with a RankerConfig or a custom search function."""

    def __init__(self, name: str, description: str, searcher: Searcher, spec: RankerConfig | SearchFn) -> None:
        self.name = name
        self.description = description
        self.searcher = searcher
        self.spec = spec
        self._rows = {r.id: i for i, r in enumerate(searcher.records)}  # ids are unique in an index

    @property
    def ranker(self) -> RankerConfig | None:
        return self.spec if isinstance(self.spec, RankerConfig) else None

    def result(self, question: str, top_k: int) -> SearchResult:
        if isinstance(self.spec, RankerConfig):
            return self.searcher.search(question, top_k, with_related=False, ranker=self.spec)
        return self.spec(self.searcher, question, top_k)

    def ask(self, question: str, top_k: int) -> Outcome:
        result = self.result(question, top_k)
        records = [hit.record for hit in result.matches]
        top_row = self._rows.get(records[0].id) if records else None
        return Outcome(records, result.confidence, bool(result.answered) and _answerable(records), top_row=top_row)


class ServedSystem:
    """The shipped searcher through the service's own decisions (:class:`indexer.answer.Answerer`): the
    emergency triage first, then clinic requests, then the search, with the service's default
    classifiers. What ``POST /v1/ask`` returns, in process: a message routed to the emergency or clinic
    message has no ``matches``, so this row is what ``eval.run --url`` reproduces."""

    name = SERVED_ROW
    description = ("the shipped row after the service's emergency triage and clinic-request check "
                   "(indexer.answer.Answerer, default classifiers): a message routed to the emergency or clinic "
                   "message gets no matches; `python -m eval.run --url` reproduces this row")

    def __init__(self, searcher: Searcher) -> None:
        from indexer.answer import build_answerer

        self.searcher = searcher
        self.answerer = build_answerer()

    def ask(self, question: str, top_k: int) -> Outcome:
        answer = self.answerer.ask(self.searcher, question, top_k)
        records = [hit.record for hit in answer.matches]
        return Outcome(records, answer.confidence, answer.status == "answered", status=answer.status)


class DenseKNN:
    """Baseline: MiniLM + flat FAISS (inner product) over each record's question only.

    No alternative phrasings, no answer text, no ranker: independent of the Searcher.
    """

    name = "naive dense kNN (questions)"
    description = "MiniLM cosine to each record's own question (flat FAISS); no alt phrasings, no answers"

    def __init__(self, records: Sequence[QARecord], encoder: Encoder, cache_dir: Path | None = None) -> None:
        import faiss

        self.records = list(records)
        self.encoder = encoder
        cache = EmbeddingCache(cache_dir, encoder.fingerprint, encoder.dim)
        vectors = cache.embed([r.question for r in self.records], lambda texts: encoder.encode(texts, batch_size=64))
        self.index = faiss.IndexFlatIP(encoder.dim)
        self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def ask(self, question: str, top_k: int) -> Outcome:
        qvec = self.encoder.encode([question], batch_size=1)
        scores, rows = self.index.search(np.ascontiguousarray(qvec, dtype=np.float32), top_k)
        records = [self.records[int(r)] for r in rows[0] if r >= 0]
        return Outcome(records, float(scores[0][0]) if records else None)


class BM25QA:
    """Baseline: BM25 (bm25s, its English stopwords + Snowball stemmer) over question + answer."""

    name = "BM25 q+a"
    description = "bm25s over each record's question + answer text (k1=1.5, b=0.75 defaults)"

    def __init__(self, records: Sequence[QARecord]) -> None:
        import logging

        import bm25s
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.records = list(records)
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25s = bm25s
        tokens = bm25s.tokenize(
            [f"{r.question} {r.answer}" for r in self.records],
            stopwords="en", stemmer=self._stemmer, show_progress=False,
        )
        self.retriever = bm25s.BM25()
        self.retriever.index(tokens, show_progress=False)

    def ask(self, question: str, top_k: int) -> Outcome:
        query = self._bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, return_ids=False,
                                     show_progress=False)[0]
        query = [t for t in query if t in self.retriever.vocab_dict]
        if not query:
            return Outcome([])
        scores = np.asarray(self.retriever.get_scores(query))
        top = np.argsort(-scores, kind="stable")[:top_k]
        top = top[scores[top] > 0]
        return Outcome([self.records[int(i)] for i in top], float(scores[top[0]]) if len(top) else None)


class HttpSystem:
    """The running service: POST {url}/v1/ask with top_k, ids mapped back to corpus records.

    Waits and retries on 429 (the per-client rate limit; start the server with
    ``MEDMATCH_RATE_LIMIT=''`` to evaluate faster).
    """

    description = "the HTTP API (POST /v1/ask, top_k 10)"

    def __init__(self, url: str, records_by_id: dict[str, QARecord], timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.name = f"HTTP API {self.url}"
        self.records_by_id = records_by_id
        self.timeout = timeout
        self.unknown_ids: set[str] = set()

    def _post(self, question: str, top_k: int) -> dict:  # type: ignore[type-arg]
        body = json.dumps({"question": question, "top_k": top_k}).encode()
        for attempt in range(30):
            request = urllib.request.Request(
                f"{self.url}/v1/ask", data=body, headers={"content-type": "application/json"}, method="POST"
            )
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read())
            except urllib.error.HTTPError as exc:
                if exc.code != 429 or attempt == 29:
                    raise
                time.sleep(float(exc.headers.get("Retry-After") or 1.0))
        raise RuntimeError("unreachable")

    def ask(self, question: str, top_k: int) -> Outcome:
        data = self._post(question, top_k)
        records = []
        for match in data.get("matches") or []:
            record = self.records_by_id.get(match.get("id", ""))
            if record is None:
                self.unknown_ids.add(match.get("id", ""))
                # Unknown to the eval corpus: keep a placeholder so the rank still counts (unjudged).
                record = QARecord(id=match.get("id", "?"), question=match.get("question", ""), answer="")
            records.append(record)
        status = data.get("status", "")
        return Outcome(records, data.get("confidence"), status == "answered", status=status)
