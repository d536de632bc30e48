"""File → Back up now… and Restore from backup…, and the automatic backup when an archive opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from archiver.gui.actions import Spec
from archiver.gui.carry_dialogs import restore_text, step_words, wait_for
from archiver.gui.errors import error_message, show_error
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.gui.windowmenus import menu
from archiver.services import carry_ops
from archiver.services.carry_ops import CarryJob

if TYPE_CHECKING:
    from archiver.core.backups.making import BackupReport
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession

SPECS = (
    Spec("back_up_now", QT_TRANSLATE_NOOP("actions", "Back up now…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "A consistent copy of this archive in a new folder (works while importing)")),
    Spec("restore_backup", QT_TRANSLATE_NOOP("actions", "Restore from backup…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Make a new archive from a backup folder and open it")),
)  # fmt: skip


class BackupFlow(QObject):
    """The window's backup actions; today's automatic backup of each archive it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.automatic: CarryJob | None = None
        self.manual: CarryJob | None = None
        # A hook a test can replace: the box that says what a restore made.
        self.inform: Callable[[str, str], object] = lambda title, text: QMessageBox.information(
            window, title, text
        )
        handlers = {"back_up_now": self.back_up_now, "restore_backup": self.restore_from_backup}
        actions = [window.add_action(spec, handlers[spec.id]) for spec in SPECS]
        file_menu = menu(window, "File")
        quit_action = window.actions_by_id["quit"]
        file_menu.insertActions(quit_action, actions)
        file_menu.insertSeparator(quit_action)
        window.session_changed.connect(self.bind)
        self.bind(window.session)

    def bind(self, session: ArchiveSession | None) -> None:
        """Start today's automatic backup of a newly opened archive (when the settings ask)."""
        if session is None:
            return
        job = carry_ops.automatic_backup(session.lanes.reads, session.root, self.window.settings)
        if job is not None:
            job.finished.connect(self._automatic_done)
            job.failed.connect(
                lambda exc: self.window.show_message(
                    self.tr("The automatic backup failed: {0}").format(error_message(exc)), 15000
                )
            )
        self.automatic = job

    def _automatic_done(self, report: BackupReport | None) -> None:
        if report is not None:
            self.window.show_message(self.tr("Backed up to {0}").format(isolate(report.folder)))

    def back_up_now(self) -> CarryJob | None:
        """Ask for a folder; a new backup folder is made in it, on a worker."""
        session = self.window.session
        if session is None:
            return None
        parent = self.window.ask_folder(self.tr("Back up into… (a new folder is made in the one you choose)"))  # fmt: skip
        if not parent:
            return None
        job = carry_ops.backup_now(session.lanes.reads, session.root, Path(parent))
        job.progress.connect(
            lambda done, total, label: self.window.show_message(
                self.tr("Backing up: {0} {1} of {2}").format(
                    step_words(label), number(done), number(total)
                )
            )
        )
        job.finished.connect(lambda report: self.window.show_message(
            self.tr("Backed up %Ln documents to {0}", "", report.documents).format(isolate(report.folder)), 15000))  # fmt: skip
        job.failed.connect(lambda exc: show_error(self.window, self.tr("Back up"), exc))
        self.manual = job
        return job

    def restore_from_backup(self) -> bool:
        """Ask for a backup and an empty folder; restore there (on a worker) and open it."""
        backup = self.window.ask_folder(self.tr("Choose a backup folder"))
        if not backup:
            return False
        target = self.window.ask_folder(self.tr("New archive folder (choose or create an empty folder)"))  # fmt: skip
        if not target:
            return False
        lanes = self.window.session.lanes if self.window.session else None
        if lanes is None:
            return False
        job = carry_ops.restore_backup(lanes.reads, Path(backup), Path(target))
        try:
            report = wait_for(job, self.window, self.tr("Restoring the backup…"))
        except Exception as exc:  # a backup that fails its manifest, a folder not empty ...
            show_error(self.window, self.tr("Restore from backup"), exc)
            return False
        self.inform(self.tr("Restore from backup"), restore_text(report))
        self.window.switch_archive(str(report.folder))
        return True


def install(window: MainWindow) -> BackupFlow:
    """Add the backup actions to the window's File menu and back up each archive it opens."""
    return BackupFlow(window)
