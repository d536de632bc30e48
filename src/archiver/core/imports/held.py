"""The files of a batch whose bytes the archive holds already: found by their SHA-256 before
any worker reads them, so that importing a folder again extracts (and OCRs) only what is new."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from archiver.core.imports.files import copy_checked, sha256_of
from archiver.core.store import documents


@dataclass(frozen=True, slots=True)
class HeldFile:
    """A file of the batch whose bytes are the original of a stored document."""

    path: str
    document: int
    sha256: str


def split_held(db: sqlite3.Connection, files: list[str]) -> tuple[list[str], list[HeldFile]]:
    """(the files to prepare, those held already); none is held in an empty archive, and a
    file that cannot be read here is left to the preparation, which says why."""
    if documents.last_id(db) == 0:
        return files, []
    fresh: list[str] = []
    held: list[HeldFile] = []
    for path in files:
        try:
            sha = sha256_of(Path(path))
        except OSError:
            fresh.append(path)
            continue
        doc_id = documents.id_of_file(db, sha)
        if doc_id is None:
            fresh.append(path)
        else:
            held.append(HeldFile(path, doc_id, sha))
    return fresh, held


def restore_lost_original(
    db: sqlite3.Connection, originals: Path, doc_id: int, path: Path, sha: str, data: bytes | None
) -> bool:
    """Put a stored document's lost original back from the same bytes (``data``, else the
    file at ``path``); True if it was lost.

    The copy is written under a temporary name and renamed, so that a crash never leaves
    a half original under the document's name (the row is committed already). An original
    the store regenerates is never lost.
    """
    row = documents.original_of(db, doc_id)
    target = originals / row.stored_name
    if row.file_sha256 != sha or row.recipe is not None or target.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    if data is not None:
        partial.write_bytes(data)
    else:
        copy_checked(path, partial, sha)
    os.replace(partial, target)
    return True
