"""The ``annotation_log`` table, and the generic row changes the journal records and replays.

Every statement on ``annotation_log`` is issued here. The journal also writes rows of the
journaled annotation tables generically (insert, delete, update by a ``where`` of columns),
because what it records is the row itself, so that the inverse can put it back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from archiver.core.errors import Invalid

TABLES = ("annotation_log",)
"""The tables whose every statement this module issues."""

JOURNALED = frozenset(
    {"participant", "participant_alias", "span", "mention", "commitment", "commitment_actor",
     "tag", "document_tag"}
)  # fmt: skip
Op = list[Any]  # ["insert", table, row] | ["delete", table, where] | ["update", table, where, old]


def _table(table: str) -> str:
    if table not in JOURNALED:
        raise Invalid(f"cannot journal a change to {table}")
    return table


def _where(where: dict[str, Any]) -> tuple[str, list[Any]]:
    return " AND ".join(f'"{k}" = ?' for k in where), list(where.values())


def insert_row(db: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """Insert one row of a journaled table; returns its rowid."""
    cols = ", ".join(f'"{c}"' for c in values)
    cursor = db.execute(
        f"INSERT INTO {_table(table)} ({cols}) VALUES ({','.join('?' * len(values))})",
        list(values.values()),
    )
    return int(cursor.lastrowid or 0)


def select_rows(db: sqlite3.Connection, table: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    """The whole rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    return [dict(r) for r in db.execute(f"SELECT * FROM {_table(table)} WHERE {cond}", args)]


def delete_rows(db: sqlite3.Connection, table: str, where: dict[str, Any]) -> None:
    """Delete the rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    db.execute(f"DELETE FROM {_table(table)} WHERE {cond}", args)


def select_columns(
    db: sqlite3.Connection, table: str, row_id: int, columns: Iterable[str]
) -> dict[str, Any]:
    """Some columns of one row (by id) of a journaled table."""
    cols = ", ".join(f'"{c}"' for c in columns)
    row = db.execute(f"SELECT {cols} FROM {_table(table)} WHERE id = ?", (row_id,)).fetchone()
    return dict(row) if row is not None else {}


def update_rows(
    db: sqlite3.Connection, table: str, where: dict[str, Any], changes: dict[str, Any]
) -> None:
    """Set columns of the rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    db.execute(f"UPDATE {_table(table)} SET {sets} WHERE {cond}", [*changes.values(), *args])


def apply_inverse(db: sqlite3.Connection, ops: list[Op]) -> None:
    """Replay the inverse operations of one step, last first."""
    for op in reversed(ops):
        kind, table = op[0], op[1]
        if kind == "delete":
            delete_rows(db, table, op[2])
        elif kind == "insert":
            insert_row(db, table, op[2])
        else:
            update_rows(db, table, op[2], op[3])


def append(
    db: sqlite3.Connection,
    at: str,
    kind: str,
    documents: list[int],
    inverse: list[Op],
    change: dict[str, Any],
) -> int:
    """Write one journal entry; returns its id."""
    cursor = db.execute(
        "INSERT INTO annotation_log(at, label, kind, documents, inverse, change_json)"
        " VALUES (?,?,?,?,?,?)",
        (at, kind, kind, json.dumps(documents), json.dumps(inverse, ensure_ascii=False),
         json.dumps(change, ensure_ascii=False)),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def trim(db: sqlite3.Connection, keep: int) -> None:
    """Keep only the newest ``keep`` entries."""
    db.execute(
        "DELETE FROM annotation_log WHERE id <= (SELECT MAX(id) FROM annotation_log) - ?", (keep,)
    )


def last(db: sqlite3.Connection) -> dict[str, Any] | None:
    """The newest entry as a dict of its columns (an old archive may lack kind/change_json)."""
    row = db.execute("SELECT * FROM annotation_log ORDER BY id DESC LIMIT 1").fetchone()
    return dict(row) if row is not None else None


def remove(db: sqlite3.Connection, entry_id: int) -> None:
    """Delete one entry."""
    db.execute("DELETE FROM annotation_log WHERE id = ?", (entry_id,))


def forget_documents(db: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Delete the entries that touched any of these documents (they were deleted)."""
    for doc_id in ids:
        db.execute(
            "DELETE FROM annotation_log WHERE EXISTS"
            " (SELECT 1 FROM json_each(annotation_log.documents) WHERE value = ?)",
            (doc_id,),
        )
