"""The artifact folder: manifest, checksums, atomic publish and the CURRENT pointer.

Layout under an index root::

    CURRENT                 one line: the live version
    versions/<version>/     manifest.json (written last) + the files it lists with their sha256
    .tmp-<version>/         a build in progress (never read by the service)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ArtifactError, BuildError

LOG = logging.getLogger(__name__)
SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
CURRENT = "CURRENT"
VERSIONS = "versions"


@dataclass
class Manifest:
    schema_version: int
    version: str
    created: str
    model_name: str
    model_fingerprint: str
    dim: int
    normalize: bool
    metric: str
    corpus_sha256: str
    counts: dict[str, int]
    settings: dict[str, Any]
    files: dict[str, dict[str, Any]]
    build: dict[str, Any] = field(default_factory=dict)
    software: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST
        if not path.is_file():
            raise ArtifactError(str(folder), "no manifest.json: not an index artifact, or an unfinished build")
        try:
            data = json.loads(path.read_text())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArtifactError(str(path), f"unreadable manifest: {exc}") from None
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            found = data.get("schema_version") if isinstance(data, dict) else None
            raise ArtifactError(str(path),
                                f"unsupported schema_version {found!r} (this medmatch reads {SCHEMA_VERSION})")
        try:
            manifest = cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except TypeError as exc:
            raise ArtifactError(str(path), f"manifest is missing fields: {exc}") from None
        # Readers index into these without further checks; a damaged manifest must fail here, as an ArtifactError.
        for name in ("counts", "settings", "files", "build", "software"):
            if not isinstance(getattr(manifest, name), dict):
                raise ArtifactError(str(path), f"manifest field {name!r} must be an object")
        if not all(isinstance(m, dict) and {"bytes", "sha256"} <= set(m) for m in manifest.files.values()):
            raise ArtifactError(str(path), "manifest field 'files' must map names to {bytes, sha256}")
        return manifest


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def describe_files(folder: Path) -> dict[str, dict[str, Any]]:
    """Size and sha256 of every file under ``folder`` (relative names), for the manifest."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != MANIFEST:
            out[str(path.relative_to(folder))] = {"bytes": path.stat().st_size, "sha256": sha256_file(path)}
    return out


#: Files every build writes: a manifest that does not list them (an empty ``files`` map) would check nothing.
CORE_FILES = ("records.jsonl", "questions.faiss", "chunks.faiss", "question_rows.npy", "chunk_table.npy")


def verify_files(folder: Path, manifest: Manifest, *, checksums: bool = True) -> None:
    """Raise :class:`ArtifactError` naming the first missing, truncated or altered file."""
    unlisted = [name for name in CORE_FILES if name not in manifest.files]
    if unlisted:
        raise ArtifactError(str(folder / MANIFEST), f"the manifest lists no {', '.join(unlisted)}: it cannot "
                            "vouch for this version (damaged or hand-edited); rebuild it")
    for name, meta in manifest.files.items():
        path = folder / name
        if not path.is_file():
            raise ArtifactError(str(path), "file listed in the manifest is missing")
        size = path.stat().st_size
        if size != meta["bytes"]:
            raise ArtifactError(str(path), f"size {size} bytes, manifest says {meta['bytes']} (truncated or replaced)")
        if checksums and sha256_file(path) != meta["sha256"]:
            raise ArtifactError(str(path), "checksum mismatch: the file changed after the build")


def new_version(corpus_sha: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{corpus_sha[:8]}"


def write_manifest(folder: Path, manifest: Manifest) -> None:
    manifest.files = describe_files(folder)
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(manifest.to_json())
    _fsync(tmp)
    os.replace(tmp, folder / MANIFEST)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def resolve_current(root: Path) -> Path:
    """The live artifact folder of an index root (or the folder itself if it holds a manifest)."""
    root = Path(root)
    if (root / MANIFEST).is_file():
        return root
    pointer = root / CURRENT
    if not pointer.is_file() and (root / "records.jsonl").exists():
        raise ArtifactError(str(root), "no manifest.json: an unfinished or damaged build")
    if not pointer.is_file():
        raise ArtifactError(str(root), "no published index here (no CURRENT pointer); run `medmatch build` first")
    version = pointer.read_text().strip()
    if not valid_version_name(version):
        raise ArtifactError(str(pointer), f"invalid version {version!r} in CURRENT")
    folder = root / VERSIONS / version
    if not folder.is_dir():
        raise ArtifactError(str(folder), "CURRENT names a version that does not exist")
    return folder


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """One build at a time per index root (a second one fails at once instead of racing)."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".build.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(f"{root}: another build is running (lock held on .build.lock)") from None
        yield


def staging_dir(root: Path, version: str) -> Path:
    path = root / f".tmp-{version}"
    path.mkdir(parents=True)
    return path


def promote(root: Path, staging: Path, version: str) -> Path:
    """Move a finished, verified build into ``versions/`` (atomic rename on one filesystem)."""
    target = root / VERSIONS / version
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, target)
    return target


def valid_version_name(version: str) -> bool:
    """A version is one folder name under ``versions/``: no path, nothing hidden."""
    return bool(version) and "/" not in version and not version.startswith(".")


def verify_version(root: Path, version: str, *, checksums: bool = True) -> Manifest:
    """Check that ``versions/<version>`` is complete and unaltered, as the loader does before serving
    it: its manifest reads, and every file it lists is there with its size and (with ``checksums``)
    its sha256. Returns the manifest.

    Raises:
        ArtifactError: naming the folder or the first missing, truncated or altered file.
    """
    root = Path(root)
    if not valid_version_name(version):
        raise ArtifactError(str(root / VERSIONS), f"invalid version name {version!r}")
    folder = root / VERSIONS / version
    if not folder.is_dir():
        raise ArtifactError(str(folder), "no such version")
    manifest = Manifest.read(folder)
    verify_files(folder, manifest, checksums=checksums)
    return manifest


def publish(root: Path, version: str, *, verified: bool = False) -> None:
    """Point CURRENT at ``version`` atomically; readers see the old or the new one, never half.

    The version is verified first (manifest, sizes and checksums of every file, as the service
    checks before it serves one): a corrupt or incomplete version is refused and CURRENT is left
    as it was, so no service started later finds a CURRENT it cannot load. ``verified``: the caller
    has just checked all of that itself (`medmatch publish`, through ``Searcher.verify``).

    Raises:
        ArtifactError: the version is missing, incomplete or altered; CURRENT is unchanged.
    """
    root = Path(root)
    if not verified:
        verify_version(root, version)
    tmp = root / (CURRENT + ".tmp")
    tmp.write_text(version + "\n")
    _fsync(tmp)
    os.replace(tmp, root / CURRENT)
    LOG.info("published %s", version)


def list_versions(root: Path) -> list[str]:
    """Versions with a manifest under ``root``, oldest first (names start with their build time)."""
    folder = root / VERSIONS
    return sorted(p.name for p in folder.iterdir() if (p / MANIFEST).is_file()) if folder.is_dir() else []


def prune(root: Path, keep: int = 3) -> list[str]:
    """Delete old versions beyond the ``keep`` newest; never the live one. Also drops stale temp dirs."""
    live = (root / CURRENT).read_text().strip() if (root / CURRENT).is_file() else None
    removed = []
    for version in list_versions(root)[:-keep] if keep > 0 else []:
        if version != live:
            shutil.rmtree(root / VERSIONS / version, ignore_errors=True)
            removed.append(version)
    for stale in root.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    return removed
