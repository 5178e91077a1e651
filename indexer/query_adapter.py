"""A learned linear map on the message's search vector: patients' words moved toward the corpus's.

MiniLM puts "my sugar readings keep climbing after dinner" and MedQuAD's "What are the symptoms
of Diabetes ?" further apart than a librarian would. The adapter is one square matrix ``A``
learned on our own dev messages (``eval/train_adapter.py``): the search vector ``v`` becomes
``normalize(v + v @ A)`` before the question, answer-chunk and topic features are computed. The
index is untouched (the records' vectors stay as the encoder made them), so the adapter can be
switched off (``"adapt": false`` in ``ranker.json``) without a rebuild. It is trained with a
penalty on ``|A|``, so it stays near the identity.

The message vector the emergency and clinic-request classifiers read is never adapted: they were
trained on the encoder's own vectors.

What it learned holds for the encoder whose vectors it was trained on (``model_fingerprint``) and
for a corpus written like the one it was trained on: it is used only on an index whose records
mostly come from the sources it knows (:meth:`QueryAdapter.applies`), as the reranker is. The
file is JSON (:mod:`indexer.model_files`) with the matrix as base64 float32 and its SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .model_files import knows_sources, read_model_file, write_model_file

ADAPTER_FILE = Path(__file__).with_name("query_adapter.json")
FORMAT = 1
#: The adapter is used on an index only when at least this share of its records come from a
#: source it was trained on.
MIN_KNOWN_SOURCES = 0.9


class AdapterError(ValueError):
    """The adapter file is unreadable or inconsistent (names the file and the problem)."""


@dataclass(frozen=True)
class QueryAdapter:
    #: (dim, dim) float32: a search vector v becomes normalize(v + v @ matrix).
    matrix: np.ndarray
    model_name: str
    model_fingerprint: str
    #: The record sources of the corpus it was trained on (see :meth:`applies`).
    sources: tuple[str, ...]
    provenance: str = ""

    def __post_init__(self) -> None:
        m = np.asarray(self.matrix, dtype=np.float32)
        if m.ndim != 2 or m.shape[0] != m.shape[1] or not m.shape[0]:
            raise AdapterError(f"the matrix must be square and non-empty, got shape {m.shape}")
        if not np.all(np.isfinite(m)):
            raise AdapterError("the matrix has a value that is not finite")
        object.__setattr__(self, "matrix", np.ascontiguousarray(m))
        object.__setattr__(self, "sources", tuple(self.sources))

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[0])

    def fits(self, fingerprint: str, dim: int) -> bool:
        """Whether it can map vectors of the encoder with these weights and dimension."""
        return fingerprint == self.model_fingerprint and dim == self.dim

    def applies(self, sources: Sequence[str]) -> bool:
        """Whether an index whose records have these sources is one the adapter knows."""
        return knows_sources(self.sources, sources, MIN_KNOWN_SOURCES)

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        """Each row ``v`` mapped to ``normalize(v + v @ matrix)`` (float32)."""
        v = np.asarray(vectors, dtype=np.float32)
        out = v + v @ self.matrix
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    def save(self, path: Path | str | None = None, extra: dict[str, Any] | None = None) -> None:
        raw = self.matrix.astype("<f4").tobytes()
        write_model_file(Path(path or ADAPTER_FILE), {
            "format": FORMAT, "model_name": self.model_name, "model_fingerprint": self.model_fingerprint,
            "sources": list(self.sources), "provenance": self.provenance, **(extra or {}),
            "dim": self.dim, "sha256": hashlib.sha256(raw).hexdigest(),
            "matrix": base64.b64encode(raw).decode("ascii"),
        })

    @classmethod
    def load(cls, path: Path | str | None = None) -> QueryAdapter:
        """Read and check an adapter file.

        Raises:
            AdapterError: unreadable, another format, a matrix of the wrong size or checksum.
        """
        path = Path(path or ADAPTER_FILE)
        data = read_model_file(path, FORMAT, "query adapter", AdapterError)
        dim = data.get("dim")
        if not isinstance(dim, int) or dim <= 0:
            raise AdapterError(f"{path}: dim {dim!r} must be a positive integer")
        try:
            raw = base64.b64decode(str(data.get("matrix", "")), validate=True)
        except ValueError:
            raise AdapterError(f"{path}: the matrix is not base64") from None
        if len(raw) != 4 * dim * dim:
            raise AdapterError(
                f"{path}: the matrix has {len(raw)} bytes, a {dim}x{dim} float32 matrix needs {4 * dim * dim}")
        if hashlib.sha256(raw).hexdigest() != data.get("sha256"):
            raise AdapterError(f"{path}: the matrix does not match its sha256 (the file is damaged)")
        try:
            return cls(np.frombuffer(raw, dtype="<f4").reshape(dim, dim), str(data["model_name"]),
                       str(data["model_fingerprint"]), tuple(str(s) for s in data.get("sources", ())),
                       str(data.get("provenance", "")))
        except KeyError as exc:
            raise AdapterError(f"{path}: missing field {exc}") from None
        except AdapterError as exc:
            raise AdapterError(f"{path}: {exc}") from None
