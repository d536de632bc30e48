"""The index caught up with the store during the session, after a re-index was cancelled.

An undo, redo or restore cancelled while re-indexing leaves its change made and some of its
documents missing from the index (or, for an undo, still in it). The index then catches up in
the background: the serial lane finds what it has wrong (``Indexer.gap``) and mends it a batch
at a time, each batch a task of its own, so an edit or an import waits for one batch at most.
Cancelled, it stops after what it wrote and can be started again; an archive closed meanwhile
is caught up by its next open (``Indexer.sync``). ``behind`` says how many documents the
index still has wrong: while it is not 0, a search may miss some of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from archiver.core.archive import Archive
from archiver.core.progress import CancelToken
from archiver.services.operation import Operation
from archiver.services.tasks import Throttle

if TYPE_CHECKING:
    from archiver.services.operations import ArchiveSession

CATCH_UP_BATCH = 1000  # documents a lane task re-indexes before the next waiting write runs


class IndexCatchUp(QObject):
    """One per archive session: what the index lacks, indexed on the serial lane."""

    changed = Signal(int, bool)  # documents the index has wrong, and whether it is catching up
    finished = Signal()  # the index holds every document again (after a catch-up ran)

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.behind = 0  # documents the index has wrong, as far as known
        self.running = False
        self.batch = CATCH_UP_BATCH
        self._left: list[int] = []
        self._token = CancelToken()
        self._generation = 0  # a start supersedes the batches of an earlier one

    def start(self) -> bool:
        """Find what the index has wrong and index it in the background; False when read-only."""
        self._generation += 1
        generation, self._token = self._generation, CancelToken()
        self.running = True
        self.changed.emit(self.behind, True)
        return self.session.write(
            Operation.INDEX, lambda a: a.indexer.gap(),
            lambda gap: self._found(generation, gap), lambda _exc: self._stopped(generation),
        )  # fmt: skip

    @property
    def stopping(self) -> bool:
        """True from a cancel until the running batch has stopped."""
        return self.running and self._token.cancelled

    def cancel(self) -> None:
        """Stop after what the running batch wrote (``start`` goes on from there)."""
        self._token.cancel()

    def _found(self, generation: int, gap: list[int]) -> None:
        if generation == self._generation:
            self._left = gap
            self._next(generation)

    def _next(self, generation: int) -> None:
        self.behind = len(self._left)
        if not self._left or self._token.cancelled:
            self._stopped(generation)
            if not self._left:
                self.finished.emit()
            return
        batch, token, behind = self._left[: self.batch], self._token, self.behind
        throttle = Throttle(0.2)

        def progress(done: int, total: int, _title: str) -> None:  # on the lane's thread
            if throttle.ready(final=done >= total):
                self.changed.emit(behind - done, True)

        def step(archive: Archive) -> list[int] | None:
            archive.indexer.reindex(batch, progress, token)
            return archive.indexer.gap() if token.cancelled else None  # exact, once stopped

        self.changed.emit(behind, True)
        self.session.write(
            Operation.INDEX, step, lambda exact: self._stepped(generation, len(batch), exact),
            lambda _exc: self._stopped(generation),
        )  # fmt: skip

    def _stepped(self, generation: int, done: int, exact: list[int] | None) -> None:
        if generation == self._generation:
            self._left = exact if exact is not None else self._left[done:]
            self._next(generation)

    def _stopped(self, generation: int) -> None:
        if generation == self._generation:
            self.running = False
            self.behind = len(self._left)
            self.changed.emit(self.behind, False)
