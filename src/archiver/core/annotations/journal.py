"""The journal: each annotation step in one transaction, recorded with its inverse, and undo.

A step is opened with ``Journal.change(kind, ...)``; what it writes goes through its ``Step``,
which keeps the inverse of every row it inserts, deletes or updates. When the block ends the
step is committed with one ``annotation_log`` entry (its ``Change`` as JSON and the inverse),
then the documents it touched are re-indexed. ``undo_last`` replays the newest inverse, also
after a restart.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from archiver.core import store
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid, ReadOnly
from archiver.core.store import journal as log
from archiver.core.store import participants as participant_rows

LOG_KEEP = 500  # undo entries kept


class Step:
    """The row changes of one journaled step with their inverse, and the ids it names."""

    def __init__(
        self,
        db: sqlite3.Connection,
        kind: ChangeKind,
        participants: Iterable[int] = (),
        commitments: Iterable[int] = (),
        documents: Iterable[int] = (),
        names: Iterable[str] = (),
    ) -> None:
        self.db = db
        self.kind = kind
        self.ops: list[log.Op] = []
        self.participants: list[int] = list(participants)
        self.commitments: list[int] = list(commitments)
        self.documents: set[int] = set(documents)
        self.names: list[str] = list(names)
        self.count = 0
        self.extra: dict[str, Any] = {}
        self.aliases_changed = False  # the matcher must be rebuilt
        self._result: Change | None = None

    @property
    def result(self) -> Change:
        """The Change this step made: journaled (with its id) once the step is committed."""
        return self._result if self._result is not None else self.change()

    def insert(self, table: str, values: dict[str, Any], key: Sequence[str] = ("id",)) -> int:
        """Insert a row; its inverse deletes it."""
        row_id = log.insert_row(self.db, table, values)
        where = {"id": row_id} if tuple(key) == ("id",) else {k: values[k] for k in key}
        self.ops.append(["delete", table, where])
        return row_id

    def delete(self, table: str, where: dict[str, Any]) -> int:
        """Delete rows (their cascaded children must be deleted first, by the caller)."""
        rows = log.select_rows(self.db, table, where)
        self.ops += [["insert", table, row] for row in rows]
        log.delete_rows(self.db, table, where)
        return len(rows)

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        """Change columns of one row; its inverse restores them."""
        if not changes:
            return
        old = log.select_columns(self.db, table, row_id, changes)
        self.ops.append(["update", table, {"id": row_id}, old])
        log.update_rows(self.db, table, {"id": row_id}, changes)

    def name(self, *, participant: int | None = None, commitment: int | None = None) -> None:
        """Add a participant or a commitment to the ids the change is about."""
        if participant is not None and participant not in self.participants:
            self.participants.append(participant)
        if commitment is not None and commitment not in self.commitments:
            self.commitments.append(commitment)

    def change(self, entry_id: int = 0, at: str = "") -> Change:
        """What this step did, as a Change."""
        return Change(
            self.kind, entry_id, at, tuple(self.participants), tuple(self.commitments),
            tuple(sorted(self.documents)), tuple(self.names), self.count, dict(self.extra),
        )  # fmt: skip


class Journal:
    """The journaled steps of one archive: open one, see the last one, undo it."""

    def __init__(
        self,
        db: sqlite3.Connection,
        prepare: Callable[[], None],
        *,
        readonly: bool,
        reindex: Callable[[list[int]], object],
    ) -> None:
        self.db = db
        self.readonly = readonly
        self._prepare = prepare
        self._reindex = reindex
        self.latest: Change | None = None  # the last step this object journaled

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that is not journaled (seeding, re-folding)."""
        if self.readonly:
            raise ReadOnly("this archive is open read-only (another process is writing)")
        with store.transaction(self.db):
            yield

    @contextmanager
    def change(
        self,
        kind: ChangeKind,
        *,
        participants: Iterable[int] = (),
        commitments: Iterable[int] = (),
        documents: Iterable[int] = (),
        names: Iterable[str] = (),
    ) -> Iterator[Step]:
        """One journaled step: a transaction, an undo entry, then re-indexing.

        After the block, ``step.result`` (and ``self.latest``) is the journaled Change;
        a step that wrote nothing journals nothing.
        """
        self._prepare()
        step = Step(self.db, kind, participants, commitments, documents, names)
        with self.transaction():
            yield step
            if step.aliases_changed:
                participant_rows.bump_alias_generation(self.db)
            if step.ops:
                at = store.now()
                data = step.change(at=at).to_json()
                entry = log.append(self.db, at, kind.value, sorted(step.documents), step.ops, data)
                log.trim(self.db, LOG_KEEP)
                step._result = self.latest = step.change(entry, at)
        if step.documents:
            self._reindex(sorted(step.documents))

    def last_change(self) -> Change | None:
        """The change ``undo_last`` would take back (None: nothing to undo)."""
        entry = log.last(self.db)
        return _change_of(entry) if entry else None

    def undo_last(self) -> Change | None:
        """Take back the last journaled change; returns it, None when there is none."""
        entry = log.last(self.db)
        if entry is None:
            return None
        change = _change_of(entry)
        try:
            with self.transaction():
                log.apply_inverse(self.db, json.loads(entry["inverse"]))
                log.remove(self.db, entry["id"])
                participant_rows.bump_alias_generation(self.db)
        except sqlite3.IntegrityError as exc:
            with self.transaction():
                log.remove(self.db, entry["id"])
            raise Invalid(f"cannot undo this {change.kind.value.replace('_', ' ')}: {exc}") from exc
        if change.documents:
            self._reindex(list(change.documents))
        return change


def _change_of(entry: dict[str, Any]) -> Change:
    """The Change a journal entry records (an untyped old entry: LEGACY with its label)."""
    documents = tuple(json.loads(entry["documents"] or "[]"))
    kind = entry.get("kind") or ChangeKind.LEGACY.value
    if kind == ChangeKind.LEGACY.value:
        return Change(ChangeKind.LEGACY, entry["id"], entry["at"], documents=documents,
                      extra={"label": entry["label"]})  # fmt: skip
    data = json.loads(entry.get("change_json") or "{}")
    data.update(kind=kind, id=entry["id"], at=entry["at"], documents=documents)
    return Change.from_json(data)
