"""The one place where the GUI words an error for the user (core errors, OS and database ones)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archiver.core.disk import is_disk_full
from archiver.core.errors import DiskFull, IndexDamaged, Locked, ReadOnly, StoreError
from archiver.core.model import ImportReport
from archiver.core.progress import Cancelled
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.services.operation import Operation


def _foreign(text: str) -> str:
    """Core detail (English, a path) kept in its own direction inside a right-to-left sentence."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return isolate(text) if rtl and text else text


def error_message(exc: BaseException) -> str:
    """A short sentence saying what went wrong (core errors already carry one)."""
    detail = _foreign(str(exc))
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "cancelled, nothing was written")
    if isinstance(exc, Locked):
        return QCoreApplication.translate("Errors", "it is locked by another process ({0})").format(
            detail
        )
    if isinstance(exc, ReadOnly):
        return QCoreApplication.translate("Errors", "the archive is read-only ({0})").format(detail)
    if isinstance(exc, DiskFull) or is_disk_full(exc):
        return QCoreApplication.translate(
            "Errors", "the disk is full: nothing was changed; free some space and try again"
        )
    if isinstance(exc, IndexDamaged):
        if exc.rebuilding:
            return QCoreApplication.translate(
                "Errors", "the search index is damaged; it is being rebuilt from the store "
                "(searches work again when that is done)")  # fmt: skip
        return QCoreApplication.translate(
            "Errors", "the search index is damaged; run {0} to rebuild it"
        ).format(isolate("archiver check --repair"))
    if isinstance(exc, StoreError | sqlite3.DatabaseError):
        return QCoreApplication.translate(
            "Errors", "its database is damaged or unreadable ({0})"
        ).format(detail)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Errors", "no permission to use {0}").format(
            isolate(exc.filename) if exc.filename else detail
        )
    return detail or type(exc).__name__


# The reasons the core gives for a file it did not import (core/imports), each a pattern and
# its words; the groups (a file type, a size, an OS message) are inserted as they are.
_IMPORT_REASONS = (
    (r"empty file", QT_TRANSLATE_NOOP("Errors", "empty file")),
    (r"empty file \(only spaces\)", QT_TRANSLATE_NOOP("Errors", "empty file (only spaces)")),
    (r"no words found in the text", QT_TRANSLATE_NOOP("Errors", "no words found in the text")),
    (r"file not found", QT_TRANSLATE_NOOP("Errors", "file not found")),
    (r"file too large to read", QT_TRANSLATE_NOOP("Errors", "file too large to read")),
    (r"binary file, not text", QT_TRANSLATE_NOOP("Errors", "binary file, not text")),
    (r"unknown text encoding .*", QT_TRANSLATE_NOOP(
        "Errors", "unknown text encoding (not UTF-8, UTF-16 or Windows-1256)")),
    (r"encrypted; password needed", QT_TRANSLATE_NOOP("Errors", "encrypted; password needed")),
    (r"wrong password", QT_TRANSLATE_NOOP("Errors", "wrong password")),
    (r"OCR found no text in the image", QT_TRANSLATE_NOOP("Errors", "OCR found no text in the image")),
    (r"damaged PDF \(truncated\)", QT_TRANSLATE_NOOP("Errors", "damaged PDF (truncated)")),
    (r"damaged (.+?) \((.*)\)", QT_TRANSLATE_NOOP("Errors", "damaged {0} ({1})")),
    (r"not a PDF", QT_TRANSLATE_NOOP("Errors", "not a PDF")),
    (r"no text layer \(scanned\), and OCR found no text on its pages", QT_TRANSLATE_NOOP(
        "Errors", "no text layer (scanned), and OCR found no text on its pages")),
    (r"encrypted with a method this installation cannot read", QT_TRANSLATE_NOOP(
        "Errors", "encrypted with a method this installation cannot read")),
    (r"cannot read file \((.*)\)", QT_TRANSLATE_NOOP("Errors", "cannot read the file ({0})")),
    (r"is a folder .*", QT_TRANSLATE_NOOP("Errors", "is a folder (import it as a folder)")),
    (r"unsupported file type '(.*?)' \(use (.*)\)", QT_TRANSLATE_NOOP(
        "Errors", "unsupported file type {0} (use {1})")),
    (r"not a regular file but (.*): skipped", QT_TRANSLATE_NOOP(
        "Errors", "not a regular file but {0}: skipped")),
    (r"too large: (\S+ \S+) \(limit (\S+ \S+);.*", QT_TRANSLATE_NOOP(
        "Errors", "too large: {0} (the limit is {1}; raise it in the settings)")),
    (r"cannot read the file \((.*)\)", QT_TRANSLATE_NOOP("Errors", "cannot read the file ({0})")),
    (r"could not be stored: (.*)", QT_TRANSLATE_NOOP("Errors", "could not be stored: {0}")),
    (r"the text is mostly unreadable \((\S+) .*", QT_TRANSLATE_NOOP(
        "Errors", "the text is mostly unreadable ({0} replacement or control characters): not imported")),
    (r"a symbolic link to a file outside the imported folder .*", QT_TRANSLATE_NOOP(
        "Errors", "a symbolic link to a file outside the imported folder (not followed)")),
    (r"unexpected error while reading: (.*)", QT_TRANSLATE_NOOP(
        "Errors", "unexpected error while reading: {0}")),
)  # fmt: skip
_IMPORT_PATTERNS = [
    (re.compile(pattern + r"\Z", re.DOTALL), words) for pattern, words in _IMPORT_REASONS
]


def import_reason(reason: str) -> str:
    """Why a file was not imported, in the interface's language (other core reasons as given)."""
    for pattern, words in _IMPORT_PATTERNS:
        found = pattern.match(reason)
        if found:
            return QCoreApplication.translate("Errors", words).format(*map(isolate, found.groups()))
    return _foreign(reason)


_OPERATION_WORDS = {
    Operation.INDEX: QT_TRANSLATE_NOOP("Errors", "update the search index"),
    Operation.EDIT: QT_TRANSLATE_NOOP("Errors", "change the details"),
    Operation.DELETE: QT_TRANSLATE_NOOP("Errors", "move the document to the trash"),
    Operation.IMPORT: QT_TRANSLATE_NOOP("Errors", "import"),
    Operation.CHECK: QT_TRANSLATE_NOOP("Errors", "check the archive"),
    Operation.PREPARE_ANNOTATIONS: QT_TRANSLATE_NOOP("Errors", "prepare the participants"),
    Operation.CONFIRM: QT_TRANSLATE_NOOP("Errors", "confirm the participant"),
    Operation.CONFIRM_ALL: QT_TRANSLATE_NOOP("Errors", "confirm all participants"),
    Operation.REJECT: QT_TRANSLATE_NOOP("Errors", "reject the participant"),
    Operation.UNTAG: QT_TRANSLATE_NOOP("Errors", "remove the participant"),
    Operation.TAG: QT_TRANSLATE_NOOP("Errors", "tag the participant"),
    Operation.RECORD_COMMITMENT: QT_TRANSLATE_NOOP("Errors", "record the commitment"),
    Operation.EDIT_COMMITMENT: QT_TRANSLATE_NOOP("Errors", "change the commitment"),
    Operation.DELETE_COMMITMENT: QT_TRANSLATE_NOOP("Errors", "delete the commitment"),
    Operation.DELETE_PARTICIPANT: QT_TRANSLATE_NOOP("Errors", "delete the participant"),
    Operation.EDIT_PARTICIPANT: QT_TRANSLATE_NOOP("Errors", "change the participant"),
    Operation.MERGE_PARTICIPANTS: QT_TRANSLATE_NOOP("Errors", "merge the participants"),
    Operation.ADD_MEMO: QT_TRANSLATE_NOOP("Errors", "save the memo"),
    Operation.EDIT_MEMO: QT_TRANSLATE_NOOP("Errors", "change the memo"),
    Operation.DELETE_MEMO: QT_TRANSLATE_NOOP("Errors", "delete the memo"),
    Operation.EXPORT: QT_TRANSLATE_NOOP("Errors", "export"),
    Operation.UNDO: QT_TRANSLATE_NOOP("Errors", "undo"),
    Operation.REDO: QT_TRANSLATE_NOOP("Errors", "redo"),
    Operation.RESTORE: QT_TRANSLATE_NOOP("Errors", "restore from the trash"),
    Operation.EMPTY_TRASH: QT_TRANSLATE_NOOP("Errors", "empty the trash"),
    Operation.EXPORT_BUNDLE: QT_TRANSLATE_NOOP("Errors", "export the bundle"),
    Operation.IMPORT_BUNDLE: QT_TRANSLATE_NOOP("Errors", "import the bundle"),
    Operation.EXPORT_PROJECT: QT_TRANSLATE_NOOP("Errors", "export the REFI-QDA project"),
    Operation.IMPORT_PROJECT: QT_TRANSLATE_NOOP("Errors", "import the REFI-QDA project"),
    Operation.SYNC: QT_TRANSLATE_NOOP("Errors", "sync with the team server"),
    Operation.RESOLVE_CONFLICT: QT_TRANSLATE_NOOP("Errors", "resolve the conflict"),
    Operation.TAG_DOCUMENTS: QT_TRANSLATE_NOOP("Errors", "tag the documents"),
    Operation.UNTAG_DOCUMENTS: QT_TRANSLATE_NOOP("Errors", "take the tag off"),
    Operation.RENAME_TAG: QT_TRANSLATE_NOOP("Errors", "rename the tag"),
    Operation.DELETE_TAG: QT_TRANSLATE_NOOP("Errors", "delete the tag"),
    Operation.ADD_COLLECTION: QT_TRANSLATE_NOOP("Errors", "make the collection"),
    Operation.RENAME_COLLECTION: QT_TRANSLATE_NOOP("Errors", "rename the collection"),
    Operation.MOVE_COLLECTION: QT_TRANSLATE_NOOP("Errors", "move the collection"),
    Operation.DELETE_COLLECTION: QT_TRANSLATE_NOOP("Errors", "delete the collection"),
    Operation.COLLECT: QT_TRANSLATE_NOOP("Errors", "put the documents in the collection"),
    Operation.UNCOLLECT: QT_TRANSLATE_NOOP("Errors", "take the documents out of the collection"),
    Operation.SAVE_SEARCH: QT_TRANSLATE_NOOP("Errors", "save the search"),
    Operation.RENAME_SAVED_SEARCH: QT_TRANSLATE_NOOP("Errors", "rename the saved search"),
    Operation.EDIT_SAVED_SEARCH: QT_TRANSLATE_NOOP("Errors", "change the saved search"),
    Operation.DELETE_SAVED_SEARCH: QT_TRANSLATE_NOOP("Errors", "delete the saved search"),
}


def operation_words(what: str) -> str:
    """The words for an operation the services name (``Operation``), in the interface's language."""
    try:
        operation = Operation(what)
    except ValueError:  # not one of ours: shown as given
        return what
    return QCoreApplication.translate("Errors", _OPERATION_WORDS[operation])


def failure_text(what: str, exc: BaseException) -> str:
    """'Could not <what>: <reason>' for the status bar (``what`` an ``Operation``)."""
    return QCoreApplication.translate("Errors", "Could not {0}: {1}").format(
        operation_words(what), error_message(exc)
    )


def open_failure_text(folder: Path | str, exc: BaseException) -> str:
    """Why the archive in ``folder`` did not open."""
    return QCoreApplication.translate(
        "Errors", "The archive in {0} could not be opened: {1}."
    ).format(isolate(folder), error_message(exc))


def import_stop_text(report: ImportReport) -> str:
    """Why an import stopped before its last file, or "" when it did not."""
    if not report.disk_full:
        return ""
    text = QCoreApplication.translate(
        "Errors", "Disk full: {0} of {1} files stored. Free some space and import again "
        "(the files already stored are skipped as duplicates).").format(
        number(len(report.imported)), number(report.files))  # fmt: skip
    if report.unindexed:
        text += " " + QCoreApplication.translate(
            "Errors", "Stored documents waiting for the search index: {0} (it catches up the "
            "next time the archive opens with free space).").format(number(report.unindexed))  # fmt: skip
    return text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A warning box with the error in words."""
    QMessageBox.warning(parent, title, error_message(exc))
