"""Free tags on documents: put on, take off, list (each change one journaled step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from archiver.core.annotations.model import TagCount
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid
from archiver.core.store import documents as document_rows
from archiver.core.store import tags as rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal


class Tags:
    """The free tags of one archive."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.db = journal.db

    def of(self, doc_id: int) -> list[str]:
        """Free tags of a document, by name."""
        return rows.names_of(self.db, doc_id)

    def all(self) -> list[TagCount]:
        """Every tag with its document count."""
        return [TagCount(name, count) for name, count in rows.counts(self.db)]

    def documents(self, name: str) -> list[int] | None:
        """The documents carrying the tag ``name`` (None: no tag has this name)."""
        tag_id = rows.tag_id(self.db, name.strip())
        return None if tag_id is None else rows.documents_with(self.db, tag_id)

    def add(self, doc_id: int, name: str) -> Change:
        """Put a free tag on a document (created on first use)."""
        name = " ".join(name.replace(",", " ").split())
        if not name:
            raise Invalid("a tag cannot be empty")
        document_rows.text_of(self.db, doc_id)
        with self.journal.change(ChangeKind.ADD_TAG, documents=[doc_id], names=[name]) as step:
            tag_id = rows.tag_id(self.db, name)
            if tag_id is None:
                tag_id = rows.add_tag(step.log, name)
            if not rows.carries(self.db, doc_id, tag_id):
                rows.tag_document(step.log, doc_id, tag_id)
        return step.result

    def remove(self, doc_id: int, name: str) -> Change:
        """Take a free tag off a document (a tag it does not carry: nothing is journaled)."""
        name = name.strip()
        tag_id = rows.tag_id(self.db, name)
        if tag_id is None:
            return Change(ChangeKind.REMOVE_TAG, documents=(doc_id,), names=(name,))
        with self.journal.change(ChangeKind.REMOVE_TAG, documents=[doc_id], names=[name]) as step:
            rows.untag_document(step.log, doc_id, tag_id)
        return step.result
