"""``sync``: push what this copy holds that the server lacks, then pull and merge the others'.

Conflicts are found by the merge (a field changed two ways: both values kept, the local one
in force) and listed in the report; nothing is resolved silently. A member the server lets
read but not write pulls only, and the report says how much stays unpushed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.progress import CancelToken, Progress, no_progress
from archiver.core.store import changelog, documents
from archiver.core.store import conflicts as conflict_rows
from archiver.core.store import journal as journal_rows
from archiver.core.sync.conflicts import Conflict
from archiver.core.team import server, state
from archiver.core.team.pull import Pull, Pulled
from archiver.core.team.push import Push, Pushed

if TYPE_CHECKING:
    from archiver.core.archive import Archive

BATCH = 200  # documents a batch (records ten times, changes five times as many)


@dataclass(frozen=True)
class SyncReport:
    """What one sync did."""

    server: str  # the URL, without a password
    server_id: str
    user: str
    pushed: Pushed
    pulled: Pulled
    read_only: bool  # the server lets this user pull but not push
    pending: dict[str, int]  # what this copy holds that the server has not got (after the sync)
    open_conflicts: int
    seconds: float
    finished_at: str
    skipped: list[dict[str, Any]] = field(default_factory=list)

    @property
    def conflicts(self) -> list[Conflict]:
        """The conflicts this sync found."""
        return self.pulled.conflicts

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (``conflicts`` always present)."""
        return {"server": self.server, "server_id": self.server_id, "user": self.user,
                "pushed": self.pushed.to_json(), "pulled": self.pulled.to_json(),
                "read_only": self.read_only, "pending": self.pending,
                "conflicts": [c.to_json() for c in self.conflicts],
                "open_conflicts": self.open_conflicts, "skipped": self.skipped,
                "seconds": round(self.seconds, 3), "finished_at": self.finished_at}  # fmt: skip


def sync(
    archive: Archive,
    url: str,
    *,
    password: str | None = None,
    batch: int = BATCH,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> SyncReport:
    """Push this copy's new documents, records and changes, then pull and merge the others';
    each batch whole on both sides, so a sync stopped anywhere resumes where it stopped."""
    archive.require_writable()
    archive.annotations.ensure_ready()
    started, report = time.monotonic(), progress or no_progress
    token = cancel or CancelToken()
    with server.connect(url, password) as conn:
        conn.autocommit = True
        found = server.info(conn, url)
        state.remember(archive.db, found.url, found.server_id)
        marks = state.load(archive.db, found.server_id)
        pushed = Pushed()
        if found.can_push:
            pushed = Push(archive, conn, found.url, marks, batch, report, token).run()
        pulled = Pull(archive, conn, found.url, marks, batch, report, token, pushed.sent).run()
    if found.can_push:  # everything here now is pushed or came from the server
        marks.documents = max(marks.documents, documents.last_id(archive.db))
        marks.changes = max(marks.changes, changelog.last_id(archive.db))
        if marks.records >= 0:  # this sync's own merges hold nothing the server lacks
            marks.records = journal_rows.marks(archive.db)[0]
    marks.last_sync = store.now()
    state.save(archive.db, marks)
    return SyncReport(found.url, found.server_id, found.user, pushed, pulled,
                      not found.can_push, pending(archive, marks),
                      conflict_rows.open_count(archive.db), time.monotonic() - started,
                      marks.last_sync, pushed.skipped + pulled.skipped)  # fmt: skip


def pending(archive: Archive, marks: state.SyncMarks) -> dict[str, int]:
    """Documents and changes made here that the last sync did not push."""
    db = archive.db
    return {"documents": documents.count_after(db, marks.documents),
            "changes": changelog.count_after(db, marks.changes, own=True)}  # fmt: skip


def status(archive: Archive) -> dict[str, Any]:
    """The last sync's server and time and what is pending, read from this copy alone."""
    url = state.remembered_url(archive.db)
    server_id = state.server_of(archive.db)
    if url is None or server_id is None:
        return {"server": None, "last_sync": None, "pending": None}
    marks = state.load(archive.db, server_id)
    return {"server": url, "server_id": server_id, "last_sync": marks.last_sync or None,
            "pending": pending(archive, marks)}  # fmt: skip
