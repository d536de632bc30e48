"""Making a backup: the database through SQLite's backup API, the originals, the manifest.

Only a read connection is used, so a backup runs beside the app or an import (no writer
lock). The copy is assembled in a hidden folder beside the destination and renamed to the
destination's name only when complete: a folder under that name is always a whole backup.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archiver import __version__
from archiver.core import store
from archiver.core.backups.found import MANIFEST
from archiver.core.errors import Invalid, NotFound
from archiver.core.imports.files import sha256_of
from archiver.core.originals import in_file
from archiver.core.progress import Progress, no_progress
from archiver.core.store import copying, documents

DB_NAME = "archive.sqlite3"  # the archive's database (core.archive names it too)
FORMAT = "archiver-backup"
VERSION = 1
_INDEX_LOCK = "MAIN_WRITELOCK"  # Whoosh's writer lock: never copied
_INDEX_TRIES = 5


@dataclass
class BackupReport:
    """What one backup holds and how its originals were placed."""

    folder: Path
    documents: int = 0
    originals: int = 0
    regenerated: int = 0  # originals the database regenerates (no file to carry)
    linked: int = 0  # hard links to the archive's own files (same file system)
    copied: int = 0
    missing: list[str] = field(default_factory=list)  # named by a row, absent from originals/
    index: bool = False
    database_bytes: int = 0

    def to_json(self) -> dict:
        """The shape printed by ``archiver backup --json``."""
        return {"folder": str(self.folder), "documents": self.documents,
                "originals": self.originals, "linked": self.linked, "copied": self.copied,
                "missing_originals": self.missing, "regenerated": self.regenerated,
                "index": self.index,
                "database_bytes": self.database_bytes}  # fmt: skip


def make_backup(
    root: Path,
    dest: Path,
    *,
    with_index: bool = False,
    copy: bool = False,
    automatic: bool = False,
    progress: Progress | None = None,
) -> BackupReport:
    """Write a whole backup of the archive at ``root`` to the new folder ``dest``.

    Originals are hard-linked when ``dest`` is on the same file system (a link keeps a
    deleted file's bytes, but shares an edit made in place), copied otherwise or with ``copy``.

    Invalid when ``dest`` exists and is not empty, or lies inside the archive's own data.
    """
    from archiver.core.archive import refuse_lost_database

    root = Path(root).expanduser().resolve()
    refuse_lost_database(root)
    if not (root / DB_NAME).is_file():
        raise NotFound(f"no archive at {root} (no {DB_NAME})")
    dest = Path(dest).expanduser().absolute()
    refuse_destination(root, dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.parent / f".{dest.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        report = _fill(root, partial, with_index, copy, progress or no_progress)
        _write_manifest(root, partial, report, automatic)
        with contextlib.suppress(FileNotFoundError):
            dest.rmdir()  # an empty folder the user chose or made
        partial.rename(dest)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    report.folder = dest
    return report


def refuse_destination(root: Path, dest: Path) -> None:
    """Invalid when ``dest`` is not a place for a new archive or backup folder."""
    if dest.exists() and not (dest.is_dir() and not any(dest.iterdir())):
        raise Invalid(f"{dest} already exists and is not an empty folder: choose a new folder")
    resolved = dest.resolve()
    if resolved == root or any(
        resolved.is_relative_to(root / part) for part in ("originals", "index")
    ):
        raise Invalid(f"{dest} is inside the archive's own data: choose another folder")


def _fill(
    root: Path, folder: Path, with_index: bool, copy: bool, progress: Progress
) -> BackupReport:
    """The database, then the originals its rows name, then (asked for) the index."""
    progress(0, 1, "copying the database")
    source = store.connect(root / DB_NAME, readonly=True)
    try:
        store.backup(source, folder / DB_NAME)
    finally:
        source.close()
    written = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    try:
        written.execute("PRAGMA journal_mode=DELETE")  # one file: its hash stays true once written
        stored = documents.originals(written)
    finally:
        written.close()
    report = BackupReport(folder, documents=len(stored))
    stored = [row for row in stored if in_file(row)]  # the others: in the database
    report.regenerated = report.documents - len(stored)
    placer = Placer()
    placer.can_link = not copy
    for done, row in enumerate(stored, 1):
        source_file = root / "originals" / row.stored_name
        try:
            linked = placer.place(source_file, folder / "originals" / row.stored_name)
        except FileNotFoundError:
            report.missing.append(row.stored_name)
        else:
            report.originals += 1
            report.linked += linked
            report.copied += not linked
        progress(done, len(stored), "originals")
    if with_index and (root / "index").is_dir():
        report.index = copy_index(root / "index", folder / "index")
    report.database_bytes = (folder / DB_NAME).stat().st_size
    return report


class Placer:
    """Hard-links files into a new tree, copying where links cannot be made (another disk)."""

    def __init__(self) -> None:
        self.folders: set[Path] = set()
        self.can_link = True

    def place(self, source: Path, target: Path) -> bool:
        """Put ``source`` at ``target``; True when it was linked. FileNotFoundError if absent."""
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        if self.can_link:
            try:
                os.link(source, target)
                return True
            except FileNotFoundError:
                raise
            except OSError:  # another file system, or one without hard links (FAT, some shares)
                self.can_link = False
        shutil.copyfile(source, target)
        return False


def copy_index(source: Path, target: Path) -> bool:
    """Copy the search index as one generation; False when it kept changing (it is rebuilt)."""
    for _ in range(_INDEX_TRIES):
        before = _generations(source)
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        try:
            for path in sorted(source.iterdir()):
                if path.is_file() and path.name != _INDEX_LOCK:
                    shutil.copyfile(path, target / path.name)
        except FileNotFoundError:  # a commit removed a segment while it was being copied
            continue
        if _generations(source) == before:
            return True
    shutil.rmtree(target, ignore_errors=True)
    return False


def _generations(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.toc"))


def _write_manifest(root: Path, folder: Path, report: BackupReport, automatic: bool) -> None:
    db_file = folder / DB_NAME
    copy = sqlite3.connect(f"file:{db_file}?mode=ro&immutable=1", uri=True)
    try:
        counts, schema = copying.row_counts(copy), store.schema_version(copy)
    finally:
        copy.close()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "archiver": __version__,
        "created": store.now(),
        "automatic": automatic,
        "archive": str(root),
        "schema": schema,
        "database": {
            "file": DB_NAME,
            "bytes": db_file.stat().st_size,
            "sha256": sha256_of(db_file),
        },
        "counts": counts,
        "originals": {"count": report.originals, "missing": report.missing},
        "index": report.index,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")
