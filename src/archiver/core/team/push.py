"""Pushing: what this copy holds that the server lacks — documents with their originals, the
records no change made, then the change log — in batches, each one server transaction.

Every batch asks the server which of its rows it holds already and sends only the others
(``ON CONFLICT DO NOTHING`` covers a member pushing the same rows at the same moment), and
takes the push lock first, so rows become visible in the order of their numbers. The marks
move after each batch commits: a push killed or cut off resumes at the first batch the
server did not commit, and resending a batch sends nothing twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import psycopg

from archiver.core.errors import StoreError
from archiver.core.originals import FOLDER, RECIPE, read_by_sha
from archiver.core.progress import CancelToken, Progress
from archiver.core.store import changelog, documents, portable
from archiver.core.store import journal as log
from archiver.core.team import serverdb, state
from archiver.core.team.server import failures

if TYPE_CHECKING:
    from archiver.core.archive import Archive

BATCH_BYTES = 64 * 1024 * 1024  # a documents batch's originals, at most (one past it alone)
MERGE_KIND = "merge"


@dataclass
class Pushed:
    """What a push sent."""

    documents: int = 0
    records: int = 0
    changes: int = 0
    bytes: int = 0
    sent: set[str] = field(default_factory=set)  # the UUIDs and record keys it sent
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (the counts)."""
        return {"documents": self.documents, "records": self.records,
                "changes": self.changes, "bytes": self.bytes}  # fmt: skip


@dataclass
class Push:
    """One push of an archive to a server, batch by batch."""

    archive: Archive
    conn: psycopg.Connection
    url: str
    marks: state.SyncMarks
    batch: int
    progress: Progress
    cancel: CancelToken
    done: Pushed = field(default_factory=Pushed)

    @property
    def db(self) -> sqlite3.Connection:
        """The archive's connection."""
        return self.archive.db

    def run(self) -> Pushed:
        """Documents, then the records no change made (when this copy may hold some the server
        lacks), then the change log."""
        self._documents()
        if self._records_due():
            self._records()
        self._changes()
        return self.done

    # -- documents ------------------------------------------------------------------------

    def _documents(self) -> None:
        while ids := documents.ids_after(self.db, self.marks.documents, self.batch):
            self.cancel.check()
            rows = _document_rows(self.db, ids)
            with failures(self.url), self.conn.transaction():
                serverdb.lock_pushes(self.conn)
                held = self._held_documents(rows)
                for chunk in _by_size([r for r in rows if r["uuid"] not in held]):
                    self._send_documents(chunk)
            self.marks.documents = ids[-1]
            state.save(self.db, self.marks)
            self.progress(self.done.documents, 0, "documents pushed")

    def _held_documents(self, rows: list[dict[str, Any]]) -> set[str]:
        found = serverdb.held_documents(
            self.conn, [r["uuid"] for r in rows], [r["file_sha256"] for r in rows]
        )
        shas = {sha for _, sha in found}
        return {u for u, _ in found} | {r["uuid"] for r in rows if r["file_sha256"] in shas}

    def _send_documents(self, rows: list[dict[str, Any]]) -> None:
        values = []
        for row in rows:
            path = self.archive.root / FOLDER / str(row["stored_name"])
            try:
                data = read_by_sha(self.archive.root, self.db, str(row["file_sha256"]))
            except (OSError, StoreError) as exc:
                self.done.skipped.append({"table": "document", "uuid": row["uuid"],
                                          "reason": f"its original {path} cannot be read "
                                                    f"({getattr(exc, 'strerror', None) or exc}): "
                                                    "not pushed"})  # fmt: skip
                continue
            values.append((row["uuid"], row["file_sha256"], _json(row), data, len(data),
                           log.replica(self.db)))  # fmt: skip
            self.done.bytes += len(data)
        serverdb.add_documents(self.conn, values)
        self.done.documents += len(values)
        self.done.sent.update(v[0] for v in values)

    # -- records --------------------------------------------------------------------------

    def _records_due(self) -> bool:
        """Never compared, or a merge (a bundle) since: it may have stored records no change
        in the log made."""
        if self.marks.records < 0:
            return True
        return any(e["kind"] == MERGE_KIND for e in log.done_after(self.db, self.marks.records))

    def _records(self) -> None:
        replica = log.replica(self.db)
        for table in portable.RECORDS:
            rows = _portable_rows(self.db, table)
            for start in range(0, len(rows), self.batch * 10):
                self.cancel.check()
                part = rows[start : start + self.batch * 10]
                keys = [_record_key(table, r) for r in part]
                with failures(self.url), self.conn.transaction():
                    serverdb.lock_pushes(self.conn)
                    held = serverdb.held_records(self.conn, table, keys)
                    values = [
                        (table, k, _json(r), replica)
                        for k, r in zip(keys, part, strict=True)
                        if k not in held
                    ]
                    serverdb.add_records(self.conn, values)
                self.done.records += len(values)
                self.done.sent.update(f"{table}:{v[1]}" for v in values)
        self.marks.records = log.marks(self.db)[0]
        state.save(self.db, self.marks)

    # -- changes --------------------------------------------------------------------------

    def _changes(self) -> None:
        while found := changelog.after(self.db, self.marks.changes, self.batch * 5):
            self.cancel.check()
            entries = [e for _, e in found]
            with failures(self.url), self.conn.transaction():
                serverdb.lock_pushes(self.conn)
                held = serverdb.held_changes(self.conn, [e.uuid for e in entries])
                values = [(e.uuid, e.at, e.author, e.replica, e.kind, _json(e.summary),
                           _json(e.ops)) for e in entries if e.uuid not in held]  # fmt: skip
                serverdb.add_changes(self.conn, values)
            self.done.changes += len(values)
            self.done.sent.update(v[0] for v in values)
            self.marks.changes = found[-1][0]
            state.save(self.db, self.marks)
            self.progress(self.done.changes, 0, "changes pushed")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _by_size(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """The rows in runs whose originals add up to about BATCH_BYTES."""
    run: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        if run and size + int(row["file_size"]) > BATCH_BYTES:
            yield run
            run, size = [], 0
        run.append(row)
        size += int(row["file_size"])
    if run:
        yield run


def _document_rows(db: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """These documents as a payload carries them (no id; a column naming a record: its UUID)."""
    refs = portable.references(db, "document")
    out = []
    for row in sorted(portable.rows(db, "document", "id", ids), key=lambda r: r["id"]):
        out.append({k: (portable.uuid_of(db, refs[k], v) if k in refs and v is not None else v)
                    for k, v in row.items() if k not in ("id", RECIPE)})  # fmt: skip
    return out


def _portable_rows(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    maps: dict[str, dict[int, str]] = {}

    def uuid_of(name: str, row_id: int) -> str | None:
        if name not in maps:
            maps[name] = portable.uuid_map(db, name)
        return maps[name].get(row_id)

    return [portable.to_portable(table, r, uuid_of) for r in portable.rows(db, table)]


def _record_key(table: str, row: dict[str, Any]) -> str:
    """The server's key of a record: its UUID, or a link row's UUIDs in key order."""
    if portable.has_uuid(table):
        return str(row["uuid"])
    return json.dumps(portable.key_of(table, row), sort_keys=True, separators=(",", ":"))
