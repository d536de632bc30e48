"""The one place where the GUI words an error for the user (core errors, OS and database ones)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archiver.core.disk import is_disk_full
from archiver.core.errors import DiskFull, IndexDamaged, Locked, ReadOnly, StoreError
from archiver.core.model import ImportReport
from archiver.core.progress import Cancelled
from archiver.services.operation import Operation


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_message(exc: BaseException) -> str:
    """A short sentence saying what went wrong (core errors already carry one)."""
    detail = str(exc)
    if isinstance(exc, Cancelled):
        return _tr("cancelled, nothing was written")
    if isinstance(exc, Locked):
        return _tr("it is locked by another process ({0})").format(detail)
    if isinstance(exc, ReadOnly):
        return _tr("the archive is read-only ({0})").format(detail)
    if isinstance(exc, DiskFull) or is_disk_full(exc):
        return _tr("the disk is full: nothing was changed; free some space and try again")
    if isinstance(exc, IndexDamaged):
        if exc.rebuilding:
            return _tr("the search index is damaged; it is being rebuilt from the store "
                       "(searches work again when that is done)")  # fmt: skip
        return _tr("the search index is damaged; run `archiver check --repair` to rebuild it")
    if isinstance(exc, StoreError | sqlite3.DatabaseError):
        return _tr("its database is damaged or unreadable ({0})").format(detail)
    if isinstance(exc, PermissionError):
        return _tr("no permission to use {0}").format(exc.filename or detail)
    return detail or type(exc).__name__


def operation_words(what: str) -> str:
    """The words for an operation the services name (``Operation``), in the interface's language."""
    try:
        operation = Operation(what)
    except ValueError:  # not one of ours: shown as given
        return what
    words = {
        Operation.INDEX: _tr("update the search index"),
        Operation.EDIT: _tr("change the details"),
        Operation.DELETE: _tr("move the document to the trash"),
        Operation.IMPORT: _tr("import"),
        Operation.CHECK: _tr("check the archive"),
        Operation.PREPARE_ANNOTATIONS: _tr("prepare the participants"),
        Operation.CONFIRM: _tr("confirm the participant"),
        Operation.CONFIRM_ALL: _tr("confirm all participants"),
        Operation.REJECT: _tr("reject the participant"),
        Operation.UNTAG: _tr("remove the participant"),
        Operation.TAG: _tr("tag the participant"),
        Operation.RECORD_COMMITMENT: _tr("record the commitment"),
        Operation.EDIT_COMMITMENT: _tr("change the commitment"),
        Operation.DELETE_COMMITMENT: _tr("delete the commitment"),
        Operation.DELETE_PARTICIPANT: _tr("delete the participant"),
        Operation.EDIT_PARTICIPANT: _tr("change the participant"),
        Operation.MERGE_PARTICIPANTS: _tr("merge the participants"),
        Operation.ADD_MEMO: _tr("save the memo"),
        Operation.EDIT_MEMO: _tr("change the memo"),
        Operation.DELETE_MEMO: _tr("delete the memo"),
        Operation.EXPORT: _tr("export"),
        Operation.UNDO: _tr("undo"),
        Operation.REDO: _tr("redo"),
        Operation.RESTORE: _tr("restore from the trash"),
        Operation.EMPTY_TRASH: _tr("empty the trash"),
        Operation.EXPORT_BUNDLE: _tr("export the bundle"),
        Operation.IMPORT_BUNDLE: _tr("import the bundle"),
        Operation.SYNC: _tr("sync with the team server"),
        Operation.RESOLVE_CONFLICT: _tr("resolve the conflict"),
        Operation.TAG_DOCUMENTS: _tr("tag the documents"),
        Operation.UNTAG_DOCUMENTS: _tr("take the tag off"),
        Operation.RENAME_TAG: _tr("rename the tag"),
        Operation.DELETE_TAG: _tr("delete the tag"),
        Operation.ADD_COLLECTION: _tr("make the collection"),
        Operation.RENAME_COLLECTION: _tr("rename the collection"),
        Operation.MOVE_COLLECTION: _tr("move the collection"),
        Operation.DELETE_COLLECTION: _tr("delete the collection"),
        Operation.COLLECT: _tr("put the documents in the collection"),
        Operation.UNCOLLECT: _tr("take the documents out of the collection"),
        Operation.SAVE_SEARCH: _tr("save the search"),
        Operation.RENAME_SAVED_SEARCH: _tr("rename the saved search"),
        Operation.EDIT_SAVED_SEARCH: _tr("change the saved search"),
        Operation.DELETE_SAVED_SEARCH: _tr("delete the saved search"),
    }
    return words[operation]


def failure_text(what: str, exc: BaseException) -> str:
    """'Could not <what>: <reason>' for the status bar (``what`` an ``Operation``)."""
    return _tr("Could not {0}: {1}").format(operation_words(what), error_message(exc))


def open_failure_text(folder: Path | str, exc: BaseException) -> str:
    """Why the archive in ``folder`` did not open."""
    return _tr("The archive in {0} could not be opened: {1}.").format(folder, error_message(exc))


def import_stop_text(report: ImportReport) -> str:
    """Why an import stopped before its last file, or "" when it did not."""
    if not report.disk_full:
        return ""
    text = _tr("Disk full: {0} of {1} files stored. Free some space and import again "
               "(the files already stored are skipped as duplicates).").format(
        len(report.imported), report.files)  # fmt: skip
    if report.unindexed:
        text += " " + _tr("{0} stored documents wait for the search index (it catches up the "
                          "next time the archive opens with free space).").format(report.unindexed)  # fmt: skip
    return text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A warning box with the error in words."""
    QMessageBox.warning(parent, title, error_message(exc))
