"""Documents a damaged database lost, brought back from the newest backup beside the archive.

A plain-text original that round-trips keeps no file (``core.originals``): when its row is
lost with the database, nothing under ``originals/`` can bring it back, but the newest
automatic backup still holds its row. Each live document of that backup whose original the
salvaged archive lacks is imported again from its bytes, under its own file name (so its
title and date are read again the same way); its annotations after that backup are lost.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.backups.found import automatic_backups, automatic_folder
from archiver.core.backups.making import DB_NAME
from archiver.core.errors import StoreError
from archiver.core.model import ImportReport
from archiver.core.originals import read
from archiver.core.progress import Progress
from archiver.core.store import documents

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def newest_backup(damaged: Path) -> Path | None:
    """The newest whole automatic backup of the archive at ``damaged`` (None: there is none)."""
    found = automatic_backups(automatic_folder(damaged))
    return found[0] if found else None


def bring_back(
    backup: Path, archive: Archive, progress: Progress, workers: int | None
) -> tuple[ImportReport, list[str]]:
    """Import the backup's documents whose original ``archive`` lacks; the import's report
    and notes (a backup of another schema, or unreadable, is named and left)."""
    try:
        db = store.connect(backup / DB_NAME, readonly=True)
    except StoreError as exc:
        return ImportReport(), [f"the backup {backup} could not be read ({exc})"]
    try:
        version = store.schema_version(db)
        if version != store.latest_version():
            return ImportReport(), [f"the backup {backup} is of schema {version}: restore it with archiver restore to compare by hand"]  # fmt: skip
        with tempfile.TemporaryDirectory(prefix=".from-backup-", dir=archive.root.parent) as work:
            paths, unreadable = _written(backup, db, archive.db, Path(work))
            report = ImportReport()
            if paths:
                report = archive.import_paths(
                    paths, keep_duplicates=True, progress=progress, workers_count=workers
                )
    except (sqlite3.Error, StoreError) as exc:
        return ImportReport(), [f"the backup {backup} could not be read ({exc})"]
    finally:
        db.close()
    notes = [f"{len(report.imported)} document(s) the damaged database lost came back from the backup {backup}"] if report.imported else []  # fmt: skip
    return report, notes + [f"the backup's document #{i} could not be read" for i in unreadable]


def _written(
    backup: Path, db: sqlite3.Connection, new: sqlite3.Connection, work: Path
) -> tuple[list[str], list[int]]:
    """The backup's originals the new archive lacks, written under ``work`` (one folder each,
    so two of the same file name stay apart), and the ids whose bytes could not be read."""
    paths, unreadable = [], []
    held = {kept.file_sha256 for kept in documents.originals(new)}  # one read, not one a row
    for original, file_name in documents.live_originals(db):
        if original.file_sha256 in held:
            continue
        try:
            data = read(backup, db, original)
        except (OSError, StoreError):
            unreadable.append(original.id)
            continue
        target = work / str(original.id) / Path(file_name).name
        target.parent.mkdir()
        target.write_bytes(data)
        paths.append(str(target))
    return paths, unreadable
