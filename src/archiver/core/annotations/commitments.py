"""Commitments: who committed to what, tied to the quote in a source, and archive-wide views.

One record may have several source actors ("France, Australia, Denmark and Sweden are ready
to help monitor a ceasefire" is one commitment, not four). ``Commitments``
(``archive.commitments``) is the API for the CLI and the GUI; every query returns plain
dataclasses, and changes are journaled for undo like the other annotations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from archiver.core import store
from archiver.core.annotations.participants import (
    Alias,
    Annotations,
    Journal,
    Participant,
)
from archiver.core.errors import Invalid, NotFound, UnknownDocument
from archiver.core.text import arabic

ACTIONS = ("offer", "pledge", "refuse", "suspend", "deliver", "withdraw", "demand", "support",
           "other")  # fmt: skip
CATEGORIES = ("military", "financial", "humanitarian", "monitoring", "diplomatic", "troops",
              "sanctions", "other")  # fmt: skip
STATUSES = ("offered", "pledged", "conditional", "delivered", "refused", "suspended",
            "withdrawn", "unclear")  # fmt: skip
ROLES = ("source", "recipient", "beneficiary", "target")
DEFAULT_ACTION = {
    "offered": "offer", "pledged": "pledge", "conditional": "offer", "delivered": "deliver",
    "refused": "refuse", "suspended": "suspend", "withdrawn": "withdraw", "unclear": "other",
}  # fmt: skip
FLAGS = ("future", "hypothetical", "negated")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_EDITABLE = {
    "action", "category", "status", "what", "condition", "future", "hypothetical", "negated",
    "quantity", "unit", "statement_date", "target_date", "updates_id", "notes",
}  # fmt: skip
_SELECT = (
    "SELECT c.id, c.document_id, c.action, c.category, c.status, c.what, c.condition, c.future,"
    " c.hypothetical, c.negated, c.quantity, c.unit, c.statement_date, c.target_date,"
    ' c.updates_id, c.notes, c.created_at, c.modified_at, s.start, s."end", s.quote,'
    " d.title, d.published, d.file_name"
    " FROM commitment c JOIN document d ON d.id = c.document_id"
    " LEFT JOIN span s ON s.id = c.span_id"
)


@dataclass
class Actor:
    """A participant's part in a commitment."""

    participant_id: int
    name: str
    role: str = "source"
    name_ar: str = ""


@dataclass
class Commitment:
    """One commitment with its actors, quote and document (a row of the commitments table)."""

    id: int
    document_id: int
    action: str
    category: str
    status: str
    what: str
    actors: list[Actor] = field(default_factory=list)
    condition: str = ""
    future: bool = False
    hypothetical: bool = False
    negated: bool = False
    quantity: float | None = None
    unit: str = ""
    statement_date: str | None = None
    target_date: str | None = None
    updates_id: int | None = None
    notes: str = ""
    quote: str = ""
    start: int | None = None  # the quote's span in the document text (opens the reader there)
    end: int | None = None
    document_title: str = ""
    published: str | None = None
    file_name: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def sources(self) -> list[Actor]:
        """The actors who committed."""
        return [a for a in self.actors if a.role == "source"]

    def actor_names(self, role: str | None = "source", sep: str = "; ") -> str:
        """Actor names joined (for a table cell or a CSV column)."""
        return sep.join(a.name for a in self.actors if role is None or a.role == role)

    def to_json(self) -> dict[str, Any]:
        """Nested JSON shape: actors, quote with its span, document metadata."""
        data = asdict(self)
        for key in ("quote", "start", "end", "document_title", "published", "file_name"):
            data.pop(key)
        data["quote"] = {"text": self.quote, "start": self.start, "end": self.end}
        data["document"] = {"id": self.document_id, "title": self.document_title,
                            "published": self.published, "file": self.file_name}  # fmt: skip
        return data


@dataclass
class DocumentRef:
    """A document in a participant's page."""

    id: int
    title: str
    published: str | None
    mentions: int  # confirmed/manual mentions in it
    commitments: int  # commitments naming the participant in it


@dataclass
class ParticipantPage:
    """Everything the participant page shows."""

    participant: Participant
    aliases: list[Alias]
    parent: Participant | None
    members: list[Participant]  # participants whose parent this is (a state's leaders)
    documents: list[DocumentRef]
    document_count: int
    commitments: list[Commitment]  # oldest first: its commitments over time


@dataclass
class Cell:
    """Latest status of one participant in one category (as a source actor)."""

    status: str
    date: str | None
    commitment_id: int
    count: int  # commitments of the participant in the category


@dataclass
class Matrix:
    """Participants x categories, each cell the latest status with its date."""

    participants: list[Participant]
    categories: list[str]
    cells: dict[tuple[int, str], Cell]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {
            "participants": [{"id": p.id, "name": p.name} for p in self.participants],
            "categories": self.categories,
            "cells": [
                {"participant_id": pid, "category": cat, **asdict(cell)}
                for (pid, cat), cell in sorted(self.cells.items())
            ],
        }


ActorSpec = int | tuple[int, str]


def _check(value: str, allowed: Sequence[str], what: str) -> str:
    value = (value or "").strip().lower()
    if value not in allowed:
        raise Invalid(f"unknown {what} {value!r}; one of: {', '.join(allowed)}")
    return value


def _check_date(value: str | None, what: str) -> str | None:
    if value in (None, ""):
        return None
    assert value is not None
    if not _DATE_RE.match(value) or not _real_date(value):
        raise Invalid(f"{what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def _real_date(value: str) -> bool:
    """True when the month and day exist (2025-02-30 does not)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _check_quantity(value: float | None) -> float | None:
    if value is not None and not math.isfinite(value):
        raise Invalid(f"quantity must be a number, not {value!r}")
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        return [value]
    return list(value)


class Commitments:
    """Commitments of one archive: changes, the commitments table, participant page, matrix."""

    def __init__(self, annotations: Annotations) -> None:
        self.ann = annotations
        self.db = annotations.db
        self.db.create_function("archiver_fold", 1, _fold_text, deterministic=True)

    # -- changes ---------------------------------------------------------------------------

    def add(
        self,
        doc_id: int,
        actors: Sequence[ActorSpec],
        *,
        category: str,
        status: str,
        what: str = "",
        action: str | None = None,
        quote: tuple[int, int] | None = None,
        condition: str = "",
        future: bool = False,
        hypothetical: bool = False,
        negated: bool = False,
        quantity: float | None = None,
        unit: str = "",
        statement_date: str | None = None,
        target_date: str | None = None,
        updates: int | None = None,
        notes: str = "",
    ) -> Commitment:
        """Record a commitment; ``actors`` are ids (sources) or (id, role) pairs.

        ``statement_date`` defaults to the document's published date, ``action`` to the one
        that goes with ``status`` (offered -> offer...).
        """
        published = self._published(doc_id)
        status = _check(status, STATUSES, "status")
        values = {
            "document_id": doc_id,
            "action": _check(action or DEFAULT_ACTION[status], ACTIONS, "action"),
            "category": _check(category, CATEGORIES, "category"),
            "status": status,
            "what": what.strip(),
            "condition": condition.strip(),
            "future": int(bool(future)),
            "hypothetical": int(bool(hypothetical)),
            "negated": int(bool(negated)),
            "quantity": _check_quantity(quantity),
            "unit": unit.strip(),
            "statement_date": _check_date(statement_date, "statement date") or published,
            "target_date": _check_date(target_date, "target date"),
            "updates_id": self._check_updates(updates, None),
            "notes": notes,
        }
        pairs = self._actors(actors)
        with self.ann.change(f"commitment in #{doc_id}") as journal:
            journal.documents.add(doc_id)
            if quote is not None:
                values["span_id"] = self.ann.make_span(journal, doc_id, *quote)
            now = store.now()
            cid = journal.insert("commitment", {**values, "created_at": now, "modified_at": now})
            self._insert_actors(journal, cid, pairs)
            self.ann.confirm_in_change(journal, doc_id, [pid for pid, _ in pairs])
        return self.get(cid)

    def update(self, cid: int, **changes: Any) -> Commitment:
        """Change fields; ``actors=[...]`` replaces the actors, ``quote=(start, end)`` the span."""
        old = self.get(cid)
        actors = changes.pop("actors", None)
        quote = changes.pop("quote", "keep")
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise Invalid(f"not editable: {', '.join(sorted(unknown))}")
        for name, allowed in (("action", ACTIONS), ("category", CATEGORIES), ("status", STATUSES)):
            if name in changes:
                changes[name] = _check(changes[name], allowed, name)
        for name in ("statement_date", "target_date"):
            if name in changes:
                changes[name] = _check_date(changes[name], name.replace("_", " "))
        for name in FLAGS:
            if name in changes:
                changes[name] = int(bool(changes[name]))
        if "updates_id" in changes:
            changes["updates_id"] = self._check_updates(changes["updates_id"], cid)
        pairs = self._actors(actors) if actors is not None else None
        with self.ann.change(f"edit commitment #{cid}") as journal:
            journal.documents.add(old.document_id)
            if quote != "keep":
                span_id = self._span_of(cid)
                new_span = self.ann.make_span(journal, old.document_id, *quote) if quote else None
                journal.update("commitment", cid, {"span_id": new_span})
                if span_id is not None:
                    journal.delete("span", {"id": span_id})
            if pairs is not None:
                journal.delete("commitment_actor", {"commitment_id": cid})
                self._insert_actors(journal, cid, pairs)
                self.ann.confirm_in_change(journal, old.document_id, [pid for pid, _ in pairs])
            journal.update("commitment", cid, {**changes, "modified_at": store.now()})
        return self.get(cid)

    def delete(self, cid: int) -> None:
        """Delete a commitment, its actors and its quote span (undoable)."""
        old = self.get(cid)
        span_id = self._span_of(cid)
        with self.ann.change(f"delete commitment #{cid}") as journal:
            journal.documents.add(old.document_id)
            for (later,) in self.db.execute(
                "SELECT id FROM commitment WHERE updates_id = ?", (cid,)
            ).fetchall():
                journal.update("commitment", later, {"updates_id": None})
            journal.delete("commitment_actor", {"commitment_id": cid})
            journal.delete("commitment", {"id": cid})
            if span_id is not None:
                journal.delete("span", {"id": span_id})

    def _published(self, doc_id: int) -> str | None:
        row = self.db.execute("SELECT published FROM document WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownDocument(doc_id)
        return str(row[0])[:10] if row[0] else None

    def _span_of(self, cid: int) -> int | None:
        row = self.db.execute("SELECT span_id FROM commitment WHERE id = ?", (cid,)).fetchone()
        return row[0] if row else None

    def _check_updates(self, updates: int | None, cid: int | None) -> int | None:
        if updates is None:
            return None
        if updates == cid:
            raise Invalid("a commitment cannot update itself")
        if not self.db.execute("SELECT 1 FROM commitment WHERE id = ?", (updates,)).fetchone():
            raise Invalid(f"no commitment #{updates} to update")
        return int(updates)

    def _actors(self, actors: Sequence[ActorSpec]) -> list[tuple[int, str]]:
        pairs: list[tuple[int, str]] = []
        for spec in actors:
            pid, role = (spec, "source") if isinstance(spec, int) else spec
            pair = (self.ann.participant(int(pid)).id, _check(role, ROLES, "role"))
            if pair not in pairs:
                pairs.append(pair)
        if not any(role == "source" for _, role in pairs):
            raise Invalid("a commitment needs at least one source actor")
        return pairs

    @staticmethod
    def _insert_actors(journal: Journal, cid: int, pairs: list[tuple[int, str]]) -> None:
        for position, (pid, role) in enumerate(pairs):
            journal.insert(
                "commitment_actor",
                {"commitment_id": cid, "participant_id": pid, "role": role, "position": position},
                key=("commitment_id", "participant_id", "role"),
            )

    # -- queries ---------------------------------------------------------------------------

    def get(self, cid: int) -> Commitment:
        """One commitment; NotFound when there is none."""
        found = self._fetch(_SELECT + " WHERE c.id = ?", [cid])
        if not found:
            raise NotFound(f"no commitment #{cid}")
        return found[0]

    def list_commitments(
        self,
        *,
        actor: int | Iterable[int] | None = None,
        role: str | None = "source",
        status: str | Iterable[str] | None = None,
        category: str | Iterable[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        text: str | None = None,
        document_id: int | None = None,
        flags: Iterable[str] = (),
        order: str = "newest",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Commitment]:
        """The commitments table: filters are ANDed, values within one filter ORed.

        ``actor`` matches participants in ``role`` (None: any role); dates are inclusive and
        compare the statement date as text, so "2025" or "2025-07" work as bounds;
        ``text`` looks in what, condition, notes and quote (hamza/harakat-insensitive);
        ``order`` is 'newest', 'oldest', or a column (document, status, category, actor,
        what), ascending, or descending with a leading '-'.
        """
        where, args = self._filters(actor, role, status, category, date_from, date_to, text,
                                    document_id, flags)  # fmt: skip
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY " + _order_by(order)
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return self._fetch(sql, args)

    def count(self, **filters: Any) -> int:
        """How many commitments ``list_commitments`` would return without limit (same filters)."""
        names = ("actor", "role", "status", "category", "date_from", "date_to", "text",
                 "document_id", "flags")  # fmt: skip
        values: dict[str, Any] = {n: filters.get(n) for n in names}
        values["role"] = filters.get("role", "source")
        values["flags"] = filters.get("flags") or ()
        where, args = self._filters(*values.values())
        sql = "SELECT COUNT(*) FROM commitment c" + (
            " LEFT JOIN span s ON s.id = c.span_id WHERE " + " AND ".join(where) if where else ""
        )
        return int(self.db.execute(sql, args).fetchone()[0])

    def _filters(
        self,
        actor: Any,
        role: str | None,
        status: Any,
        category: Any,
        date_from: str | None,
        date_to: str | None,
        text: str | None,
        document_id: int | None,
        flags: Iterable[str],
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        actors = _as_list(actor)
        if actors:
            marks = ",".join("?" * len(actors))
            sub = f"SELECT commitment_id FROM commitment_actor WHERE participant_id IN ({marks})"
            args += [int(a) for a in actors]
            if role:
                sub += " AND role = ?"
                args.append(role)
            where.append(f"c.id IN ({sub})")
        for column, value in (("status", status), ("category", category)):
            values = [v.lower() for v in _as_list(value)]
            if values:
                where.append(f"c.{column} IN ({','.join('?' * len(values))})")
                args += values
        if date_from:
            where.append("c.statement_date >= ?")
            args.append(_check_date(date_from, "from date"))
        if date_to:
            where.append("c.statement_date <= ?")
            args.append(f"{_check_date(date_to, 'to date')}\uffff")  # "2025-07": all of July
        if document_id is not None:
            where.append("c.document_id = ?")
            args.append(document_id)
        for flag in flags:
            where.append(f"c.{_check(flag, FLAGS, 'flag')} = 1")
        if text and text.strip():
            where.append(
                "instr(archiver_fold(c.what || ' ' || c.condition || ' ' || c.notes || ' '"
                " || coalesce(s.quote, '')), ?) > 0"
            )
            args.append(_fold_text(text.strip()))
        return where, args

    def _fetch(self, sql: str, args: Sequence[Any]) -> list[Commitment]:
        rows = self.db.execute(sql, args).fetchall()
        items = [
            Commitment(
                id=r[0], document_id=r[1], action=r[2], category=r[3], status=r[4], what=r[5],
                condition=r[6], future=bool(r[7]), hypothetical=bool(r[8]), negated=bool(r[9]),
                quantity=r[10], unit=r[11], statement_date=r[12], target_date=r[13],
                updates_id=r[14], notes=r[15], created_at=r[16], modified_at=r[17],
                start=r[18], end=r[19], quote=r[20] or "", document_title=r[21],
                published=r[22], file_name=r[23],
            )
            for r in rows
        ]  # fmt: skip
        by_id = {c.id: c for c in items}
        ids = list(by_id)
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for cid, pid, role, name, name_ar in self.db.execute(
                "SELECT a.commitment_id, a.participant_id, a.role, p.name, p.name_ar"
                " FROM commitment_actor a JOIN participant p ON p.id = a.participant_id"
                f" WHERE a.commitment_id IN ({','.join('?' * len(part))})"
                " ORDER BY a.commitment_id, a.position",
                part,
            ):
                by_id[cid].actors.append(Actor(pid, name, role, name_ar))
        return items

    def participant_page(self, pid: int, *, documents_limit: int = 500) -> ParticipantPage:
        """A participant's aliases, documents (newest first) and commitments over time."""
        person = self.ann.participant(pid)
        parent = self.ann.participant(person.parent_id) if person.parent_id else None
        members = [
            Participant(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
            for r in self.db.execute(
                "SELECT id, name, kind, name_ar, iso, parent_id, color, notes, gazetteer_key"
                " FROM participant WHERE parent_id = ? ORDER BY name", (pid,))
        ]  # fmt: skip
        docs_sql = (
            "WITH hits AS (SELECT document_id, 1 AS m, 0 AS k FROM mention WHERE participant_id = ?1"
            " AND method IN ('manual', 'confirmed') UNION ALL SELECT c.document_id, 0, 1"
            " FROM commitment_actor a JOIN commitment c ON c.id = a.commitment_id"
            " WHERE a.participant_id = ?1)"
            " SELECT d.id, d.title, d.published, SUM(h.m), SUM(h.k), COUNT(*) OVER ()"
            " FROM hits h JOIN document d ON d.id = h.document_id GROUP BY d.id"
            " ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ?2"
        )
        rows = self.db.execute(docs_sql, (pid, documents_limit)).fetchall()
        documents = [DocumentRef(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        return ParticipantPage(
            participant=person,
            aliases=self.ann.aliases(pid),
            parent=parent,
            members=members,
            documents=documents,
            document_count=rows[0][5] if rows else 0,
            commitments=self.list_commitments(actor=pid, role=None, order="oldest"),
        )

    def matrix(
        self,
        *,
        kinds: Iterable[str] = (),
        date_from: str | None = None,
        date_to: str | None = None,
        role: str = "source",
    ) -> Matrix:
        """Participants x categories -> latest status (with its date) of their commitments."""
        where = ["a.role = ?"]
        args: list[Any] = [role]
        kind_list = list(kinds)
        if kind_list:
            where.append(f"p.kind IN ({','.join('?' * len(kind_list))})")
            args += kind_list
        if date_from:
            where.append("c.statement_date >= ?")
            args.append(date_from)
        if date_to:
            where.append("c.statement_date <= ?")
            args.append(date_to + "\uffff")
        sql = (
            "WITH ranked AS (SELECT a.participant_id AS pid, c.category, c.status, c.id,"
            " c.statement_date AS day, ROW_NUMBER() OVER (PARTITION BY a.participant_id,"
            " c.category ORDER BY c.statement_date DESC NULLS LAST, c.id DESC) AS rn,"
            " COUNT(*) OVER (PARTITION BY a.participant_id, c.category) AS n"
            " FROM commitment_actor a JOIN commitment c ON c.id = a.commitment_id"
            " JOIN participant p ON p.id = a.participant_id WHERE " + " AND ".join(where) + ")"
            " SELECT pid, category, status, day, id, n FROM ranked WHERE rn = 1"
        )
        cells = {(r[0], r[1]): Cell(r[2], r[3], r[4], r[5]) for r in self.db.execute(sql, args)}
        people = self.ann._by_ids({pid for pid, _ in cells})
        present = {cat for _, cat in cells}
        return Matrix(
            participants=sorted(people.values(), key=lambda p: p.name.lower()),
            categories=[c for c in CATEGORIES if c in present],
            cells=cells,
        )


def _fold_text(text: str | None) -> str:
    """Lowercased, harakat- and hamza-folded text, for substring filters."""
    return arabic.fold((text or "").lower())


COMMITMENT_COLUMNS = (
    "id", "document_id", "document_title", "published", "statement_date", "sources",
    "sources_ar", "recipients", "action", "category", "status", "what", "condition", "future",
    "hypothetical", "negated", "quantity", "unit", "target_date", "updates_id", "quote",
    "quote_start", "quote_end", "file_name", "notes",
)  # fmt: skip
LONG_COLUMNS = ("commitment_id", "actor_id", "actor", "actor_ar", "role", *COMMITMENT_COLUMNS[2:])
PARTICIPANT_COLUMNS = (
    "id", "name", "name_ar", "kind", "iso", "parent_id", "parent", "gazetteer_key",
    "aliases_ar", "aliases_en", "notes",
)  # fmt: skip


def commitment_row(c: Commitment) -> dict[str, Any]:
    """One flat row of the commitments CSV (actors joined with '; ')."""
    return {
        "id": c.id, "document_id": c.document_id, "document_title": c.document_title,
        "published": c.published, "statement_date": c.statement_date,
        "sources": c.actor_names("source"),
        "sources_ar": "; ".join(a.name_ar or a.name for a in c.sources),
        "recipients": "; ".join(f"{a.name} ({a.role})" for a in c.actors if a.role != "source"),
        "action": c.action, "category": c.category, "status": c.status, "what": c.what,
        "condition": c.condition, "future": int(c.future), "hypothetical": int(c.hypothetical),
        "negated": int(c.negated), "quantity": c.quantity, "unit": c.unit,
        "target_date": c.target_date, "updates_id": c.updates_id, "quote": c.quote,
        "quote_start": c.start, "quote_end": c.end, "file_name": c.file_name, "notes": c.notes,
    }  # fmt: skip


def long_rows(c: Commitment) -> list[dict[str, Any]]:
    """Rows of the long CSV: one per commitment and actor."""
    base = commitment_row(c)
    return [
        {**base, "commitment_id": c.id, "actor_id": a.participant_id, "actor": a.name,
         "actor_ar": a.name_ar, "role": a.role}
        for a in c.actors
    ]  # fmt: skip


def export(ann: Annotations, commitments: Commitments, what: str, fmt: str) -> bytes:
    """Bytes of an export: participants, commitments or commitments-long, as csv or json."""
    from archiver.core.export.writers import to_csv, to_json

    if what == "participants":
        people = ann.participants()
        names = {p.id: p.name for p in people}
        aliases: dict[int, list[Alias]] = {}
        for alias in ann.aliases():
            aliases.setdefault(alias.participant_id, []).append(alias)
        if fmt == "csv":
            return to_csv([_participant_row(p, names, aliases.get(p.id, [])) for p in people],
                          PARTICIPANT_COLUMNS)  # fmt: skip
        return to_json({"participants": [
            {**p.to_json(), "parent": names.get(p.parent_id or 0),
             "aliases": [a.to_json() for a in aliases.get(p.id, [])]} for p in people]})  # fmt: skip
    items = commitments.list_commitments(role=None, order="oldest")
    if what == "commitments-long":
        rows = [row for c in items for row in long_rows(c)]
        return to_csv(rows, LONG_COLUMNS) if fmt == "csv" else to_json({"rows": rows})
    if fmt == "csv":
        return to_csv([commitment_row(c) for c in items], COMMITMENT_COLUMNS)
    return to_json({"commitments": [c.to_json() for c in items]})


def _participant_row(p: Participant, names: dict[int, str], aliases: list[Alias]) -> dict[str, Any]:
    return {
        **p.to_json(), "parent": names.get(p.parent_id or 0, ""),
        "aliases_ar": "; ".join(a.alias for a in aliases if a.lang == "ar"),
        "aliases_en": "; ".join(a.alias for a in aliases if a.lang != "ar"),
    }  # fmt: skip


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


def _order_by(order: str) -> str:
    """The ORDER BY clause of a list order; ties go newest first."""
    if order == "newest":
        return "c.statement_date DESC NULLS LAST, c.id DESC"
    if order == "oldest":
        return "c.statement_date NULLS LAST, c.id"
    key = order.lstrip("-")
    if key not in _ORDER_KEYS:
        raise ValueError(f"unknown order {order!r}")
    direction = "DESC" if order.startswith("-") else "ASC"
    return _ORDER_KEYS[key].format(dir=direction) + ", c.statement_date DESC NULLS LAST, c.id DESC"
