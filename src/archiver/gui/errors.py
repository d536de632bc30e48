"""The one place where the GUI words an error for the user (core errors, OS and database ones)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archiver.core.errors import Locked, ReadOnly, StoreError


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_message(exc: BaseException) -> str:
    """A short sentence saying what went wrong (core errors already carry one)."""
    detail = str(exc)
    if isinstance(exc, Locked):
        return _tr("it is locked by another process ({0})").format(detail)
    if isinstance(exc, ReadOnly):
        return _tr("the archive is read-only ({0})").format(detail)
    if isinstance(exc, StoreError | sqlite3.DatabaseError):
        return _tr("its database is damaged or unreadable ({0})").format(detail)
    if isinstance(exc, PermissionError):
        return _tr("no permission to use {0}").format(exc.filename or detail)
    return detail or type(exc).__name__


def failure_text(what: str, exc: BaseException) -> str:
    """'Could not <what>: <reason>' for the status bar."""
    return _tr("Could not {0}: {1}").format(what, error_message(exc))


def open_failure_text(folder: Path | str, exc: BaseException) -> str:
    """Why the archive in ``folder`` did not open."""
    return _tr("The archive in {0} could not be opened: {1}.").format(folder, error_message(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A warning box with the error in words."""
    QMessageBox.warning(parent, title, error_message(exc))
