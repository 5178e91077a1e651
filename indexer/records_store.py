"""Records of an artifact, read lazily.

Only the few fields the ranker needs on every query (id, question, focus, qtype, a hash of the
answer) are loaded at start-up, from ``record_meta.json``; a full record (with its answer text)
is parsed from ``records.jsonl`` when it is needed, by byte offset (``pread``, so the file's pages
stay in the shared page cache, not in each worker), and the most recently used ones are kept.
This keeps worker start-up fast and a worker's memory flat however long it runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from corpus import QARecord, record_from_dict

META_FILE = "record_meta.json"
OFFSETS_FILE = "record_offsets.npy"
RECORDS_FILE = "records.jsonl"
#: Parsed records kept per store: a query touches ~10 (5 matches + 5 related), and 2,048 records
#: of MedQuAD are ~6 MB of Python objects; all 18k would be ~60 MB in every worker.
CACHE_RECORDS = 2048


def answer_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def write_records(folder: Path, records: Sequence[QARecord]) -> None:
    """Write records.jsonl plus the offsets and the start-up metadata beside it."""
    offsets = [0]
    meta: dict[str, list[Any]] = {
        "id": [], "question": [], "focus": [], "qtype": [], "source": [], "answer_key": [], "answerless": []
    }
    with (folder / RECORDS_FILE).open("wb") as handle:
        for record in records:
            line = (json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
            handle.write(line)
            offsets.append(offsets[-1] + len(line))
            meta["id"].append(record.id)
            meta["question"].append(record.question)
            meta["focus"].append(record.focus)
            meta["qtype"].append(record.qtype)
            meta["source"].append(record.source)
            meta["answer_key"].append(answer_key(record.answer))
            meta["answerless"].append(record.answerless)
    np.save(folder / OFFSETS_FILE, np.asarray(offsets, dtype=np.int64))
    (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False))


class RecordStore:
    """A read-only, list-like view of an artifact's records (``store[row]``, ``len``, iteration).

    The most recently used parsed records are kept (``CACHE_RECORDS``); a row may be parsed again
    after it was evicted, so compare records by value or id, not identity.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / RECORDS_FILE
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        self.ids: list[str] = meta["id"]
        self.questions: list[str] = meta["question"]
        self.focus: list[str] = meta["focus"]
        self.qtypes: list[str] = meta["qtype"]
        self.answer_keys: list[str] = meta["answer_key"]
        self.answerless: list[bool] = meta["answerless"]
        #: Each record's source (publisher); artifacts written before 2026-12-04 lack it (all "").
        self.sources: list[str] = meta.get("source") or [""] * len(self.ids)
        self._offsets = np.load(folder / OFFSETS_FILE)
        lengths = {len(v) for v in (self.ids, self.questions, self.focus, self.qtypes, self.sources, self.answer_keys)}
        if lengths != {len(self._offsets) - 1}:
            raise ValueError(f"record metadata ({lengths}) and offsets ({len(self._offsets) - 1}) disagree")
        size = self.path.stat().st_size
        if int(self._offsets[-1]) != size:
            raise ValueError(f"records.jsonl is {size} bytes, offsets say {int(self._offsets[-1])}")
        self._fd: int | None = None
        self._cache: OrderedDict[int, QARecord] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, row: int) -> QARecord:
        with self._lock:
            record = self._cache.get(row)
            if record is not None:
                self._cache.move_to_end(row)
                return record
        if not 0 <= row < len(self.ids):
            raise IndexError(row)
        if self._fd is None:
            with self._lock:
                if self._fd is None:
                    self._fd = os.open(self.path, os.O_RDONLY)
        start, end = int(self._offsets[row]), int(self._offsets[row + 1])
        record = record_from_dict(json.loads(os.pread(self._fd, end - start, start)))
        with self._lock:
            self._cache[row] = record
            if len(self._cache) > CACHE_RECORDS:
                self._cache.popitem(last=False)
        return record

    def __iter__(self) -> Iterator[QARecord]:
        for row in range(len(self)):
            yield self[row]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            self.close()
        except Exception:
            pass
