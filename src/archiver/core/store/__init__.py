"""The SQLite store: connection settings, transactions, schema migrations and the meta table.

Every statement on a table is issued by that table's own module in this package
(``documents``, ``signatures``, ``import_log`` ...); the schema is in ``schema``.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from archiver.core.errors import StoreError
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
    "savepoint",
    "schema_version",
    "set_meta",
    "transaction",
]


def now() -> str:
    """The current UTC time as ISO 8601 text, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the archive database with WAL, foreign keys and rows by name.

    StoreError, naming the file, when it is not a database SQLite can read.
    """
    try:
        return _connect(path, readonly)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not an archive database ({exc})") from exc


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    return db


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
def savepoint(db: sqlite3.Connection, name: str) -> Iterator[sqlite3.Connection]:
    """A nested step inside an open transaction: kept whole, or rolled back whole if it raises."""
    db.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
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


def migrate(db: sqlite3.Connection, path: Path, upto: int | None = None) -> list[int]:
    """Bring the schema up to date (or to version ``upto``: salvage fills an old schema, then
    upgrades it), backing the file up first when it already holds data."""
    current = schema_version(db)
    if current > latest_version():
        raise StoreError(
            f"{path} was written by a newer Archiver (schema {current} > {latest_version()})"
        )
    last = latest_version() if upto is None else upto
    pending = [v for v in sorted(MIGRATIONS) if current < v <= last]
    if pending and current > 0:
        backup(db, path.with_name(f"{path.stem}.v{current}.backup{path.suffix}"))
    for version in pending:
        _apply(db, version, MIGRATIONS[version])
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
