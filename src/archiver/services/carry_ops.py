"""Backups, restores and salvage for the GUI: each runs on a worker with throttled progress.

None of them needs the writer lock: a backup reads through its own connection, a restore
and a salvage write only a new folder. They run on the reads lane, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from archiver.core.progress import Progress
from archiver.services.settings import Settings
from archiver.services.tasks import Lane, Throttle


class CarryJob(QObject):
    """One backup, restore or salvage on a worker: progress, then a report or an error."""

    progress = Signal(int, int, str)  # done, total, what is being copied
    finished = Signal(object)  # the core's report (BackupReport, RestoreReport, SalvageReport)
    failed = Signal(object)  # the exception that stopped it

    def __init__(self) -> None:
        super().__init__()
        self.report: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._throttle = Throttle(0.1)

    def on_progress(self, done: int, total: int, label: str) -> None:
        """The core's progress callback (called on the worker thread)."""
        if self._throttle.ready(final=done >= total):
            self.progress.emit(done, total, label)

    def _finish(self, report: Any) -> None:
        self.report, self.done = report, True
        self.finished.emit(report)

    def _fail(self, exc: BaseException) -> None:
        self.error, self.done = exc, True
        self.failed.emit(exc)


def start(lane: Lane, work: Callable[[Progress], Any]) -> CarryJob:
    """Run ``work(progress)`` on ``lane``; the job reports on the GUI thread."""
    job = CarryJob()
    lane.submit(lambda: work(job.on_progress), job._finish, job._fail)
    return job


def backup_now(lane: Lane, root: Path, parent: Path, *, with_index: bool = False) -> CarryJob:
    """A backup of ``root`` into a new folder under ``parent``, named after it and the time."""
    from archiver.core.backups.making import make_backup

    dest = Path(parent) / f"{Path(root).name}-backup-{datetime.now():%Y%m%d-%H%M%S}"
    return start(lane, lambda tell: make_backup(root, dest, with_index=with_index, progress=tell))


def automatic_backup(lane: Lane, root: Path, settings: Settings) -> CarryJob | None:
    """Today's automatic backup of ``root`` as the settings ask (None when they are off)."""
    from archiver.core.backups import rotation
    from archiver.core.backups.found import automatic_folder

    if not settings.get("backup/daily"):
        return None
    folder = automatic_folder(root, settings.get("backup/folder"))
    keep = max(1, settings.get("backup/keep"))
    return start(lane, lambda tell: rotation.automatic_backup(root, folder, keep, progress=tell))


def restore_backup(lane: Lane, backup: Path, target: Path) -> CarryJob:
    """A new archive at ``target`` from the backup folder ``backup``, checked."""
    from archiver.core.backups.restoring import restore

    return start(lane, lambda tell: restore(backup, target, progress=tell))


def salvage_archive(lane: Lane, damaged: Path, new: Path, workers: int | None = None) -> CarryJob:
    """A new archive at ``new`` from what the damaged archive still holds."""
    from archiver.core.salvage import salvage

    return start(lane, lambda tell: salvage(damaged, new, tell, workers_count=workers))
