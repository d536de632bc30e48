"""The ``suggestion_block`` table (suggestions the user turned down for good): every statement
on it is issued here.

A row says "do not suggest this": a participant from one of its aliases ("never Italy from
روما"), a participant at all (no alias), or a person found after a title who is not in the
archive (``words``: the name, folded), in one document or, with no document, everywhere.
Journaled writes take the step's ``RowLog`` (``store.journal``), which records their inverse.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from archiver.core import store

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("suggestion_block",)
"""The tables whose every statement this module issues."""

_COLUMNS = "b.id, b.participant_id, b.blocked_alias_id, b.document_id, b.words, b.created_at"


def for_document(db: sqlite3.Connection, doc_id: int) -> list[sqlite3.Row]:
    """The blocks that hold in a document: its own and the archive-wide ones."""
    return db.execute(
        f"SELECT {_COLUMNS} FROM suggestion_block b"
        " WHERE b.document_id IS NULL OR b.document_id = ? ORDER BY b.id",
        (doc_id,),
    ).fetchall()


def listing(db: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every block with the names it is about: the columns of ``for_document``, then the
    participant's name and the alias as written (NULL when there is none)."""
    return db.execute(
        f"SELECT {_COLUMNS}, p.name, a.alias FROM suggestion_block b"
        " LEFT JOIN participant p ON p.id = b.participant_id"
        " LEFT JOIN participant_alias a ON a.id = b.blocked_alias_id ORDER BY b.id"
    ).fetchall()


def find(db: sqlite3.Connection, values: dict[str, Any]) -> int | None:
    """The id of a block with exactly these participant, alias, document and words."""
    found = db.execute(
        "SELECT id FROM suggestion_block WHERE participant_id IS ? AND blocked_alias_id IS ?"
        " AND document_id IS ? AND words = ?",
        (values.get("participant_id"), values.get("blocked_alias_id"),
         values.get("document_id"), values.get("words", "")),
    ).fetchone()  # fmt: skip
    return int(found[0]) if found else None


def of_participant(db: sqlite3.Connection, pid: int) -> list[tuple[int, str | None]]:
    """(block id, its alias as written or None) of a participant's blocks."""
    rows = db.execute(
        "SELECT b.id, a.alias FROM suggestion_block b LEFT JOIN participant_alias a"
        " ON a.id = b.blocked_alias_id WHERE b.participant_id = ?",
        (pid,),
    )
    return [(r[0], r[1]) for r in rows]


def ids_naming(db: sqlite3.Connection, *, participant: int | None = None,
               alias: int | None = None) -> list[int]:  # fmt: skip
    """Blocks of a participant, or of one alias."""
    if alias is not None:
        rows = db.execute("SELECT id FROM suggestion_block WHERE blocked_alias_id = ?", (alias,))
    else:
        rows = db.execute(
            "SELECT id FROM suggestion_block WHERE participant_id = ?", (participant,)
        )
    return [r[0] for r in rows]


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, values: dict[str, Any]) -> int:
    """Store a block (``values``: participant_id, blocked_alias_id, document_id, words); its id."""
    return log.insert("suggestion_block", {
        "participant_id": values.get("participant_id"),
        "blocked_alias_id": values.get("blocked_alias_id"),
        "document_id": values.get("document_id"), "words": values.get("words", ""),
        "created_at": store.now(),
    })  # fmt: skip


def move(log: RowLog, block_id: int, participant_id: int, alias_id: int | None) -> None:
    """Make a block another participant's (a merge), from that participant's alias."""
    log.update("suggestion_block", block_id,
               {"participant_id": participant_id, "blocked_alias_id": alias_id})  # fmt: skip


def delete(log: RowLog, block_id: int) -> bool:
    """Lift one block; False when there is none with that id."""
    return log.delete("suggestion_block", {"id": block_id}) > 0
