"""Embedding cache keyed by (model fingerprint, text hash): rebuilds embed only new text."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

LOG = logging.getLogger(__name__)


def _unique() -> str:
    return f"{os.getpid()}-{os.urandom(4).hex()}"


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _unknown(texts: Sequence[str], known: Mapping[str, Any]) -> tuple[list[str], dict[str, str]]:
    """The key of every text, and the texts whose key is not in ``known`` (each once, by key)."""
    keys = [text_key(t) for t in texts]
    missing: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key not in known and key not in missing:
            missing[key] = text
    return keys, missing


class EmbeddingCache:
    """One folder per model fingerprint: ``keys.json`` (text hashes) + ``vectors.npy`` (rows).

    The files are replaced atomically on save, so a crashed build leaves the old cache intact.
    """

    def __init__(self, root: Path | None, fingerprint: str, dim: int) -> None:
        self.dir = Path(root) / fingerprint if root else None
        self.dim = dim
        self._rows: dict[str, int] = {}
        self._vectors = np.zeros((0, dim), dtype=np.float32)
        self.hits = 0
        self.misses = 0
        self._memos: dict[str, TextMemo] = {}
        if self.dir and (self.dir / "keys.json").is_file():
            try:
                keys = json.loads((self.dir / "keys.json").read_text())
                vectors = np.load(self.dir / "vectors.npy")
                if vectors.shape != (len(keys), dim):
                    raise ValueError(f"shape {vectors.shape} does not match {len(keys)} keys")
                self._rows = {k: i for i, k in enumerate(keys)}
                self._vectors = vectors
            except (ValueError, OSError) as exc:
                LOG.warning("ignoring unreadable embedding cache %s: %s", self.dir, exc)

    def embed(
        self, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]
    ) -> np.ndarray:
        """Vectors for ``texts``; only texts not cached are passed to ``encode`` (deduplicated)."""
        keys, missing = _unknown(texts, self._rows)
        self.misses += len(missing)
        self.hits += len(texts) - sum(1 for k in keys if k in missing)
        if missing:
            fresh = encode(list(missing.values()))
            base = len(self._vectors)
            self._vectors = np.concatenate([self._vectors, fresh.astype(np.float32)])
            for i, key in enumerate(missing):
                self._rows[key] = base + i
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.ascontiguousarray(self._vectors[[self._rows[k] for k in keys]])

    def has_missing(self, texts: Sequence[str]) -> bool:
        """Whether ``embed`` would have to encode any of ``texts``."""
        return any(text_key(t) not in self._rows for t in texts)

    def memo(self, name: str) -> TextMemo:
        """A :class:`TextMemo` stored beside the vectors (same model, so same tokenizer)."""
        if name not in self._memos:
            self._memos[name] = TextMemo(self.dir / f"{name}.json" if self.dir else None)
        return self._memos[name]

    def save(self, keep: Sequence[str] | None = None) -> None:
        """Write the cache; with ``keep`` (texts), only those vectors are kept.

        Entries another build saved since this cache was loaded are merged in, not lost (two
        builds of different corpora may share one cache folder).
        """
        if not self.dir:
            return
        for memo in self._memos.values():
            memo.save()
        if keep is None and not self.misses:
            return  # nothing new to write
        if keep is None:
            self._merge_from_disk()
        rows = self._rows
        vectors = self._vectors
        if keep is not None:
            wanted = list(dict.fromkeys(text_key(t) for t in keep))
            wanted = [k for k in wanted if k in rows]
            vectors = vectors[[rows[k] for k in wanted]] if wanted else vectors[:0]
            rows = {k: i for i, k in enumerate(wanted)}
        self.dir.mkdir(parents=True, exist_ok=True)
        # Unique temporary names: two builds of different indexes may save into one cache folder.
        tmp_vec = self.dir / f"vectors.{_unique()}.tmp.npy"
        tmp_keys = self.dir / f"keys.{_unique()}.tmp.json"
        np.save(tmp_vec, vectors)
        tmp_keys.write_text(json.dumps(list(rows)))
        os.replace(tmp_vec, self.dir / "vectors.npy")
        os.replace(tmp_keys, self.dir / "keys.json")

    def _merge_from_disk(self) -> None:
        assert self.dir is not None
        try:
            keys = json.loads((self.dir / "keys.json").read_text())
            vectors = np.load(self.dir / "vectors.npy", mmap_mode="r")
        except (OSError, ValueError):
            return
        if vectors.shape != (len(keys), self.dim):
            return
        extra = [i for i, k in enumerate(keys) if k not in self._rows]
        if extra:
            base = len(self._vectors)
            self._vectors = np.concatenate([self._vectors, np.asarray(vectors[extra], dtype=np.float32)])
            for j, i in enumerate(extra):
                self._rows[keys[i]] = base + j


class TextMemo:
    """Derived data per text (chunk spans, BM25 tokens), keyed by text hash and saved as one
    JSON file: a rebuild recomputes it only for new or changed texts. The name of the file must
    change whenever the computation does (settings, analyzer version)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        self._dirty = False
        self._loaded_stamp: tuple[int, int] | None = None  # (mtime_ns, size) of what was read
        if path and path.is_file():
            try:
                stamp = _stamp(path)
                data = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("not a JSON object")
                self._data = data
                self._loaded_stamp = stamp
            except (ValueError, OSError) as exc:
                LOG.warning("ignoring unreadable cache file %s: %s", path, exc)

    def map(self, texts: Sequence[str], compute: Callable[[list[str]], Sequence[Any]]) -> list[Any]:
        """The value for each text; ``compute`` runs once, on the texts not memoised yet."""
        keys, missing = _unknown(texts, self._data)
        if missing:
            values = compute(list(missing.values()))
            for key, value in zip(missing, values, strict=True):
                self._data[key] = value
            self._dirty = True
        return [self._data[k] for k in keys]

    def save(self) -> None:
        """Write atomically, merging entries another build saved meanwhile."""
        if not self.path or not self._dirty:
            return
        # Merge what another build saved meanwhile; the file this memo was read from holds
        # nothing new (re-reading the BM25 token memo, ~40 MB of JSON, took ~0.4 s per rebuild).
        unchanged = self._loaded_stamp is not None and self.path.is_file() and _stamp(self.path) == self._loaded_stamp
        if not unchanged:
            try:
                on_disk = json.loads(self.path.read_text(encoding="utf-8")) if self.path.is_file() else {}
            except (ValueError, OSError):
                on_disk = {}
            if isinstance(on_disk, dict):
                self._data = {**on_disk, **self._data}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.stem}.{_unique()}.tmp")
        tmp.write_text(json.dumps(self._data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.path)
        self._dirty = False
        self._loaded_stamp = _stamp(self.path)


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size
