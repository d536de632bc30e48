"""File dialogs that start in the user's Documents folder, then where the user last went: the
last export folder for a file to write, the last import folder for the others."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from archiver.services.settings import Settings

FileMode = QFileDialog.FileMode


def _key(save: bool) -> str:
    return "dialogs/last_export_folder" if save else "dialogs/last_folder"


def start_folder(settings: Settings, save: bool = False) -> str:
    """The folder the last dialog of its kind was left in, else Documents, else home."""
    last = settings.get(_key(save))
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(settings: Settings, chosen: str, save: bool = False) -> None:
    """Start the next dialog of its kind where this choice was made (a folder, a file's folder)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if str(folder) and folder.is_dir():
        settings.set(_key(save), str(folder))


def make(
    parent: QWidget | None,
    settings: Settings,
    title: str,
    *,
    mode: FileMode = FileMode.ExistingFile,
    name_filter: str = "",
    suggested: str = "",
    save: bool = False,
) -> QFileDialog:
    """A file dialog in the start folder (``suggested``: a file name for a save)."""
    dialog = QFileDialog(parent, title, start_folder(settings, save), name_filter)
    dialog.setFileMode(mode)
    if mode == FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested)
    return dialog


def chosen(dialog: QFileDialog, settings: Settings) -> list[str]:
    """What an accepted dialog chose (remembering its folder), [] when it was cancelled."""
    if dialog.result() != QDialog.DialogCode.Accepted:
        return []
    files = dialog.selectedFiles()
    if files:
        remember(settings, files[0], dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave)
    return files


def ask(dialog: QFileDialog, settings: Settings) -> list[str]:
    """Run the dialog; what it chose."""
    dialog.exec()
    return chosen(dialog, settings)


def open_files(
    parent: QWidget | None, settings: Settings, title: str, name_filter: str
) -> list[str]:
    """Existing files to open ([] when cancelled)."""
    mode = FileMode.ExistingFiles
    return ask(make(parent, settings, title, mode=mode, name_filter=name_filter), settings)


def open_file(parent: QWidget | None, settings: Settings, title: str, name_filter: str) -> str:
    """One existing file ('' when cancelled)."""
    files = ask(make(parent, settings, title, name_filter=name_filter), settings)
    return files[0] if files else ""


def save_file(
    parent: QWidget | None, settings: Settings, title: str, suggested: str, name_filter: str
) -> str:
    """A file to write ('' when cancelled)."""
    dialog = make(parent, settings, title, mode=FileMode.AnyFile, name_filter=name_filter,
                  suggested=suggested, save=True)  # fmt: skip
    files = ask(dialog, settings)
    return files[0] if files else ""


def folder(parent: QWidget | None, settings: Settings, title: str) -> str:
    """A folder ('' when cancelled)."""
    files = ask(make(parent, settings, title, mode=FileMode.Directory), settings)
    return files[0] if files else ""
