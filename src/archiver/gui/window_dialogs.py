"""The main window's small dialogs: palette, shortcuts, syntax, about, and the questions it asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from archiver.core.imports import kinds
from archiver.gui import file_dialogs
from archiver.gui.actions import ActionRegistry

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


def command_palette(registry: ActionRegistry, parent: QWidget) -> None:
    """Ctrl+Shift+A: run any enabled action by name."""
    from archiver.gui.palette import CommandPalette

    CommandPalette(registry.enabled_actions(), parent).exec()


def shortcuts(registry: ActionRegistry, parent: QWidget) -> None:
    """F1: every action and its keys."""
    from archiver.gui.shortcuts_sheet import ShortcutsSheet

    ShortcutsSheet(registry, parent).exec()


def search_syntax(parent: QWidget) -> None:
    """Shift+F1: the query language."""
    from archiver.gui.help_texts import search_syntax_html

    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        QCoreApplication.translate("WindowDialogs", "Search syntax"),
        search_syntax_html(),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()


def about(parent: QWidget) -> None:
    """Ctrl+F1."""
    from archiver import __version__

    QMessageBox.about(
        parent,
        QCoreApplication.translate("WindowDialogs", "About Archiver"),
        QCoreApplication.translate(
            "WindowDialogs",
            "Archiver {0}\nAn archive of Arabic and English source documents for researchers.",
        ).format(__version__),
    )


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A question; No is the default."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_files(window: MainWindow) -> list[str]:
    """Files to import (the dialog starts where the last one was left)."""
    return file_dialogs.open_files(
        window,
        window.settings,
        QCoreApplication.translate("WindowDialogs", "Import files"),
        QCoreApplication.translate(
            "WindowDialogs", "Documents and scans ({0});;All files (*)"
        ).format(kinds.dialog_filter()),
    )


def ask_password(parent: QWidget, files: list[str], wrong: bool) -> str | None:
    """The password of encrypted PDFs (tried on each of ``files``); None when cancelled."""
    names = "\n".join(f"• {name}" for name in files[:8]) + ("\n…" if len(files) > 8 else "")
    lead = (QCoreApplication.translate("WindowDialogs", "The password did not open these PDFs. Another password:") if wrong
            else QCoreApplication.translate("WindowDialogs", "These PDFs are encrypted. Their password:"))  # fmt: skip
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("WindowDialogs", "Encrypted PDF"), f"{lead}\n{names}",
                                    QLineEdit.EchoMode.Password)  # fmt: skip
    return text if ok and text else None


def ask_folder(window: MainWindow, title: str) -> str:
    """A folder ('' when cancelled)."""
    return file_dialogs.folder(window, window.settings, title)
