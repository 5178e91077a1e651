"""What reading lay words costs a search: the graded dev messages that contain a listed phrase, searched
with and without ``RankerConfig.lay_terms`` (in turns, twice), and the phrase lookup alone on every message.

    python -m bench.lay_words     # on the make-eval index (var/index/eval), one thread, int8 query graph
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

from eval import data, indexes
from indexer import load_encoder
from indexer.search import Searcher


def _ms(fn, items) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    encoder = load_encoder("auto", threads=1)
    searcher = Searcher.load(data.repo_path(indexes.EVAL_ROOT), encoder).with_encoder(
        indexes.query_encoder(encoder, "int8"))
    texts = [m.text for m in data.load_graded_messages()]
    rankers = {"off": replace(searcher.ranker, lay_terms=False), "on": replace(searcher.ranker, lay_terms=True)}
    with_phrase = [t for t in texts if searcher.prepare(t, rankers["on"]).read_as]
    print(f"{len(with_phrase)} of {len(texts)} graded messages contain a lay phrase the index reads")
    for text in with_phrase[:10]:  # warm up
        for ranker in rankers.values():
            searcher.search(text, with_related=False, ranker=ranker)
    for turn in (1, 2):
        for name, ranker in rankers.items():
            ms = _ms(lambda t, r=ranker: searcher.search(t, with_related=False, ranker=r), with_phrase)
            print(f"turn {turn}, lay words {name}: p50 {statistics.median(ms):.1f} ms, "
                  f"p90 {statistics.quantiles(ms, n=10)[-1]:.1f} ms")
    lookup = _ms(searcher.lay_terms.expand, texts)
    print(f"phrase lookup alone, every message: mean {statistics.mean(lookup):.3f} ms")


if __name__ == "__main__":
    main()
