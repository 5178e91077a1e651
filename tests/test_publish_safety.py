"""A corrupt version is never published, and a corrupt CURRENT does not leave a fresh worker empty.

`medmatch publish` verifies the version (manifest, sizes, checksums) before it switches CURRENT.
A worker that starts while CURRENT names a version it cannot load serves the newest older version
that loads, says so in /readyz and the log, leaves CURRENT alone, and follows CURRENT again once a
good version is published.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import ArtifactError, artifacts
from indexer.cli import cli
from service.logs import JsonFormatter

from .support import Versions


@pytest.fixture
def holder_log() -> Iterator[list[logging.LogRecord]]:
    """Records of service.holder (its JSON handler does not propagate to caplog)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("service.holder")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


def overwrite_bytes(root: Path, version: str, name: str = "chunks.faiss") -> bytes:
    """Overwrite bytes in the middle of a version's file (same size, so only the checksum can tell);
    returns the original content."""
    path = root / artifacts.VERSIONS / version / name
    original = path.read_bytes()
    raw = bytearray(original)
    middle = len(raw) // 2
    raw[middle:middle + 16] = bytes(b ^ 0xFF for b in raw[middle:middle + 16])
    path.write_bytes(bytes(raw))
    return original


def damage(root: Path, version: str, kind: str) -> tuple[str, str]:
    """Damage one version; returns (file named in the error, problem named in the error)."""
    folder = root / artifacts.VERSIONS / version
    if kind == "overwritten":
        overwrite_bytes(root, version)
        return "chunks.faiss", "checksum mismatch"
    if kind == "truncated":
        path = folder / "questions.faiss"
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        return "questions.faiss", "truncated"
    if kind == "missing-file":
        (folder / "chunk_table.npy").unlink()
        return "chunk_table.npy", "missing"
    raise AssertionError(kind)  # pragma: no cover


def point_current_at(root: Path, version: str) -> None:
    """What the old, unverifying `medmatch publish` did."""
    (root / artifacts.CURRENT).write_text(version + "\n")


# --------------------------------------------------------------------------- publish
@pytest.mark.parametrize("kind", ["overwritten", "truncated", "missing-file"])
def test_publish_refuses_a_corrupt_version_and_leaves_current(versions: Versions, root: Path, kind: str) -> None:
    pointer = root / artifacts.CURRENT
    before = (pointer.read_bytes(), pointer.stat().st_mtime_ns)
    filename, problem = damage(root, versions.b, kind)

    result = CliRunner().invoke(cli, ["publish", versions.b, "--index", str(root)])
    assert result.exit_code != 0, result.output
    message = result.output
    assert f"cannot publish {versions.b}" in message
    assert f"{versions.b}/{filename}" in message and problem in message
    assert f"CURRENT is unchanged (still {versions.a})" in message
    assert "CURRENT ->" not in message
    assert (pointer.read_bytes(), pointer.stat().st_mtime_ns) == before

    with pytest.raises(ArtifactError, match=problem):  # the library refuses too (the builder publishes through it)
        artifacts.publish(root, versions.b)
    assert (pointer.read_bytes(), pointer.stat().st_mtime_ns) == before
    assert not (root / (artifacts.CURRENT + ".tmp")).exists()


def test_publish_and_verify_refuse_counts_the_service_would_refuse(versions: Versions, root: Path) -> None:
    """A manifest whose counts disagree with its files passed `info --verify` and `publish`, and the service
    then refused the version (review of session 19); so did a manifest that lists no files at all."""
    pointer = root / artifacts.CURRENT
    manifest_path = root / artifacts.VERSIONS / versions.b / artifacts.MANIFEST
    good = manifest_path.read_text()
    data = json.loads(good)
    data["counts"]["question_vectors"] += 1
    manifest_path.write_text(json.dumps(data))
    refused = CliRunner().invoke(cli, ["publish", versions.b, "--index", str(root)])
    assert refused.exit_code != 0 and "question vectors: found" in refused.output
    assert pointer.read_text().strip() == versions.a
    verified = CliRunner().invoke(cli, ["info", str(root / artifacts.VERSIONS / versions.b), "--verify"])
    assert verified.exit_code != 0 and "manifest says" in verified.output
    data = json.loads(good)
    data["files"] = {}
    manifest_path.write_text(json.dumps(data))
    refused = CliRunner().invoke(cli, ["publish", versions.b, "--index", str(root)])
    assert refused.exit_code != 0 and "the manifest lists no records.jsonl" in refused.output
    assert pointer.read_text().strip() == versions.a


def test_publish_refuses_a_version_of_another_model_or_dimension(versions: Versions, root: Path) -> None:
    """A manifest edited to another dimension, or a version built with other weights, published and then the
    service refused it (re-review of session 19)."""
    manifest_path = root / artifacts.VERSIONS / versions.b / artifacts.MANIFEST
    good = json.loads(manifest_path.read_text())
    for change, words in (({"dim": 512}, "512"), ({"model_fingerprint": "0123456789abcdef"}, "another model")):
        manifest_path.write_text(json.dumps(good | change))
        refused = CliRunner().invoke(cli, ["publish", versions.b, "--index", str(root)])
        assert refused.exit_code != 0 and words in refused.output, refused.output
        assert (root / artifacts.CURRENT).read_text().strip() == versions.a


def test_publish_still_switches_to_a_good_version(versions: Versions, root: Path) -> None:
    result = CliRunner().invoke(cli, ["publish", versions.b, "--index", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"CURRENT -> {versions.b}"
    assert (root / artifacts.CURRENT).read_text().strip() == versions.b


# --------------------------------------------------------------------------- start-up with a corrupt CURRENT
def test_startup_with_corrupt_current_serves_the_previous_good_version(  # type: ignore[no-untyped-def]
    app_factory, versions: Versions, root: Path, holder_log: list[logging.LogRecord]
) -> None:
    overwrite_bytes(root, versions.a)  # the live version is damaged on disk after it was published
    pointer = (root / artifacts.CURRENT).read_bytes()

    app = app_factory(index_root=str(root))
    client = app.test_client()

    ready = client.get("/readyz")
    assert ready.status_code == 200, ready.get_data(as_text=True)
    body = ready.get_json()
    assert body["ready"] is True and body["index_version"] == versions.b and body["records"] == versions.n_b
    assert body["model"] and body["encoder_backend"]
    fallback = body["fallback"]
    assert fallback["current_version"] == versions.a
    assert "chunks.faiss" in fallback["reason"] and "checksum mismatch" in fallback["reason"]
    answer = client.post("/v1/ask", json={"question": "there is a constant ringing in my ears"})
    assert answer.status_code == 200 and answer.get_json()["index_version"] == versions.b
    health = client.get("/healthz").get_json()
    assert health["index_version"] == versions.b and "checksum mismatch" in health["last_reload_error"]
    assert (root / artifacts.CURRENT).read_bytes() == pointer  # the maintainer decides, not the worker

    errors = [r for r in holder_log if r.levelno == logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in holder_log]
    text = errors[0].getMessage()
    assert versions.a in text and versions.b in text and "checksum mismatch" in text
    line = json.loads(JsonFormatter().format(errors[0]))
    assert line["level"] == "error" and line["event"] == "index_fallback"
    assert (line["current_version"], line["serving_version"]) == (versions.a, versions.b)

    documented = client.get("/openapi.json").get_json()["paths"]["/readyz"]["get"]["responses"]["200"]
    assert "fallback" in documented["content"]["application/json"]["schema"]["properties"]


def test_startup_with_current_naming_a_half_written_version_serves_the_last_good_one(  # type: ignore[no-untyped-def]
    app_factory, versions: Versions, root: Path
) -> None:
    """CURRENT names a version whose copy stopped before its manifest: the newest older version serves."""
    half = root / artifacts.VERSIONS / "29990101T000000000000Z-halfdone"
    half.mkdir()
    (half / "records.jsonl").write_bytes((root / artifacts.VERSIONS / versions.a / "records.jsonl").read_bytes())
    point_current_at(root, half.name)
    ready = app_factory(index_root=str(root)).test_client().get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["index_version"] == versions.a  # the newest of a and b
    assert ready.get_json()["fallback"]["current_version"] == half.name
    assert "no manifest.json" in ready.get_json()["fallback"]["reason"]


def test_polling_follows_current_again_once_a_good_version_is_published(  # type: ignore[no-untyped-def]
    app_factory, versions: Versions, root: Path
) -> None:
    original = overwrite_bytes(root, versions.a)
    app = app_factory(index_root=str(root))
    client = app.test_client()
    holder = app.extensions["medmatch"].holder
    assert holder.version == versions.b
    assert holder.poll() is False  # the same bad CURRENT is not retried in a loop

    # CURRENT repointed (by hand) at another version that cannot load: still the fallback, new reason.
    point_current_at(root, "29990101T000000000000Z-deadbeef")
    assert holder.poll() is False and holder.version == versions.b
    fallback = client.get("/readyz").get_json()["fallback"]
    assert fallback["current_version"] == "29990101T000000000000Z-deadbeef" and "does not exist" in fallback["reason"]

    # The maintainer repairs the live version and publishes it again: the next poll serves it.
    (root / artifacts.VERSIONS / versions.a / "chunks.faiss").write_bytes(original)
    artifacts.publish(root, versions.a)
    assert holder.poll() is True
    ready = client.get("/readyz").get_json()
    assert ready["index_version"] == versions.a and ready["records"] == versions.n_a and ready["fallback"] is None
    assert client.get("/healthz").get_json()["last_reload_error"] is None
    assert client.post("/v1/ask", json={"question": "ringing ears"}).get_json()["index_version"] == versions.a


def test_no_version_that_loads_is_not_ready(  # type: ignore[no-untyped-def]
    app_factory, versions: Versions, root: Path, holder_log: list[logging.LogRecord]
) -> None:
    overwrite_bytes(root, versions.a)
    damage(root, versions.b, "truncated")
    client = app_factory(index_root=str(root)).test_client()

    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.get_json()["ready"] is False and "checksum mismatch" in ready.get_json()["reason"]
    assert client.post("/v1/ask", json={"question": "ringing ears"}).status_code == 503
    messages = [r.getMessage() for r in holder_log]
    assert any(versions.b in m and "cannot be loaded either" in m and "truncated" in m for m in messages), messages
    assert any("no fallback either" in m for m in messages), messages
    assert any(m.startswith("index reload failed, still serving nothing") for m in messages), messages


@pytest.mark.parametrize("pointer", ["rolled-back", "empty"])
def test_no_fallback_to_a_version_nobody_chose(app_factory, versions: Versions, root: Path, pointer: str) -> None:  # type: ignore[no-untyped-def]
    """A version newer than CURRENT was built with --no-publish or rolled back from, and an empty
    CURRENT says nothing about which versions came before it: none of them is served in CURRENT's
    place (guards that choice; these pass before the fix too)."""
    if pointer == "rolled-back":
        damage(root, versions.b, "overwritten")
        point_current_at(root, versions.b)  # a rollback to the older b, then b's files were damaged
        expect = "checksum mismatch"
    else:
        (root / artifacts.CURRENT).write_text("")
        expect = "invalid version"
    client = app_factory(index_root=str(root)).test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503 and expect in ready.get_json()["reason"]
