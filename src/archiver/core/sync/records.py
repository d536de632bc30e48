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

if TYPE_CHECKING:
    from archiver.core.sync.apply import Applier

Rows = Mapping[str, list[dict[str, Any]]]


def store_records(applier: Applier, records: Rows, deleted_here: set[str]) -> list[dict[str, Any]]:
    """Insert the missing records, parents first; what was skipped, and why."""
    skipped: list[dict[str, Any]] = []
    actors: dict[str, list[dict[str, Any]]] = {}
    for row in records.get("commitment_actor", []):
        actors.setdefault(str(row.get("commitment")), []).append(row)
    for table in portable.RECORDS:
        if table == "commitment_actor":
            continue
        pending = [r for r in records.get(table, []) if applier.local(r.get("uuid"))
                   not in deleted_here]  # fmt: skip
        while pending:  # rows naming rows of their own table (a parent) wait for them
            failed = [(row, why) for row in pending
                      if (why := _store(applier, table, row, actors)) is not None]  # fmt: skip
            if len(failed) == len(pending):
                skipped += [_skipped(table, row, why) for row, why in failed]
                break
            pending = [row for row, _ in failed]
    return skipped


def _store(
    applier: Applier, table: str, row: dict[str, Any], actors: dict[str, list[dict[str, Any]]]
) -> Exception | None:
    """Store one record (a commitment with its actors) whole; the error that stopped it."""
    log = applier.log
    marks = (len(log.ops), len(log.effects), dict(applier.added))
    try:
        with store.savepoint(applier.db, "merged_record"):
            applier.insert(table, row)
            if table == "commitment":
                for actor in actors.get(str(row.get("uuid")), []):
                    applier.insert("commitment_actor", actor)
    except (ArchiverError, sqlite3.Error, KeyError, TypeError, ValueError) as exc:
        del log.ops[marks[0] :], log.effects[marks[1] :]
        applier.added = marks[2]
        return exc
    return None


def _skipped(table: str, row: Mapping[str, Any], why: Exception) -> dict[str, Any]:
    uuid = str(row.get("uuid") or portable.key_of(table, row))
    if isinstance(why, UnknownRecord):
        reason = f"names a record not held here nor in the bundle: {why}"
    else:
        reason = f"could not be stored: {why}"
    return {"table": table, "uuid": uuid, "reason": reason}
