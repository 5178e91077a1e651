"""Build, publish and search medmatch indexes. Importing this package loads no model."""

from .answer import Answer, Answerer
from .artifacts import Manifest, publish, resolve_current
from .builder import BuildResult, BuildSettings, build
from .encoder import Encoder, load_encoder
from .errors import ArtifactError, BuildError, EncoderError, EncoderMismatch, IndexerError
from .ranking import RankerConfig
from .search import Hit, Related, Searcher, SearchResult

__all__ = [
    "Answer",
    "Answerer",
    "ArtifactError",
    "BuildError",
    "BuildResult",
    "BuildSettings",
    "Encoder",
    "EncoderError",
    "EncoderMismatch",
    "Hit",
    "IndexerError",
    "Manifest",
    "RankerConfig",
    "Related",
    "SearchResult",
    "Searcher",
    "build",
    "load_encoder",
    "publish",
    "resolve_current",
]
