"""The open archive as the GUI sees it: fast reads here, every write on the serial lane.

Two connections, one per job, so no SQLite connection is ever used by two threads: the
writable ``Archive`` is touched only by the serial lane's single thread; a read-only
``Archive`` (its own SQLite connection and Whoosh searcher) serves the GUI thread. WAL lets
the reader see each committed import batch while the writer keeps going.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from archiver.core.archive import Archive
from archiver.core.errors import InUse, Locked, ReadOnly
from archiver.core.imports.sources import DEFAULT_MAX_FILE_BYTES
from archiver.core.model import Document, ImportReport, SearchResult
from archiver.core.progress import CancelToken
from archiver.core.search.query import parse as parse_query
from archiver.services.events import Events
from archiver.services.operation import Operation
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
        self, path: Path | str | None, lanes: Lanes, *, import_workers: int | None = None
    ) -> None:
        super().__init__()
        self.lanes = lanes
        self.events = Events()
        self.import_workers = import_workers
        self.readonly_reason = ""
        self.writer: Archive | None
        try:
            self.writer = Archive.open(path, defer_index=True)
            self.root = self.writer.root
        except Locked as exc:
            self.writer = None
            self.readonly_reason = str(exc)
            self.root = Path(path).expanduser().resolve() if path else _default_root()
        self.reader = Archive.open(self.root, readonly=True)
        self.job: ImportJob | None = None
        self._closed = False
        self.indexing = False
        if self.writer is not None:
            self._ensure_index()

    def _ensure_index(self) -> None:
        """Rebuild or sync the index on the serial lane, with progress in the status bar."""
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
                self.events.index_rebuilt.emit()

        def failed(exc: BaseException) -> None:
            self.indexing = False
            self.events.busy_changed.emit("")

        # Only a rebuild hides search results; syncing a current index (documents a crash
        # left out) adds to it while the reader keeps searching what is there.
        assert self.writer is not None
        self.indexing = not self.writer.index.is_current()
        self.write(Operation.INDEX, lambda a: a.ensure_index(progress), done, failed)

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    @property
    def readonly(self) -> bool:
        """True when another process holds the writer lock."""
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
        """One page of hits (none while the index is being rebuilt); Invalid for a refused query."""
        if self.indexing:
            parse_query(text)  # a query the archive would refuse is refused now too
            return SearchResult(text, 0, [], 0.0, None, [])
        return self.reader.search(text, limit=limit, offset=offset, sort=sort)

    def highlights(self, doc_id: int, query: str) -> list[tuple[int, int]]:
        """Where the query matches in the whole document."""
        return self.reader.highlights(doc_id, query) if query.strip() else []

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
        return self.write(
            Operation.DELETE, lambda a: a.delete_document(doc_id),
            lambda _none: self.events.document_deleted.emit(doc_id),
        )  # fmt: skip

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        recursive: bool = True,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        password: str | None = None,
    ) -> ImportJob | None:
        """Start an import batch (``password``: for its encrypted PDFs); None when read-only
        or another import is running."""
        if self.job is not None:
            self.events.error.emit(Operation.IMPORT, InUse("an import is already running"))
            return None
        job = ImportJob([str(p) for p in paths], recursive)

        def run(archive: Archive) -> ImportReport:
            return archive.import_paths(
                job.paths, recursive=job.recursive, progress=job.on_progress,
                cancel=job.token, workers_count=self.import_workers,
                max_file_bytes=max_file_bytes, password=password,
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

    def close(self, timeout_ms: int = 30000) -> None:
        """Cancel an import, wait for the lanes, release both connections (once)."""
        if self._closed:
            return
        self._closed = True
        if self.job is not None:
            self.job.cancel()
        self.lanes.drain(timeout_ms)
        self.reader.close()
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def _default_root() -> Path:
    from archiver.core.locations import default_archive_dir

    return default_archive_dir().resolve()


def cpu_workers(setting: int) -> int | None:
    """The import worker count from the setting (0: one per core)."""
    return setting if setting > 0 else (os.cpu_count() or None)
