"""The team's sync for the GUI: one sync at a time on the serial lane, with progress and
cancel; the status (last sync, what is pending) read on the GUI thread from this copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from archiver.core.archive import Archive
from archiver.core.errors import InUse
from archiver.core.progress import CancelToken
from archiver.core.team.sync import SyncReport, status, sync
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import QUEUED, Throttle


class SyncJob(QObject):
    """One sync: throttled progress, cancel (between batches), the end."""

    progress = Signal(int, str)  # rows so far, what is being done
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # the exception that stopped it (Cancelled when cancelled)

    def __init__(self, url: str, automatic: bool) -> None:
        super().__init__()
        self.url, self.automatic = url, automatic
        self.token = CancelToken()
        self._throttle = Throttle(0.1)

    def cancel(self) -> None:
        """Stop after the batch in hand (what was done stays done on both sides)."""
        self.token.cancel()

    def on_progress(self, done: int, _total: int, label: str) -> None:
        """The core's progress callback (on the worker thread)."""
        if self._throttle.ready(final=False):
            self.progress.emit(done, label)


class TeamOps(QObject):
    """The team half of an archive session."""

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.job: SyncJob | None = None

    def status(self) -> dict[str, Any]:
        """The last sync's server and time, and what is pending (read-only connection); no
        server once the session closes (a late signal may still ask)."""
        if self.session.closed:
            return {"server": None, "last_sync": None, "pending": None}
        return status(self.session.reader)

    def sync(
        self, url: str, password: str | None = None, *, automatic: bool = False
    ) -> SyncJob | None:
        """Push and pull on the serial lane; None when a sync runs already."""
        if self.job is not None:
            if not automatic:
                self.session.events.error.emit(Operation.SYNC, InUse("a sync is running"))
            return None
        job = SyncJob(url, automatic)
        job.progress.connect(self._progress, QUEUED)

        def run(archive: Archive) -> SyncReport:
            return sync(archive, url, password=password, progress=job.on_progress, cancel=job.token)

        if not self.session.write(Operation.SYNC, run, lambda r: self._done(job, r),
                                  lambda exc: self._failed(job, exc)):  # fmt: skip
            return None
        self.job = job
        return job

    def _progress(self, done: int, label: str) -> None:
        self.session.events.busy_changed.emit(f"{label} {done}")

    def _done(self, job: SyncJob, report: SyncReport) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        if report.pulled.documents_added:
            self.session.events.documents_added.emit([])
        if report.pulled.batches:
            self.session.events.history_changed.emit(None)
        job.finished.emit(report)

    def _failed(self, job: SyncJob, exc: BaseException) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        job.failed.emit(exc)
