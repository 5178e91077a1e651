"""The lazy record store: parsed by offset, a bounded cache, the same content after eviction."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import QARecord
from indexer import artifacts, records_store
from indexer.records_store import RecordStore


def test_records_round_trip_and_cache_stays_bounded(
    index_root: Path, tiny_records: list[QARecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_store, "CACHE_RECORDS", 3)
    store = RecordStore(artifacts.resolve_current(index_root))
    by_id = {r.id: r for r in tiny_records}
    first = [store[row] for row in range(len(store))]
    assert len(store._cache) == 3  # never more than CACHE_RECORDS parsed records held
    assert [r.id for r in first] == store.ids
    for row, record in enumerate(first):
        assert record == by_id[record.id]
        assert store[row] == record  # parsed again after eviction: equal content
    hot, _, _ = store[0], store[1], store[2]
    assert store[0] is hot  # a hit makes row 0 the most recently used ...
    store[3]  # ... so the new row evicts row 1, the least recently used
    assert set(store._cache) == {2, 0, 3} and store[0] is hot
    with pytest.raises(IndexError):
        store[len(store)]
    store.close()


def test_sources_are_read_and_an_older_artifact_without_them_still_loads(
    index_root: Path, tiny_records: list[QARecord], tmp_path: Path
) -> None:
    import json
    import shutil

    folder = artifacts.resolve_current(index_root)
    assert RecordStore(folder).sources == [r.source for r in tiny_records]
    # An artifact written before 2026-12-04 has no "source" list in its start-up metadata.
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    meta_path = old / records_store.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    del meta["source"]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    store = RecordStore(old)
    assert store.sources == [""] * len(tiny_records) and store[0] == RecordStore(folder)[0]
