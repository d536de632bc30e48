"""The index's view of annotations: a document's keyword fields, and what a filter stands for.

The index stores participants by id ("p12"); ``resolve`` maps any name or alias, in any
script, to those ids, with every participant under them (Macron under France).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core.store import commitments as commitment_rows
from archiver.core.store import memos as memo_rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as participant_rows
from archiver.core.store import tags as tag_rows
from archiver.core.text import arabic

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.participants import Participants


class Keywords:
    """Keyword fields of documents and the values of query filters."""

    def __init__(self, db: sqlite3.Connection, participants: Participants) -> None:
        self.db = db
        self.participants = participants

    def for_document(self, doc_id: int) -> dict[str, list[str]]:
        """Keyword fields of one document: participant ids ("p12"), tags, statuses, categories;
        and the term streams of the memos on it, its quotes and its commitments."""
        pids = mention_rows.participants_in(self.db, doc_id)
        pids |= commitment_rows.actors_in(self.db, doc_id)
        pairs = commitment_rows.statuses_and_categories(self.db, doc_id)
        return {
            "participant": [f"p{pid}" for pid in sorted(pids)],
            "tag": [t.lower() for t in tag_rows.names_of(self.db, doc_id)],
            "status": sorted({status for status, _ in pairs}),
            "category": sorted({category for _, category in pairs}),
            "memo": [
                arabic.index_terms(t)[0] for t in memo_rows.texts_of_document(self.db, doc_id)
            ],
        }

    def resolve(self, field_name: str, value: str) -> list[str]:
        """Index values a query filter stands for: participant by id, name or any alias."""
        if field_name != "participant":
            return [" ".join(value.lower().replace(",", " ").split())]
        found = (p.id for p in self.participants.find(value))
        return [f"p{pid}" for pid in self.with_members(found)]

    def with_members(self, pids: Iterable[int]) -> list[int]:
        """These participants and every participant under them (Macron under France)."""
        return participant_rows.with_members(self.db, pids)
