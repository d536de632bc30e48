"""Enter saves a dialog whose fields are valid, Ctrl+Enter too (also in a multi-line field);
an invalid field says why (the dialog's own ``accept`` checks and refuses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QPlainTextEdit, QTextEdit

from archiver.gui.actions import Spec
from archiver.gui.locale_text import QT_TRANSLATE_NOOP

MENU = QT_TRANSLATE_NOOP("actions", "Dialogs")
NOTES = tuple(Spec(i, text, keys, MENU) for i, text, keys in (
    ("dialog_save", QT_TRANSLATE_NOOP("actions", "Save (when every field is valid; an invalid one says why)"),
     ("Return", "Ctrl+Return")),
    ("dialog_save_multiline", QT_TRANSLATE_NOOP("actions", "Save from a multi-line field (Enter there starts a new line)"),
     ("Ctrl+Return",)),
    ("dialog_cancel", QT_TRANSLATE_NOOP("actions", "Close without saving"), ("Esc",)),
    ("dialog_fields", QT_TRANSLATE_NOOP("actions", "Next / previous field; Alt and the underlined letter: that field"),
     ("Tab", "Shift+Tab")),
    ("dialog_add_actor", QT_TRANSLATE_NOOP("actions", "In an actor field with a name typed: add that participant"),
     ("Return",)),
    ("dialog_remove_actor", QT_TRANSLATE_NOOP("actions", "On a chosen actor: take it off"), ("Del", "Backspace")),
))  # fmt: skip
"""The keys of the annotation dialogs, for F1."""
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def save_keys(dialog: QDialog) -> None:
    """Ctrl+Enter calls ``dialog.accept`` from any field, a multi-line one included."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)


def enter_saves(dialog: QDialog, event: QKeyEvent) -> bool:
    """For a dialog's keyPressEvent: Enter that no field took saves (a focused button is
    pressed instead); True when the event was handled."""
    if event.key() not in ENTER:
        return False
    event.accept()
    if not dialog.isVisible():  # a list's Enter saved it already; the key travels on
        return True
    focus = dialog.focusWidget()
    if isinstance(focus, QAbstractButton) and not focus.isCheckable():
        focus.click()
    elif not isinstance(focus, QPlainTextEdit | QTextEdit):
        dialog.accept()
    return True
