"""REFI-QDA projects for the GUI: export and import on the serial lane, with progress and
cancel (the jobs and their lane are the bundles': ``BundleJob``, ``FileJobs``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from archiver.core.archive import Archive
from archiver.services.bundle_ops import BundleJob, FileJobs
from archiver.services.operation import Operation


class QdpxOps(FileJobs):
    """The REFI-QDA half of an archive session."""

    busy = "a project is being exported or imported"

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

    def _announce(self, job: BundleJob, result: Any) -> None:
        added = getattr(result, "documents_added", None)
        if added:
            self.session.events.documents_added.emit(list(added))
        if job.what == Operation.IMPORT_PROJECT:
            self.session.events.history_changed.emit(None)
