"""An archive's schema upgrade for the GUI: the migrations on a worker, each step reported.

The GUI thread asks ``pending`` (one read of the schema version) and, when there is work,
runs ``start`` and waits behind a dialog (no cancel button: the core could stop between
migrations, each its own transaction, but the archive would then not open); ``ArchiveSession`` then opens an archive that is
up to date, so nothing migrates on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from archiver.core.lock import APP
from archiver.core.upgrade import Upgrade, pending_upgrade, run_upgrade
from archiver.services.carry_ops import CarryJob
from archiver.services.tasks import Lane

__all__ = ["Upgrade", "UpgradeJob", "pending", "start"]


class UpgradeJob(CarryJob):
    """The migrations of one archive on a worker: a progress signal per step."""

    def __init__(self, upgrade: Upgrade) -> None:
        super().__init__()
        self.upgrade = upgrade

    def on_progress(self, done: int, total: int, label: str) -> None:
        """Every step is told (a few dozen at most), from the worker thread."""
        self.progress.emit(done, total, label)


def pending(path: Path | str | None) -> Upgrade | None:
    """The upgrade the archive at ``path`` (None: the default location) needs, if any."""
    from archiver.core.locations import default_archive_dir

    return pending_upgrade(Path(path).expanduser() if path else default_archive_dir())


def start(lane: Lane, upgrade: Upgrade) -> UpgradeJob:
    """Run the upgrade on ``lane``; the job reports on the GUI thread."""
    job = UpgradeJob(upgrade)
    lane.submit(lambda: run_upgrade(upgrade, job.on_progress, role=APP),
                job._finish, job._fail)  # fmt: skip
    return job
