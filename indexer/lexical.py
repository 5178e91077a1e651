"""BM25 over each record's question, alternative phrasings, focus and answer (bm25s + Snowball).

bm25s builds the index (its per-term scores, precomputed, in CSC arrays); queries sum those
arrays with numpy (:class:`Postings`), so a serving worker never imports bm25s and the SciPy it
pulls in (~300 modules, ~11 MB of code objects per worker, and 0.3 s of start-up).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

LOG = logging.getLogger(__name__)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Function words plus MedQuAD's template words ("what is (are)", "information about"), which
# carry no topic and would otherwise match every templated question.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
    herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
    most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too under until up very
    was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's
    whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
    also get got just like im ive dont really know want please thank thanks hi hello dear doctor sir madam
    information""".split()
)


#: Bump whenever Analyzer's output changes: cached BM25 tokens are keyed by it.
ANALYZER_VERSION = 1


class Analyzer:
    """Lowercase, split into words, drop stopwords, Snowball-stem (PyStemmer)."""

    def __init__(self) -> None:
        import Stemmer

        self._stem = Stemmer.Stemmer("english").stemWords

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
        return self._stem(words) if words else []


_ANALYZER: Analyzer | None = None


def analyze_document(text: str) -> list[str]:
    """The BM25 tokens of one document (one shared Analyzer)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer()
    return _ANALYZER(text)


#: bm25s methods whose scores are entirely in the saved arrays (bm25l and bm25+ add a
#: per-document "non-occurrence" term at query time).
_SUMMED_METHODS = frozenset({"lucene", "robertson", "atire"})


class Postings:
    """A bm25s index read from its saved files: each query term's column of precomputed scores is
    added into a per-document total, in query order (the same float32 sums as bm25s's own)."""

    def __init__(self, folder: Path) -> None:
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") not in _SUMMED_METHODS or params.get("dtype", "float32") != "float32":
            raise ValueError(f"bm25s method {params.get('method')!r} ({params.get('dtype')}) is not summed here")
        self.num_docs = int(params["num_docs"])
        self.vocab: dict[str, int] = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        # Plain ndarray views of the memory maps: slicing an np.memmap runs Python code per slice.
        self.data = np.asarray(np.load(folder / "data.csc.index.npy", mmap_mode="r"))
        self.indices = np.asarray(np.load(folder / "indices.csc.index.npy", mmap_mode="r"))
        self.indptr = np.asarray(np.load(folder / "indptr.csc.index.npy", mmap_mode="r"))
        # bm25s keeps "" (the placeholder of an empty document) in the vocabulary without a column.
        self.columns = len(self.indptr) - 1
        if (self.columns < len(self.vocab) - 1 or len(self.data) != len(self.indices)
                or int(self.indptr[-1]) != len(self.data)):
            raise ValueError(f"{folder}: BM25 arrays disagree with the vocabulary")

    def get_scores(self, tokens: Sequence[str]) -> np.ndarray:
        scores = np.zeros(self.num_docs, dtype=np.float32)
        spans = [
            (int(self.indptr[c]), int(self.indptr[c + 1]))
            for c in (self.vocab.get(term) for term in tokens) if c is not None and c < self.columns
        ]
        if spans:
            np.add.at(scores, np.concatenate([self.indices[a:b] for a, b in spans]),
                      np.concatenate([self.data[a:b] for a, b in spans]))
        return scores


class LexicalIndex:
    """A BM25 index whose document i is record i of the artifact."""

    def __init__(self, retriever: object, analyzer: Analyzer) -> None:
        self._retriever = retriever
        self.analyzer = analyzer

    @classmethod
    def from_tokens(cls, tokens: Sequence[list[str]]) -> LexicalIndex:
        """Index documents already passed through :func:`analyze_document` (cached by the builder)."""
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index([list(t) or [""] for t in tokens], show_progress=False)
        return cls(retriever, Analyzer())

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> LexicalIndex:
        """The saved index, scored by :class:`Postings` (memory-mapped arrays); bm25s itself
        only for a method whose scores are not plain sums."""
        try:
            return cls(Postings(Path(folder)), Analyzer())
        except (ValueError, KeyError, OSError) as exc:
            LOG.debug("%s: loading through bm25s (%s)", folder, exc)
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        retriever = bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False, verbosity=0)
        return cls(retriever, Analyzer())

    def scores(self, query: str | list[str]) -> np.ndarray:
        """BM25 score of every document for the query (an array as long as the corpus)."""
        tokens = self.analyzer(query) if isinstance(query, str) else query
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)  # type: ignore[attr-defined]

    @property
    def size(self) -> int:
        if isinstance(self._retriever, Postings):
            return self._retriever.num_docs
        return int(self._retriever.scores["num_docs"])  # type: ignore[attr-defined]
