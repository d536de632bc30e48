"""The ``import_log`` table: what each import did with each file it was given."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from archiver.core import store

TABLES = ("import_log",)
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
    db.execute(
        "INSERT INTO import_log(at, path, outcome, document_id, reason) VALUES (?,?,?,?,?)",
        (store.now(), path, outcome, doc_id, reason),
    )


def entries(db: sqlite3.Connection) -> list[Entry]:
    """The whole log, oldest first."""
    sql = "SELECT at, path, outcome, document_id, reason FROM import_log ORDER BY id"
    return [Entry(*row) for row in db.execute(sql)]
