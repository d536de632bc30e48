"""How an archive keeps its originals, for the tests: a file under ``originals/``, or none.

A plain-text file whose bytes come back from its stored text keeps no file: its row holds a
recipe (``core/originals.py``). A stray byte no encoding explains cannot come back, so a
file holding one keeps its copy, as every PDF or image does: the tests of copies written,
left behind or deleted use such files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archiver.core import originals
from archiver.core.store import documents

STRAY = b"\xff"  # not UTF-8: decoded as U+FFFD, so the file's bytes cannot be regenerated


def with_a_stray_byte(data: bytes) -> bytes:
    """These bytes, with a stray byte at the end: the file keeps its copy under originals/."""
    return data + STRAY


def files_under(root: Path) -> set[str]:
    """The files under an archive's ``originals/``, as names relative to it."""
    folder = root / originals.FOLDER
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def filed_names(db: sqlite3.Connection) -> set[str]:
    """The names under ``originals/`` of the documents that keep their original as a file."""
    return {o.stored_name for o in documents.originals(db) if originals.in_file(o)}


def assert_kept_once(root: Path, db: sqlite3.Connection) -> None:
    """Every document's original is there, a file or regenerated, with its SHA-256, and no
    file under ``originals/`` is without its document (nothing half-stored)."""
    assert files_under(root) == filed_names(db)
    for original in documents.originals(db):
        assert originals.digest(root, db, original) == original.file_sha256, original
