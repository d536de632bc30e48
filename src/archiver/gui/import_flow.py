"""One import at a time: its progress and cancel button in the status bar, its end."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from archiver.core.imports.budget import FileBudget
from archiver.core.model import ImportReport
from archiver.gui.import_status import ImportStatus
from archiver.services.operations import ArchiveSession, ImportJob


class ImportFlow(QObject):
    """Starts an import batch and follows it until its report (or its failure)."""

    progressed = Signal()  # a file was stored: the document count changed
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception that stopped the batch

    def __init__(self, status: ImportStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.job: ImportJob | None = None
        status.cancel_requested.connect(self.cancel)

    def start(
        self,
        session: ArchiveSession,
        paths: Iterable[str],
        max_file_bytes: int,
        budget: FileBudget | None = None,
    ) -> ImportJob | None:
        """Import files and folders (with their subfolders); None when it cannot start."""
        job = session.import_paths(
            list(paths), recursive=True, max_file_bytes=max_file_bytes, budget=budget
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
        self.progressed.emit()

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self.status.hide()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.status.hide()
        self.failed.emit(exc)
