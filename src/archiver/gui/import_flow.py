"""One import at a time: its progress and cancel button in the status bar, its end.

Encrypted PDFs of a batch are asked for once the rest of it is stored: one password, which
is tried on every locked file of the batch (it is remembered for the rest of the batch, not
beyond); the files it does not open are asked for again, until the user gives up.

Likely duplicates the report lists can be kept anyway (``keep``): exactly those files are
imported again with ``keep_duplicates``, as an import of their own (progress, cancel, one undo
step), whose report goes to ``kept`` for the report dialog to take in rather than to ``finished``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from archiver.core.imports.budget import FileBudget
from archiver.core.model import ImportReport
from archiver.gui.import_status import ImportStatus
from archiver.services.operations import ArchiveSession, ImportJob
from archiver.services.tasks import Throttle

COUNT_EVERY = 1.0  # seconds: counting 100,000 documents takes the read pool a while

AskPassword = Callable[[list[str], bool], str | None]  # (locked files, after a wrong one)


class ImportFlow(QObject):
    """Starts an import batch and follows it until its report (or its failure)."""

    progressed = Signal()  # files were stored: the document count changed (at most once a second)
    finished = Signal(object)  # ImportReport
    kept = Signal(object)  # the ImportReport of a keep() run
    failed = Signal(object)  # the exception that stopped the batch

    def __init__(self, status: ImportStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.job: ImportJob | None = None
        self.ask_password: AskPassword = lambda files, wrong: None  # the window sets a dialog
        self._session: ArchiveSession | None = None
        self._limit = 0
        self._budget: FileBudget | None = None
        self._earlier = ImportReport()  # what the batch's earlier rounds did
        self._password: str | None = None  # the one the user gave in this batch
        self._counted = Throttle(COUNT_EVERY)
        self._keeping = False  # the running import keeps likely duplicates (keep())
        status.cancel_requested.connect(self.cancel)

    def start(
        self,
        session: ArchiveSession,
        paths: Iterable[str],
        max_file_bytes: int,
        budget: FileBudget | None = None,
    ) -> ImportJob | None:
        """Import files and folders (with their subfolders); None when it cannot start."""
        self._session, self._limit, self._budget = session, max_file_bytes, budget
        self._earlier, self._password, self._keeping = ImportReport(), None, False
        return self._run(list(paths))

    def keep(self, session: ArchiveSession, paths: Iterable[str]) -> ImportJob | None:
        """Import these files (likely duplicates of a report) although their words are nearly
        a stored document's; the batch's limits and password; None when it cannot start."""
        if self.job is not None or session.closed:
            return None  # another import runs, or the report is of an archive closed since
        self._session, self._earlier, self._keeping = session, ImportReport(), True
        job = self._run(list(paths))
        self._keeping = job is not None
        return job

    def _run(self, paths: list[str]) -> ImportJob | None:
        assert self._session is not None
        job = self._session.import_paths(
            paths,
            recursive=not self._keeping,
            max_file_bytes=self._limit,
            password=self._password,
            budget=self._budget,
            keep_duplicates=self._keeping,
        )
        if job is None:
            return None
        self.job = job
        self.status.start()
        job.progress.connect(self._progress)
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        return job

    def cancel(self) -> None:
        """Stop the running import after the current file."""
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int, current: str) -> None:
        self.status.update_progress(done, total, current)
        if self._counted.ready(final=done >= total):
            self.progressed.emit()

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self.status.hide()
        locked = [f for f in report.failed if f.needs_password]
        earlier = self._earlier
        earlier.imported += report.imported
        earlier.duplicates += report.duplicates
        earlier.failed += [f for f in report.failed if not f.needs_password]
        earlier.cancelled = report.cancelled
        if not earlier.files:  # the first round's: a password's round retries some of them
            earlier.files, earlier.skipped_types = report.files, report.skipped_types
            earlier.not_entered = report.not_entered
        earlier.disk_full = earlier.disk_full or report.disk_full
        earlier.unindexed += report.unindexed
        if locked and not report.cancelled:
            password = self.ask_password([f.path for f in locked], self._password is not None)
            if password:
                self._password = password
                if self._run([f.path for f in locked]) is not None:
                    return
        earlier.failed += locked
        keeping, self._keeping = self._keeping, False
        (self.kept if keeping else self.finished).emit(earlier)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._keeping = False
        self.status.hide()
        self.failed.emit(exc)
