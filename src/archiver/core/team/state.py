"""What this copy knows of its syncs with one server, kept in the archive's meta table.

Marks, per server (by the server's own UUID, so a copy pointed at another server starts
over): the last server number merged (``pull``), the last local document and change-log row
checked against the server (``documents``, ``changes``), the journal entry after which the
records held here were last compared with the server's (``records``; -1: never), the change
UUIDs a pull could not apply yet (``retry``), and when the last sync ended. The URL kept is
without its password.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from archiver.core import store

URL_KEY = "team/server_url"
SERVER_KEY = "team/server_id"


@dataclass
class SyncMarks:
    """One server's marks in this copy."""

    server_id: str
    pull: int = 0
    documents: int = 0
    changes: int = 0
    records: int = -1
    retry: list[str] = field(default_factory=list)
    last_sync: str = ""


def _key(server_id: str) -> str:
    return f"team/{server_id}"


def load(db: sqlite3.Connection, server_id: str) -> SyncMarks:
    """This copy's marks for the server (all zero the first time)."""
    raw = store.get_meta(db, _key(server_id))
    marks = SyncMarks(server_id)
    if raw:
        data = json.loads(raw)
        for name in ("pull", "documents", "changes", "records"):
            setattr(marks, name, int(data.get(name, getattr(marks, name))))
        marks.retry = [str(u) for u in data.get("retry", [])]
        marks.last_sync = str(data.get("last_sync", ""))
    return marks


def save(db: sqlite3.Connection, marks: SyncMarks) -> None:
    """Write the marks (their own small transaction)."""
    value = json.dumps({"pull": marks.pull, "documents": marks.documents,
                        "changes": marks.changes, "records": marks.records,
                        "retry": marks.retry, "last_sync": marks.last_sync})  # fmt: skip
    with store.transaction(db):
        store.set_meta(db, _key(marks.server_id), value)


def remember(db: sqlite3.Connection, url: str, server_id: str) -> None:
    """Keep the server's URL (without a password) and identity for the next sync."""
    with store.transaction(db):
        store.set_meta(db, URL_KEY, url)
        store.set_meta(db, SERVER_KEY, server_id)


def server_of(db: sqlite3.Connection) -> str | None:
    """The identity of the last server synced with (None: never synced)."""
    return store.get_meta(db, SERVER_KEY)


def remembered_url(db: sqlite3.Connection) -> str | None:
    """The URL of the last server synced with (None: never synced)."""
    return store.get_meta(db, URL_KEY)
