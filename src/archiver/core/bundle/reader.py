"""Reading a bundle file: every entry checked against the manifest before anything is used.

The order: the zip's directory (``zipcheck``), the manifest, the set of entries against it,
the payload (unpacked with a cap, hashed, parsed, shape-checked by the caller's function),
then every original, streamed in blocks through SHA-256 (and, for an import, into a staging
folder). Sizes are counted while unpacking; an entry that unpacks past its manifest size, or
past ``Limits.max_ratio`` times its packed size, is refused mid-stream. Any refusal is a
``BadBundle`` naming the entry and the reason.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, Generic, TypeVar

from archiver.core.bundle import zipcheck
from archiver.core.bundle.manifest import (
    MANIFEST,
    PAYLOAD,
    Entry,
    Limits,
    Manifest,
    ManifestError,
    name_refusal,
    original_hash,
    parse_manifest,
)
from archiver.core.bundle.zipcheck import Refusal
from archiver.core.errors import BadBundle, Invalid, NotFound
from archiver.core.progress import Cancelled, CancelToken, Progress, no_progress

P = TypeVar("P")
CHUNK = 1 << 20
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, struct.error)


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle file holds, as its manifest and its entries say (all checked)."""

    path: str
    manifest: Manifest
    file_bytes: int  # the bundle file's size
    unpacked_bytes: int  # every entry unpacked, the manifest included

    def to_json(self) -> dict[str, Any]:
        """The bundle's description: format, maker, counts, sizes."""
        m = self.manifest
        return {"path": self.path, "format": m.format, "app_version": m.app_version,
                "replica": m.replica, "created": m.created, "author": m.author,
                "counts": m.counts, "filters": m.filters, "entries": len(m.entries) + 1,
                "file_bytes": self.file_bytes, "unpacked_bytes": self.unpacked_bytes}  # fmt: skip


@dataclass
class Opened(Generic[P]):
    """A bundle read through: its description, the checked payload, the staged originals."""

    info: BundleInfo
    payload: P
    originals: dict[str, Path] = field(default_factory=dict)  # sha256 -> staged file


class _Budget:
    """Bytes unpacked so far, against the total limit."""

    def __init__(self, limit: int) -> None:
        self.limit, self.used = limit, 0

    def take(self, entry: str, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise Refusal(entry, f"the bundle unpacks to more than {self.limit:,} bytes")


def read_bundle(
    path: Path,
    check_payload: Callable[[Any], P],
    *,
    limits: Limits | None = None,
    staging: Path | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Opened[P]:
    """Check every part of the bundle at ``path``; with ``staging``, unpack the originals there.

    ``check_payload(json)`` turns payload.json into the payload, raising Invalid on a bad shape.
    Raises BadBundle (the entry and the reason), NotFound (no such file) or Cancelled.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise NotFound(f"no bundle file at {path}") from None
    except OSError as exc:
        raise BadBundle(str(path), "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        with handle:
            return _read(handle, path, check_payload, limits or Limits(), staging,
                         progress or no_progress, cancel)  # fmt: skip
    except Refusal as refusal:
        raise BadBundle(str(path), refusal.entry, refusal.reason) from None


def _read(
    handle: BinaryIO,
    path: Path,
    check_payload: Callable[[Any], P],
    limits: Limits,
    staging: Path | None,
    progress: Progress,
    cancel: CancelToken | None,
) -> Opened[P]:
    zipcheck.check_directory_size(handle, limits)
    try:
        zf = zipfile.ZipFile(handle)
    except (*_DAMAGE, OSError) as exc:
        raise Refusal("", f"it is not a readable zip file ({exc})") from None
    with zf:
        infos = {info.filename: info for info in zf.infolist()}
        zipcheck.check_entries(zf.infolist(), limits)
        budget = _Budget(limits.max_total_bytes)
        manifest = _manifest(zf, infos, limits, budget)
        total = len(manifest.entries)
        payload_entry = manifest.entries[PAYLOAD]
        raw = _unpack(zf, infos[PAYLOAD], payload_entry, limits, budget, None, cancel)
        payload = _payload(raw, check_payload)
        progress(1, total, PAYLOAD)
        originals: dict[str, Path] = {}
        carried = sorted(n for n in manifest.entries if original_hash(n) is not None)
        for done, name in enumerate(carried, 2):
            sha, entry = str(original_hash(name)), manifest.entries[name]
            target = staging / sha if staging is not None else None
            with target.open("wb") if target is not None else _Discard() as out:
                _unpack(zf, infos[name], entry, limits, budget, out, cancel)
            if target is not None:
                originals[sha] = target
            progress(done, total, name)
        info = BundleInfo(str(path), manifest, path.stat().st_size, budget.used)
        return Opened(info, payload, originals)


def _manifest(
    zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], limits: Limits, budget: _Budget
) -> Manifest:
    """The manifest, and the zip's entries exactly the ones it lists, within the limits."""
    if MANIFEST not in infos:
        raise Refusal(MANIFEST, "the bundle has no manifest")
    cap = Entry("", limits.max_manifest_bytes)
    text = _unpack(zf, infos[MANIFEST], cap, limits, budget, None, None, exact=False)
    try:
        manifest = parse_manifest(json.loads(text.decode("utf-8")))
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeError are ValueErrors
        raise Refusal(MANIFEST, f"is not valid JSON ({exc})") from None
    except ManifestError as exc:
        raise Refusal(MANIFEST, str(exc)) from None
    unlisted = sorted(set(infos) - {MANIFEST} - set(manifest.entries))
    if unlisted:
        raise Refusal(unlisted[0], "the manifest does not list it")
    for name, entry in sorted(manifest.entries.items()):
        reason = name_refusal(name)
        if reason is None and name not in infos:
            reason = "the manifest lists it but the bundle does not hold it"
        sha = original_hash(name)
        if reason is None and sha is not None and entry.sha256 != sha:
            reason = "its SHA-256 in the manifest is not its name"
        if reason is None and entry.size != infos[name].file_size:
            reason = (f"its zip header says {infos[name].file_size:,} bytes, the manifest "
                      f"{entry.size:,}")  # fmt: skip
        if reason:
            raise Refusal(name, reason)
    if PAYLOAD not in manifest.entries:
        raise Refusal(PAYLOAD, "the bundle has no payload")
    if manifest.entries[PAYLOAD].size > limits.max_payload_bytes:
        raise Refusal(PAYLOAD, f"is {manifest.entries[PAYLOAD].size:,} bytes (the limit is "
                      f"{limits.max_payload_bytes:,})")  # fmt: skip
    listed = sum(e.size for e in manifest.entries.values())
    if listed > limits.max_total_bytes:
        raise Refusal(MANIFEST, f"lists {listed:,} bytes (the limit is {limits.max_total_bytes:,})")
    return manifest


def _payload(raw: bytes, check_payload: Callable[[Any], P]) -> P:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise Refusal(PAYLOAD, f"is not valid JSON ({exc})") from None
    try:
        return check_payload(data)
    except Invalid as exc:
        raise Refusal(PAYLOAD, str(exc)) from None
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # a shape the check missed
        raise Refusal(PAYLOAD, f"has a bad shape ({type(exc).__name__}: {exc})") from None


class _Discard:
    """A sink that keeps nothing (inspecting writes nothing anywhere)."""

    def write(self, data: bytes) -> int:
        return len(data)

    def __enter__(self) -> _Discard:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _unpack(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    expected: Entry,
    limits: Limits,
    budget: _Budget,
    out: IO[bytes] | _Discard | None,
    cancel: CancelToken | None,
    *,
    exact: bool = True,
) -> bytes:
    """Stream one entry through SHA-256 into ``out`` (or into the bytes returned when None)."""
    name, digest, size, kept = info.filename, hashlib.sha256(), 0, bytearray()
    packed = max(info.compress_size, 1)
    try:
        with zf.open(info) as entry:
            while chunk := entry.read(CHUNK):
                size += len(chunk)
                if size > expected.size:
                    raise Refusal(name, f"unpacks to more than the {expected.size:,} bytes "
                                  + ("the manifest lists" if exact else "allowed"))  # fmt: skip
                if size > limits.ratio_floor and size > limits.max_ratio * packed:
                    raise Refusal(name, f"unpacks to more than {limits.max_ratio} times its "
                                  f"packed size of {packed:,} bytes (a zip bomb)")  # fmt: skip
                budget.take(name, len(chunk))
                digest.update(chunk)
                if out is None:
                    kept += chunk
                else:
                    out.write(chunk)
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
    except _DAMAGE as exc:
        raise Refusal(name, f"is damaged ({exc})") from None
    if exact and size != expected.size:
        raise Refusal(name, f"is {size:,} bytes, the manifest lists {expected.size:,}")
    if exact and digest.hexdigest() != expected.sha256:
        raise Refusal(name, "its SHA-256 does not match the manifest's")
    return bytes(kept)
