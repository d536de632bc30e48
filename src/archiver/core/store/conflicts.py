"""The ``sync_conflict`` table: a field two copies changed differently, both values kept.

A merge records one row per conflict (the local value stays in force); resolving marks the
row and says which value was picked. Both writes are journaled (undoing a merge takes its
conflicts back with it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from archiver.core import store

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("sync_conflict",)
"""The tables whose every statement this module issues."""

_COLUMNS = ("id, record_table, record, field, label, local, remote, remote_author,"
            " remote_change, at, resolved_at, picked")  # fmt: skip


def _row(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    found["local"], found["remote"] = json.loads(found["local"]), json.loads(found["remote"])
    return found


def add(log: RowLog, values: dict[str, Any]) -> int | None:
    """Record a conflict (``values``: record_table, record, field, label, local, remote,
    remote_author, remote_change); its id, None when this one is recorded already."""
    found = log.db.execute(
        "SELECT id FROM sync_conflict WHERE remote_change = ? AND record = ? AND field = ?",
        (values["remote_change"], values["record"], values["field"]),
    ).fetchone()
    if found is not None:
        return None
    row = {**values, "local": json.dumps(values["local"], ensure_ascii=False),
           "remote": json.dumps(values["remote"], ensure_ascii=False), "at": store.now()}  # fmt: skip
    return log.insert("sync_conflict", row)


def listed(db: sqlite3.Connection, *, open_only: bool = True) -> list[dict[str, Any]]:
    """Conflicts, oldest first (only those not resolved, unless asked)."""
    where = " WHERE resolved_at IS NULL" if open_only else ""
    sql = f"SELECT {_COLUMNS} FROM sync_conflict{where} ORDER BY id"
    return [_row(r) for r in db.execute(sql)]


def get(db: sqlite3.Connection, conflict_id: int) -> dict[str, Any] | None:
    """One conflict (None: no such conflict)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM sync_conflict WHERE id = ?", (conflict_id,)
    ).fetchone()
    return _row(row) if row is not None else None


def open_for(db: sqlite3.Connection, record: str, field: str) -> list[int]:
    """Open conflicts on one field of one record."""
    rows = db.execute(
        "SELECT id FROM sync_conflict WHERE record = ? AND field = ? AND resolved_at IS NULL",
        (record, field),
    )
    return [r[0] for r in rows]


def resolve(log: RowLog, conflict_id: int, picked: str) -> None:
    """Mark a conflict resolved with the value picked (``local``, ``remote`` or ``value``)."""
    log.update("sync_conflict", conflict_id, {"resolved_at": store.now(), "picked": picked})


def open_count(db: sqlite3.Connection) -> int:
    """How many conflicts wait for a decision."""
    return int(
        db.execute("SELECT COUNT(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
    )


def label_of(table: str, row: Mapping[str, Any]) -> str:
    """How a record is named to the user: a participant's name, a document's title …"""
    for name in ("name", "title", "alias", "what", "quote", "body"):  # body: a memo's text
        if row.get(name):
            return str(row[name])
    return table.replace("_", " ")
