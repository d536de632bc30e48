"""Conflicts kept by merges — a field two copies changed differently — listed and resolved.

Until a conflict is resolved the local value is in force; resolving picks the local value,
the other copy's, or one typed by the user, as one journaled, undoable change (a value
picked travels to the other copies like any edit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import InUse, Invalid, NotFound
from archiver.core.store import conflicts as rows
from archiver.core.store import portable

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.journal import Step
    from archiver.core.archive import Archive

DELETED = "(deleted)"  # the field of a delete there against a change here (see sync.apply)
Pick = Literal["local", "remote"]


@dataclass(frozen=True)
class Conflict:
    """A field two copies changed differently: both values, the local one in force."""

    table: str
    uuid: str  # the record's (local) UUID
    field: str  # a column, or "(deleted)": deleted there, changed or still named here
    label: str  # the record as the user knows it (a participant's name …)
    local: Any
    remote: Any
    remote_author: str
    id: int
    resolved_at: str | None = None
    picked: str | None = None  # "local", "remote" or "value" once resolved

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {"id": self.id, "table": self.table, "uuid": self.uuid, "field": self.field,
                "label": self.label, "local": self.local, "remote": self.remote,
                "remote_author": self.remote_author, "resolved_at": self.resolved_at,
                "picked": self.picked}  # fmt: skip


def _conflict(db: sqlite3.Connection, row: dict[str, Any]) -> Conflict:
    label = _label_now(db, row["record_table"], row["record"]) or row["label"]
    return Conflict(row["record_table"], row["record"], row["field"], label, row["local"],
                    row["remote"], row["remote_author"], row["id"], row["resolved_at"],
                    row["picked"])  # fmt: skip


def _label_now(db: sqlite3.Connection, table: str, uuid: str) -> str | None:
    """The record's name as it is now (the merge that kept the conflict may have renamed it:
    a title changed there and taken here); None when it is gone, or is a link row."""
    try:
        found = portable.row_where(db, table, {"uuid": uuid})
    except Invalid:  # a link row has no UUID of its own: the label kept stands
        return None
    return rows.label_of(table, found) if found is not None else None


def conflicts_by_id(db: sqlite3.Connection, ids: list[int]) -> list[Conflict]:
    """These conflicts, in the order given."""
    found = [rows.get(db, i) for i in ids]
    return [_conflict(db, r) for r in found if r is not None]


def list_conflicts(archive: Archive, *, open_only: bool = True) -> list[Conflict]:
    """The conflicts merges kept, oldest first (only those not resolved, unless asked);
    each record named as it is now."""
    return [_conflict(archive.db, r) for r in rows.listed(archive.db, open_only=open_only)]


def resolve(
    archive: Archive, conflict_id: int, pick: Pick | None = None, value: Any = None
) -> Change:
    """Settle a conflict: keep the local value, take the other copy's (``pick``), or set
    ``value``; one journaled change. Every open conflict on the same field goes with it."""
    archive.require_writable()
    found = rows.get(archive.db, conflict_id)
    if found is None:
        raise NotFound(f"no conflict {conflict_id}")
    if found["resolved_at"]:
        raise Invalid(f"conflict {conflict_id} is resolved already ({found['picked']})")
    if pick not in (None, "local", "remote") or (pick is None) == (value is None):
        raise Invalid("resolve takes a pick ('local' or 'remote') or a value, not both")
    conflict = _conflict(archive.db, found)
    picked = pick or "value"
    with archive.annotations.journal.change(ChangeKind.RESOLVE_CONFLICT,
                                            names=[conflict.label]) as step:  # fmt: skip
        step.extra = {"conflict": conflict_id, "field": conflict.field, "picked": picked}
        if picked != "local":
            _set(step, conflict, conflict.remote if picked == "remote" else value)
        for other in rows.open_for(archive.db, conflict.uuid, conflict.field):
            rows.resolve(step.log, other, picked)
    return step.result


def _set(step: Step, conflict: Conflict, value: Any) -> None:
    """Give the record the value picked (for ``(deleted)``, the other copy's side: delete)."""
    db, table = step.db, conflict.table
    if table not in portable.TRAVELS or not portable.has_uuid(table):
        raise Invalid(f"a conflict on {table} cannot be resolved here")
    row_id = portable.id_of(db, table, conflict.uuid)
    if row_id is None:
        raise NotFound(f"the {table.replace('_', ' ')} of conflict {conflict.id} is gone")
    if conflict.field == DELETED:
        if value is not None:
            raise Invalid("a deleted record is kept (local) or deleted (remote), not set")
        if portable.dependents(db, table, row_id):
            raise InUse(f"{conflict.label}: records here still name it; delete those first")
        step.log.delete(table, {"id": row_id})
    else:
        step.log.update(table, row_id, portable.to_local(table, {conflict.field: value},
                                                         lambda t, u: portable.id_of(db, t, u)))  # fmt: skip
    if table == "document":
        step.documents.add(row_id)
    step.aliases_changed = step.aliases_changed or table.startswith("participant")
