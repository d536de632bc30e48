"""Files as the archive handles them: their names shown, their bytes hashed, or copied against
a hash."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def shown(path: str) -> str:
    """A path as text that can be stored and printed: undecodable name bytes as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def copy_checked(source: Path, target: Path, sha256: str) -> None:
    """Copy a file, refusing it when its bytes are not the ones hashed (changed since the worker
    read them, or not the original another copy named)."""
    digest = hashlib.sha256()
    with source.open("rb") as reader, target.open("wb") as writer:
        for block in iter(lambda: reader.read(1 << 20), b""):
            digest.update(block)
            writer.write(block)
    if digest.hexdigest() != sha256:
        raise OSError("the file changed while it was being imported")


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
