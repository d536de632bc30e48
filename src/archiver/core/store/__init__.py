"""The SQLite store: connection settings, transactions, schema migrations and the meta table.

Every statement on a table is issued by that table's own module in this package
(``documents``, ``signatures``, ``import_log`` ...); the schema is in ``schema``.
"""

from __future__ import annotations

import shutil
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from archiver.core.disk import is_disk_full, low_on_space, writable
from archiver.core.errors import DiskFull, StoreError
from archiver.core.progress import CancelToken, Progress
from archiver.core.store.schema import MIGRATIONS, Migration

__all__ = [
    "MIGRATIONS",
    "backup",
    "connect",
    "get_meta",
    "integrity_problems",
    "latest_version",
    "migrate",
    "now",
    "pending_migrations",
    "read_only_uri",
    "savepoint",
    "schema_version",
    "set_meta",
    "transaction",
]


def now() -> str:
    """The current UTC time as ISO 8601 text, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


WRITER_CACHE_KB = 16 * 1024  # the page cache of a connection that writes (it grows as used)
# A document row (its packed text and facts) is about a kilobyte: a 4 KiB page holds three
# and leaves a row's half unused on average, 14 % of the table. A new database takes 16 KiB
# pages (3 %); an existing one keeps its size (SQLite changes it only on VACUUM).
PAGE_SIZE = 16384


def connect(path: Path, *, readonly: bool = False, writer: bool = False) -> sqlite3.Connection:
    """Open the archive database with WAL, foreign keys and rows by name.

    ``writer`` says another connection may be writing (read-only opens then always share
    its WAL). StoreError, naming the file, when it is not a database SQLite can read.
    """
    try:
        return _connect(path, readonly, writer)
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc) or (not readonly and low_on_space(path.parent)):
            raise DiskFull(
                f"disk full: no space left on the disk holding {path.parent} to open "
                f"{path.name} for writing; free some space (reading still works)",
                str(path.parent),
            ) from exc
        raise StoreError(f"{path} is damaged or not an archive database ({exc})") from exc


def _connect(path: Path, readonly: bool, writer: bool) -> sqlite3.Connection:
    if readonly:
        db = sqlite3.connect(read_only_uri(path, writer=writer), uri=True, check_same_thread=False)
        try:
            db.execute("SELECT count(*) FROM sqlite_master")  # a damaged file fails here
        except sqlite3.OperationalError:
            if writable(path.parent) and (writer or not low_on_space(path.parent)):
                raise
            # a WAL without its -shm on a read-only medium: the database file alone
            db.close()
            db = sqlite3.connect(read_only_uri(path, immutable=True), uri=True,
                                 check_same_thread=False)  # fmt: skip
            db.execute("SELECT count(*) FROM sqlite_master")
    else:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before the first table: new files only
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # Imports insert rows under random keys (hashes, band keys): with SQLite's 2 MB of
        # cache, a large archive's indexes no longer fit and every insert reads pages back.
        db.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KB}")
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    return db


def read_only_uri(path: Path, *, immutable: bool = False, writer: bool = False) -> str:
    """The URI that reads ``path`` without writing anything beside it.

    Where files can be written, ``mode=ro`` shares the WAL with a writer. On a read-only
    disk, snapshot or share, or a full disk without a ``writer``, SQLite cannot create the
    ``-shm`` and ``-wal`` files a WAL database is read through, so a database whose WAL holds
    nothing is opened ``immutable`` (no locks, no ``-shm``): no one can change it there.
    """
    uri = "file:" + urllib.parse.quote(str(path.absolute()))
    wal = path.with_name(path.name + "-wal")
    waiting = wal.exists() and wal.stat().st_size > 0  # committed pages still in the WAL
    folder = path.parent
    shared = waiting or (writable(folder) and (writer or not low_on_space(folder)))
    return uri + ("?mode=ro&immutable=1" if immutable or not shared else "?mode=ro")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT around the block; ROLLBACK when it raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextmanager
def snapshot(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction around the block, so its reads see one committed state."""
    if db.in_transaction:  # already inside one: its state is the block's
        yield db
        return
    db.execute("BEGIN")
    try:
        yield db
    finally:
        if db.in_transaction:
            db.execute("COMMIT")


@contextmanager
def savepoint(db: sqlite3.Connection, name: str) -> Iterator[sqlite3.Connection]:
    """A nested step inside an open transaction: kept whole, or rolled back whole if it raises."""
    db.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
        if db.in_transaction:  # a full disk (SQLITE_FULL) may have rolled it all back already
            db.execute(f"ROLLBACK TO {name}")
            db.execute(f"RELEASE {name}")
        raise
    db.execute(f"RELEASE {name}")


def integrity_problems(db: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity and foreign-key checks find wrong (empty when all is well)."""
    problems = []
    result = db.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        problems.append(f"database integrity: {result}")
    for row in db.execute("PRAGMA foreign_key_check"):
        problems.append(f"dangling reference in {row[0]} (row {row[1]})")
    return problems


def schema_version(db: sqlite3.Connection) -> int:
    """The schema version written in the database (0 for a new file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    """The schema version this code writes."""
    return max(MIGRATIONS)


def pending_migrations(db: sqlite3.Connection, path: Path, upto: int | None = None) -> list[int]:
    """The versions ``migrate`` would apply, in order; StoreError when a newer Archiver wrote it."""
    current = schema_version(db)
    if current > latest_version():
        raise StoreError(
            f"{path} was written by a newer Archiver (schema {current} > {latest_version()})"
        )
    last = latest_version() if upto is None else upto
    return [v for v in sorted(MIGRATIONS) if current < v <= last]


def migrate(
    db: sqlite3.Connection,
    path: Path,
    upto: int | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Bring the schema up to date (or to version ``upto``: salvage fills an old schema, then
    upgrades it), backing the file up first when it already holds data.

    ``progress(n, m, "schema V")`` follows each of the m migrations (and ``(0, m, "backup")``
    the backup). Each migration commits on its own, so ``cancel`` is checked between them
    (Cancelled): the file is then a whole archive of the last version reached, and the next
    call goes on from there."""
    current = schema_version(db)
    pending = pending_migrations(db, path, upto)
    if pending and current > 0:
        backup(db, path.with_name(f"{path.stem}.v{current}.backup{path.suffix}"))
        if progress is not None:
            progress(0, len(pending), "backup")
    for done, version in enumerate(pending, 1):
        if cancel is not None:
            cancel.check()
        _apply(db, version, MIGRATIONS[version])
        if progress is not None:
            progress(done, len(pending), f"schema {version}")
    return pending


def _apply(db: sqlite3.Connection, version: int, step: Migration) -> None:
    """One migration and its version number, in one transaction."""
    if isinstance(step, str):
        try:
            db.executescript(f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version={version};\nCOMMIT;")
        except Exception:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return
    # Foreign keys off (a no-op inside a transaction, so around it): a migration may rebuild
    # a table, and dropping the old one must not cascade its children away.
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with transaction(db):
            step(db)
            dangling = db.execute("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise StoreError(
                    f"migration {version} left dangling references in {dangling[0][0]}"
                )
            db.execute(f"PRAGMA user_version={version}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")


def backup(db: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the live database to ``target``."""
    tmp = target.with_suffix(target.suffix + ".tmp")
    dest = sqlite3.connect(tmp)
    try:
        db.backup(dest)
    finally:
        dest.close()
    shutil.move(tmp, target)
    return target


def get_meta(db: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    """A value from the meta table."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    """Write a value to the meta table."""
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
