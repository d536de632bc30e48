"""Archive-wide views of commitments: the commitments table, counts, participant page, matrix.

Reads only; ``Commitments`` (commitments.py) adds the changes to these.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.checks import as_list, check, check_date
from archiver.core.annotations.model import (
    CATEGORIES,
    FLAGS,
    Actor,
    Cell,
    Commitment,
    DocumentRef,
    Matrix,
    ParticipantPage,
)
from archiver.core.errors import NotFound
from archiver.core.store import commitments as rows
from archiver.core.store import document_short
from archiver.core.store import mentions as mention_rows

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.facade import Annotations

_FILTERS = ("actor", "role", "status", "category", "date_from", "date_to", "text",
            "document_id", "flags")  # fmt: skip


class CommitmentViews:
    """The commitments of one archive as tables and pages."""

    def __init__(self, annotations: Annotations) -> None:
        self.ann = annotations
        self.db = annotations.db
        rows.register_functions(self.db)

    def get(self, cid: int) -> Commitment:
        """One commitment; NotFound when there is none."""
        found = rows.row(self.db, cid)
        if found is None:
            raise NotFound(f"no commitment #{cid}")
        return self._fetch([found])[0]

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
        found = _filters(actor, role, status, category, date_from, date_to, text,
                         document_id, flags)  # fmt: skip
        return self._fetch(rows.rows(self.db, found, order, limit, offset))

    def on_passage(self, doc_id: int, quote: tuple[int, int] | None) -> list[Commitment]:
        """The commitments of a document that quote exactly this span (None: no quote), oldest
        first: what a new one on the same passage may repeat."""
        return self._fetch(rows.on_passage(self.db, doc_id, quote))

    def count(self, **filters: Any) -> int:
        """How many commitments ``list_commitments`` would return without limit (same filters)."""
        values: dict[str, Any] = {n: filters.get(n) for n in _FILTERS}
        values["role"] = filters.get("role", "source")
        values["flags"] = filters.get("flags") or ()
        return rows.count(self.db, _filters(*values.values()))

    def _fetch(self, found: list[sqlite3.Row]) -> list[Commitment]:
        items = [
            Commitment(
                id=r[0], document_id=r[1], action=r[2], category=r[3], status=r[4], what=r[5],
                condition=r[6], future=bool(r[7]), hypothetical=bool(r[8]), negated=bool(r[9]),
                quantity=r[10], unit=r[11], statement_date=r[12], target_date=r[13],
                updates_id=r[14], notes=r[15], created_at=r[16], modified_at=r[17],
                start=r[18], end=r[19], quote=r[20] or "", document_title=r[21],
                published=r[22], file_name=document_short.file_name(r[23], r[26]), fulfils_id=r[24],
                dated_by_document=bool(r[25]) and r[12] is not None,
            )
            for r in found
        ]  # fmt: skip
        by_id = {c.id: c for c in items}
        for cid, pid, role, name, name_ar, name_en in rows.actor_rows(self.db, list(by_id)):
            by_id[cid].actors.append(Actor(pid, name, role, name_ar, name_en))
        return items

    def participant_page(self, pid: int, *, documents_limit: int = 500) -> ParticipantPage:
        """A participant's aliases, documents (newest first) and commitments over time."""
        people = self.ann.participants
        person = people.get(pid)
        found = mention_rows.participant_documents(self.db, pid, documents_limit)
        return ParticipantPage(
            participant=person,
            aliases=people.aliases(pid),
            parent=people.get(person.parent_id) if person.parent_id else None,
            members=people.members(pid),
            documents=[DocumentRef(r[0], r[1], r[2], r[3], r[4]) for r in found],
            document_count=found[0][5] if found else 0,
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
        cells = {
            (pid, category): Cell(status, day, cid, n)
            for pid, category, status, day, cid, n in rows.latest_cells(
                self.db, role, kinds, date_from, date_to
            )
        }
        people = self.ann.participants.by_ids({pid for pid, _ in cells})
        present = {cat for _, cat in cells}
        return Matrix(
            participants=sorted(people.values(), key=lambda p: p.name.lower()),
            categories=[c for c in CATEGORIES if c in present],
            cells=cells,
        )


def _filters(
    actor: Any,
    role: str | None,
    status: Any,
    category: Any,
    date_from: str | None,
    date_to: str | None,
    text: str | None,
    document_id: int | None,
    flags: Iterable[str],
) -> rows.Filters:
    """The checked filters of a list or count."""
    return rows.Filters(
        actors=[int(a) for a in as_list(actor)],
        role=role,
        statuses=[v.lower() for v in as_list(status)],
        categories=[v.lower() for v in as_list(category)],
        date_from=check_date(date_from, "from date") if date_from else None,
        date_to=check_date(date_to, "to date") if date_to else None,
        text=rows.fold_text(text.strip()) if text and text.strip() else None,
        document_id=document_id,
        flags=[check(flag, FLAGS, "flag") for flag in flags],
    )
