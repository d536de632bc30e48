"""The ``tag`` and ``document_tag`` tables: every read of them is issued here.

Journaled changes write their rows through ``store.journal``.
"""

from __future__ import annotations

import sqlite3

TABLES = ("tag", "document_tag")
"""The tables whose every statement this module issues."""


def names_of(db: sqlite3.Connection, doc_id: int) -> list[str]:
    """Free tags of a document, by name."""
    rows = db.execute(
        "SELECT t.name FROM document_tag d JOIN tag t ON t.id = d.tag_id"
        " WHERE d.document_id = ? ORDER BY t.name COLLATE NOCASE",
        (doc_id,),
    )
    return [r[0] for r in rows]


def counts(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag with the number of documents that carry it, by name."""
    rows = db.execute(
        "SELECT t.name, COUNT(d.document_id) FROM tag t LEFT JOIN document_tag d"
        " ON d.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
    )
    return [(r[0], r[1]) for r in rows]


def tag_id(db: sqlite3.Connection, name: str) -> int | None:
    """The id of the tag called ``name`` (any case), None when there is none."""
    found = db.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
    return int(found[0]) if found else None


def carries(db: sqlite3.Connection, doc_id: int, tag: int) -> bool:
    """True when the document carries the tag."""
    found = db.execute(
        "SELECT 1 FROM document_tag WHERE document_id = ? AND tag_id = ?", (doc_id, tag)
    ).fetchone()
    return found is not None
