"""Upgrading an archive's schema before it opens: what is pending, and running it with progress.

``Archive.open`` migrates inline (the CLI relies on that); a caller that must not wait there
(the GUI thread) asks ``pending_upgrade`` first and runs ``run_upgrade`` on a worker, after
which the open finds nothing to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from archiver.core import store
from archiver.core.archive import DB_NAME, opening_error, refuse_lost_database, refuse_unwritable
from archiver.core.disk import writable
from archiver.core.errors import StoreError
from archiver.core.lock import WriterLock
from archiver.core.progress import CancelToken, Progress


@dataclass(frozen=True)
class Upgrade:
    """The migrations an archive needs before this version of Archiver can write it."""

    root: Path
    current: int  # the schema version the file holds
    latest: int  # the version this code writes
    versions: tuple[int, ...]  # each migration to run, in order: one step each

    @property
    def steps(self) -> int:
        """How many migrations run (one progress step each)."""
        return len(self.versions)


def pending_upgrade(root: Path | str) -> Upgrade | None:
    """The upgrade ``root`` needs, or None: up to date, new (nothing stored yet), not writable,
    or a file the open itself will refuse with its own message (damaged, newer)."""
    path = Path(root).expanduser().resolve()
    db_file = path / DB_NAME
    if not db_file.is_file() or db_file.stat().st_size == 0 or not writable(path):
        return None
    try:
        db = store.connect(db_file, readonly=True, writer=True)
    except StoreError:
        return None
    try:
        current = store.schema_version(db)
        if current == 0:
            return None  # created, never filled: the open makes its tables at once
        versions = store.pending_migrations(db, db_file)
    except (StoreError, sqlite3.Error):
        return None
    finally:
        db.close()
    if not versions:
        return None
    return Upgrade(path, current, store.latest_version(), tuple(versions))


def run_upgrade(
    upgrade: Upgrade,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    role: str = "",
) -> list[int]:
    """Run the pending migrations under the writer lock; the versions applied.

    Each migration is one transaction: one that fails leaves the archive at the version
    before it (its own changes rolled back), and a ``cancel`` (Cancelled, checked between
    them) at the last version reached; the next open goes on from there. Locked when
    another process writes the archive."""
    root = upgrade.root
    refuse_lost_database(root)
    refuse_unwritable(root)
    lock = WriterLock(root / "archive.lock", role)
    lock.acquire()
    try:
        db = store.connect(root / DB_NAME)
        try:
            return store.migrate(db, root / DB_NAME, progress=progress, cancel=cancel)
        finally:
            db.close()
    except Exception as exc:
        plain = opening_error(root, exc)
        if plain is None:
            raise
        raise plain from exc
    finally:
        lock.release()
