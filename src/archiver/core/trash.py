"""The trash: a deleted document waits here, with its annotations, until the trash is emptied.

Moving documents to the trash and back are journaled changes (undo and redo them like any
other); a trashed document keeps its row, annotations and original file but is out of the
lists, counts, search index, exports and annotation views. Emptying deletes rows and
originals for good, with the journal entries that name only them, and cannot be undone; an
entry that names other documents too stays in the history and can no longer be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archiver.core import originals, store
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid, UnknownDocument
from archiver.core.idsets import IdRanges
from archiver.core.progress import CancelToken, Progress
from archiver.core.store import documents
from archiver.core.store import journal as journal_rows
from archiver.core.store.documents import Trashed

if TYPE_CHECKING:
    from archiver.core.archive import Archive

__all__ = ["Trash", "TrashSize", "Trashed"]


@dataclass(frozen=True)
class TrashSize:
    """What emptying (some of) the trash frees: documents, and bytes of original files (a
    plain-text original the store regenerates has no file: ``core.originals``)."""

    documents: int
    bytes: int

    def to_json(self) -> dict[str, int]:
        """Plain JSON shape."""
        return {"documents": self.documents, "bytes": self.bytes}


class Trash:
    """The trash of one archive (``archive.trash``)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def items(self) -> list[Trashed]:
        """The documents in the trash, most recently deleted first."""
        return documents.trashed(self.archive.db)

    def size(self, ids: Iterable[int] | None = None) -> TrashSize:
        """What emptying the trash (or these of its documents) would free."""
        return _size(documents.trashed(self.archive.db, ids))

    def delete(
        self,
        ids: Iterable[int],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Change:
        """Move documents to the trash (one journaled change); they leave the index (with
        ``progress`` and ``cancel``: cancelled, the next open takes out the rest)."""
        wanted = self._checked(ids, trashed=False)
        titles = self.archive.summaries(wanted)
        journal = self.archive.annotations.journal
        with journal.change(ChangeKind.DELETE_DOCUMENT, documents=wanted,
                            names=[titles[i]["title"] for i in wanted], progress=progress,
                            cancel=cancel) as step:  # fmt: skip
            documents.trash_set(step.log, IdRanges(wanted), store.now())  # one operation
            step.count = len(wanted)
        return step.result

    def restore(
        self,
        ids: Iterable[int],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Change:
        """Bring documents back from the trash (one journaled change), index included (with
        ``progress`` and ``cancel``: cancelled, the next open indexes the rest)."""
        wanted = self._checked(ids, trashed=True)
        titles = self.archive.summaries(wanted)
        journal = self.archive.annotations.journal
        with journal.change(ChangeKind.RESTORE_DOCUMENT, documents=wanted,
                            names=[titles[i]["title"] for i in wanted], progress=progress,
                            cancel=cancel) as step:  # fmt: skip
            documents.restore_set(step.log, IdRanges(wanted))  # one operation
            step.count = len(wanted)
        return step.result

    def empty(self, ids: Iterable[int] | None = None) -> TrashSize:
        """Delete the trash's documents (all, or these) for good: rows, annotations, originals,
        and the journal entries that name them alone (one that names others too stays in the
        history, no longer undoable). Not undoable; returns what it freed."""
        archive = self.archive
        archive.require_writable()
        chosen = None if ids is None else self._checked(ids, trashed=True)
        found = documents.trashed(archive.db, chosen)
        gone = [t.id for t in found]
        with store.transaction(archive.db):
            for doc_id in gone:
                documents.delete(archive.db, doc_id)
            journal_rows.forget_documents(archive.db, gone)
        for item in found:  # a file held open stays, a stray check --repair moves
            originals.forget(archive.root, item.stored_name, in_file=item.recipe is None)
        return _size(found)

    def _checked(self, ids: Iterable[int], *, trashed: bool) -> list[int]:
        """The ids, each known and in (or out of) the trash as asked; in the order given."""
        self.archive.require_writable()
        wanted = list(dict.fromkeys(int(i) for i in ids))
        if not wanted:
            raise Invalid("no document given")
        state = documents.trashed_state(self.archive.db, wanted)
        for doc_id in wanted:
            if doc_id not in state:
                raise UnknownDocument(doc_id)
            if trashed and state[doc_id] is None:
                raise Invalid(f"document {doc_id} is not in the trash")
            if not trashed and state[doc_id] is not None:
                raise Invalid(f"document {doc_id} is in the trash already")
        return wanted


def _size(found: list[Trashed]) -> TrashSize:
    """The documents, and the bytes of those kept as files under ``originals/``."""
    return TrashSize(len(found), sum(t.file_size for t in found if t.recipe is None))
