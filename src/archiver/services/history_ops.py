"""Undo, redo, the history and the trash for one window: reads here, changes on the serial lane.

A window undoes only what was changed since it opened: the journal's marks at that moment
(``since``) bound Ctrl+Z and Ctrl+Shift+Z; older changes are taken back from the history.
Every change ends with ``events.history_changed(change)``, so the window and the annotation
panel show its effect. Undo, redo and restore re-index their documents on the lane in batches
of bounded memory: ``indexing(done, total)`` reports it (from the lane's thread), and
``cancel_indexing`` stops it: the change stays made and the session's ``catch_up`` indexes
the rest in the background (the next open does, when the app is closed first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from archiver.core.annotations.names import Script, first_name
from archiver.core.archive import Archive
from archiver.core.changes import Change, HistoryEntry
from archiver.core.errors import Invalid
from archiver.core.progress import CancelToken
from archiver.core.trash import Trashed, TrashSize
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Throttle

Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


class HistoryOps(QObject):
    """The history half of an archive session."""

    indexing = Signal(int, int)  # documents re-indexed, of how many (0, 0: done)
    stored = Signal()  # the change's rows are committed; re-indexing them follows

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.since = session.reader.annotations.journal.marks()  # where this window started
        self.token = CancelToken()  # the running change's re-indexing

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    def undo_target(self) -> Change | None:
        """What Ctrl+Z would take back: the newest change made in this window, not undone."""
        return self.session.reader.annotations.journal.last_change(self.since)

    def earlier_change(self) -> Change | None:
        """The newest change not undone from before this window opened (History undoes it)."""
        if self.undo_target() is not None:
            return None
        return self.session.reader.annotations.journal.last_change()

    def redo_target(self) -> Change | None:
        """What Ctrl+Shift+Z would re-apply: the change undone last in this window."""
        return self.session.reader.annotations.journal.next_redo(self.since)

    def next_redo(self) -> Change | None:
        """The change a redo from the History view would re-apply, whichever session undid
        it: the one undone last, when nothing was changed since (None: nothing to redo)."""
        return self.session.reader.annotations.journal.next_redo()

    def history(self, limit: int = 500) -> list[HistoryEntry]:
        """Every change, newest first, with its author and state."""
        return self.session.reader.annotations.journal.history(limit)

    def dependents(self, entry_id: int) -> list[Change]:
        """Later changes, not undone, that depend on this one."""
        return self.session.reader.annotations.journal.dependents(entry_id)

    def names(self, script: Script = Script.LATIN) -> dict[int, str]:
        """Participant names by id, each in ``script`` when it has one (for change labels)."""
        return {p.id: first_name(script, p.name, p.name_ar, p.name_en)
                for p in self.session.reader.annotations.participants.all()}  # fmt: skip

    def trash_items(self) -> list[Trashed]:
        """The documents in the trash."""
        return self.session.reader.trash.items()

    def trash_size(self) -> TrashSize:
        """What emptying the trash would free."""
        return self.session.reader.trash.size()

    # -- writes (serial lane, writable connection) ----------------------------------------

    def cancel_indexing(self) -> None:
        """Stop re-indexing the running change's documents (the change stays made)."""
        self.token.cancel()

    def _write(
        self, what: Operation, func: Callable[[Archive], Any], on_done: Done, on_error: Failed,
        token: CancelToken | None = None,
    ) -> bool:  # fmt: skip
        def done(result: Any) -> None:
            cancelled = token is not None and token.cancelled  # by the user, before the end
            self.indexing.emit(0, 0)
            if cancelled:  # the rest of its documents, in the background
                self.session.catch_up.start()
            if on_done is not None:
                on_done(result)
            self.session.events.history_changed.emit(result if isinstance(result, Change) else None)

        def failed(exc: BaseException) -> None:
            self.indexing.emit(0, 0)
            if on_error is not None:
                on_error(exc)

        return self.session.write(what, func, done, failed)

    def _reindexing(self) -> tuple[Callable[[int, int, str], None], CancelToken]:
        """A progress callback (throttled, for the lane's thread) and a token for one change."""
        token = self.token = CancelToken()
        throttle = Throttle(0.1)
        started = False

        def progress(done: int, total: int, _label: str) -> None:
            nonlocal started
            if not started:  # the store committed before the index began
                started = True
                self.stored.emit()
            if throttle.ready(final=done >= total):
                self.indexing.emit(done, total)

        return progress, token

    def undo(self, on_done: Done = None, on_error: Failed = None) -> bool:
        """Take back the newest change of this window; on_done gets it (None: nothing)."""
        since, (progress, token) = self.since, self._reindexing()
        return self._write(Operation.UNDO, lambda a: a.annotations.journal.undo_last(
            since, progress, token), on_done, on_error, token)  # fmt: skip

    def redo(self, on_done: Done = None, on_error: Failed = None) -> bool:
        """Re-apply the change undone last in this window; on_done gets it (None: nothing)."""
        since, (progress, token) = self.since, self._reindexing()
        return self._write(Operation.REDO, lambda a: a.annotations.journal.redo_last(
            since, progress, token), on_done, on_error, token)  # fmt: skip

    def undo_entry(
        self, entry_id: int, force: bool, on_done: Done = None, on_error: Failed = None
    ) -> bool:
        """Take back one change of the history (HasDependents reaches on_error unless forced)."""
        progress, token = self._reindexing()
        return self._write(Operation.UNDO, lambda a: a.annotations.journal.undo(
            entry_id, force=force, progress=progress, cancel=token), on_done, on_error, token)  # fmt: skip

    def redo_entry(self, entry_id: int, on_done: Done = None, on_error: Failed = None) -> bool:
        """Re-apply one undone change of the history, made in any session: only the one
        undone last (redo follows the undos back in order); Invalid reaches on_error when it
        is not that one any more."""

        progress, token = self._reindexing()

        def redo(archive: Archive) -> Change | None:
            journal = archive.annotations.journal
            target = journal.next_redo()
            if target is None or target.id != entry_id:
                raise Invalid(f"change {entry_id} is not the next to redo: redo follows the "
                              "undos back, the one undone last first")  # fmt: skip
            return journal.redo_last(progress=progress, cancel=token)

        return self._write(Operation.REDO, redo, on_done, on_error, token)

    def restore(self, ids: list[int], on_done: Done = None, on_error: Failed = None) -> bool:
        """Bring documents back from the trash."""
        progress, token = self._reindexing()
        return self._write(Operation.RESTORE, lambda a: a.trash.restore(ids, progress, token),
                           on_done, on_error, token)  # fmt: skip

    def empty_trash(self, on_done: Done = None, on_error: Failed = None) -> bool:
        """Delete the trash's documents for good; on_done gets the TrashSize freed."""
        return self._write(Operation.EMPTY_TRASH, lambda a: a.trash.empty(), on_done, on_error)
