"""The open archive as the GUI sees it: fast reads here, searches on the read pool, writes queued.

No SQLite connection is ever used by two threads: the writable ``Archive`` is touched only
by the serial lane's single thread; a read-only ``Archive`` serves the GUI thread's quick
look-ups by id; each read-pool thread has a read-only ``Archive`` of its own for searches
(``services/searches.py``). WAL lets the readers see each committed import batch while the
writer keeps going.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from archiver.core.archive import Archive
from archiver.core.errors import DiskFull, IndexDamaged, InUse, Locked, ReadOnly
from archiver.core.imports.budget import FileBudget, IndexPacing
from archiver.core.imports.sources import DEFAULT_MAX_FILE_BYTES
from archiver.core.lock import APP
from archiver.core.model import Document, ImportReport, SearchResult
from archiver.core.progress import CancelToken
from archiver.core.search.query import parse as parse_query
from archiver.core.search.results import Snippet
from archiver.services.events import Events
from archiver.services.index_catch_up import IndexCatchUp
from archiver.services.operation import Operation
from archiver.services.searches import (
    BROWSE,
    COUNT,
    READER,
    RESULTS,
    SNIPPETS,
    SORT,
    BrowseIds,
    ColumnSort,
    Searches,
    SortedHits,
    browse_ids,
    sorted_hits,
)
from archiver.services.settings import Settings
from archiver.services.tasks import QUEUED, Lanes, Throttle


class ImportJob(QObject):
    """One import batch on the serial lane: throttled progress, cancel, a report at the end."""

    progress = Signal(int, int, str)  # done, total, current file
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception that stopped the batch

    def __init__(self, paths: list[str], recursive: bool) -> None:
        super().__init__()
        self.paths, self.recursive = paths, recursive
        self.token = CancelToken()
        self.report: ImportReport | None = None
        self._throttle = Throttle(0.05)  # about 20 signals a second, whatever the file rate

    def cancel(self) -> None:
        """Stop after the file being stored now; what was stored stays."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self.token.cancelled

    def on_progress(self, done: int, total: int, label: str) -> None:
        """The core's progress callback (called on the worker thread)."""
        if self._throttle.ready(final=done >= total):
            self.progress.emit(done, total, label)


class ArchiveSession(QObject):
    """An archive opened for the GUI; reads are synchronous, writes are queued operations."""

    def __init__(
        self,
        path: Path | str | None,
        lanes: Lanes,
        *,
        import_workers: int | None = None,
        author: str | None = None,
    ) -> None:
        super().__init__()
        self.lanes = lanes
        self.events = Events()
        self.import_workers = import_workers
        self.author = author  # the settings' user name, for the changes made here
        self.readonly_reason = ""
        self.writer: Archive | None
        try:
            self.writer = Archive.open(path, defer_index=True, author=author, role=APP)
            self.root = self.writer.root
        except (Locked, ReadOnly, DiskFull) as exc:  # another writer, a read-only folder, no space
            self.writer = None
            self.readonly_reason = str(exc)
            self.root = Path(path).expanduser().resolve() if path else _default_root()
        self.reader = Archive.open(self.root, readonly=True)
        self.searches = Searches(self.root, lanes.reads)
        self.job: ImportJob | None = None
        self._closed = False
        self.indexing = False
        self.catch_up = IndexCatchUp(self)  # after a re-index cancelled: the rest, meanwhile
        if self.writer is not None:
            self._ensure_index()

    def _ensure_index(self, rebuild: bool = False) -> None:
        """Rebuild (``rebuild``: whatever its state) or sync the index on the serial lane, with
        progress in the status bar."""
        throttle = Throttle(0.1)

        def progress(done: int, total: int, label: str) -> None:
            if throttle.ready(final=done >= total):
                self.events.busy_changed.emit(
                    self.tr("Rebuilding the search index: {0} of {1}").format(done, total)
                )

        def done(rebuilt: bool) -> None:
            self.indexing = False
            self.events.busy_changed.emit("")
            if rebuilt:
                self.reader.index.close()  # the next search opens the new index
                self.searches.archives.index_replaced()
                self.events.index_rebuilt.emit()

        def failed(exc: BaseException) -> None:
            self.indexing = False
            self.events.busy_changed.emit("")

        # Only a rebuild hides search results; syncing a current index (documents a crash
        # left out) adds to it while the reader keeps searching what is there.
        assert self.writer is not None
        self.indexing = rebuild or not self.writer.index.is_current()
        if rebuild:
            self.write(Operation.INDEX, lambda a: a.indexer.rebuild(progress) >= 0, done, failed)
        else:
            self.write(Operation.INDEX, lambda a: a.ensure_index(progress), done, failed)

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    @property
    def readonly(self) -> bool:
        """True when changes are off: another process holds the writer lock, the folder cannot
        be written (a read-only disk, snapshot or share), or the disk was full at opening."""
        return self.writer is None

    def count(self) -> int:
        """Number of documents."""
        return self.reader.count()

    def document_ids(self, order: str = "imported") -> list[int]:
        """All ids, newest first."""
        return self.reader.document_ids(order)

    def summaries(self, ids: Iterable[int]) -> dict[int, dict]:
        """Light rows for the list."""
        return self.reader.summaries(ids)

    def document(self, doc_id: int) -> Document:
        """One document with its text."""
        return self.reader.document(doc_id)

    def search(
        self, text: str, *, limit: int, offset: int = 0, sort: str = "relevance"
    ) -> SearchResult:
        """One page of hits, blocking (scripts and tests; the window uses ``search_later``)."""
        try:
            return _search(self.reader, text, self.indexing, limit, offset, None, sort)
        except IndexDamaged as exc:
            self._index_damaged(exc)
            raise

    def _index_damaged(self, exc: BaseException) -> None:
        """A search found the index damaged: rebuild it from the store, once, while the app runs."""
        if isinstance(exc, IndexDamaged) and self.writer is not None:
            if not self.indexing:
                self._ensure_index(rebuild=True)
            exc.rebuilding = True

    def highlights(self, doc_id: int, query: str) -> list[tuple[int, int]]:
        """Where the query matches in the whole document, blocking (see ``highlights_later``)."""
        return self.reader.highlights(doc_id, query) if query.strip() else []

    # -- searches (read pool; the callbacks run on the GUI thread, stale answers dropped) --

    def search_later(
        self,
        text: str,
        on_done: Callable[[SearchResult], None],
        on_error: Callable[[BaseException], None],
        *,
        limit: int,
        offset: int = 0,
        more: bool = False,
        snippets_for: int | None = None,
    ) -> None:
        """One page of hits on the read pool (none while the index is being rebuilt), the
        first ``snippets_for`` with their snippets when given (the others' from ``snippets_later``).

        A new query (``more`` False) supersedes every answer still to come for the list and
        its snippets; ``more`` asks for another page of the query shown, dropped too by a
        newer query. ``on_error`` gets ``Invalid`` for a query the archive refuses.
        """
        indexing = self.indexing

        def failed(exc: BaseException) -> None:
            self._index_damaged(exc)
            on_error(exc)

        if not more:  # the query replaces the list on its way, and the snippets
            self.searches.supersede(SNIPPETS)
            self.searches.supersede(BROWSE)
        self.searches.start(
            RESULTS, lambda a: _search(a, text, indexing, limit, offset, snippets_for),
            on_done, failed, supersede=not more,
        )  # fmt: skip

    def snippets_later(
        self,
        text: str,
        ids: list[int],
        on_done: Callable[[dict[int, Snippet]], None],
    ) -> None:
        """The snippets of these hits of the query shown (HTML, spans, "text" or "memo"), on the
        read pool (a new query drops them)."""
        self.searches.start(
            SNIPPETS, lambda a: a.snippets(text, ids), on_done, lambda _exc: None, supersede=False
        )

    def browse_later(
        self,
        within: Sequence[int] | None,
        on_done: Callable[[BrowseIds], None],
        on_error: Callable[[BaseException], None],
        sort: ColumnSort | None = None,
    ) -> None:
        """The browse list's ids on the read pool: every document, newest import first, or
        those of ``within`` still out of the trash, or either by ``sort`` (the newest request
        wins)."""
        self.searches.start(BROWSE, lambda a: browse_ids(a, within, sort), on_done, on_error)

    def sort_later(
        self,
        text: str,
        sort: ColumnSort | None,
        on_done: Callable[[SortedHits], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Every hit of a query (ids, however many) in a column's order, or best first, on the
        read pool (the newest request wins)."""
        self.searches.start(SORT, lambda a: sorted_hits(a, text, sort), on_done, on_error)

    def cancel_search(self) -> None:
        """Drop the answers still to come for the list (browsing replaced the query)."""
        self.searches.supersede(RESULTS)
        self.searches.supersede(SNIPPETS)
        self.searches.supersede(SORT)

    def highlights_later(
        self,
        doc_id: int,
        query: str,
        on_done: Callable[[list[tuple[int, int]]], None],
        on_error: Callable[[BaseException], None],
        channel: str = READER,
    ) -> None:
        """The query's spans in the whole document, on the read pool (newest request wins)."""
        self.searches.start(
            channel, lambda a: a.highlights(doc_id, query) if query.strip() else [],
            on_done, on_error,
        )  # fmt: skip

    def count_later(self, on_done: Callable[[int], None]) -> None:
        """The number of documents, on the read pool (the newest request wins)."""
        self.searches.start(COUNT, lambda a: a.count(), on_done, lambda _exc: None)

    def original_file(self, doc_id: int) -> Path:
        """The untouched imported file."""
        return self.reader.original_file(doc_id)

    # -- writes (serial lane, writable connection) ----------------------------------------

    def write(
        self,
        what: Operation,
        func: Callable[[Archive], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Run ``func(writer)`` on the serial lane; False at once when the archive is read-only.

        ``on_done(result)`` or ``on_error(exc)`` runs on the GUI thread; a failure (read-only
        included) is also announced as ``events.error(what, exc)``, the one error signal.
        """
        if self.writer is None:
            self._fail(what, ReadOnly(self.readonly_reason or "the archive is read-only"), on_error)
            return False
        writer = self.writer

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.events.wrote.emit(what)

        self.lanes.serial.submit(
            lambda: func(writer), done, lambda exc: self._fail(what, exc, on_error)
        )
        return True

    def _fail(
        self, what: Operation, exc: BaseException, on_error: Callable[[BaseException], None] | None
    ) -> None:
        if on_error is not None:
            on_error(exc)
        self.events.error.emit(what, exc)

    def update_document(self, doc_id: int, **changes: str | None) -> bool:
        """Change metadata; events.document_updated(id) when done."""
        return self.write(
            Operation.EDIT, lambda a: a.update_document(doc_id, **changes),
            lambda _doc: self.events.document_updated.emit(doc_id),
        )  # fmt: skip

    def in_trash(self, doc_id: int) -> bool:
        """True when the document is in the trash (or gone)."""
        return self.reader.in_trash(doc_id)

    def delete_document(self, doc_id: int) -> bool:
        """Move a document to the trash; events.document_deleted(id) when done."""
        return self.delete_documents([doc_id])

    def delete_documents(self, ids: list[int]) -> bool:
        """Move documents to the trash as one undoable change; events.document_deleted(id)
        for each when done."""

        def done(_change: object) -> None:
            for doc_id in ids:
                self.events.document_deleted.emit(doc_id)

        return self.write(Operation.DELETE, lambda a: a.trash.delete(ids), done)

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        recursive: bool = True,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        password: str | None = None,
        budget: FileBudget | None = None,
        pacing: IndexPacing | None = None,
        keep_duplicates: bool = False,
    ) -> ImportJob | None:
        """Start an import batch (``password``: for its encrypted PDFs); None when read-only
        or another import is running. ``pacing``: the settings' unless given;
        ``keep_duplicates``: store files near-identical to a document too (not the same text)."""
        if self.job is not None:
            self.events.error.emit(Operation.IMPORT, InUse("an import is already running"))
            return None
        job = ImportJob([str(p) for p in paths], recursive)
        pacing = pacing or Settings().import_pacing()

        def run(archive: Archive) -> ImportReport:
            return archive.import_paths(
                job.paths, recursive=job.recursive, progress=job.on_progress,
                cancel=job.token, workers_count=self.import_workers,
                max_file_bytes=max_file_bytes, password=password, budget=budget,
                pacing=pacing, keep_duplicates=keep_duplicates,
            )  # fmt: skip

        if not self.write(
            Operation.IMPORT, run, lambda report: self._imported(job, report),
            lambda exc: self._import_failed(job, exc),
        ):  # fmt: skip
            return None
        self.job = job
        job.progress.connect(self._job_progress, QUEUED)
        self.events.busy_changed.emit(self.tr("Importing…"))
        return job

    @Slot(int, int, str)
    def _job_progress(self, done: int, total: int, label: str) -> None:
        self.events.busy_changed.emit(self.tr("Importing {0} of {1}").format(done, total))

    def _imported(self, job: ImportJob, report: ImportReport) -> None:
        self.job = None
        job.report = report
        self.events.busy_changed.emit("")
        job.finished.emit(report)
        self.events.documents_added.emit([f.id for f in report.imported])

    def _import_failed(self, job: ImportJob, exc: BaseException) -> None:
        self.job = None
        self.events.busy_changed.emit("")
        job.failed.emit(exc)

    def check(self, on_done: Callable[[Any], None]) -> bool:
        """Run the consistency check on the serial lane."""
        from archiver.core.check import check

        return self.write(Operation.CHECK, check, on_done)

    # -- closing --------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once close() began (its connections are gone or going)."""
        return self._closed

    def close(self, timeout_ms: int = 30000) -> None:
        """Cancel an import, wait for the lanes, release both connections (once)."""
        if self._closed:
            return
        self._closed = True
        if self.job is not None:
            self.job.cancel()
        self.catch_up.cancel()  # the next open indexes the rest
        self.lanes.drain(timeout_ms)
        self.searches.close()
        self.reader.close()
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def _search(
    archive: Archive,
    text: str,
    indexing: bool,
    limit: int,
    offset: int,
    snippets_for: int | None,
    sort: str = "relevance",
) -> SearchResult:
    """A page of hits; none while the index is rebuilt, but a refused query is refused then too."""
    if indexing:
        parse_query(text)
        return SearchResult(text, 0, [], 0.0, None, [])
    return archive.search(text, limit=limit, offset=offset, sort=sort, snippets_for=snippets_for)


def _default_root() -> Path:
    from archiver.core.locations import default_archive_dir

    return default_archive_dir().resolve()


def cpu_workers(setting: int) -> int | None:
    """The import worker count from the setting (0: one per core)."""
    return setting if setting > 0 else (os.cpu_count() or None)
