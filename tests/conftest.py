"""Shared fixtures: one real encoder and one tiny index per session; a fresh app per test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from corpus import QARecord, load_jsonl  # noqa: E402
from indexer import BuildSettings, build, load_encoder  # noqa: E402
from indexer.encoder import Encoder  # noqa: E402

from .support import Versions, two_versions  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
MEDQUAD = SHARED / "medquad"
LIVEQA_CSV = SHARED / "liveqa-med-2017" / "All-2479-Answers-retrieved-from-MedQuAD.csv"


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    """The real all-MiniLM-L6-v2 (ONNX backend when exported, as in production)."""
    return load_encoder("auto", threads=2)


@pytest.fixture(scope="session")
def tiny_records() -> list[QARecord]:
    return list(load_jsonl(FIXTURES / "tiny.jsonl"))


@pytest.fixture(scope="session")
def index_root(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, tiny_records: list[QARecord]) -> Path:
    root = tmp_path_factory.mktemp("index")
    build(tiny_records, root, encoder, BuildSettings(), cache_dir=tmp_path_factory.mktemp("cache"))
    return root


@pytest.fixture(scope="session")
def searcher(index_root: Path, encoder: Encoder):  # type: ignore[no-untyped-def]
    from indexer import Searcher

    return Searcher.load(index_root, encoder)


@pytest.fixture(scope="session")
def versions(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, tiny_records: list[QARecord]) -> Versions:
    """Two built versions of the fixture corpus under one root: ``b`` (older, never published) and
    ``a`` (newer, CURRENT); built once per session."""
    return two_versions(tmp_path_factory, encoder, tiny_records)


@pytest.fixture
def root(versions: Versions, tmp_path: Path) -> Path:
    """A private copy of :func:`versions`' root, for a test that damages or republishes it."""
    return versions.copy(tmp_path / "idx")


@pytest.fixture
def make_index(tmp_path: Path, encoder: Encoder) -> Callable[..., Path]:
    """Build a variant index: ``make_index(records, root=None)`` returns its root."""

    def make(records: list[QARecord], root: Path | None = None, **kwargs: object) -> Path:
        root = root or tmp_path / "idx"
        build(records, root, encoder, BuildSettings(), cache_dir=tmp_path / "cache", **kwargs)  # type: ignore[arg-type]
        return root

    return make


@pytest.fixture
def app_factory(tmp_path: Path, encoder: Encoder, index_root: Path) -> Callable[..., object]:
    from service import create_app

    def make(**overrides: object):  # type: ignore[no-untyped-def]
        config = {
            "testing": True,
            "index_root": str(index_root),
            "feedback_db": str(tmp_path / "feedback.sqlite"),
            "rate_limit": "",
            "admin_rate_limit": "",
            "reload_poll_seconds": 0,
            **overrides,
        }
        return create_app(config, encoder=encoder)

    return make


@pytest.fixture
def app(app_factory):  # type: ignore[no-untyped-def]
    return app_factory()


@pytest.fixture
def client(app) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with app.test_client() as c:
        yield c


def assert_error(response, status: int, code: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    """The error contract: every error is JSON {"error": {"code", "message"}} with the status."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body


def needs_shared_data() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not MEDQUAD.is_dir(), reason="../shared/data/medquad is not present")
