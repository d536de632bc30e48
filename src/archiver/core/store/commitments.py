"""The ``commitment`` and ``commitment_actor`` tables: every statement on them is issued here.

The journaled writes take the step's ``RowLog`` (``store.journal``), which records their
inverse. The commitments table of the GUI and the CLI is one filtered SELECT; ``Filters``
holds its already-checked values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.errors import Invalid
from archiver.core.store.documents import TRASHED
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("commitment", "commitment_actor")
"""The tables whose every statement this module issues."""

STATED = "coalesce(c.statement_date, substr(d.published, 1, 10))"
"""A commitment's statement date: its own, else its document's (``d``) as that is now. The
document's is never copied into the row, so dating the document later dates the commitment,
and undo, sync and bundles carry the one fact where it lives."""

# d.file_name may be stored short: the last column (d.original_path) expands it, see
# ``document_short.file_name``
SELECT = (
    "SELECT c.id, c.document_id, c.action, c.category, c.status, c.what, c.condition, c.future,"
    f" c.hypothetical, c.negated, c.quantity, c.unit, {STATED}, c.target_date,"
    ' c.updates_id, c.notes, c.created_at, c.modified_at, s.start, s."end", s.quote,'
    " d.title, d.published, d.file_name, c.fulfils_id, c.statement_date IS NULL, d.original_path"
    " FROM commitment c JOIN document d ON d.id = c.document_id"
    " LEFT JOIN span s ON s.id = c.span_id"
)
_FIRST_ACTOR = (
    "(SELECT p.name FROM commitment_actor ca JOIN participant p ON p.id = ca.participant_id"
    " WHERE ca.commitment_id = c.id ORDER BY ca.position LIMIT 1) COLLATE NOCASE"
)
_ORDER_KEYS = {
    "document": "c.document_id {dir}, s.start {dir}",
    "status": "c.status {dir}",
    "category": "c.category {dir}",
    "actor": _FIRST_ACTOR + " {dir}",
    "what": "c.what COLLATE NOCASE {dir}",
}


@dataclass
class Filters:
    """Checked filters of the commitments table: ANDed, values within one filter ORed."""

    actors: list[int] = field(default_factory=list)
    role: str | None = "source"
    statuses: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None  # folded already
    document_id: int | None = None
    flags: list[str] = field(default_factory=list)  # future, hypothetical, negated


def fold_text(text: str | None) -> str:
    """Lowercased, harakat- and hamza-folded text, for substring filters."""
    return arabic.fold((text or "").lower())


def register_functions(db: sqlite3.Connection) -> None:
    """The SQL function the text filter calls."""
    db.create_function("archiver_fold", 1, fold_text, deterministic=True)


def _where(f: Filters) -> tuple[list[str], list[Any]]:
    where: list[str] = [f"c.document_id NOT IN ({TRASHED})"]  # the trash's are out of view
    args: list[Any] = []
    if f.actors:
        sub = "SELECT commitment_id FROM commitment_actor WHERE participant_id IN"
        sub += f" ({','.join('?' * len(f.actors))})"
        args += f.actors
        if f.role:
            sub += " AND role = ?"
            args.append(f.role)
        where.append(f"c.id IN ({sub})")
    for column, values in (("status", f.statuses), ("category", f.categories)):
        if values:
            where.append(f"c.{column} IN ({','.join('?' * len(values))})")
            args += values
    if f.date_from:
        where.append(f"{STATED} >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append(f"{STATED} <= ?")
        args.append(f"{f.date_to}\uffff")  # "2025-07": all of July
    if f.document_id is not None:
        where.append("c.document_id = ?")
        args.append(f.document_id)
    where += [f"c.{flag} = 1" for flag in f.flags]
    if f.text:
        where.append(
            "instr(archiver_fold(c.what || ' ' || c.condition || ' ' || c.notes || ' '"
            " || coalesce(s.quote, '')), ?) > 0"
        )
        args.append(f.text)
    return where, args


def order_by(order: str) -> str:
    """The ORDER BY clause of a list order; ties go newest first."""
    if order == "newest":
        return f"{STATED} DESC NULLS LAST, c.id DESC"
    if order == "oldest":
        return f"{STATED} NULLS LAST, c.id"
    key = order.lstrip("-")
    if key not in _ORDER_KEYS:
        raise Invalid(f"unknown order {order!r}")
    direction = "DESC" if order.startswith("-") else "ASC"
    return _ORDER_KEYS[key].format(dir=direction) + f", {STATED} DESC NULLS LAST, c.id DESC"


def rows(
    db: sqlite3.Connection, f: Filters, order: str, limit: int | None, offset: int
) -> list[sqlite3.Row]:
    """Commitment rows (the columns of SELECT) matching the filters, in order."""
    where, args = _where(f)
    sql = SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY " + order_by(order)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return db.execute(sql, args).fetchall()


def row(db: sqlite3.Connection, cid: int) -> sqlite3.Row | None:
    """One commitment row (the columns of SELECT)."""
    return db.execute(SELECT + " WHERE c.id = ?", (cid,)).fetchone()


def on_passage(
    db: sqlite3.Connection, doc_id: int, span: tuple[int, int] | None
) -> list[sqlite3.Row]:
    """Commitment rows (the columns of SELECT) of a document quoting exactly ``span`` (None:
    those with no quote), oldest first."""
    if span is None:
        return db.execute(SELECT + " WHERE c.document_id = ? AND c.span_id IS NULL ORDER BY c.id",
                          (doc_id,)).fetchall()  # fmt: skip
    return db.execute(SELECT + ' WHERE c.document_id = ? AND s.start = ? AND s."end" = ?'
                      " ORDER BY c.id", (doc_id, *span)).fetchall()  # fmt: skip


def count(db: sqlite3.Connection, f: Filters) -> int:
    """How many commitments match the filters."""
    where, args = _where(f)
    sql = "SELECT COUNT(*) FROM commitment c JOIN document d ON d.id = c.document_id" + (
        " LEFT JOIN span s ON s.id = c.span_id WHERE " + " AND ".join(where) if where else ""
    )
    return int(db.execute(sql, args).fetchone()[0])


def same_quote_count(db: sqlite3.Connection) -> int:
    """How many commitments out of the trash share their quote (document and characters) with
    another one (two copies that coded the same quote each keep theirs)."""
    return int(db.execute(
        "SELECT COUNT(*) FROM commitment c JOIN span s ON s.id = c.span_id"
        f" WHERE c.document_id NOT IN ({TRASHED}) AND EXISTS (SELECT 1 FROM commitment o"
        " JOIN span t ON t.id = o.span_id WHERE o.document_id = c.document_id AND o.id != c.id"
        ' AND t.start = s.start AND t."end" = s."end")'
    ).fetchone()[0])  # fmt: skip


def actor_rows(db: sqlite3.Connection, ids: Sequence[int]) -> list[sqlite3.Row]:
    """Actors of these commitments: commitment, participant, role, name, name_ar, name_en; in
    order."""
    found: list[sqlite3.Row] = []
    for chunk in range(0, len(ids), 900):
        part = list(ids[chunk : chunk + 900])
        found += db.execute(
            "SELECT a.commitment_id, a.participant_id, a.role, p.name, p.name_ar, p.name_en"
            " FROM commitment_actor a JOIN participant p ON p.id = a.participant_id"
            f" WHERE a.commitment_id IN ({','.join('?' * len(part))})"
            " ORDER BY a.commitment_id, a.position",
            part,
        )
    return found


def exists(db: sqlite3.Connection, cid: int) -> bool:
    """True when there is a commitment with this id."""
    return db.execute("SELECT 1 FROM commitment WHERE id = ?", (cid,)).fetchone() is not None


def span_of(db: sqlite3.Connection, cid: int) -> int | None:
    """The id of a commitment's quote span."""
    found = db.execute("SELECT span_id FROM commitment WHERE id = ?", (cid,)).fetchone()
    return found[0] if found else None


def updated_by(db: sqlite3.Connection, cid: int) -> list[int]:
    """Commitments that record an update of this one."""
    return [r[0] for r in db.execute("SELECT id FROM commitment WHERE updates_id = ?", (cid,))]


def fulfilled_by(db: sqlite3.Connection, cid: int) -> list[int]:
    """Deliveries that fulfil this commitment."""
    return [r[0] for r in db.execute("SELECT id FROM commitment WHERE fulfils_id = ?", (cid,))]


def status_of(db: sqlite3.Connection, cid: int) -> str | None:
    """A commitment's status (None when there is no such commitment)."""
    found = db.execute("SELECT status FROM commitment WHERE id = ?", (cid,)).fetchone()
    return found[0] if found else None


def naming(db: sqlite3.Connection, pid: int) -> list[int]:
    """Commitments with the participant among their actors, by id."""
    rows_ = db.execute(
        "SELECT DISTINCT commitment_id FROM commitment_actor WHERE participant_id = ?"
        " ORDER BY commitment_id",
        (pid,),
    )
    return [r[0] for r in rows_]


def has_actor(db: sqlite3.Connection, cid: int, *, besides: int | None = None) -> bool:
    """True when the commitment has an actor (other than participant ``besides``)."""
    found = db.execute(
        "SELECT 1 FROM commitment_actor WHERE commitment_id = ? AND participant_id IS NOT ?",
        (cid, besides),
    ).fetchone()
    return found is not None


def documents_naming(db: sqlite3.Connection, pid: int) -> set[int]:
    """Documents of the commitments with the participant among their actors."""
    found = db.execute(
        "SELECT c.document_id FROM commitment c JOIN commitment_actor a"
        " ON a.commitment_id = c.id WHERE a.participant_id = ?",
        (pid,),
    )
    return {r[0] for r in found}


def actors_in(db: sqlite3.Connection, doc_id: int) -> set[int]:
    """Participants who are actors of a document's commitments."""
    found = db.execute(
        "SELECT a.participant_id FROM commitment c JOIN commitment_actor a"
        " ON a.commitment_id = c.id WHERE c.document_id = ?",
        (doc_id,),
    )
    return {r[0] for r in found}


def statuses_and_categories(db: sqlite3.Connection, doc_id: int) -> list[tuple[str, str]]:
    """Distinct (status, category) of a document's commitments."""
    found = db.execute(
        "SELECT DISTINCT status, category FROM commitment WHERE document_id = ?", (doc_id,)
    )
    return [(r[0], r[1]) for r in found]


def latest_cells(
    db: sqlite3.Connection,
    role: str,
    kinds: Iterable[str],
    date_from: str | None,
    date_to: str | None,
) -> list[tuple[int, str, str, str | None, int, int]]:
    """Per participant and category: (pid, category, status, date, commitment id, count) of
    the latest commitment naming the participant in ``role``."""
    where, args = ["a.role = ?", f"c.document_id NOT IN ({TRASHED})"], [role]
    kind_list = list(kinds)
    if kind_list:
        where.append(f"p.kind IN ({','.join('?' * len(kind_list))})")
        args += kind_list
    if date_from:
        where.append(f"{STATED} >= ?")
        args.append(date_from)
    if date_to:
        where.append(f"{STATED} <= ?")
        args.append(date_to + "\uffff")
    sql = (
        "WITH ranked AS (SELECT a.participant_id AS pid, c.category, c.status, c.id,"
        f" {STATED} AS day, ROW_NUMBER() OVER (PARTITION BY a.participant_id,"
        f" c.category ORDER BY {STATED} DESC NULLS LAST, c.id DESC) AS rn,"
        " COUNT(*) OVER (PARTITION BY a.participant_id, c.category) AS n"
        " FROM commitment_actor a JOIN commitment c ON c.id = a.commitment_id"
        " JOIN document d ON d.id = c.document_id"
        " JOIN participant p ON p.id = a.participant_id WHERE " + " AND ".join(where) + ")"
        " SELECT pid, category, status, day, id, n FROM ranked WHERE rn = 1"
    )
    return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in db.execute(sql, args)]


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, values: dict[str, Any]) -> int:
    """Record a commitment (``values``: its checked columns); its id."""
    now = store.now()
    return log.insert("commitment", {**values, "created_at": now, "modified_at": now})


def update(log: RowLog, cid: int, changes: dict[str, Any]) -> None:
    """Change checked columns of a commitment; it is modified now."""
    log.update("commitment", cid, {**changes, "modified_at": store.now()})


def set_span(log: RowLog, cid: int, span_id: int | None) -> None:
    """Point a commitment at another quote span (or at none)."""
    log.update("commitment", cid, {"span_id": span_id})


def forget_update(log: RowLog, cid: int) -> None:
    """The commitment no longer records an update of another one."""
    log.update("commitment", cid, {"updates_id": None})


def forget_fulfils(log: RowLog, cid: int) -> None:
    """The delivery no longer fulfils a pledge (the pledge is going)."""
    log.update("commitment", cid, {"fulfils_id": None})


def delete(log: RowLog, cid: int) -> None:
    """Delete a commitment (its actors must be deleted first; its span stays)."""
    log.delete("commitment", {"id": cid})


def add_actors(log: RowLog, cid: int, pairs: Sequence[tuple[int, str]]) -> None:
    """Name these (participant, role) pairs as the actors of a commitment, in order."""
    for position, (pid, role) in enumerate(pairs):
        log.insert(
            "commitment_actor",
            {"commitment_id": cid, "participant_id": pid, "role": role, "position": position},
            key=("commitment_id", "participant_id", "role"),
        )


def delete_actors(log: RowLog, cid: int) -> None:
    """Take every actor off a commitment."""
    log.delete("commitment_actor", {"commitment_id": cid})


def roles_of(db: sqlite3.Connection, pid: int) -> list[tuple[int, str, int]]:
    """(commitment, role, position) of every place a participant is an actor."""
    found = db.execute(
        "SELECT commitment_id, role, position FROM commitment_actor WHERE participant_id = ?"
        " ORDER BY commitment_id, position",
        (pid,),
    )
    return [(r[0], r[1], r[2]) for r in found]


def has_role(db: sqlite3.Connection, cid: int, pid: int, role: str) -> bool:
    """True when the participant is already this actor of the commitment."""
    found = db.execute(
        "SELECT 1 FROM commitment_actor WHERE commitment_id = ? AND participant_id = ?"
        " AND role = ?",
        (cid, pid, role),
    ).fetchone()
    return found is not None


def move_actor(log: RowLog, cid: int, role: str, old: int, new: int, position: int) -> None:
    """Another participant takes an actor's place on a commitment (a merge); when it is that
    actor already, the old one only goes."""
    log.delete("commitment_actor", {"commitment_id": cid, "participant_id": old, "role": role})
    if not has_role(log.db, cid, new, role):
        log.insert(
            "commitment_actor",
            {"commitment_id": cid, "participant_id": new, "role": role, "position": position},
            key=("commitment_id", "participant_id", "role"),
        )


def remove_actor(log: RowLog, pid: int) -> None:
    """Take a participant off the actors of every commitment."""
    log.delete("commitment_actor", {"participant_id": pid})
