"""The ``tag`` and ``document_tag`` tables: every statement on them is issued here.

The journaled writes take the step's ``RowLog`` (``store.journal``), which records their inverse.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.store.documents import TRASHED

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

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
        f" ON d.tag_id = t.id AND d.document_id NOT IN ({TRASHED})"  # the trash's not counted
        " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
    )
    return [(r[0], r[1]) for r in rows]


def live_pairs(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """(tag name, document) of every tag carried by a document out of the trash."""
    rows = db.execute(
        "SELECT t.name, d.document_id FROM document_tag d JOIN tag t ON t.id = d.tag_id"
        f" WHERE d.document_id NOT IN ({TRASHED})"
    )
    return [(str(r[0]), int(r[1])) for r in rows]


def tag_id(db: sqlite3.Connection, name: str) -> int | None:
    """The id of the tag called ``name`` (any case), None when there is none."""
    found = db.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
    return int(found[0]) if found else None


def under(db: sqlite3.Connection, name: str) -> list[tuple[int, str]]:
    """The tag called ``name`` and every tag below it (``name/…``), any case: (id, name)."""
    pattern = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"
    rows = db.execute(
        "SELECT id, name FROM tag WHERE name = ? OR name LIKE ? ESCAPE '\\'"
        " ORDER BY name COLLATE NOCASE",
        (name, pattern),
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def below_a_node(db: sqlite3.Connection, tail: str) -> list[str]:
    """The tags at or below a node whose path ends in ``/tail`` (``elections`` for
    ``lebanon/elections`` and ``iraq/elections/local``), any case, by name."""
    escaped = tail.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = db.execute(
        "SELECT name FROM tag WHERE name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'"
        " ORDER BY name COLLATE NOCASE",
        (f"%/{escaped}", f"%/{escaped}/%"),
    )
    low = tail.lower()
    return [str(r[0]) for r in rows
            if str(r[0]).lower().endswith("/" + low) or f"/{low}/" in str(r[0]).lower()]  # fmt: skip


def documents_with_any(db: sqlite3.Connection, tags: list[int]) -> list[int]:
    """The documents that carry any of these tags (the trash's included), by id."""
    found: set[int] = set()
    for start in range(0, len(tags), 900):
        part = tags[start : start + 900]
        rows = db.execute(
            f"SELECT document_id FROM document_tag WHERE tag_id IN ({','.join('?' * len(part))})",
            part,
        )
        found.update(int(r[0]) for r in rows)
    return sorted(found)


def carries(db: sqlite3.Connection, doc_id: int, tag: int) -> bool:
    """True when the document carries the tag."""
    found = db.execute(
        "SELECT 1 FROM document_tag WHERE document_id = ? AND tag_id = ?", (doc_id, tag)
    ).fetchone()
    return found is not None


def documents_with(db: sqlite3.Connection, tag: int) -> list[int]:
    """The documents that carry the tag (the trash's included), by id."""
    rows = db.execute("SELECT document_id FROM document_tag WHERE tag_id = ? ORDER BY document_id",
                      (tag,))  # fmt: skip
    return [int(r[0]) for r in rows]


# -- journaled writes ----------------------------------------------------------------------


def add_tag(log: RowLog, name: str) -> int:
    """Create a tag; its id."""
    return log.insert("tag", {"name": name, "created_at": store.now()})


def tag_document(log: RowLog, doc_id: int, tag: int) -> None:
    """Put a tag on a document."""
    log.insert("document_tag", {"document_id": doc_id, "tag_id": tag},
                key=("document_id", "tag_id"))  # fmt: skip


def rename_tag(log: RowLog, tag: int, name: str) -> None:
    """Give a tag another name (its UUID stays: it is the same tag)."""
    log.update("tag", tag, {"name": name})


def remove_tag(log: RowLog, tag: int) -> None:
    """Delete a tag (the documents carrying it must be untagged first)."""
    log.delete("tag", {"id": tag})


def untag_document(log: RowLog, doc_id: int, tag: int) -> None:
    """Take a tag off a document."""
    log.delete("document_tag", {"document_id": doc_id, "tag_id": tag})
