"""The ``memo`` table: every statement on it is issued here.

A memo is on exactly one target: a quote (``document_id`` and its own ``span_id``), a
document (``document_id`` alone), a participant, or a commitment (``commitment_id``, with the
commitment's ``document_id`` so that the document's memos are one look-up). The journaled
writes take the step's ``RowLog`` (``store.journal``), which records their inverse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core.errors import Invalid
from archiver.core.store.documents import TRASHED

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("memo",)
"""The tables whose every statement this module issues."""

SELECT = (
    "SELECT m.id, m.uuid, m.body, m.document_id, m.span_id, m.participant_id, m.commitment_id,"
    ' m.author, m.created_at, m.modified_at, s.start, s."end", s.quote'
    " FROM memo m LEFT JOIN span s ON s.id = m.span_id"
)
_KIND = (
    "CASE WHEN m.participant_id IS NOT NULL THEN 'participant'"
    " WHEN m.commitment_id IS NOT NULL THEN 'commitment'"
    " WHEN m.span_id IS NOT NULL THEN 'quote' ELSE 'document' END"
)


@dataclass
class MemoFilters:
    """Checked filters of a memo list, ANDed (``text`` folded already)."""

    kind: str | None = None
    document_id: int | None = None  # its own memos, its quotes' and its commitments'
    participant_id: int | None = None
    commitment_id: int | None = None
    author: str | None = None
    text: str | None = None
    ids: list[int] = field(default_factory=list)


def listed(db: sqlite3.Connection, f: MemoFilters) -> list[sqlite3.Row]:
    """Memos matching the filters (documents in the trash left out), by document, place, id."""
    where = [f"(m.document_id IS NULL OR m.document_id NOT IN ({TRASHED}))"]
    args: list[Any] = []
    if f.kind:
        where.append(f"{_KIND} = ?")
        args.append(f.kind)
    for column, value in (("document_id", f.document_id), ("participant_id", f.participant_id),
                          ("commitment_id", f.commitment_id)):  # fmt: skip
        if value is not None:
            where.append(f"m.{column} = ?")
            args.append(value)
    if f.author:
        where.append("m.author = ? COLLATE NOCASE")
        args.append(f.author)
    if f.text:
        where.append("instr(archiver_fold(m.body || ' ' || coalesce(s.quote, '')), ?) > 0")
        args.append(f.text)
    if f.ids:
        where.append(f"m.id IN ({','.join('?' * len(f.ids))})")
        args += f.ids
    sql = (f"{SELECT} WHERE {' AND '.join(where)}"
           " ORDER BY m.document_id IS NULL, m.document_id, s.start IS NOT NULL, s.start, m.id")  # fmt: skip
    return db.execute(sql, args).fetchall()


def row(db: sqlite3.Connection, memo_id: int) -> sqlite3.Row | None:
    """One memo with its span's place and quote, None when there is none."""
    return db.execute(f"{SELECT} WHERE m.id = ?", (memo_id,)).fetchone()


def texts_of_document(db: sqlite3.Connection, doc_id: int) -> list[str]:
    """The text of every memo on a document, its quotes or its commitments (for the index)."""
    rows = db.execute("SELECT body FROM memo WHERE document_id = ? ORDER BY id", (doc_id,))
    return [r[0] for r in rows]


def texts_of_documents(db: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    """The memo texts of each of these documents (for the snippets of memo: hits)."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = db.execute(
            f"SELECT document_id, body FROM memo WHERE document_id IN ({','.join('?' * len(part))})"
            " ORDER BY id", part)  # fmt: skip
        for doc_id, body in rows:
            found.setdefault(doc_id, []).append(body)
    return found


def ids_on(db: sqlite3.Connection, *, participant: int | None = None,
           commitment: int | None = None) -> list[int]:  # fmt: skip
    """The memos on a participant or on a commitment."""
    column, value = ("participant_id", participant) if participant is not None else (
        "commitment_id", commitment)  # fmt: skip
    return [r[0] for r in db.execute(f"SELECT id FROM memo WHERE {column} = ?", (value,))]


def counts_on(db: sqlite3.Connection, kind: str, ids: Iterable[int]) -> dict[int, int]:
    """How many memos each of these participants or commitments (``kind``) has."""
    column = {"participant": "participant_id", "commitment": "commitment_id"}.get(kind)
    if column is None:
        raise Invalid(f"memos are counted on participants or commitments, not {kind!r}")
    wanted = list(ids)
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT {column}, COUNT(*) FROM memo WHERE {column} IN ({marks}) GROUP BY {column}",
        wanted,
    )
    return {r[0]: r[1] for r in rows}


def authors(db: sqlite3.Connection) -> list[str]:
    """Everyone who wrote a memo, by name."""
    rows = db.execute("SELECT DISTINCT author FROM memo ORDER BY author COLLATE NOCASE")
    return [r[0] for r in rows]


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, values: dict[str, Any]) -> int:
    """Store a memo; its id."""
    return log.insert("memo", values)


def update(log: RowLog, memo_id: int, changes: dict[str, Any]) -> None:
    """Change a memo's columns (its text, its modification time)."""
    log.update("memo", memo_id, changes)


def delete(log: RowLog, memo_id: int) -> None:
    """Delete a memo (its span, a quote memo's own, is deleted after it)."""
    log.delete("memo", {"id": memo_id})
