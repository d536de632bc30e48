"""The payload's records still missing after its changes: stored whole, or skipped and said.

A record naming a record that is neither held here nor in the payload is skipped (and what
hangs on it with it), never half-stored: a commitment goes in with all its actors or not at
all. A record this copy held and deleted (its UUID is in the change log) stays deleted: the
other copy's rows are older news than this copy's delete.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.errors import ArchiverError, UnknownRecord
from archiver.core.store import portable
from archiver.core.sync.ops import identity

if TYPE_CHECKING:
    from archiver.core.sync.apply import Applier

Rows = Mapping[str, list[dict[str, Any]]]


def store_records(applier: Applier, records: Rows, seen: set[str]) -> list[dict[str, Any]]:
    """Insert the missing records, parents first, except those this copy's change log names
    (held once, so deleted here); what was skipped, and why."""
    held = held_records(applier.db) | seen
    missing = {t: [r for r in records.get(t, []) if identity(t, r, applier.local) not in held]
               for t in portable.RECORDS}  # fmt: skip
    parts: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (table, owner uuid) -> its parts
    for owner, (table, field) in portable.PARTS.items():
        for row in missing[table]:
            parts.setdefault((owner, str(applier.local(row.get(field)))), []).append(row)
    part_tables = {table for table, _ in portable.PARTS.values()}
    skipped: list[dict[str, Any]] = []
    applier.recording = True
    for table in portable.RECORDS:
        if table in part_tables:  # stored with their owner; now those of owners held already
            pending = [r for (o, _), rows in parts.items() if portable.PARTS[o][0] == table
                       for r in rows]  # fmt: skip
        else:
            pending = missing[table]
        while pending:  # rows naming rows of their own table (a parent) wait for them
            failed = [(row, why) for row in pending
                      if (why := _store(applier, table, row, parts)) is not None]  # fmt: skip
            if len(failed) == len(pending):
                skipped += [_skipped(table, row, why) for row, why in failed]
                break
            pending = [row for row, _ in failed]
    applier.recording = False
    return skipped


def held_records(db: Any) -> set[str]:
    """The identities (``ops.identity``) of every record held here."""
    maps = {t: portable.uuid_map(db, t) for t in ("document", *portable.RECORDS)
            if portable.has_uuid(t)}  # fmt: skip
    found = {u for by_id in maps.values() for u in by_id.values()}
    for table in portable.LINK_KEYS:
        for row in portable.rows(db, table):
            mine = portable.to_portable(table, row, lambda t, i: maps[t].get(i))
            found.add(identity(table, mine, lambda u: u))
    return found


def _store(
    applier: Applier,
    table: str,
    row: dict[str, Any],
    parts: dict[tuple[str, str], list[dict[str, Any]]],
) -> Exception | None:
    """Store one record (a commitment with its actors) whole; the error that stopped it."""
    log = applier.log
    marks = (len(log.ops), len(log.effects), len(applier.stored), set(applier.fresh))
    try:
        with store.savepoint(applier.db, "merged_record"):
            applier.insert(table, row)
            if table in portable.PARTS:
                part_table = portable.PARTS[table][0]
                for part in parts.get((table, str(applier.local(row.get("uuid")))), []):
                    applier.insert(part_table, part)
    except (ArchiverError, sqlite3.Error, KeyError, TypeError, ValueError) as exc:
        del log.ops[marks[0] :], log.effects[marks[1] :]
        del applier.stored[marks[2] :]
        applier.fresh = marks[3]
        applier.forget_ids()
        return exc
    return None


def _skipped(table: str, row: Mapping[str, Any], why: Exception) -> dict[str, Any]:
    uuid = str(row.get("uuid") or portable.key_of(table, row))
    if isinstance(why, UnknownRecord):
        reason = f"names a record not held here nor in the bundle: {why}"
    else:
        reason = f"could not be stored: {why}"
    return {"table": table, "uuid": uuid, "reason": reason}
