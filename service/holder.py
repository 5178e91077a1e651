"""Holds the live Searcher of one worker and swaps it on reload without ever mutating it.

A reload loads and verifies the new artifact *outside* the lock, then swaps one reference, so
requests in flight finish on the old index and no request ever sees a half-loaded one. If the
new artifact is bad, the old one keeps serving and the error is reported in /readyz and metrics.

When nothing is served yet (start-up) and the version CURRENT names cannot be loaded, the worker
serves the newest older version that loads instead (a *fallback*, logged as an error and shown in
/readyz) rather than nothing; CURRENT itself is never rewritten here: a maintainer publishes a good
version, and polling picks it up as usual.
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
from indexer.lay_terms import load_lay_terms
from indexer.ranking import RankerConfig
from indexer.search import Searcher

from .settings import Settings

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fallback:
    """Why this worker serves another version than the one CURRENT names."""

    current: str  # what CURRENT names (as written there)
    reason: str  # why that version cannot be loaded
    serving: str  # the version served instead


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
        self._fallback: Fallback | None = None
        self._lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self.stats = ReloadStats()
        self._seen_pointer: tuple[str, float] | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        #: Read once, when the app is made: a bad file stops the start with its name and line.
        self.lay_terms = load_lay_terms(settings.lay_terms)

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

    def serving(self) -> tuple[Searcher | None, Fallback | None]:
        """The live Searcher and, when it is not the version CURRENT names, why (one consistent pair)."""
        with self._lock:
            return self._searcher, self._fallback

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
                new = self._load(self.root)
            except Exception as exc:  # any failure, even an unforeseen one, must leave the old index serving
                expected = isinstance(exc, _EXPECTED)
                self.stats.failures += 1
                self.stats.last_error = _describe(exc)
                self._seen_pointer = pointer  # don't retry the same bad version in a loop
                if self._searcher is None and pointer is not None:
                    # Nothing to keep serving: rather than serve nothing, serve the last good version.
                    if self._fall_back(pointer[0], self.stats.last_error):
                        return True
                elif self._fallback is not None and pointer is not None:
                    with self._lock:  # still on the fallback; CURRENT now names another bad version
                        self._fallback = Fallback(pointer[0], self.stats.last_error, self._fallback.serving)
                LOG.error("index reload failed, still serving %s: %s", self.version or "nothing", self.stats.last_error,
                          exc_info=not expected)
                return False
            with self._lock:
                old, self._searcher = self._searcher, new
                self._fallback = None
            self._seen_pointer = pointer
            self.stats.reloads += 1
            self.stats.last_error = ""
            LOG.info("serving index %s (was %s); query adapter %s", new.version, old.version if old else "none",
                     "on" if new.ranker.adapt and new.adapter is not None else "off")
            return True

    def _load(self, path: Path) -> Searcher:
        return Searcher.load(path, self.encoder, ranker=self.ranker(), checksums=self.settings.verify_checksums,
                             lay_terms=self.lay_terms)

    def _fall_back(self, current: str, reason: str) -> bool:
        """Serve the newest version older than the one CURRENT names that loads (all checks, as for
        CURRENT). Never a newer one: a version newer than CURRENT was built with --no-publish or
        rolled back from, and nobody chose to serve it; and none when CURRENT names no version at
        all (empty, a path): then nothing says which versions came before. CURRENT is not touched.
        True if one loads."""
        if not artifacts.valid_version_name(current):
            return False
        try:
            versions = [v for v in artifacts.list_versions(self.root) if v < current]
        except OSError:
            versions = []
        for version in reversed(versions):
            try:
                new = self._load(self.root / artifacts.VERSIONS / version)
            except Exception as exc:
                LOG.warning("fallback index %s cannot be loaded either: %s", version, _describe(exc))
                continue
            with self._lock:
                self._searcher, self._fallback = new, Fallback(current, reason, new.version)
            self.stats.reloads += 1
            message = (f"CURRENT names index {current}, which cannot be loaded: {reason}; "
                       f"serving the previous good version {new.version} instead. CURRENT is left as it is: "
                       "publish a good version (`medmatch publish VERSION`) and the workers switch to it")
            LOG.error(message, extra={"payload": {
                "event": "index_fallback", "message": message, "current_version": current,
                "serving_version": new.version, "reason": reason}})
            return True
        if versions:
            LOG.error("no fallback either: none of the %d older version(s) under %s loads", len(versions), self.root)
        return False

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


#: Failures a bad or missing index raises: their message says it all (others get their type too, and a
#: traceback in the log).
_EXPECTED = (IndexerError, OSError)


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, _EXPECTED) else f"{type(exc).__name__}: {exc}"
