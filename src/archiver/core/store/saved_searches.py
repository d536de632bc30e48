"""The ``saved_search`` table: every statement on it is issued here.

The journaled writes take the step's ``RowLog`` (``store.journal``), which records their inverse.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from archiver.core import store

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("saved_search",)
"""The tables whose every statement this module issues."""

COLUMNS = "id, uuid, name, query, created_at"


def all_rows(db: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every saved search, by name."""
    return db.execute(f"SELECT {COLUMNS} FROM saved_search ORDER BY name COLLATE NOCASE").fetchall()


def row(db: sqlite3.Connection, sid: int) -> sqlite3.Row | None:
    """One saved search's row (None: no such saved search)."""
    try:
        return db.execute(f"SELECT {COLUMNS} FROM saved_search WHERE id = ?", (sid,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        return None


def named(db: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    """The saved search called ``name`` (case aside), None when there is none."""
    return db.execute(
        f"SELECT {COLUMNS} FROM saved_search WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchone()


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, name: str, query: str) -> int:
    """Save a search; its id."""
    return log.insert("saved_search", {"name": name, "query": query, "created_at": store.now()})


def update(log: RowLog, sid: int, changes: dict[str, object]) -> None:
    """Change a saved search's name or query."""
    log.update("saved_search", sid, changes)


def remove(log: RowLog, sid: int) -> None:
    """Delete a saved search."""
    log.delete("saved_search", {"id": sid})
