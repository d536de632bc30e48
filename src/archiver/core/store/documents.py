"""The ``document`` table: every statement on it is issued here."""

from __future__ import annotations

import sqlite3

from archiver.core.errors import UnknownDocument


def text_of(db: sqlite3.Connection, doc_id: int) -> str:
    """A document's canonical text; UnknownDocument when there is none."""
    try:
        row = db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        row = None
    if row is None:
        raise UnknownDocument(doc_id)
    return str(row[0])


def published_of(db: sqlite3.Connection, doc_id: int) -> str | None:
    """A document's published date (ISO text), None when unknown; UnknownDocument if absent."""
    row = db.execute("SELECT published FROM document WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise UnknownDocument(doc_id)
    return row[0]
