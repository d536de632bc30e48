"""The ``collection`` and ``document_collection`` tables: every statement on them is issued here.

The journaled writes take the step's ``RowLog`` (``store.journal``), which records their inverse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.store.documents import TRASHED

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("collection", "document_collection")
"""The tables whose every statement this module issues."""

COLUMNS = "id, uuid, name, collection_parent_id, created_at"


def all_rows(db: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every collection, by name (parents and children mixed: the caller orders the tree)."""
    return db.execute(f"SELECT {COLUMNS} FROM collection ORDER BY name COLLATE NOCASE").fetchall()


def row(db: sqlite3.Connection, cid: int) -> sqlite3.Row | None:
    """One collection's row (None: no such collection)."""
    try:
        return db.execute(f"SELECT {COLUMNS} FROM collection WHERE id = ?", (cid,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        return None


def named(db: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """The collections called ``name`` (case aside), wherever they are in the tree."""
    return db.execute(
        f"SELECT {COLUMNS} FROM collection WHERE name = ? COLLATE NOCASE ORDER BY id", (name,)
    ).fetchall()


def child_named(db: sqlite3.Connection, parent: int | None, name: str) -> int | None:
    """The id of the collection called ``name`` (case aside) under ``parent`` (None: the top)."""
    found = db.execute(
        "SELECT id FROM collection WHERE COALESCE(collection_parent_id, 0) = ?"
        " AND name = ? COLLATE NOCASE",
        (parent or 0, name),
    ).fetchone()
    return int(found[0]) if found else None


def children_of(db: sqlite3.Connection, cid: int) -> list[int]:
    """The collections directly under one, by id."""
    rows = db.execute(
        "SELECT id FROM collection WHERE collection_parent_id = ? ORDER BY id", (cid,)
    )
    return [int(r[0]) for r in rows]


def counts(db: sqlite3.Connection) -> dict[int, int]:
    """Each collection's number of documents directly in it (the trash's not counted)."""
    rows = db.execute(
        "SELECT collection_id, COUNT(*) FROM document_collection"
        f" WHERE document_id NOT IN ({TRASHED}) GROUP BY collection_id"
    )
    return {int(r[0]): int(r[1]) for r in rows}


def members(db: sqlite3.Connection, cids: Iterable[int]) -> list[tuple[int, int]]:
    """(collection, document) pairs of these collections, the trash's left out."""
    wanted, found = list(cids), []
    for start in range(0, len(wanted), 900):
        part = wanted[start : start + 900]
        found += db.execute(
            "SELECT collection_id, document_id FROM document_collection"
            f" WHERE collection_id IN ({','.join('?' * len(part))})"
            f" AND document_id NOT IN ({TRASHED}) ORDER BY document_id",
            part,
        ).fetchall()
    return [(int(c), int(d)) for c, d in found]


def documents_in(db: sqlite3.Connection, cid: int) -> list[int]:
    """Every document directly in a collection (the trash's included), by id."""
    rows = db.execute(
        "SELECT document_id FROM document_collection WHERE collection_id = ? ORDER BY document_id",
        (cid,),
    )
    return [int(r[0]) for r in rows]


def collections_of(db: sqlite3.Connection, doc_id: int) -> list[int]:
    """The collections a document is directly in, by id."""
    rows = db.execute(
        "SELECT collection_id FROM document_collection WHERE document_id = ? ORDER BY collection_id",
        (doc_id,),
    )
    return [int(r[0]) for r in rows]


def holds(db: sqlite3.Connection, cid: int, doc_id: int) -> bool:
    """True when the document is directly in the collection."""
    found = db.execute(
        "SELECT 1 FROM document_collection WHERE collection_id = ? AND document_id = ?",
        (cid, doc_id),
    ).fetchone()
    return found is not None


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, name: str, parent: int | None) -> int:
    """Create a collection; its id."""
    return log.insert("collection", {"name": name, "collection_parent_id": parent,
                                     "created_at": store.now()})  # fmt: skip


def update(log: RowLog, cid: int, *, name: str | None = None, parent: int | None = -1) -> None:
    """Rename a collection and/or give it another parent (``parent`` -1: keep it)."""
    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = name
    if parent != -1:
        changes["collection_parent_id"] = parent
    log.update("collection", cid, changes)


def remove(log: RowLog, cid: int) -> None:
    """Delete one collection (its documents and children must be taken out first)."""
    log.delete("collection", {"id": cid})


def put(log: RowLog, cid: int, doc_id: int) -> None:
    """Put a document into a collection."""
    log.insert("document_collection",
               {"document_id": doc_id, "collection_id": cid, "added_at": store.now()},
               key=("document_id", "collection_id"))  # fmt: skip


def take(log: RowLog, cid: int, doc_id: int) -> None:
    """Take a document out of a collection."""
    log.delete("document_collection", {"document_id": doc_id, "collection_id": cid})
