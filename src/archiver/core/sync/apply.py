"""One portable operation applied to this copy inside a merge's step, conflicts found.

The rule for a field another copy changed from ``old`` to ``new``: when the value here is
``new`` already, nothing to do (the same edit on both sides is no conflict); when it is
``old``, this copy has not touched it since the two last shared it, so it takes ``new``;
otherwise both changed it differently: a conflict, both values kept, the local one in force.
Changes to different fields of one record never meet. A delete from the other copy of a
record changed here (or that records here still name) is kept and reported as a conflict on
the field ``(deleted)``: deleting would lose this copy's work silently, keeping it loses
nothing and resolving with the other copy's side deletes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.setup import alias_row
from archiver.core.errors import Invalid, UnknownRecord
from archiver.core.store import collections as collection_rows
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import conflicts as conflict_rows
from archiver.core.store import document_fields, portable, saved_searches, uuid_aliases
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as participant_rows
from archiver.core.store import tags as tag_rows
from archiver.core.store.portable import COLUMNS, LINK_KEYS
from archiver.core.sync.conflicts import DELETED
from archiver.core.sync.ops import identity

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Step

BOOKKEEPING = frozenset({"modified_at"})  # the later time wins; never a conflict
DOCUMENT_FIELDS = frozenset({*document_fields.EDITABLE, "published_source", "trashed_at",
                             "modified_at"})  # fmt: skip
"""What another copy's change may set on a document (never its text, file or identity)."""
UNCOMPARED = frozenset({"folded", "modified_at"})  # derived here, or bookkeeping


class Applier:
    """Applies portable rows and operations through one merge step's row log."""

    def __init__(self, step: Step, aliases: dict[str, str]) -> None:
        self.step = step
        self.db: sqlite3.Connection = step.db
        self.log = step.log
        self.aliases = aliases  # another copy's UUID -> the local record's
        self._ids: dict[tuple[str, str], int] = {}  # (table, local UUID) -> id, rows held
        self.fresh: set[str] = set()  # records stored from the payload's rows: current already
        self.recording = False  # inserts now are of the payload's rows (add them to ``fresh``)
        self.stored: list[tuple[str, dict[str, Any]]] = []  # (table, key) of each row inserted
        self.conflicts: list[dict[str, Any]] = []  # pending: kept when their change is
        self.notes: list[dict[str, Any]] = []  # operations passed over, for the report

    # -- names ---------------------------------------------------------------------------

    def local(self, uuid: Any) -> Any:
        """The local UUID of a record another copy names (the same one, unless matched)."""
        return self.aliases.get(uuid, uuid) if isinstance(uuid, str) else uuid

    def id_of(self, table: str, uuid: str) -> int | None:
        """The local id of the record another copy names by ``uuid``."""
        key = (table, self.local(uuid))
        if key not in self._ids:
            found = portable.id_of(self.db, table, key[1])
            if found is None:
                return None
            self._ids[key] = found
        return self._ids[key]

    def uuid_of(self, table: str, row_id: int) -> str | None:
        """The UUID of a local row."""
        return portable.uuid_of(self.db, table, row_id)

    def match(self, remote: str, local: str, table: str, by: str) -> None:
        """Record (journaled) that another copy's ``remote`` is the local record ``local``."""
        if remote != local and remote not in self.aliases:
            uuid_aliases.add(self.log, remote, local, table, by)
            self.aliases[remote] = local

    def mapped(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Portable fields with the UUIDs they name made local."""
        return {k: self.local(v) if k in COLUMNS or k == "uuid" else v for k, v in fields.items()}

    def find(self, table: str, key: Mapping[str, Any]) -> dict[str, Any] | None:
        """The local row a portable key names (None: not held here)."""
        if table in LINK_KEYS:
            try:
                where = portable.to_local(table, key, self.id_of)
            except UnknownRecord:
                return None
            return portable.row_where(self.db, table, where)
        row_id = self.id_of(table, str(key.get("uuid")))
        return None if row_id is None else portable.row_where(self.db, table, {"id": row_id})

    # -- operations ----------------------------------------------------------------------

    def apply(self, op: Mapping[str, Any], change: Mapping[str, Any]) -> None:
        """Apply one operation of ``change``; UnknownRecord when it names a missing record."""
        table = str(op["table"])
        if table == "document" and op["op"] in ("insert", "delete"):
            raise Invalid("a change of another copy cannot store or delete a document row")
        if self.fresh and identity(table, op.get("row") or op["key"], self.local) in self.fresh:
            return  # stored from the payload's rows in this merge: this change is in them
        if op["op"] == "insert":
            self.insert(table, op["row"])
        elif op["op"] == "delete":
            self._delete(table, op["row"], change)
        elif op["op"] == "update":
            self._update(table, op["key"], op["new"], op.get("old") or {}, change)
        elif self.find(table, op["key"]) is None:  # "add": a document stored there
            raise UnknownRecord(table, str(op["key"].get("uuid")))

    def insert(self, table: str, row: Mapping[str, Any]) -> bool:
        """Insert a record unless it is held here; True when it was inserted."""
        key = portable.key_of(table, row)
        if self.find(table, key) is not None:
            return False
        values = portable.to_local(table, row, self.id_of)
        if portable.has_uuid(table):
            values["uuid"] = self.local(row["uuid"])
            if self._same_as_held(table, values, str(row["uuid"])):
                return False
        if table == "participant_alias":  # folded as this copy folds (its analysis may differ)
            folded = alias_row(0, str(values["alias"]), str(values.get("kind") or "name"))[2]
            values["folded"] = folded
            self.step.aliases_changed = True
        key_columns = LINK_KEYS.get(table, ("id",))
        row_id = self.log.insert(table, values, key=key_columns)
        if self.recording:
            self.fresh.add(identity(table, row, self.local))
        if portable.has_uuid(table):
            self._ids[(table, str(values["uuid"]))] = row_id
        self._touched(table, values)
        where = {"id": row_id} if key_columns == ("id",) else {k: values[k] for k in key_columns}
        self.stored.append((table, where))
        return True

    def added(self) -> dict[str, int]:
        """Per table, the rows this merge inserted that are still held: a row a later change of
        the payload deleted again (a tag undone there, a mention taken back) is not added."""
        by_id: dict[str, set[int]] = {}
        keyed: dict[str, set[tuple[tuple[str, Any], ...]]] = {}
        for table, where in self.stored:
            if set(where) == {"id"}:
                by_id.setdefault(table, set()).add(int(where["id"]))
            else:
                keyed.setdefault(table, set()).add(tuple(sorted(where.items())))
        held = {t: len(portable.held_ids(self.db, t, ids)) for t, ids in by_id.items()}
        for table, keys in keyed.items():
            held[table] = sum(portable.row_where(self.db, table, dict(k)) is not None for k in keys)
        return {t: n for t, n in held.items() if n}

    def _same_as_held(self, table: str, values: dict[str, Any], remote: str) -> bool:
        """A record another copy made that this one holds under its own UUID (the same alias
        of a participant, tag, collection, saved search or gazetteer entry): matched, not
        inserted (a collection by its name under the same parent, a saved search by name, a
        mention by its participant and the start and end of its span: the same words tagged
        in both copies are one mention, not two)."""
        held: int | None = None
        if table == "participant_alias":
            held = participant_rows.alias_id(self.db, values["participant_id"], values["alias"])
        elif table == "tag":
            held = tag_rows.tag_id(self.db, str(values["name"]))
        elif table == "collection":
            held = collection_rows.child_named(self.db, values.get("collection_parent_id"),
                                               str(values["name"]))  # fmt: skip
        elif table == "saved_search":
            found_search = saved_searches.named(self.db, str(values["name"]))
            held = int(found_search["id"]) if found_search else None
        elif table == "mention" and values.get("span_id") is not None \
                and values.get("method") in ("manual", "confirmed"):  # fmt: skip
            held = mention_rows.same_place(self.db, int(values["document_id"]),
                                           int(values["participant_id"]), int(values["span_id"]))  # fmt: skip
        elif table == "participant" and values.get("gazetteer_key"):
            found = portable.row_where(self.db, table, {"gazetteer_key": values["gazetteer_key"]})
            held = found["id"] if found else None
        if held is None:
            return False
        local = self.uuid_of(table, held)
        if local is not None:
            self.match(remote, local, table, "place" if table == "mention" else "name")
        return True

    def _delete(self, table: str, row: Mapping[str, Any], change: Mapping[str, Any]) -> None:
        key = portable.key_of(table, row)
        here = self.find(table, key)
        if here is None:
            return  # deleted here too, or never held
        mine = portable.to_portable(table, here, self.uuid_of)
        theirs = self.mapped(row)
        changed = [k for k, v in theirs.items() if k not in UNCOMPARED and k in mine
                   and mine[k] != v]  # fmt: skip
        if changed or ("id" in here and portable.dependents(self.db, table, here["id"])):
            self._conflict(table, here, DELETED, mine, None, change)
            return
        where = {"id": here["id"]} if "id" in here else {c: here[c] for c in LINK_KEYS[table]}
        self.log.delete(table, where)
        self._ids.pop((table, str(here.get("uuid"))), None)
        self._touched(table, here)

    def _update(
        self,
        table: str,
        key: Mapping[str, Any],
        new: Mapping[str, Any],
        old: Mapping[str, Any],
        change: Mapping[str, Any],
    ) -> None:
        here = self.find(table, key)
        if here is None:  # deleted here: its later edits there have nothing to land on
            self.notes.append({"table": table, "uuid": str(key.get("uuid")),
                               "reason": "changed in the other copy, deleted in this one"})  # fmt: skip
            return
        mine = portable.to_portable(table, here, self.uuid_of)
        theirs, before = self.mapped(new), self.mapped(old)
        taken: dict[str, Any] = {}
        for name, value in theirs.items():
            if name not in mine or mine[name] == value or name == "uuid":
                continue
            if table == "document" and name not in DOCUMENT_FIELDS:
                continue
            if name in BOOKKEEPING:
                if value is not None and (mine[name] is None or str(value) > str(mine[name])):
                    taken[name] = value
            elif name in before and mine[name] == before[name]:
                taken[name] = value
            else:
                self._conflict(table, here, name, mine[name], value, change)
        if taken:
            self.log.update(table, here["id"], portable.to_local(table, taken, self.id_of))
            self._touched(table, here)

    # -- what a change touched -------------------------------------------------------------

    def _touched(self, table: str, row: Mapping[str, Any]) -> None:
        if table == "document":
            self.step.documents.add(int(row["id"]))
        elif row.get("document_id") is not None:
            self.step.documents.add(int(row["document_id"]))
        elif row.get("commitment_id") is not None:  # an actor: the document's keywords change
            found = commitment_rows.row(self.db, int(row["commitment_id"]))
            if found is not None:
                self.step.documents.add(int(found["document_id"]))
        if table in ("participant", "participant_alias"):
            self.step.aliases_changed = True

    def _conflict(
        self,
        table: str,
        here: Mapping[str, Any],
        field: str,
        local: Any,
        remote: Any,
        change: Mapping[str, Any],
    ) -> None:
        record = here.get("uuid") or portable.key_of(table, portable.to_portable(
            table, here, self.uuid_of))  # fmt: skip
        self.conflicts.append({
            "record_table": table, "record": str(record), "field": field,
            "label": conflict_rows.label_of(table, here), "local": local, "remote": remote,
            "remote_author": str(change.get("author") or ""),
            "remote_change": str(change.get("uuid") or ""),
        })  # fmt: skip

    def forget_ids(self) -> None:
        """Forget the ids looked up (a savepoint rolled back may have taken rows away)."""
        self._ids.clear()

    def keep_conflicts(self) -> list[int]:
        """Store the pending conflicts (their change was applied); their ids."""
        kept = [conflict_rows.add(self.log, c) for c in self.conflicts]
        self.conflicts = []
        return [i for i in kept if i is not None]
