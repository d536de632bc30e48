"""Opening an archive that needs a schema upgrade: the migrations on a worker, behind a dialog.

Both the app's first open (``open_failure.SessionOpener``) and switching archives
(``MainWindow.switch_archive``) open through ``open_session``: an archive that is up to date
opens as before, with no dialog; one that is older is upgraded first, off the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from archiver.core.errors import Locked, ReadOnly
from archiver.gui.errors import open_failure_text
from archiver.gui.locale_text import isolate, number
from archiver.services import upgrade_ops
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

Watch = Callable[[upgrade_ops.UpgradeJob], object]


class _UpgradeProgress(QProgressDialog):
    """A progress dialog that stays up until the upgrade ends: closing it or pressing Escape
    would hide it while the upgrade goes on, and let the window be used meanwhile."""

    def __init__(self, text: str, total: int, parent: QWidget | None) -> None:
        super().__init__(text, "", 0, total, parent)
        self.ended = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed only once the upgrade ended."""
        if self.ended:
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        """Escape does nothing while the upgrade runs."""
        if self.ended:
            super().reject()


def open_session(
    path: str | None,
    lanes: Lanes,
    *,
    import_workers: int | None = None,
    author: str | None = None,
    parent: QWidget | None = None,
    watch: Watch | None = None,
) -> ArchiveSession:
    """The session on ``path`` (None: the default location), its schema upgraded first on a
    worker when it is older; the upgrade's or the open's error raised (``watch`` sees the
    upgrade's job as it starts)."""
    upgrade = upgrade_ops.pending(path)
    if upgrade is not None:
        job = upgrade_ops.start(lanes.reads, upgrade)
        if watch is not None:
            watch(job)
        # another writer, a read-only folder: the session opens it read-only and says why, as
        # it always has (a full disk is the open's failure: retrying would migrate right here)
        with contextlib.suppress(Locked, ReadOnly):
            wait_for_upgrade(job, parent)
    return ArchiveSession(path, lanes, import_workers=import_workers, author=author)


def open_in_place_of(
    old: ArchiveSession | None, path: str, window: QWidget
) -> ArchiveSession | None:
    """The session on ``path`` to replace ``old`` (its lanes, workers and author), or None
    after a warning naming the folder and why it did not open."""
    try:
        return open_session(path, old.lanes if old else Lanes(), parent=window,
                            import_workers=old.import_workers if old else None,
                            author=old.author if old else None)  # fmt: skip
    except Exception as exc:  # a folder that is not an archive, no permission, a migration ...
        title = QCoreApplication.translate("OpenFailed", "Open archive")
        QMessageBox.warning(window, title, open_failure_text(path, exc))
        return None


def upgrade_title(folder: Path) -> str:
    """What the dialog says is happening, naming the archive."""
    return QCoreApplication.translate(
        "UpgradeDialog", "Upgrading the archive {0} to this version of Archiver…"
    ).format(isolate(folder))


def step_text(done: int, total: int) -> str:
    """Which migration of how many is running."""
    return QCoreApplication.translate("UpgradeDialog", "Step {0} of {1}").format(
        number(min(done + 1, total)), number(total)
    )


def wait_for_upgrade(job: upgrade_ops.UpgradeJob, parent: QWidget | None) -> list[int]:
    """A modal dialog until the upgrade ends (the GUI thread keeps its event loop): the
    versions applied, or the upgrade's error raised."""
    total = job.upgrade.steps
    if not job.done:
        title = upgrade_title(job.upgrade.root)
        dialog = _UpgradeProgress(f"{title}\n{step_text(0, total)}", total, parent)
        dialog.setObjectName("upgradeProgress")
        dialog.setWindowTitle(QCoreApplication.translate("UpgradeDialog", "Upgrading the archive"))
        dialog.setCancelButton(None)  # stopping would leave an archive that does not open
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        loop = QEventLoop()

        def show(done: int, steps: int, label: str) -> None:
            dialog.setValue(min(done, steps))
            dialog.setLabelText(f"{title}\n{step_text(done, steps)}")

        job.progress.connect(show)
        job.finished.connect(loop.quit)
        job.failed.connect(loop.quit)
        dialog.show()
        if not job.done:
            loop.exec()
        dialog.ended = True
        dialog.close()
        dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return list(job.report)
