"""Chunking is a pure function over word-piece offsets."""

from __future__ import annotations

import pytest

from indexer.chunking import chunk_answer, chunk_spans


def offsets_of(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, offs, pos = "", [], 0
    for w in words:
        if text:
            text += " "
            pos += 1
        offs.append((pos, pos + len(w)))
        text += w
        pos += len(w)
    return text, offs


@pytest.mark.parametrize(
    ("n_words", "max_tokens", "overlap", "n_chunks"),
    [(0, 10, 2, 0), (5, 10, 2, 1), (10, 10, 2, 1), (11, 10, 2, 2), (30, 10, 2, 4), (30, 10, 0, 3)],
    ids=["empty", "short", "exact", "one-over", "long", "no-overlap"],
)
def test_chunk_counts(n_words: int, max_tokens: int, overlap: int, n_chunks: int) -> None:
    text, offs = offsets_of([f"w{i}" for i in range(n_words)])
    spans = chunk_spans(text, offs, max_tokens=max_tokens, overlap=overlap)
    assert len(spans) == n_chunks
    if spans:
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        covered = set()
        for start, end in spans:
            covered.update(w for w in text[start:end].split())
        assert covered == set(text.split())  # every word is in some chunk


def test_windows_overlap_and_fit() -> None:
    text, offs = offsets_of([f"w{i}" for i in range(25)])
    spans = chunk_spans(text, offs, max_tokens=10, overlap=3)
    pieces = [text[s:e].split() for s, e in spans]
    assert all(len(p) <= 10 for p in pieces)
    assert pieces[0][-3:] == pieces[1][:3]


def test_prefers_sentence_end() -> None:
    words = ["a"] * 8 + ["."] + ["b"] * 10
    text, offs = offsets_of(words)
    spans = chunk_spans(text, offs, max_tokens=10, overlap=0)
    assert text[spans[0][0] : spans[0][1]].endswith(".")


@pytest.mark.parametrize(("max_tokens", "overlap"), [(0, 0), (10, 10), (10, -1)],
                         ids=["zero", "overlap-too-big", "negative"])
def test_bad_parameters(max_tokens: int, overlap: int) -> None:
    with pytest.raises(ValueError):
        chunk_spans("a b", [(0, 1), (2, 3)], max_tokens=max_tokens, overlap=overlap)


def test_real_tokenizer_long_answer_fits_model_window_and_is_covered(encoder) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(f"Sentence number {i} talks about pneumonoultramicroscopic things." for i in range(120))
    assert encoder.count_tokens(text) > 1500  # counting must not stop at the model's window
    spans = chunk_answer(text, encoder.splitter)
    assert len(spans) > 8
    assert spans[-1][1] == len(text)  # the end of a long answer is indexed too
    for start, end in spans:
        assert encoder.count_tokens(text[start:end]) <= 254


def test_builder_indexes_the_end_of_long_answers(make_index, encoder) -> None:  # type: ignore[no-untyped-def]
    from corpus import QARecord
    from indexer import Searcher

    filler = " ".join(f"General sentence {i} about living well with a long-term condition." for i in range(80))
    tail = "Zinc lozenges taken at the first sign of a sore throat may shorten it."
    records = [
        QARecord(id="long", question="What helps a long illness?", answer=filler + " " + tail),
        QARecord(id="other", question="What is a cold?", answer="A cold is a viral infection of the nose."),
    ]
    searcher = Searcher.load(make_index(records), encoder)
    assert searcher.manifest.counts["chunk_vectors"] > 5
    assert searcher.search("do zinc lozenges shorten a sore throat", 1).matches[0].record.id == "long"
