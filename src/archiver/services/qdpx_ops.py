"""REFI-QDA projects for the GUI: export and import on the serial lane, with progress and
cancel (the jobs are the bundles' ``BundleJob``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from archiver.core.archive import Archive
from archiver.core.errors import InUse
from archiver.services.bundle_ops import BundleJob
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import QUEUED


class QdpxOps(QObject):
    """The REFI-QDA half of an archive session."""

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.job: BundleJob | None = None

    def export(self, path: Path, documents: Iterable[int] | None = None) -> BundleJob | None:
        """Write the archive (or these documents) as a .qdpx at ``path``."""
        from archiver.core.exchange.qdpx.export import export_qdpx

        chosen = None if documents is None else list(documents)

        def run(archive: Archive, job: BundleJob) -> Any:
            return export_qdpx(archive, job.path, documents=chosen, progress=job.on_progress,
                               cancel=job.token)  # fmt: skip

        return self._start(Operation.EXPORT_PROJECT, path, run)

    def import_project(self, path: Path) -> BundleJob | None:
        """Read the project at ``path`` whole, then store its sources and coding."""
        from archiver.core.exchange.qdpx.importing import import_qdpx

        def run(archive: Archive, job: BundleJob) -> Any:
            return import_qdpx(archive, job.path, progress=job.on_progress, cancel=job.token)

        return self._start(Operation.IMPORT_PROJECT, path, run)

    def _start(
        self, what: Operation, path: Path, run: Callable[[Archive, BundleJob], Any]
    ) -> BundleJob | None:
        if self.job is not None:
            self.session.events.error.emit(what, InUse("a project is being exported or imported"))
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

    def _done(self, job: BundleJob, result: Any) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        added = getattr(result, "documents_added", None)
        if added:
            self.session.events.documents_added.emit(list(added))
        if job.what == Operation.IMPORT_PROJECT:
            self.session.events.history_changed.emit(None)
        job.finished.emit(result)

    def _failed(self, job: BundleJob, exc: BaseException) -> None:
        self.job = None
        self.session.events.busy_changed.emit("")
        job.failed.emit(exc)
