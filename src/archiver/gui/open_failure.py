"""Opening the first archive: when it fails, say which folder and why, and let the user choose."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from archiver.gui.carry_dialogs import restore_text, salvage_text, wait_for
from archiver.gui.errors import error_message, open_failure_text
from archiver.gui.upgrade_dialog import Watch, open_session
from archiver.services import carry_ops
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

OPEN_OTHER, CREATE, RESTORE, SALVAGE, QUIT = "open", "new", "restore", "salvage", "quit"


class OpenFailedDialog(QMessageBox):
    """The folder that did not open and the reason; open another, create one, or quit."""

    def __init__(self, folder: Path, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("OpenFailed", "Archiver"),
            open_failure_text(folder, exc),
        )
        if parent is not None:
            self.setParent(parent)
        self.setObjectName("openFailed")
        self.setInformativeText(
            QCoreApplication.translate(
                "OpenFailed", "Archiver did not open another archive in its place."
            )
        )
        role = QMessageBox.ButtonRole
        self.open_button = self.addButton(
            QCoreApplication.translate("OpenFailed", "&Open another archive…"), role.AcceptRole
        )
        self.new_button = self.addButton(
            QCoreApplication.translate("OpenFailed", "&New archive…"), role.AcceptRole
        )
        self.restore_button = self.addButton(
            QCoreApplication.translate("OpenFailed", "&Restore a backup…"), role.AcceptRole
        )
        self.salvage_button = self.addButton(
            QCoreApplication.translate("OpenFailed", "&Salvage…"), role.AcceptRole
        )
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "OpenFailed", "Make a new archive from a backup folder and open it"
            )
        )
        self.salvage_button.setToolTip(
            QCoreApplication.translate("OpenFailed", "Rebuild what can be rebuilt from this archive into a new folder; "
                "this one is only read")
        )  # fmt: skip
        self.quit_button = self.addButton(
            QCoreApplication.translate("OpenFailed", "&Quit"), role.RejectRole
        )
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str:
        """OPEN_OTHER, CREATE, RESTORE, SALVAGE or QUIT (closing the box is quitting)."""
        clicked = self.clickedButton()
        choices = {self.open_button: OPEN_OTHER, self.new_button: CREATE,
                   self.restore_button: RESTORE, self.salvage_button: SALVAGE}  # fmt: skip
        return next((c for button, c in choices.items() if clicked is button), QUIT)


class SessionOpener:
    """Opens an archive for the app; never falls back to another archive without asking."""

    def __init__(self, lanes: Lanes, import_workers: int | None, author: str | None = None) -> None:
        self.lanes, self.import_workers, self.author = lanes, import_workers, author
        # A hook a test can replace: the folder chooser ('' when cancelled).
        self.ask_folder: Callable[[str], str] = lambda title: QFileDialog.getExistingDirectory(
            None, title
        )
        # And whoever watches a schema upgrade's job (nobody: the dialog shows it).
        self.watch_upgrade: Watch | None = None
        # And the box that tells what a restore or a salvage made.
        self.inform: Callable[[str, str], object] = lambda title, text: QMessageBox.information(
            None, title, text
        )

    def open(self, path: str | None) -> ArchiveSession | None:
        """The session on ``path`` (None: the default location), or None when the user quits."""
        while True:
            try:
                return open_session(path, self.lanes, import_workers=self.import_workers,
                                    author=self.author, watch=self.watch_upgrade)  # fmt: skip
            except Exception as exc:  # damaged, newer schema, no permission, not a folder ...
                choice = self._ask(_folder(path), exc)
            if choice == QUIT:
                return None
            if choice in (RESTORE, SALVAGE):
                path = self._carry(choice, _folder(path)) or path
                continue
            title = QCoreApplication.translate("OpenFailed", "Open archive") if choice == OPEN_OTHER else QCoreApplication.translate("OpenFailed", "New archive (choose or create an empty folder)")  # fmt: skip
            path = self.ask_folder(title) or path  # cancelled: the same folder, the same question

    def _carry(self, choice: str, folder: Path) -> str | None:
        """Restore a backup, or salvage ``folder``, into a new folder; that folder, or None."""
        if choice == RESTORE:
            backup = self.ask_folder(
                QCoreApplication.translate("OpenFailed", "Choose a backup folder")
            )
            target = backup and self.ask_folder(QCoreApplication.translate("OpenFailed", "New archive folder (choose or create an empty folder)"))  # fmt: skip
            if not target:
                return None
            job = carry_ops.restore_backup(self.lanes.reads, Path(backup), Path(target))
            title, words = (
                QCoreApplication.translate("OpenFailed", "Restore a backup"),
                restore_text,
            )
        else:
            target = self.ask_folder(QCoreApplication.translate("OpenFailed", "Folder for the salvaged archive (choose or create an empty folder)"))  # fmt: skip
            if not target:
                return None
            job = carry_ops.salvage_archive(self.lanes.reads, folder, Path(target), self.import_workers)  # fmt: skip
            title, words = QCoreApplication.translate("OpenFailed", "Salvage"), salvage_text  # type: ignore[assignment]
        try:
            report = wait_for(job, None, title + "…")
        except Exception as exc:  # a backup that fails its manifest, a folder not empty ...
            QMessageBox.warning(None, title, error_message(exc))
            return None
        self.inform(title, words(report))
        return target

    @staticmethod
    def _ask(folder: Path, exc: BaseException) -> str:
        print(f"Archiver: {open_failure_text(folder, exc)}", file=sys.stderr)
        dialog = OpenFailedDialog(folder, exc)
        dialog.exec()
        return dialog.choice()


def _folder(path: str | None) -> Path:
    if path:
        return Path(path).expanduser()
    from archiver.core.locations import default_archive_dir

    return default_archive_dir()
