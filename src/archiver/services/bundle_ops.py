"""Bundles and conflicts for the GUI: export and import on the serial lane with progress and
cancel, the conflicts read here and resolved there (one undoable change each)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from archiver.core.archive import Archive
from archiver.core.changes import Change
from archiver.core.errors import InUse
from archiver.core.progress import CancelToken
from archiver.core.sync.conflicts import Conflict, Pick, list_conflicts, resolve
from archiver.core.sync.merge import MergeReport
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import QUEUED, Throttle


class BundleJob(QObject):
    """One bundle export or import on the serial lane: throttled progress, cancel, the end."""

    progress = Signal(int, int, str)  # entries done, entries in all, the entry
    finished = Signal(object)  # BundleInfo (export) or MergeReport (import)
    failed = Signal(object)  # the exception that stopped it (Cancelled when cancelled)

    def __init__(self, what: Operation, path: Path) -> None:
        super().__init__()
        self.what, self.path = what, path
        self.token = CancelToken()
        self._throttle = Throttle(0.05)

    def cancel(self) -> None:
        """Stop before anything is written (an import already merging finishes)."""
        self.token.cancel()

    def on_progress(self, done: int, total: int, label: str) -> None:
        """The core's progress callback (on the worker thread)."""
        if self._throttle.ready(final=done >= total):
            self.progress.emit(done, total, label)


class FileJobs(QObject):
    """One file job at a time (a bundle or a project, exported or imported) on the serial
    lane: the job's progress on the busy line, its end announced, then ``job.finished``."""

    busy = "a file is being exported or imported"  # the InUse sentence while one runs

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.job: BundleJob | None = None

    def _start(
        self, what: Operation, path: Path, run: Callable[[Archive, BundleJob], Any]
    ) -> BundleJob | None:
        if self.job is not None:
            self.session.events.error.emit(what, InUse(self.busy))
            return None
        job = BundleJob(what, path)
        job.progress.connect(self._progress, QUEUED)
        if not self.session.write(what, lambda a: run(a, job), lambda result: self._done(job, result),
                                  lambda exc: self._failed(job, exc)):  # fmt: skip
            return None
        self.job = job
        return job

    def _progress(self, done: int, total: int, label: str) -> None:
        self.session.events.busy_changed.emit(f"{done}/{total}")

    def _announce(self, job: BundleJob, result: Any) -> None:
        """App-wide signals for what the job stored (none by default)."""

    def _done(self, job: BundleJob, result: Any) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        self._announce(job, result)
        job.finished.emit(result)

    def _failed(self, job: BundleJob, exc: BaseException) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        job.failed.emit(exc)


class BundleOps(FileJobs):
    """The bundle half of an archive session."""

    busy = "a bundle is being exported or imported"

    def export(self, path: Path, tags: Sequence[str] = ()) -> BundleJob | None:
        """Write a bundle of the archive (or of the documents tagged ``tags``) at ``path``."""
        from archiver.core.bundle import export

        def run(archive: Archive, job: BundleJob) -> Any:
            return export(archive, job.path, tags=tags, progress=job.on_progress,
                          cancel=job.token)  # fmt: skip

        return self._start(Operation.EXPORT_BUNDLE, path, run)

    def import_bundle(self, path: Path) -> BundleJob | None:
        """Check the bundle at ``path`` whole, then merge it; the report at the end."""
        from archiver.core.bundle import import_bundle

        def run(archive: Archive, job: BundleJob) -> Any:
            return import_bundle(archive, job.path, progress=job.on_progress, cancel=job.token)

        return self._start(Operation.IMPORT_BUNDLE, path, run)

    def _announce(self, job: BundleJob, result: Any) -> None:
        if isinstance(result, MergeReport):
            if result.documents_added:
                self.session.events.documents_added.emit(list(result.documents_added))
            self.session.events.history_changed.emit(result.change)

    # -- conflicts ----------------------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        """The conflicts merges kept (GUI thread, read-only connection)."""
        return list_conflicts(self.session.reader, open_only=open_only)

    def resolve(
        self,
        conflict_id: int,
        pick: Pick | None,
        on_done: Callable[[Change], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        value: Any = None,
    ) -> bool:
        """Keep the local value, take the other copy's, or set ``value``: one undoable change."""

        def done(change: Change) -> None:
            if on_done is not None:
                on_done(change)
            self.session.events.history_changed.emit(change)

        return self.session.write(Operation.RESOLVE_CONFLICT,
                                  lambda a: resolve(a, conflict_id, pick, value), done, on_error)  # fmt: skip
