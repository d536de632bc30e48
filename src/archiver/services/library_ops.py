"""The library half of an archive session: what the sidebar lists, and changes to many documents.

Reads run on the GUI thread's read-only connection (one or two statements each); every
change to several documents is one journaled step on the serial lane, so one Ctrl+Z takes
it back whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from archiver.core.annotations.model import Collection, Participant, TagNode
from archiver.core.changes import Change
from archiver.services.library_nodes import Node, NodeKind, Section
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession

Done = Callable[[Any], None] | None


@dataclass(frozen=True)
class ImportBatch:
    """One import batch still in effect: its journal entry, when, its documents not trashed."""

    entry_id: int
    at: str
    documents: tuple[int, ...]


class LibraryOps(QObject):
    """Sidebar reads and bulk changes for one archive session."""

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    def live(self, ids: Iterable[int]) -> list[int]:
        """These documents, without those in the trash or gone, in the order given."""
        present = set(self.session.document_ids())
        return [i for i in ids if i in present]

    def recent_imports(self, limit: int = 8) -> list[ImportBatch]:
        """The latest import batches, newest first (a batch whose documents all left: skipped)."""
        present = set(self.session.document_ids())
        batches = []
        for change in self.session.reader.annotations.journal.recent_imports(limit):
            ids = tuple(i for i in change.documents if i in present)
            if ids:
                batches.append(ImportBatch(change.id, change.at, ids))
        return batches

    def participants_in_use(self) -> list[tuple[Participant, int]]:
        """Participants confirmed in some document, with their document counts, by name."""
        return self.session.reader.annotations.participants.in_use()

    def trash_count(self) -> int:
        """Documents in the trash."""
        return self.session.reader.trash.size().documents

    def contents(self) -> list[Node]:
        """Everything the sidebar lists, read now: a few statements, a few milliseconds."""
        ann = self.session.reader.annotations
        collections = ann.collections.all()
        by_parent: dict[int | None, list[Collection]] = {}
        for found in collections:
            by_parent.setdefault(found.parent_id, []).append(found)
        saved = [Node(NodeKind.SAVED, s.id, s.name, detail=s.query) for s in ann.saved.all()]
        people = [Node(NodeKind.PARTICIPANT, p.id, p.name, n, detail=p.name_ar)
                  for p, n in self.participants_in_use()]  # fmt: skip
        imports = [Node(NodeKind.IMPORT, b.entry_id, b.at, len(b.documents))
                   for b in self.recent_imports()]  # fmt: skip
        return [
            Node(NodeKind.ALL, None, "", self.session.count()),
            Node(NodeKind.SECTION, Section.COLLECTIONS, "",
                 children=_collection_nodes(by_parent, None)),
            Node(NodeKind.SECTION, Section.SAVED, "", children=tuple(saved)),
            Node(NodeKind.SECTION, Section.TAGS, "", children=_tag_nodes(ann.tags.tree())),
            Node(NodeKind.SECTION, Section.PARTICIPANTS, "", children=tuple(people)),
            Node(NodeKind.SECTION, Section.IMPORTS, "", children=tuple(imports)),
            Node(NodeKind.TRASH, None, "", self.trash_count()),
        ]  # fmt: skip

    def import_batch(self, entry_id: int) -> ImportBatch | None:
        """One of the recent import batches (None when it is no longer among them)."""
        return next((b for b in self.recent_imports() if b.entry_id == entry_id), None)

    # -- bulk changes (serial lane) -------------------------------------------------------

    def set_details(self, ids: list[int], on_done: Done = None, **changes: str | None) -> bool:
        """The same source, date (...) for these documents: one undoable change."""

        def done(change: Change) -> None:
            for doc_id in ids:
                self.session.events.document_updated.emit(doc_id)
            if on_done is not None:
                on_done(change)

        return self.session.write(
            Operation.EDIT, lambda a: a.update_documents(ids, **changes), done
        )


def _collection_nodes(
    by_parent: dict[int | None, list[Collection]], parent: int | None
) -> tuple[Node, ...]:
    return tuple(
        Node(
            NodeKind.COLLECTION,
            c.id,
            c.name,
            c.total,
            _collection_nodes(by_parent, c.id),
            detail=c.path,
        )
        for c in by_parent.get(parent, [])
    )


def _tag_nodes(tree: list[TagNode] | tuple[TagNode, ...]) -> tuple[Node, ...]:
    return tuple(
        Node(NodeKind.TAG, t.path, t.name, t.total, _tag_nodes(t.children), detail=t.path)
        for t in tree
    )
