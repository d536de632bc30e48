"""The library half of an archive session: what the sidebar lists, and changes to many documents.

What the sidebar lists is read on the read pool (its counts take a while in a large archive); every
change to several documents is one journaled step on the serial lane, so one Ctrl+Z takes
it back whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from archiver.core.annotations.model import Collection, TagNode
from archiver.core.annotations.names import in_order, script_of
from archiver.core.archive import Archive
from archiver.core.changes import Change
from archiver.core.idsets import IdRanges
from archiver.services.library_nodes import Node, NodeKind, Section
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.searches import SIDEBAR

Done = Callable[[Any], None] | None
RECENT_IMPORTS = 8  # the import batches (and merges) the sidebar lists


@dataclass(frozen=True)
class ImportBatch:
    """One import batch, or merge that brought documents in, still in effect: its journal
    entry, when, the ids it brought (some may be in the trash or purged since) and how many
    of them are out of the trash; a merge's bundle file name ("" for another copy's merge
    without one, such as a team sync)."""

    entry_id: int
    at: str
    documents: IdRanges
    live: int
    merged: bool = False
    bundle: str = ""


class LibraryOps(QObject):
    """Sidebar reads and bulk changes for one archive session."""

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session

    # -- reads (the read pool, or the GUI thread's read-only connection for one click) -----

    def contents_later(self, on_done: Callable[[list[Node]], None]) -> None:
        """Everything the sidebar lists, read on the read pool (the newest request wins): at
        100,000 documents the counts take a few hundred milliseconds, too long for the GUI."""
        self.session.searches.start(SIDEBAR, sidebar_nodes, on_done, lambda _exc: None)

    def import_batch(self, entry_id: int) -> ImportBatch | None:
        """One of the recent import batches or merges (None when it is no longer among them,
        or all its documents left): only its own ids are counted, on the GUI thread's
        connection."""
        return next(iter(recent_imports(self.session.reader, only=entry_id)), None)

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


def recent_imports(
    archive: Archive, limit: int = RECENT_IMPORTS, only: int | None = None
) -> list[ImportBatch]:
    """The latest import batches and merges that brought documents in, newest first, one
    entry each (one whose documents all left: skipped); ``only``: just that entry's. Each
    counts its documents out of the trash within its own ids, not by reading every id."""
    journal = archive.annotations.journal
    found = [(c, _ranges(c.documents), False, "") for c in journal.recent_imports(limit)]
    found += [(c, brought, True, str(c.extra.get("source") or ""))
              for c, brought in journal.recent_merges(limit)]  # fmt: skip
    found.sort(key=lambda item: item[0].id, reverse=True)
    batches = []
    for change, ids, merged, bundle in found:
        live = archive.count_live_in(ids) if only in (None, change.id) else 0
        if live:
            batches.append(ImportBatch(change.id, change.at, ids, live, merged, bundle))
    return batches[:limit]


def _ranges(ids: Sequence[int]) -> IdRanges:
    """An import's ids as runs (an older journal entry lists them one by one)."""
    return ids if isinstance(ids, IdRanges) else IdRanges(ids)


def sidebar_nodes(archive: Archive) -> list[Node]:
    """Everything the sidebar lists: records by kind, each with its count of documents."""
    ann = archive.annotations
    by_parent: dict[int | None, list[Collection]] = {}
    for found in ann.collections.all():
        by_parent.setdefault(found.parent_id, []).append(found)
    saved = [Node(NodeKind.SAVED, s.id, s.name, detail=s.query) for s in ann.saved.all()]
    # the name, and its form in the other script (the window shows first its reader's script)
    people = [Node(NodeKind.PARTICIPANT, p.id, p.name, n,
                   detail=in_order(script_of(p.name), p.name, p.name_ar, p.name_en)[1])
              for p, n in ann.participants.in_use()]  # fmt: skip
    imports = [Node(NodeKind.MERGE if b.merged else NodeKind.IMPORT, b.entry_id, b.at,
                    b.live, detail=b.bundle) for b in recent_imports(archive)]  # fmt: skip
    return [
        Node(NodeKind.ALL, None, "", archive.count()),
        Node(NodeKind.SECTION, Section.COLLECTIONS, "",
             children=_collection_nodes(by_parent, None)),
        Node(NodeKind.SECTION, Section.SAVED, "", children=tuple(saved)),
        Node(NodeKind.SECTION, Section.TAGS, "", children=_tag_nodes(ann.tags.tree())),
        Node(NodeKind.SECTION, Section.PARTICIPANTS, "", children=tuple(people)),
        Node(NodeKind.SECTION, Section.IMPORTS, "", children=tuple(imports)),
        Node(NodeKind.TRASH, None, "", archive.trash.size().documents),
    ]  # fmt: skip


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
