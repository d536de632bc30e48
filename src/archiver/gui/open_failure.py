"""Opening the first archive: when it fails, say which folder and why, and let the user choose."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from archiver.gui.errors import open_failure_text
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

OPEN_OTHER, CREATE, QUIT = "open", "new", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenFailed", text)


class OpenFailedDialog(QMessageBox):
    """The folder that did not open and the reason; open another, create one, or quit."""

    def __init__(self, folder: Path, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, _tr("Archiver"), open_failure_text(folder, exc))
        if parent is not None:
            self.setParent(parent)
        self.setObjectName("openFailed")
        self.setInformativeText(_tr("Archiver did not open another archive in its place."))
        role = QMessageBox.ButtonRole
        self.open_button = self.addButton(_tr("&Open another archive…"), role.AcceptRole)
        self.new_button = self.addButton(_tr("&New archive…"), role.AcceptRole)
        self.quit_button = self.addButton(_tr("&Quit"), role.RejectRole)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str:
        """OPEN_OTHER, CREATE or QUIT (closing the box is quitting)."""
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return OPEN_OTHER
        return CREATE if clicked is self.new_button else QUIT


class SessionOpener:
    """Opens an archive for the app; never falls back to another archive without asking."""

    def __init__(self, lanes: Lanes, import_workers: int | None, author: str | None = None) -> None:
        self.lanes, self.import_workers, self.author = lanes, import_workers, author
        # A hook a test can replace: the folder chooser ('' when cancelled).
        self.ask_folder: Callable[[str], str] = lambda title: QFileDialog.getExistingDirectory(
            None, title
        )

    def open(self, path: str | None) -> ArchiveSession | None:
        """The session on ``path`` (None: the default location), or None when the user quits."""
        while True:
            try:
                return ArchiveSession(path, self.lanes, import_workers=self.import_workers,
                                      author=self.author)  # fmt: skip
            except Exception as exc:  # damaged, newer schema, no permission, not a folder ...
                choice = self._ask(_folder(path), exc)
            if choice == QUIT:
                return None
            title = _tr("Open archive") if choice == OPEN_OTHER else _tr("New archive (choose or create an empty folder)")  # fmt: skip
            path = self.ask_folder(title) or path  # cancelled: the same folder, the same question

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
