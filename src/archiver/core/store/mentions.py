"""The ``mention`` and ``span`` tables: every statement on them is issued here.

The journaled writes take the step's ``RowLog`` (``store.journal``), which records their
inverse. A read that joins another table lives here when it selects from mentions or spans.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.store.documents import LIVE

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("span", "mention")
"""The tables whose every statement this module issues."""

_CONFIRMED = "('manual', 'confirmed')"


def decisions(db: sqlite3.Connection, doc_id: int) -> list[tuple[int, str]]:
    """(participant id, method) of every mention in a document."""
    rows = db.execute("SELECT participant_id, method FROM mention WHERE document_id = ?", (doc_id,))
    return [(r[0], r[1]) for r in rows]


def confirmed_rows(db: sqlite3.Connection, doc_id: int) -> list[sqlite3.Row]:
    """Confirmed and manual mentions of a document with their span and participant, in order.

    Columns: mention id, participant id, method, start, end, name, name_ar, kind, name_en.
    """
    return db.execute(
        'SELECT m.id, m.participant_id, m.method, s.start, s."end", p.name, p.name_ar, p.kind,'
        " p.name_en"
        " FROM mention m JOIN participant p ON p.id = m.participant_id"
        " LEFT JOIN span s ON s.id = m.span_id"
        f" WHERE m.document_id = ? AND m.method IN {_CONFIRMED}"
        " ORDER BY s.start IS NULL, s.start",
        (doc_id,),
    ).fetchall()


def spans_of(db: sqlite3.Connection, doc_id: int, pid: int) -> set[tuple[int, int]]:
    """(start, end) of a participant's mentions with a span in a document."""
    rows = db.execute(
        'SELECT s.start, s."end" FROM mention m JOIN span s ON s.id = m.span_id'
        " WHERE m.document_id = ? AND m.participant_id = ?",
        (doc_id, pid),
    )
    return {(r[0], r[1]) for r in rows}


def spans_with_ids(db: sqlite3.Connection, doc_id: int, pid: int) -> list[tuple[int, int, int]]:
    """(mention id, start, end) of a participant's confirmed or tagged mentions on a span of
    a document."""
    rows = db.execute(
        'SELECT m.id, s.start, s."end" FROM mention m JOIN span s ON s.id = m.span_id'
        f" WHERE m.document_id = ? AND m.participant_id = ? AND m.method IN {_CONFIRMED}"
        " ORDER BY m.id",
        (doc_id, pid),
    )
    return [(r[0], r[1], r[2]) for r in rows]


def repeated(db: sqlite3.Connection) -> list[tuple[int, int, int, int, list[int]]]:
    """Participants confirmed or tagged more than once on the same span of a document (a
    second tag of the same words stored a second mention before): (document id, participant
    id, start, end, the mention ids, oldest first)."""
    rows = db.execute(
        'SELECT m.document_id, m.participant_id, s.start, s."end", GROUP_CONCAT(m.id)'
        " FROM mention m JOIN span s ON s.id = m.span_id"
        f" WHERE m.method IN {_CONFIRMED}"
        ' GROUP BY m.document_id, m.participant_id, s.start, s."end" HAVING COUNT(*) > 1'
        " ORDER BY m.document_id, s.start"
    )
    return [(r[0], r[1], r[2], r[3], sorted(int(i) for i in str(r[4]).split(","))) for r in rows]


def same_place(db: sqlite3.Connection, doc_id: int, pid: int, span_id: int) -> int | None:
    """A confirmed or tagged mention of the participant in the document on another span with
    the same start and end as ``span_id`` (the same words, tagged in another copy), or None."""
    found = db.execute(
        "SELECT m.id FROM span here JOIN span s ON s.document_id = here.document_id"
        ' AND s.start = here.start AND s."end" = here."end" AND s.id != here.id'
        " JOIN mention m ON m.span_id = s.id"
        f" WHERE here.id = ? AND m.document_id = ? AND m.participant_id = ? AND m.method IN {_CONFIRMED}"
        " ORDER BY m.id LIMIT 1",
        (span_id, doc_id, pid),
    ).fetchone()
    return int(found[0]) if found else None


def has_confirmed(db: sqlite3.Connection, doc_id: int, pid: int) -> bool:
    """True when the participant is confirmed or tagged in the document."""
    found = db.execute(
        "SELECT 1 FROM mention WHERE document_id = ? AND participant_id = ?"
        f" AND method IN {_CONFIRMED}",
        (doc_id, pid),
    ).fetchone()
    return found is not None


def mention_place(db: sqlite3.Connection, mention_id: int) -> tuple[int, int | None] | None:
    """(document id, span id) of one mention, None when there is no such mention."""
    found = db.execute(
        "SELECT document_id, span_id FROM mention WHERE id = ?", (mention_id,)
    ).fetchone()
    return (found[0], found[1]) if found else None


def span_ids(db: sqlite3.Connection, pid: int, doc_id: int | None = None) -> list[int]:
    """Spans of a participant's mentions (in one document, or in all)."""
    sql = "SELECT span_id FROM mention WHERE participant_id = ? AND span_id IS NOT NULL"
    args: list[int] = [pid]
    if doc_id is not None:
        sql, args = sql + " AND document_id = ?", [pid, doc_id]
    return [r[0] for r in db.execute(sql, args)]


def documents_of(db: sqlite3.Connection, pid: int) -> set[int]:
    """Documents where a participant has any mention (rejections included)."""
    rows = db.execute("SELECT document_id FROM mention WHERE participant_id = ?", (pid,))
    return {r[0] for r in rows}


def participants_in(db: sqlite3.Connection, doc_id: int) -> set[int]:
    """Participants confirmed or tagged in a document."""
    rows = db.execute(
        f"SELECT participant_id FROM mention WHERE document_id = ? AND method IN {_CONFIRMED}",
        (doc_id,),
    )
    return {r[0] for r in rows}


def document_counts(db: sqlite3.Connection) -> dict[int, int]:
    """Participant id -> documents (not in the trash) where it is confirmed or tagged."""
    rows = db.execute(
        "SELECT m.participant_id, COUNT(DISTINCT m.document_id) FROM mention m"
        f" JOIN document d ON d.id = m.document_id WHERE d.{LIVE} AND m.method IN {_CONFIRMED}"
        " GROUP BY m.participant_id"
    )
    return {r[0]: r[1] for r in rows}


def span_row(db: sqlite3.Connection, span_id: int) -> sqlite3.Row | None:
    """One span: id, document_id, start, end, quote, prefix, suffix."""
    return db.execute(
        'SELECT id, document_id, start, "end", quote, prefix, suffix FROM span WHERE id = ?',
        (span_id,),
    ).fetchone()


def participant_documents(db: sqlite3.Connection, pid: int, limit: int) -> list[sqlite3.Row]:
    """Documents where a participant is mentioned or an actor, newest first.

    Columns: id, title, published, mentions, commitments, total documents. The hits are
    selected from mentions and from commitment actors in one statement, for speed.
    """
    return db.execute(
        "WITH hits AS (SELECT document_id, 1 AS m, 0 AS k FROM mention WHERE participant_id = ?1"
        f" AND method IN {_CONFIRMED} UNION ALL SELECT c.document_id, 0, 1"
        " FROM commitment_actor a JOIN commitment c ON c.id = a.commitment_id"
        " WHERE a.participant_id = ?1)"
        " SELECT d.id, d.title, d.published, SUM(h.m), SUM(h.k), COUNT(*) OVER ()"
        f" FROM hits h JOIN document d ON d.id = h.document_id WHERE d.{LIVE} GROUP BY d.id"
        " ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ?2",
        (pid, limit),
    ).fetchall()


def placed_rows(db: sqlite3.Connection, pid: int) -> list[sqlite3.Row]:
    """A participant's mentions with where they are: id, document_id, span_id, method, start,
    end (start and end None for a mention of the whole document)."""
    return db.execute(
        'SELECT m.id, m.document_id, m.span_id, m.method, s.start, s."end" FROM mention m'
        " LEFT JOIN span s ON s.id = m.span_id WHERE m.participant_id = ? ORDER BY m.id",
        (pid,),
    ).fetchall()


# -- journaled writes ----------------------------------------------------------------------


def add_span(
    log: RowLog, doc_id: int, start: int, end: int, quote: str, prefix: str, suffix: str,
    uuid: str | None = None,
) -> int:  # fmt: skip
    """Store a span of a document with its quote and context (a new UUID unless given); its id."""
    values: dict[str, Any] = {
        "document_id": doc_id, "start": start, "end": end, "quote": quote, "prefix": prefix,
        "suffix": suffix, "created_at": store.now(),
    }  # fmt: skip
    if uuid is not None:
        values["uuid"] = uuid
    return log.insert("span", values)


def delete_span(log: RowLog, span_id: int) -> None:
    """Delete one span (its mentions and commitments must not point at it any more)."""
    log.delete("span", {"id": span_id})


def add_mention(
    log: RowLog, doc_id: int, pid: int, span_id: int | None, method: str, uuid: str | None = None
) -> int:
    """Record a decision about a participant in a document (on a span or not; a new UUID
    unless given); its id."""
    values: dict[str, Any] = {
        "document_id": doc_id, "participant_id": pid, "span_id": span_id, "method": method,
        "created_at": store.now(),
    }  # fmt: skip
    if uuid is not None:
        values["uuid"] = uuid
    return log.insert("mention", values)


def move_mention(log: RowLog, mention_id: int, pid: int) -> None:
    """Make a mention one of another participant (a merge)."""
    log.update("mention", mention_id, {"participant_id": pid})


def delete_mention(log: RowLog, mention_id: int) -> None:
    """Delete one mention (its span stays)."""
    log.delete("mention", {"id": mention_id})


def delete_mentions(
    log: RowLog, pid: int, doc_id: int | None = None, *, method: str | None = None
) -> None:
    """Delete a participant's mentions (in one document, of one method); spans stay."""
    where: dict[str, Any] = {"participant_id": pid}
    if doc_id is not None:
        where["document_id"] = doc_id
    if method is not None:
        where["method"] = method
    log.delete("mention", where)
