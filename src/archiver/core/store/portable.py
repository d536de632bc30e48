"""Rows and changes in portable terms: UUIDs instead of local ids, for other copies.

A portable row is a row of a journaled table without its ``id``, every column that names
another record (``document_id``, ``parent_id`` …) replaced by that record's UUID under the
name without ``_id`` (``document``, ``parent`` …); a link row (``commitment_actor``,
``document_tag``) is the UUIDs of the records it links. A portable operation is one of

    {"op": "insert", "table": t, "row": row}
    {"op": "delete", "table": t, "row": row}            (the row as it was)
    {"op": "update", "table": t, "key": key, "new": {…}, "old": {…}}
    {"op": "add", "table": "document", "key": {"uuid": u}}   (stored by an import or merge)

where ``key`` is ``{"uuid": u}`` or, for a link row, its UUIDs. Like ``store.journal``, this
module reads the journaled tables generically (their owners' modules hold every other
statement); it writes nothing. A document row is read with its texts unpacked
(``documents.plain``): what travels is plain text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from archiver.core.errors import Invalid, UnknownRecord
from archiver.core.idsets import IdRanges
from archiver.core.store import changelog, conflicts, documents, identity, uuid_aliases
from archiver.core.store.journal import JOURNALED, PARENTS, Effect

RECORDS = ("participant", "participant_alias", "tag", "span", "commitment", "mention",
           "commitment_actor", "document_tag", "collection", "document_collection",
           "saved_search", "suggestion_block", "memo", "span_tag")  # fmt: skip
"""The tables of records that travel as rows, parents before the rows that name them."""
TRAVELS = frozenset(RECORDS) | {"document"}
"""Tables whose changes travel (the sync tables are this copy's own business)."""
LOCAL_ONLY = frozenset(changelog.TABLES + conflicts.TABLES + uuid_aliases.TABLES)
LINK_KEYS = {"commitment_actor": ("commitment_id", "participant_id", "role"),
             "document_tag": ("document_id", "tag_id"),
             "document_collection": ("document_id", "collection_id"),
             "span_tag": ("span_id", "tag_id")}  # fmt: skip
"""The columns that identify a link row (the tables without ids of their own)."""
PARTS = {"commitment": ("commitment_actor", "commitment")}
"""Records stored whole with their parts: table -> (the parts' table, their field naming it)."""
REFS = {column: column.removesuffix("_id") for column in PARENTS}
"""Local column -> its portable name (``parent_id`` -> ``parent``)."""
COLUMNS = {name: column for column, name in REFS.items()}
UuidOf = Callable[[str, int], str | None]
IdOf = Callable[[str, str], int | None]


def _table(table: str) -> str:
    if table not in JOURNALED:
        raise Invalid(f"no such table of records: {table}")
    return table


def uuid_map(db: sqlite3.Connection, table: str) -> dict[int, str]:
    """Every row's id -> UUID of a table of records."""
    return {r[0]: r[1] for r in db.execute(f"SELECT id, uuid FROM {_table(table)}")}


def uuid_of(db: sqlite3.Connection, table: str, row_id: int) -> str | None:
    """One row's UUID (None: no such row)."""
    row = db.execute(f"SELECT uuid FROM {_table(table)} WHERE id = ?", (row_id,)).fetchone()
    return row[0] if row is not None else None


def id_of(db: sqlite3.Connection, table: str, uuid: str) -> int | None:
    """The id of the row with this UUID (None: not held here)."""
    row = db.execute(f"SELECT id FROM {_table(table)} WHERE uuid = ?", (uuid,)).fetchone()
    return int(row[0]) if row is not None else None


def rows(
    db: sqlite3.Connection, table: str, column: str | None = None, values: Iterable[Any] = ()
) -> list[dict[str, Any]]:
    """Whole rows of a table of records: all, or those whose ``column`` is one of ``values``."""
    sql, whole = f"SELECT * FROM {_table(table)}", _whole(table)
    if column is None:
        return [whole(r) for r in db.execute(sql)]
    if column not in {r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
        raise Invalid(f"no column {column} in {table}")
    wanted, found = list(values), []
    for start in range(0, len(wanted), 900):
        part = wanted[start : start + 900]
        marks = ",".join("?" * len(part))
        found += [whole(r) for r in db.execute(f'{sql} WHERE "{column}" IN ({marks})', part)]
    return found


def _whole(table: str) -> Callable[[Any], dict[str, Any]]:
    """How a whole row of ``table`` is read: a document's texts unpacked."""
    return documents.plain if table == "document" else dict


def held_ids(db: sqlite3.Connection, table: str, ids: Iterable[int]) -> set[int]:
    """Those of ``ids`` whose row is in the table now."""
    wanted, found = sorted(ids), set[int]()
    for start in range(0, len(wanted), 900):  # under SQLite's limit of bound parameters
        part = wanted[start : start + 900]
        marks = ", ".join("?" * len(part))
        sql = f"SELECT id FROM {_table(table)} WHERE id IN ({marks})"
        found.update(int(r[0]) for r in db.execute(sql, part))
    return found


def row_where(
    db: sqlite3.Connection, table: str, where: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The one row matching ``where`` (columns of the table), None when there is none."""
    known = {r[1] for r in db.execute(f"PRAGMA table_info({_table(table)})")}
    if not where or set(where) - known:
        raise Invalid(f"cannot find a row of {table} by {sorted(where)}")
    cond = " AND ".join(f'"{c}" IS ?' for c in where)
    row = db.execute(f"SELECT * FROM {table} WHERE {cond}", list(where.values())).fetchone()
    return _whole(table)(row) if row is not None else None


def references(db: sqlite3.Connection, table: str) -> dict[str, str]:
    """The columns of a table that name a record (read from the schema): column -> table."""
    found = db.execute(f"PRAGMA foreign_key_list({_table(table)})")
    return {fk["from"]: fk["table"] for fk in found if fk["table"] in JOURNALED}


def dependents(db: sqlite3.Connection, table: str, row_id: int) -> int:
    """How many rows of other tables of records name this one (a delete would take them)."""
    total = 0
    for child in RECORDS:
        for fk in db.execute(f"PRAGMA foreign_key_list({child})"):
            if fk["table"] == _table(table):
                sql = f'SELECT COUNT(*) FROM {child} WHERE "{fk["from"]}" = ?'
                total += int(db.execute(sql, (row_id,)).fetchone()[0])
    return total


# -- translation ---------------------------------------------------------------------------


def to_portable(table: str, row: Mapping[str, Any], uuid_of_: UuidOf) -> dict[str, Any]:
    """A local row (or some of its columns) in portable terms."""
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column == "id":
            continue
        if column in REFS:
            out[REFS[column]] = None if value is None else uuid_of_(PARENTS[column], value)
        else:
            out[column] = value
    return out


def to_local(table: str, row: Mapping[str, Any], id_of_: IdOf) -> dict[str, Any]:
    """A portable row (or some of its fields) in local terms; UnknownRecord when it names a
    record not held here."""
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name in COLUMNS:
            column = COLUMNS[name]
            if value is None:
                out[column] = None
                continue
            local = id_of_(PARENTS[column], str(value))
            if local is None:
                raise UnknownRecord(PARENTS[column], str(value))
            out[column] = local
        elif name != "id":
            out[name] = value
    return out


def key_of(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The key that names a portable row: its UUID, or the UUIDs a link row links."""
    if table in LINK_KEYS:
        return {REFS.get(c, c): row.get(REFS.get(c, c)) for c in LINK_KEYS[table]}
    return {"uuid": row.get("uuid")}


def uuids_of(db: sqlite3.Connection, table: str, ids: IdRanges) -> Iterator[tuple[int, str]]:
    """The (id, UUID) of the rows of an id set that are held, in id order, read run by run."""
    sql = f"SELECT id, uuid FROM {_table(table)} WHERE id BETWEEN ? AND ? ORDER BY id"
    for first, last in ids.runs:
        yield from ((int(r[0]), str(r[1])) for r in db.execute(sql, (first, last)))


def operations(db: sqlite3.Connection, effects: list[Effect]) -> list[dict[str, Any]]:
    """A step's effects (``RowLog.effects`` or a replay's) as portable operations."""
    return list(each_operation(db, effects))


def each_operation(db: sqlite3.Connection, effects: list[Effect]) -> Iterator[dict[str, Any]]:
    """A step's effects as portable operations, one at a time (an id set's effects become one
    operation per row, made as they are written out).

    Rows deleted by the same step are gone from the tables, so their UUIDs come from the
    rows the effects carry."""
    seen: dict[tuple[str, int], str] = {}
    for effect in effects:
        if effect[0] in ("insert", "delete") and "id" in effect[2] and effect[2].get("uuid"):
            seen[(effect[1], effect[2]["id"])] = effect[2]["uuid"]

    def lookup(table: str, row_id: int) -> str | None:
        return seen.get((table, row_id)) or uuid_of(db, table, row_id)

    for effect in effects:
        kind, table = effect[0], effect[1]
        if table not in TRAVELS:
            continue
        if kind in ("insert", "delete"):
            yield {"op": kind, "table": table, "row": to_portable(table, effect[2], lookup)}
        elif kind == "added" and isinstance(effect[2], IdRanges):
            for _, uuid in uuids_of(db, table, effect[2]):
                yield {"op": "add", "table": table, "key": {"uuid": uuid}}
        elif kind == "added":
            yield {"op": "add", "table": table, "key": {"uuid": lookup(table, effect[2])}}
        elif kind == "set":
            new, old = to_portable(table, effect[3], lookup), to_portable(table, effect[4], lookup)
            for _, uuid in uuids_of(db, table, effect[2]):
                yield {
                    "op": "update",
                    "table": table,
                    "key": {"uuid": uuid},
                    "new": new,
                    "old": old,
                }
        else:
            key = {"uuid": lookup(table, effect[2]["id"])} if "id" in effect[2] else key_of(
                table, to_portable(table, effect[2], lookup))  # fmt: skip
            yield {"op": "update", "table": table, "key": key,
                   "new": to_portable(table, effect[3], lookup),
                   "old": to_portable(table, effect[4], lookup)}  # fmt: skip


def record_uuids(
    db: sqlite3.Connection,
    *,
    documents: Iterable[int] = (),
    participants: Iterable[int] = (),
    commitments: Iterable[int] = (),
) -> dict[str, list[str]]:
    """The UUIDs of these documents, participants and commitments (those still held)."""
    wanted = {"document": documents, "participant": participants, "commitment": commitments}
    return {f"{table}s": [u for _, u in uuids_of(db, table, ids)] if isinstance(ids, IdRanges)
            else [u for u in (uuid_of(db, table, i) for i in ids) if u]
            for table, ids in wanted.items()}  # fmt: skip


def record_ids(db: sqlite3.Connection, uuids: Mapping[str, Iterable[str]]) -> dict[str, list[int]]:
    """The local ids of the ``documents``, ``participants`` and ``commitments`` named by UUID
    (those held here)."""
    found: dict[str, list[int]] = {}
    for key in ("documents", "participants", "commitments"):
        ids = (id_of(db, key.removesuffix("s"), str(u)) for u in uuids.get(key) or ())
        found[key] = [i for i in ids if i is not None]
    return found


def has_uuid(table: str) -> bool:
    """True when the table's rows carry a UUID (else they are link rows)."""
    return table in identity.WITH_UUID
