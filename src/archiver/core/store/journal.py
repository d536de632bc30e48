"""The ``annotation_log`` table (the journal of every change), and the row log that records
each journaled write's inverse.

Every statement on ``annotation_log`` is issued here. The journaled writes are offered by the
tables' own modules; they go through a ``RowLog``, which issues them (insert, delete, update
by a ``where`` of columns) and records the row itself, so that ``replay`` can put it back.
Replaying a list of operations returns their own inverse: undo records the forward
operations that redo replays, and redo records the inverse again. Only the tables those
modules own may be written so.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from archiver.core.errors import Invalid
from archiver.core.idsets import IdRanges
from archiver.core.store import (
    changelog,
    collections,
    commitments,
    conflicts,
    documents,
    get_meta,
    identity,
    memos,
    mentions,
    participants,
    saved_searches,
    set_meta,
    span_tags,
    suggestion_blocks,
    tags,
    uuid_aliases,
)

TABLES = ("annotation_log",)
"""The tables whose every statement this module issues."""

JOURNALED = frozenset(
    participants.TABLES
    + mentions.TABLES
    + commitments.TABLES
    + tags.TABLES
    + suggestion_blocks.TABLES
    + memos.TABLES
    + collections.TABLES
    + saved_searches.TABLES
    + span_tags.TABLES
    + documents.TABLES
    + changelog.TABLES
    + conflicts.TABLES
    + uuid_aliases.TABLES
)  # the tables whose writes are journaled, by the modules that own them (a merge journals
# the changes, conflicts and UUID matches it brings in, so that undoing it takes them back)
PARENTS = {"document_id": "document", "participant_id": "participant", "span_id": "span",
           "commitment_id": "commitment", "tag_id": "tag", "parent_id": "participant",
           "updates_id": "commitment", "fulfils_id": "commitment", "collection_id": "collection",
           "collection_parent_id": "collection", "blocked_alias_id": "participant_alias"}  # fmt: skip
"""Columns that name a record of another table: a row with one depends on that record."""
Op = list[Any]
# ["insert", table, row] | ["delete", table, where, row] | ["update", table, where, old]
# | ["set", table, ids, values] (the rows of an id set, ``IdRanges.to_json``, given the same
# values: an import batch's in one op). A delete keeps the row it takes back, so that
# ``records`` knows what the row named.
Effect = list[Any]
# What a write did, for the portable change log (``store.portable``): ["insert", table, row]
# | ["delete", table, row] | ["update", table, where, new, old] | ["added", table, id] (a row
# an import batch or a merge stored outside the log) | ["added", table, IdRanges] (a batch's)
# | ["set", table, IdRanges, new, old] (the rows of a set that had ``old``)


class RowLog:
    """Row writes to journaled tables in one step, each recorded with its inverse."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.ops: list[Op] = []  # the inverse of each write, in the order of the writes
        self.effects: list[Effect] = []  # what each write did, in the same order

    def insert(self, table: str, values: dict[str, Any], key: Sequence[str] = ("id",)) -> int:
        """Insert a row (given its UUID when its table has them); its inverse deletes it (by id,
        or by the columns of ``key``)."""
        new_uuid = identity.for_row(table, values) if "uuid" not in values else None
        if new_uuid is not None:
            values = {**values, "uuid": new_uuid}
        row_id = _insert_row(self.db, table, values)
        where = {"id": row_id} if tuple(key) == ("id",) else {k: values[k] for k in key}
        self.ops.append(["delete", table, where, {**values, **where}])
        self.effects.append(["insert", table, {**values, **where}])
        return row_id

    def delete(self, table: str, where: dict[str, Any]) -> int:
        """Delete rows (their cascaded children must be deleted first); how many."""
        rows = _select_rows(self.db, table, where)
        self.ops += [["insert", table, row] for row in rows]
        self.effects += [["delete", table, row] for row in rows]
        _delete_rows(self.db, table, where)
        return len(rows)

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        """Change columns of one row (by id); its inverse restores them."""
        if not changes:
            return
        old = _select_columns(self.db, table, {"id": row_id}, changes)
        self.ops.append(["update", table, {"id": row_id}, old])
        self.effects.append(["update", table, {"id": row_id}, dict(changes), old])
        _update_rows(self.db, table, {"id": row_id}, changes)

    def set(self, table: str, ids: IdRanges, values: dict[str, Any]) -> None:
        """Give the rows of an id set these values, journaled as a few operations however
        many rows: one per distinct old value, whose inverse sets those rows back."""
        for old, held in _set_rows(self.db, _table(table), ids, values):
            self.ops.append(["set", table, held.to_json(), old])
            self.effects.append(["set", table, held, dict(values), old])

    def written_set(self, table: str, ids: IdRanges, inverse: dict[str, Any]) -> None:
        """Journal the rows of an id set written outside the log (an import batch's, a
        merge's new documents) as one operation: its inverse sets ``inverse`` on all of them."""
        self.ops.append(["set", _table(table), ids.to_json(), inverse])
        self.effects.append(["added", table, ids])


def _table(table: str) -> str:
    if table not in JOURNALED:
        raise Invalid(f"cannot journal a change to {table}")
    return table


def _where(where: dict[str, Any]) -> tuple[str, list[Any]]:
    # IS, not =: a restored row of a table without ids is matched on every column, NULLs too
    return " AND ".join(f'"{k}" IS ?' for k in where), list(where.values())


def _insert_row(db: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """Insert one row of a journaled table; returns its rowid."""
    cols = ", ".join(f'"{c}"' for c in values)
    cursor = db.execute(
        f"INSERT INTO {_table(table)} ({cols}) VALUES ({','.join('?' * len(values))})",
        list(values.values()),
    )
    return int(cursor.lastrowid or 0)


def _select_rows(db: sqlite3.Connection, table: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    """The whole rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    whole = documents.plain if table == "document" else dict  # what the journal keeps is text
    return [whole(r) for r in db.execute(f"SELECT * FROM {_table(table)} WHERE {cond}", args)]


def _delete_rows(db: sqlite3.Connection, table: str, where: dict[str, Any]) -> None:
    """Delete the rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    db.execute(f"DELETE FROM {_table(table)} WHERE {cond}", args)


def _select_columns(
    db: sqlite3.Connection, table: str, where: dict[str, Any], columns: Iterable[str]
) -> dict[str, Any]:
    """Some columns of the row matching ``where`` in a journaled table."""
    cols = ", ".join(f'"{c}"' for c in columns)
    cond, args = _where(where)
    row = db.execute(f"SELECT {cols} FROM {_table(table)} WHERE {cond}", args).fetchone()
    return dict(row) if row is not None else {}


def _update_rows(
    db: sqlite3.Connection, table: str, where: dict[str, Any], changes: dict[str, Any]
) -> None:
    """Set columns of the rows of a journaled table that match ``where``."""
    cond, args = _where(where)
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    db.execute(f"UPDATE {_table(table)} SET {sets} WHERE {cond}", [*changes.values(), *args])


def _set_rows(
    db: sqlite3.Connection, table: str, ids: IdRanges, values: dict[str, Any]
) -> list[tuple[dict[str, Any], IdRanges]]:
    """Give the rows of an id set these values; returns the rows held, grouped by the values
    they had (runs built as the rows are read, so a batch costs a few numbers, not a row each)."""
    columns = list(values)
    cols = ", ".join(f'"{c}"' for c in columns)
    groups: dict[tuple[Any, ...], list[tuple[int, int]]] = {}
    for first, last in ids.runs:
        sql = f"SELECT id, {cols} FROM {_table(table)} WHERE id BETWEEN ? AND ? ORDER BY id"
        for row in db.execute(sql, (first, last)):
            runs = groups.setdefault(tuple(row[1:]), [])
            if runs and runs[-1][1] == row[0] - 1:
                runs[-1] = (runs[-1][0], row[0])
            else:
                runs.append((row[0], row[0]))
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        db.execute(f"UPDATE {_table(table)} SET {sets} WHERE id BETWEEN ? AND ?",
                   [*values.values(), first, last])  # fmt: skip
    return [
        (dict(zip(columns, old, strict=True)), IdRanges.from_runs(runs))
        for old, runs in groups.items()
    ]


def replay(db: sqlite3.Connection, ops: list[Op], effects: list[Effect] | None = None) -> list[Op]:
    """Apply recorded operations, last first; returns their inverse (to replay in turn).
    What each did is appended to ``effects`` when it is given (for the change log)."""
    inverse: list[Op] = []
    done: list[Effect] = [] if effects is None else effects
    for op in reversed(ops):
        kind, table = op[0], op[1]
        if kind == "set":
            for old, held in _set_rows(db, table, IdRanges.from_json(op[2], "journal"), op[3]):
                inverse.append(["set", table, held.to_json(), old])
                done.append(["set", table, held, dict(op[3]), old])
        elif kind == "delete":
            rows = _select_rows(db, table, op[2])
            inverse += [["insert", table, row] for row in rows]
            done += [["delete", table, row] for row in rows]
            _delete_rows(db, table, op[2])
        elif kind == "insert":
            _insert_row(db, table, op[2])
            row = op[2]
            inverse.append(["delete", table, {"id": row["id"]} if "id" in row else row, row])
            done.append(["insert", table, row])
        else:
            old = _select_columns(db, table, op[2], op[3])
            inverse.append(["update", table, op[2], old])
            done.append(["update", table, op[2], dict(op[3]), old])
            _update_rows(db, table, op[2], op[3])
    return inverse


def records(ops: list[Op]) -> tuple[set[str], set[str]]:
    """The records operations write (``table:id``, or a whole row of a link table) and the
    records those rows name (``document:3``): two changes depend on each other when one
    writes what the other writes or names."""
    own: set[str] = set()
    named: set[str] = set()
    for op in ops:
        if op[0] == "set":  # the rows of an id set: each is written; values name no record
            own.update(f"{op[1]}:{row_id}" for row_id in IdRanges.from_json(op[2], "journal"))
            continue
        row = {**op[2], **op[3]} if len(op) > 3 else op[2]
        key = op[2].get("id") if isinstance(op[2], dict) else None
        own.add(
            f"{op[1]}:{key}" if key is not None else f"{op[1]}:{json.dumps(op[2], sort_keys=True)}"
        )
        named.update(f"{PARENTS[c]}:{v}" for c, v in row.items() if c in PARENTS and v is not None)
    return own, named


# -- the journal's entries -----------------------------------------------------------------


def append(
    db: sqlite3.Connection,
    at: str,
    author: str,
    kind: str,
    documents: list[Any],
    inverse: list[Op],
    change: dict[str, Any],
    uuid: str | None = None,
) -> int:
    """Write one journal entry (with this UUID, or a new one); returns its id. Entries undone
    until now can no longer be redone (a new change after undos starts a new line)."""
    db.execute("UPDATE annotation_log SET redoable = 0 WHERE redoable = 1")
    cursor = db.execute(
        "INSERT INTO annotation_log(at, author, label, kind, documents, inverse, change_json,"
        " uuid, replica) VALUES (?,?,?,?,?,?,?,?,?)",
        (at, author, kind, kind, json.dumps(documents), json.dumps(inverse, ensure_ascii=False),
         json.dumps(change, ensure_ascii=False), uuid or identity.fresh(), replica(db)),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def trim(db: sqlite3.Connection, keep: int) -> None:
    """Keep only the newest ``keep`` entries."""
    db.execute(
        "DELETE FROM annotation_log WHERE id <= (SELECT MAX(id) FROM annotation_log) - ?", (keep,)
    )


_LIGHT = "id, uuid, at, author, replica, label, kind, documents, change_json, undone, redoable"
# what a history line or a menu label needs: not the operations (an import's are large)


def entries(db: sqlite3.Connection, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """The newest entries first, each as a dict of its columns (operations left out)."""
    sql = f"SELECT {_LIGHT} FROM annotation_log ORDER BY id DESC LIMIT ? OFFSET ?"
    return [dict(r) for r in db.execute(sql, (limit, offset))]


def entries_of_kind(db: sqlite3.Connection, kind: str, limit: int) -> list[dict[str, Any]]:
    """The newest entries of one kind that are not undone, newest first (operations left out)."""
    sql = (
        f"SELECT {_LIGHT} FROM annotation_log WHERE kind = ? AND undone = 0"
        " ORDER BY id DESC LIMIT ?"
    )
    return [dict(r) for r in db.execute(sql, (kind, limit))]


def trashed_by_undo(db: sqlite3.Connection, entry_id: int) -> list[Any]:
    """The documents undoing this entry would move to the trash (those an import or a merge
    stored): the ids of its one-document operations and the id runs (JSON) of its id-set ones,
    read from its operations in SQLite (a merge's are megabytes of other rows)."""
    rows = db.execute(
        "SELECT json_extract(op.value, '$[0]'), json_extract(op.value, '$[2]')"
        " FROM annotation_log AS e, json_each(e.inverse) AS op"
        " WHERE e.id = ? AND json_extract(op.value, '$[1]') = 'document'"
        " AND json_extract(op.value, '$[0]') IN ('update', 'set')"
        " AND json_extract(op.value, '$[3].trashed_at') IS NOT NULL"
        " AND (SELECT count(*) FROM json_each(op.value, '$[3]')) = 1",
        (entry_id,),
    )
    found: list[Any] = []
    for verb, target in rows:
        where = json.loads(target)
        found.extend(where if verb == "set" else [where.get("id")])
    return [piece for piece in found if piece is not None]


def entry(db: sqlite3.Connection, entry_id: int) -> dict[str, Any] | None:
    """One entry, None when there is none with this id (or it was forgotten)."""
    row = db.execute("SELECT * FROM annotation_log WHERE id = ?", (entry_id,)).fetchone()
    return dict(row) if row is not None else None


def newest_done(db: sqlite3.Connection, after: int = 0) -> dict[str, Any] | None:
    """The newest entry not undone, among those with an id above ``after`` (operations left
    out: ``entry`` reads them)."""
    row = db.execute(
        f"SELECT {_LIGHT} FROM annotation_log WHERE undone = 0 AND id > ? ORDER BY id DESC LIMIT 1",
        (after,),
    ).fetchone()
    return dict(row) if row is not None else None


def newest_redoable(db: sqlite3.Connection, after: int = 0) -> dict[str, Any] | None:
    """The entry undone last that can still be redone, among undos numbered above ``after``
    (operations left out: ``entry`` reads them)."""
    row = db.execute(
        f"SELECT {_LIGHT} FROM annotation_log WHERE redoable = 1 AND undone > ?"
        " ORDER BY undone DESC LIMIT 1",
        (after,),
    ).fetchone()
    return dict(row) if row is not None else None


def done_after(db: sqlite3.Connection, entry_id: int) -> list[dict[str, Any]]:
    """Entries newer than this one that are not undone, oldest first (with their inverse)."""
    sql = f"SELECT {_LIGHT}, inverse FROM annotation_log WHERE undone = 0 AND id > ? ORDER BY id"
    return [dict(r) for r in db.execute(sql, (entry_id,))]


def replica(db: sqlite3.Connection) -> str:
    """This archive copy's UUID (made on first use: archives from before version 7 get theirs
    from the migration)."""
    found = get_meta(db, identity.REPLICA)
    if found is None:
        found = identity.fresh()
        set_meta(db, identity.REPLICA, found)
    return found


LAST_UNDO = "last_undo"  # meta key: the number of the latest undo (they only go up)


def marks(db: sqlite3.Connection) -> tuple[int, int]:
    """The newest entry's id and the latest undo's number (0, 0 for an empty journal)."""
    row = db.execute("SELECT MAX(id), MAX(undone) FROM annotation_log").fetchone()
    return int(row[0] or 0), max(int(row[1] or 0), int(get_meta(db, LAST_UNDO, "0") or 0))


def set_undone(db: sqlite3.Connection, entry_id: int, forward: list[Op]) -> None:
    """Mark an entry undone (numbered after every earlier undo), keeping what redo replays."""
    number = marks(db)[1] + 1
    set_meta(db, LAST_UNDO, str(number))
    db.execute(
        "UPDATE annotation_log SET undone = ?, redoable = 1, forward = ? WHERE id = ?",
        (number, json.dumps(forward, ensure_ascii=False), entry_id),
    )


def set_redone(db: sqlite3.Connection, entry_id: int, inverse: list[Op]) -> None:
    """Mark an entry done again, keeping its new inverse for the next undo."""
    db.execute(
        "UPDATE annotation_log SET undone = 0, redoable = 0, forward = '[]', inverse = ?"
        " WHERE id = ?",
        (json.dumps(inverse, ensure_ascii=False), entry_id),
    )


def remove(db: sqlite3.Connection, entry_id: int) -> None:
    """Delete one entry."""
    db.execute("DELETE FROM annotation_log WHERE id = ?", (entry_id,))


EMPTIED = "emptied"  # an entry's change: its documents deleted for good since


def forget_documents(db: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Delete the entries whose every document is among these (deleted for good); an entry
    that names others too stays in the history, naming those, the ids it lost kept as
    ``emptied`` in its change: it can no longer be undone or redone. An entry's documents are ids and
    ``[first, last]`` runs (``IdRanges.to_json``)."""
    gone = set(ids)
    if not gone:
        return
    touched = db.execute(
        "SELECT id, documents, change_json FROM annotation_log WHERE EXISTS (SELECT 1 FROM"
        " json_each(annotation_log.documents) AS d, json_each(?) AS w WHERE (d.type ="
        " 'integer' AND d.value = w.value) OR (d.type = 'array' AND w.value BETWEEN"
        " json_extract(d.value, '$[0]') AND json_extract(d.value, '$[1]')))",
        (json.dumps(sorted(gone)),),
    ).fetchall()
    for entry_id, listed, change_json in touched:
        named = set(IdRanges.from_json(json.loads(listed), f"change {entry_id}"))
        if named <= gone:
            remove(db, entry_id)
            continue
        change = json.loads(change_json or "{}")
        earlier = IdRanges.from_json(change.get(EMPTIED, []), f"change {entry_id}")
        change[EMPTIED] = IdRanges([*earlier, *(named & gone)]).to_json()
        db.execute(
            "UPDATE annotation_log SET change_json = ?, documents = ? WHERE id = ?",
            (json.dumps(change, ensure_ascii=False),
             json.dumps(IdRanges(named - gone).to_json()), entry_id),
        )  # fmt: skip


def emptied(entry: dict[str, Any]) -> IdRanges:
    """The documents of an entry emptied from the trash since (``forget_documents``)."""
    change = json.loads(entry.get("change_json") or "{}")
    return IdRanges.from_json(change.get(EMPTIED, []), f"change {entry.get('id')}")
