"""The ``import_log`` table: what each import did with each file it was given.

Since schema 24 (issue #14, disk) a row keeps its file's folder once, in ``import_folder``
(the path up to its last / or \\), and the file's name; its time is a number of seconds
when the text gives itself back from it exactly (every time ``store.now`` writes), else
the text. Rows logged before were made so by the migration; ``entries`` gives the same
paths and times as before.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import NamedTuple

from archiver.core import store
from archiver.core.store import document_short

TABLES = ("import_log", "import_folder")
"""The tables whose every statement this module issues."""

OUTCOMES = ("imported", "duplicate", "likely_duplicate", "failed")


class Entry(NamedTuple):
    """One logged file: when, which path, the outcome, the document and the reason."""

    at: str
    path: str
    outcome: str
    document_id: int | None
    reason: str


def record(
    db: sqlite3.Connection, path: str, outcome: str, doc_id: int | None, reason: str
) -> None:
    """Log the outcome of one file (one of OUTCOMES), now."""
    folder, name = split(path)
    db.execute("INSERT OR IGNORE INTO import_folder(path) VALUES (?)", (folder,))
    db.execute(
        "INSERT INTO import_log(at, folder, name, outcome, document_id, reason)"
        " VALUES (?, (SELECT id FROM import_folder WHERE path = ?), ?, ?, ?, ?)",
        (compact_time(store.now()), folder, name, outcome, doc_id, reason),
    )


def entries(db: sqlite3.Connection) -> list[Entry]:
    """The whole log, oldest first."""
    sql = (
        "SELECT l.at, f.path, l.name, l.outcome, l.document_id, l.reason FROM import_log AS l"
        " LEFT JOIN import_folder AS f ON f.id = l.folder ORDER BY l.id"
    )
    return [
        Entry(time_text(at), (folder or "") + name, outcome, doc_id, reason)
        for at, folder, name, outcome, doc_id, reason in db.execute(sql)
    ]


def split(path: str) -> tuple[str, str]:
    """A path's folder (up to and with its last / or \\) and its name: together the path."""
    name = document_short.base_name(path)
    return path[: len(path) - len(name)], name


def compact_time(text: str) -> int | str:
    """A logged time as seconds since 1970 when they give the text back exactly."""
    try:
        seconds = int(datetime.fromisoformat(text).timestamp())
    except (ValueError, TypeError, OverflowError):
        return text
    return seconds if time_text(seconds) == text else text


def time_text(value: int | str) -> str:
    """A logged time as ISO 8601 text (as ``store.now`` writes it)."""
    if isinstance(value, int):
        return datetime.fromtimestamp(value, UTC).isoformat()
    return str(value)
