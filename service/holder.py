"""Holds the live Searcher of one worker and swaps it on reload without ever mutating it.

A reload loads and verifies the new artifact *outside* the lock, then swaps one reference, so
requests in flight finish on the old index and no request ever sees a half-loaded one. If the
new artifact is bad, the old one keeps serving and the error is reported in /readyz and metrics.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from indexer import artifacts
from indexer.encoder import Encoder, load_encoder
from indexer.errors import IndexerError
from indexer.ranking import RankerConfig
from indexer.search import Searcher

from .settings import Settings

LOG = logging.getLogger(__name__)


@dataclass
class ReloadStats:
    reloads: int = 0
    failures: int = 0
    last_error: str = ""
    last_attempt: float = 0.0


class IndexHolder:
    def __init__(self, settings: Settings, encoder: Encoder | None = None) -> None:
        self.settings = settings
        self.root = Path(settings.index_root)
        self._encoder = encoder
        self._searcher: Searcher | None = None
        self._lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self.stats = ReloadStats()
        self._seen_pointer: tuple[str, float] | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    # Encoders are loaded once per process and moved from one Searcher to the next.
    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            s = self.settings
            self._encoder = load_encoder(s.encoder_backend, s.model_path or None, s.onnx_dir or None,
                                         threads=s.encoder_threads, precision=s.query_precision)
        return self._encoder

    def current(self) -> Searcher | None:
        return self._searcher

    def ranker(self) -> RankerConfig:
        ranker = RankerConfig.load()
        if self.settings.confidence_threshold >= 0:
            from dataclasses import replace

            ranker = replace(ranker, threshold=self.settings.confidence_threshold,
                             provenance=ranker.provenance + "; threshold set by configuration")
        return ranker

    def reload(self) -> bool:
        """Load the version CURRENT names; keep the old one on any failure. True if swapped."""
        with self._reload_lock:
            self.stats.last_attempt = time.time()
            pointer = self._pointer()
            try:
                new = Searcher.load(self.root, self.encoder, ranker=self.ranker(),
                                    checksums=self.settings.verify_checksums)
            except Exception as exc:  # any failure, even an unforeseen one, must leave the old index serving
                expected = isinstance(exc, (IndexerError, OSError))
                self.stats.failures += 1
                self.stats.last_error = str(exc) if expected else f"{type(exc).__name__}: {exc}"
                self._seen_pointer = pointer  # don't retry the same bad version in a loop
                LOG.error("index reload failed, still serving %s: %s", self.version or "nothing", self.stats.last_error,
                          exc_info=not expected)
                return False
            with self._lock:
                old, self._searcher = self._searcher, new
            self._seen_pointer = pointer
            self.stats.reloads += 1
            self.stats.last_error = ""
            LOG.info("serving index %s (was %s); query adapter %s", new.version, old.version if old else "none",
                     "on" if new.ranker.adapt and new.adapter is not None else "off")
            return True

    @property
    def version(self) -> str:
        searcher = self._searcher
        return searcher.version if searcher else ""

    def _pointer(self) -> tuple[str, float] | None:
        path = self.root / artifacts.CURRENT
        try:
            return path.read_text().strip(), path.stat().st_mtime
        except OSError:
            return None

    def poll(self) -> bool:
        """Reload if CURRENT changed since the last attempt."""
        pointer = self._pointer()
        if pointer is not None and pointer != self._seen_pointer:
            return self.reload()
        return False

    def start_watching(self) -> None:
        """Poll CURRENT in a daemon thread (one per worker process)."""
        interval = self.settings.reload_poll_seconds
        if interval <= 0 or self._watcher is not None:
            return

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.poll()
                except Exception:  # pragma: no cover - a watcher must never die
                    LOG.exception("index watcher error")

        self._watcher = threading.Thread(target=loop, name="medmatch-index-watcher", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
