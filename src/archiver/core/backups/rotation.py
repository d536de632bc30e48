"""Automatic backups: one a day the archive is opened, the newest N kept, beside the archive.

They live beside the archive folder (``<archive>-backups/``), not inside it: a copy of the
archive folder made by hand or by a sync tool would otherwise carry N more copies of the
database and, since few tools keep hard links, N more copies of every original. Beside it
they stay on the same file system, so their originals are hard links and cost no space.
"""

from __future__ import annotations

import shutil
import time
from datetime import datetime
from pathlib import Path

from archiver.core.backups.found import PREFIX, automatic_backups
from archiver.core.backups.making import BackupReport, make_backup
from archiver.core.progress import Progress

_STALE_PARTIAL = 24 * 3600  # seconds: a partial folder older than this was left by a crash


def is_due(folder: Path, now: datetime | None = None) -> bool:
    """True when no automatic backup was made today (local time)."""
    today = (now or datetime.now()).strftime("%Y%m%d")
    newest = automatic_backups(folder)
    return not newest or newest[0].name[len(PREFIX) : len(PREFIX) + 8] < today


def automatic_backup(
    root: Path,
    folder: Path,
    keep: int,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupReport | None:
    """Today's backup of ``root`` into ``folder`` unless there is one; then keep the newest
    ``keep``. None when none was due."""
    if not is_due(folder, now):
        return None
    name = f"{PREFIX}{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}"
    report = make_backup(root, folder / name, automatic=True, progress=progress)
    rotate(folder, keep)
    return report


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove automatic backups beyond the newest ``keep`` (at least one stays), and partial
    folders a crash left; the removed paths. Backups made by hand are never touched."""
    removed = automatic_backups(folder)[max(keep, 1) :]
    cutoff = time.time() - _STALE_PARTIAL
    removed += [
        p for p in folder.glob(f".{PREFIX}*.partial-*") if p.is_dir() and p.stat().st_mtime < cutoff
    ]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed
