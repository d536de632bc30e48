"""Writing a bundle file whole or not at all: a hidden temporary file beside it, then a rename.

The payload and each original are streamed into the zip in blocks; every original is hashed
on the way and must be the file its name says (a changed original stops the export: the
bundle would be refused by every reader). The manifest, which needs every entry's hash and
size, is written last; only then is the file synced and renamed to the name asked for.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from archiver.core.bundle.manifest import MANIFEST, PAYLOAD, Entry, Manifest, original_name
from archiver.core.bundle.reader import CHUNK, BundleInfo
from archiver.core.disk import as_new_file
from archiver.core.errors import Invalid, StoreError
from archiver.core.progress import Cancelled, CancelToken, Progress, no_progress

_REGULAR = (stat.S_IFREG | 0o644) << 16
_PACKED_ALREADY = {".pdf", ".zip", ".docx", ".jpg", ".jpeg", ".png", ".gz"}
_ZIP64_FROM = 1 << 31


@dataclass(frozen=True)
class Original:
    """One original to carry: its SHA-256, where it is, and what to call it in a message;
    ``read`` gives the bytes of one the store regenerates (``core.originals``: no file)."""

    sha256: str
    path: Path
    label: str
    read: Callable[[], bytes] | None = None


def write_bundle(
    path: Path,
    payload: dict[str, Any],
    originals: Iterable[Original],
    header: Manifest,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleInfo:
    """Write the bundle at ``path`` (replacing a file there only once it is complete)."""
    path = Path(path)
    progress = progress or no_progress
    carried = list({o.sha256: o for o in originals}.values())
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
        )
    except OSError as exc:
        raise Invalid(f"cannot write a bundle at {path} ({exc.strerror or exc})") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
                entries = {PAYLOAD: _write_bytes(zf, PAYLOAD, data)}
                for done, original in enumerate(carried, 1):
                    entries[original_name(original.sha256)] = _copy(zf, original, cancel)
                    progress(done, len(carried), original.label)
                manifest = replace(header, entries=entries)
                text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1).encode()
                _write_bytes(zf, MANIFEST, text)
            handle.flush()
            os.fsync(handle.fileno())
        as_new_file(temp)  # mkstemp made it for its owner only
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    unpacked = sum(e.size for e in entries.values()) + len(text)
    return BundleInfo(str(path), manifest, path.stat().st_size, unpacked)


def _info(name: str, size: int, packed_already: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, time.localtime()[:6])
    info.external_attr = _REGULAR
    info.compress_type = zipfile.ZIP_STORED if packed_already else zipfile.ZIP_DEFLATED
    info.file_size = size
    return info


def _write_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> Entry:
    zf.writestr(_info(name, len(data)), data)
    return Entry(hashlib.sha256(data).hexdigest(), len(data))


def _copy(zf: zipfile.ZipFile, original: Original, cancel: CancelToken | None) -> Entry:
    """Stream one original into the zip, hashing it; Invalid when it is not the file named."""
    try:
        size, source = _opened(original)
    except OSError as exc:
        raise Invalid(f"{original.label}: its original {original.path} cannot be read "
                      f"({exc.strerror or exc}); run archiver check") from None  # fmt: skip
    except StoreError as exc:
        raise Invalid(f"{original.label}: its original cannot be regenerated ({exc}); "
                      "run archiver check") from None  # fmt: skip
    digest = hashlib.sha256()
    info = _info(original_name(original.sha256), size,
                 original.path.suffix.lower() in _PACKED_ALREADY)  # fmt: skip
    written = 0
    with source, zf.open(info, "w", force_zip64=size >= _ZIP64_FROM) as target:
        while block := source.read(CHUNK):
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            digest.update(block)
            target.write(block)
            written += len(block)
    if digest.hexdigest() != original.sha256 or written != size:
        raise Invalid(f"{original.label}: its original {original.path} has changed since it was "
                      "imported (its SHA-256 is not its name); run archiver check")  # fmt: skip
    return Entry(original.sha256, written)


def _opened(original: Original) -> tuple[int, BinaryIO]:
    """The original's size and its bytes to read: its file, or the regenerated bytes."""
    if original.read is not None:
        data = original.read()
        return len(data), io.BytesIO(data)
    return original.path.stat().st_size, original.path.open("rb")


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows opening a folder (not Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
