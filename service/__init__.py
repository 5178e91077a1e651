"""The Flask HTTP layer over the medmatch search pipeline."""

from .app import create_app
from .settings import Settings, load_settings

__all__ = ["Settings", "create_app", "load_settings"]
