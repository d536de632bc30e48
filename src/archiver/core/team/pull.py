"""Pulling: the server's rows after the last number merged here, batch by batch, each merged
as one undoable step by ``core.sync.merge`` — the same rules as a bundle's.

A batch is the next rows by number across documents, records and changes (so a change comes
after the documents and records it names), less those this sync has just pushed. Originals
are fetched only for documents this copy does not hold (by UUID or file SHA-256), into a
staging folder beside ``originals/``, each checked against its SHA-256. The mark moves after
the merge commits: a pull killed or cut off merges the same batch again next time, which
finds everything held. Changes a batch could not apply (naming a record not yet here) are
kept and tried again with the next batches.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from archiver.core import store
from archiver.core.errors import Invalid
from archiver.core.progress import CancelToken, Progress
from archiver.core.store import documents, portable
from archiver.core.sync.conflicts import Conflict
from archiver.core.sync.merge import MergeReport, merge
from archiver.core.sync.payload import FORMAT, Payload
from archiver.core.team import serverdb, state
from archiver.core.team.server import failures

if TYPE_CHECKING:
    from archiver.core.archive import Archive

STAGING_PREFIX = ".sync-pull-"


@dataclass
class Pulled:
    """What a pull merged."""

    documents_added: int = 0
    documents_matched: int = 0
    records_added: int = 0
    changes_applied: int = 0
    changes_known: int = 0
    batches: int = 0
    bytes: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    participants_matched: list[dict[str, Any]] = field(default_factory=list)
    participants_ambiguous: list[dict[str, Any]] = field(default_factory=list)
    same_quote_commitments: int = 0  # after the last batch (as a bundle's report counts them)
    likely_duplicates: list[dict[str, Any]] = field(default_factory=list)  # as a merge's

    def add(self, report: MergeReport) -> None:
        """Count one batch's merge."""
        self.batches += 1
        self.documents_added += len(report.documents_added)
        self.documents_matched += len(report.documents_matched)
        self.records_added += sum(report.records_added.values())
        self.changes_applied += report.changes_applied
        self.changes_known += report.changes_known
        self.conflicts += report.conflicts
        self.participants_matched += report.participants_matched
        self.participants_ambiguous += report.participants_ambiguous
        self.same_quote_commitments = report.same_quote_commitments
        self.likely_duplicates += report.likely_duplicates

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (the counts)."""
        return {"documents_added": self.documents_added,
                "documents_matched": self.documents_matched,
                "records_added": self.records_added, "changes_applied": self.changes_applied,
                "changes_known": self.changes_known, "batches": self.batches,
                "bytes": self.bytes, "participants_matched": self.participants_matched,
                "participants_ambiguous": self.participants_ambiguous,
                "same_quote_commitments": self.same_quote_commitments,
                "likely_duplicates": self.likely_duplicates}  # fmt: skip


@dataclass
class Pull:
    """One pull from a server into an archive."""

    archive: Archive
    conn: psycopg.Connection
    url: str
    marks: state.SyncMarks
    batch: int
    progress: Progress
    cancel: CancelToken
    pushed: set[str] = field(default_factory=set)  # sent by this sync: not fetched back
    done: Pulled = field(default_factory=Pulled)

    def run(self) -> Pulled:
        """Every batch after the mark, then the changes still waiting for their records."""
        for stale in self.archive.root.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        while True:
            self.cancel.check()
            with failures(self.url):
                upto = serverdb.batch_end(self.conn, self.marks.pull, self.batch)
            if upto is None:
                break
            self._batch(upto)
        return self.done

    def _batch(self, upto: int) -> None:
        with failures(self.url):
            docs, records, changes = self._rows(self.marks.pull, upto)
            records += self._aliases_of_new(records)
            retry = self._retries()
        payload = self._payload(docs, records, retry + changes)
        if payload.documents or payload.records or payload.changes:
            with tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=self.archive.root) as tmp:
                with failures(self.url):
                    staged = self._originals(payload.documents, Path(tmp))
                report = merge(self.archive, payload, lambda sha: staged[sha])
            self.done.add(report)
            self.done.skipped += [s for s in report.skipped if "change" not in s]
            self.marks.retry = [str(s["change"]) for s in report.skipped if "change" in s]
        self.marks.pull = upto
        state.save(self.archive.db, self.marks)
        self.progress(self.done.changes_applied + self.done.documents_added, 0, "pulled")

    def _rows(self, after: int, upto: int) -> tuple[list[Any], list[Any], list[Any]]:
        docs, records, changes = serverdb.between(self.conn, after, upto)
        return (
            [d for d in docs if d[0] not in self.pushed],
            [r for r in records if f"{r[0]}:{r[1]}" not in self.pushed],
            [c for c in changes if c[0] not in self.pushed],
        )

    def _aliases_of_new(self, records: list[Any]) -> list[Any]:
        """The aliases of the batch's participants not held here that later batches hold: a
        participant made on two copies is matched by its names and aliases (``sync.people``)
        in the batch that brings it, so they come with it (stored once: later they are held)."""
        new = set()
        for table, _key, row_json in records:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                uuid = str(json.loads(row_json)["uuid"])
                if table == "participant" and portable.id_of(self.archive.db, table, uuid) is None:
                    new.add(uuid)
        have = {(t, k) for t, k, _ in records}
        found = []
        for row in serverdb.records_mentioning(self.conn, "participant_alias", sorted(new)):
            with contextlib.suppress(ValueError, TypeError, KeyError):
                if json.loads(row[2])["participant"] in new and (row[0], row[1]) not in have:
                    found.append(row)
        return [r for r in found if f"{r[0]}:{r[1]}" not in self.pushed]

    def _retries(self) -> list[Any]:
        return serverdb.changes_named(self.conn, self.marks.retry) if self.marks.retry else []

    def _payload(self, docs: list[Any], records: list[Any], changes: list[Any]) -> Payload:
        """The rows as a payload, its shape checked as a bundle's is (the server is another
        program's database: nothing it holds is trusted unchecked)."""
        by_table: dict[str, list[Any]] = {}
        for table, _key, row_json in records:
            by_table.setdefault(table, []).append(json.loads(row_json))
        data = {"format": FORMAT, "replica": f"server {self.marks.server_id}",
                "created": store.now(), "author": "team server",
                "documents": [json.loads(r) for _, r in docs], "records": by_table,
                "changes": [{"uuid": u, "at": at, "author": who, "replica": rep, "kind": kind,
                             "summary": json.loads(summary), "ops": json.loads(ops)}
                            for u, at, who, rep, kind, summary, ops in changes]}  # fmt: skip
        try:
            return Payload.from_json(data)
        except Invalid as exc:
            raise Invalid(f"team server {self.url}: {exc}") from exc

    def _originals(self, docs: list[dict[str, Any]], folder: Path) -> dict[str, Path]:
        """The originals of the documents not held here, fetched and checked."""
        staged: dict[str, Path] = {}
        db = self.archive.db
        for doc in docs:
            sha = str(doc["file_sha256"])
            held = portable.id_of(db, "document", str(doc["uuid"])) is not None
            if held or documents.id_of_file(db, sha) is not None or sha in staged:
                continue
            self.cancel.check()
            data = serverdb.original(self.conn, str(doc["uuid"]))
            if hashlib.sha256(data).hexdigest() != sha:
                raise Invalid(f"team server {self.url}: the original of «{doc['title']}» "
                              f"({doc['uuid']}) is not the file it names; nothing of this "
                              "batch was merged")  # fmt: skip
            path = folder / sha
            path.write_bytes(data)
            staged[sha] = path
            self.done.bytes += len(data)
        return staged
