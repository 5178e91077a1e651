"""Indexer and search errors. None of them knows about HTTP."""

from __future__ import annotations


class IndexerError(Exception):
    """Base class for every error the indexer reports to a user."""


class EncoderError(IndexerError):
    """The embedding model cannot be found or loaded."""


class ArtifactError(IndexerError):
    """An index artifact is missing, corrupt, truncated or inconsistent."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EncoderMismatch(ArtifactError):
    """The artifact was built with another model or dimension than the loaded encoder."""


class BuildError(IndexerError):
    """A build could not finish; the previously published index is untouched."""
