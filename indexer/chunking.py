"""Split answers into overlapping windows that fit the encoder (counted in word pieces)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class _Encoding(Protocol):
    offsets: list[tuple[int, int]]


class _Tokenizer(Protocol):
    def encode(self, text: str, add_special_tokens: bool = ...) -> _Encoding: ...

    def encode_batch(self, texts: list[str], add_special_tokens: bool = ...) -> list[_Encoding]: ...


@dataclass(frozen=True, slots=True)
class Chunk:
    """A slice ``answer[start:end]`` of one record's answer."""

    record: int  # row of the record in the artifact's records.jsonl
    start: int
    end: int


def chunk_spans(
    text: str, offsets: Sequence[tuple[int, int]], *, max_tokens: int, overlap: int
) -> list[tuple[int, int]]:
    """Character spans of windows of at most ``max_tokens`` word pieces, ``overlap`` shared.

    ``offsets`` are the word pieces' character offsets (no special tokens). A window prefers to
    end at a sentence boundary inside its last quarter so chunks read as whole sentences.
    """
    if max_tokens <= 0 or not 0 <= overlap < max_tokens:
        raise ValueError("need max_tokens > 0 and 0 <= overlap < max_tokens")
    n = len(offsets)
    if n == 0:
        return [(0, len(text))] if text.strip() else []
    if n <= max_tokens:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    first = 0
    while first < n:
        last = min(first + max_tokens, n)  # exclusive, in tokens
        if last < n:
            floor = first + (3 * max_tokens) // 4
            for t in range(last - 1, floor, -1):
                if text[offsets[t][0] : offsets[t][1]] in {".", "?", "!"}:
                    last = t + 1
                    break
        spans.append((offsets[first][0], offsets[last - 1][1]))
        if last >= n:
            break
        first = max(last - overlap, first + 1)
    return spans


def chunk_answer(text: str, tokenizer: _Tokenizer, *, max_tokens: int = 254,
                 overlap: int = 48) -> list[tuple[int, int]]:
    """Spans of ``text`` for embedding. 254 = the model's 256 window less [CLS] and [SEP].

    ``tokenizer`` must not truncate: a truncated encoding would silently drop the end of long
    answers from the index.
    """
    encoding = tokenizer.encode(text, add_special_tokens=False)
    return chunk_spans(text, encoding.offsets, max_tokens=max_tokens, overlap=overlap)


def chunk_answers(
    texts: list[str], tokenizer: _Tokenizer, *, max_tokens: int = 254, overlap: int = 48
) -> list[list[tuple[int, int]]]:
    """``chunk_answer`` for many texts, tokenised in one parallel batch."""
    encodings = tokenizer.encode_batch(texts, add_special_tokens=False)
    return [chunk_spans(t, e.offsets, max_tokens=max_tokens, overlap=overlap)
            for t, e in zip(texts, encodings, strict=True)]
