"""The one place where the GUI words an error for the user (core errors, OS and database ones)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from archiver.core.disk import is_disk_full
from archiver.core.errors import (
    DamagedText,
    Details,
    DiskFull,
    FailureCode,
    ImportFailure,
    IndexDamaged,
    Locked,
    QueryRefused,
    ReadOnly,
    RefusalCode,
    StoreError,
)
from archiver.core.model import FailedFile, ImportReport
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
    if isinstance(exc, DamagedText):  # one text: not the whole database
        return QCoreApplication.translate(
            "Errors", "document {0}: stored text is damaged; the rest of the archive is not "
            "({1} lists every damaged document)").format(exc.doc_id, isolate("archiver check"))  # fmt: skip
    if isinstance(exc, StoreError | sqlite3.DatabaseError):
        return QCoreApplication.translate(
            "Errors", "its database is damaged or unreadable ({0})"
        ).format(detail)
    if isinstance(exc, ImportFailure):
        return failure_words(exc.code, exc.details, exc.reason)
    if isinstance(exc, QueryRefused):
        return refusal_words(exc.code, exc.details, exc.reason)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Errors", "no permission to use {0}").format(
            isolate(exc.filename) if exc.filename else detail
        )
    return detail or type(exc).__name__


# Why a file was not imported, by its code (core.errors.FailureCode): the words, and the
# names of the details that fill {0}, {1} … (each isolated: a file type, a size, a message).
_C = FailureCode
_IMPORT_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    _C.EMPTY_FILE: (QT_TRANSLATE_NOOP("Errors", "empty file"), ()),
    _C.ONLY_SPACES: (QT_TRANSLATE_NOOP("Errors", "empty file (only spaces)"), ()),
    _C.NO_WORDS: (QT_TRANSLATE_NOOP("Errors", "no words found in the text"), ()),
    _C.FILE_NOT_FOUND: (QT_TRANSLATE_NOOP("Errors", "file not found"), ()),
    _C.IS_FOLDER: (QT_TRANSLATE_NOOP("Errors", "is a folder (import it as a folder)"), ()),
    _C.CANNOT_READ: (QT_TRANSLATE_NOOP("Errors", "cannot read the file ({0})"), ("error",)),
    _C.NOT_REGULAR_FILE: (QT_TRANSLATE_NOOP(
        "Errors", "not a regular file but {0}: skipped"), ("kind",)),
    _C.UNSUPPORTED_TYPE: (QT_TRANSLATE_NOOP(
        "Errors", "unsupported file type {0} (use {1})"), ("extension", "supported")),
    _C.TOO_LARGE: (QT_TRANSLATE_NOOP(
        "Errors", "too large: {0} (the limit is {1}; raise it in the settings)"),
        ("size_bytes", "limit_bytes")),
    _C.OUTSIDE_LINK: (QT_TRANSLATE_NOOP(
        "Errors", "a symbolic link to a file outside the imported folder (not followed)"), ()),
    _C.OUT_OF_MEMORY: (QT_TRANSLATE_NOOP("Errors", "file too large to read"), ()),
    _C.OVER_TIME: (QT_TRANSLATE_NOOP(
        "Errors", "stopped: took longer than {0} seconds (the per-file time limit)"),
        ("limit_seconds",)),
    _C.OVER_MEMORY: (QT_TRANSLATE_NOOP(
        "Errors", "stopped: used more than {0} of memory (the per-file limit)"),
        ("limit_bytes",)),
    _C.WORKER_DIED: (QT_TRANSLATE_NOOP(
        "Errors", "a worker process stopped while reading it (out of memory, or a crash in a "
        "library); try it alone"), ()),
    _C.WORKER_FAILED: (QT_TRANSLATE_NOOP(
        "Errors", "not imported: a worker process failed ({0})"), ("error",)),
    _C.UNEXPECTED: (QT_TRANSLATE_NOOP("Errors", "unexpected error while reading: {0}"),
                    ("error",)),
    _C.NOT_STORED: (QT_TRANSLATE_NOOP("Errors", "could not be stored: {0}"), ("error",)),
    _C.UNREADABLE_TEXT: (QT_TRANSLATE_NOOP(
        "Errors", "the text is mostly unreadable ({0} replacement or control characters): "
        "not imported"), ("unreadable_percent",)),
    _C.TOO_DEEP: (QT_TRANSLATE_NOOP("Errors", "attached too deep inside other attachments"), ()),
    _C.BINARY_FILE: (QT_TRANSLATE_NOOP("Errors", "binary file, not text"), ()),
    _C.UNKNOWN_ENCODING: (QT_TRANSLATE_NOOP(
        "Errors", "unknown text encoding (not UTF-8, UTF-16 or Windows-1256)"), ()),
    _C.BAD_BOM: (QT_TRANSLATE_NOOP(
        "Errors", "not valid {0} text despite its byte-order mark"), ("encoding",)),
    _C.NOT_A_PDF: (QT_TRANSLATE_NOOP("Errors", "not a PDF"), ()),
    _C.PASSWORD_NEEDED: (QT_TRANSLATE_NOOP("Errors", "encrypted; password needed"), ()),
    _C.WRONG_PASSWORD: (QT_TRANSLATE_NOOP("Errors", "wrong password"), ()),
    _C.UNKNOWN_ENCRYPTION: (QT_TRANSLATE_NOOP(
        "Errors", "encrypted with a method this installation cannot read"), ()),
    _C.TRUNCATED: (QT_TRANSLATE_NOOP("Errors", "damaged PDF (truncated)"), ()),
    _C.DAMAGED: (QT_TRANSLATE_NOOP("Errors", "damaged {0} ({1})"), ("what", "detail")),
    _C.DATA_AFTER_END: (QT_TRANSLATE_NOOP(
        "Errors", "{0} of other data after the end of the PDF: damaged, or something appended "
        "to it"), ("extra_bytes",)),
    _C.NO_PAGE_READ: (QT_TRANSLATE_NOOP("Errors", "damaged PDF (no page could be read)"), ()),
    _C.NO_TEXT: (QT_TRANSLATE_NOOP("Errors", "{0} with no text"), ("what",)),
    _C.SCANNED_NO_OCR: (QT_TRANSLATE_NOOP("Errors", "no text layer (scanned): {0}"), ("why",)),
    _C.SCAN_NO_TEXT: (QT_TRANSLATE_NOOP(
        "Errors", "no text layer (scanned), and OCR found no text on its pages"), ()),
    _C.OCR_NO_TEXT: (QT_TRANSLATE_NOOP("Errors", "OCR found no text in the image"), ()),
    _C.OCR_MISSING: (QT_TRANSLATE_NOOP("Errors", "OCR cannot run here: {0}"), ("why",)),
    _C.OCR_FAILED: (QT_TRANSLATE_NOOP("Errors", "OCR failed: {0}"), ("error",)),
    _C.CANCELLED: (QT_TRANSLATE_NOOP(
        "Errors", "not imported: the import was cancelled during its OCR"), ()),
    _C.NOT_AN_IMAGE: (QT_TRANSLATE_NOOP("Errors", "not a {0} image despite its name"),
                      ("format",)),
    _C.NOT_READABLE: (QT_TRANSLATE_NOOP("Errors", "not a readable {0} ({1})"),
                      ("what", "detail")),
    _C.OLD_OR_PROTECTED: (QT_TRANSLATE_NOOP(
        "Errors", "not a readable {0}: it is password-protected or in the old binary format "
        "(open it and save it again without a password)"), ("what",)),
    _C.ENCRYPTED: (QT_TRANSLATE_NOOP("Errors", "encrypted {0}: not imported"), ("what",)),
    _C.UNPACKS_TOO_LARGE: (QT_TRANSLATE_NOOP(
        "Errors", "{0} unpacks to more than {1}: not imported"), ("what", "limit_bytes")),
    _C.DRM: (QT_TRANSLATE_NOOP("Errors", "{0} protected by DRM: not imported"), ("what",)),
    _C.NOT_RTF: (QT_TRANSLATE_NOOP("Errors", "not an RTF file"), ()),
    _C.NOT_AN_EMAIL: (QT_TRANSLATE_NOOP(
        "Errors", "not an e-mail message (no From, Subject or Date header)"), ()),
    _C.EMPTY_EMAIL: (QT_TRANSLATE_NOOP("Errors", "e-mail with no text and no subject"), ()),
    _C.NOT_A_WEB_PAGE: (QT_TRANSLATE_NOOP(
        "Errors", "not a saved web page (no HTML part in the MHTML file)"), ()),
    _C.EMPTY_PAGE: (QT_TRANSLATE_NOOP("Errors", "empty web page"), ()),
    _C.PAGE_NOT_READ: (QT_TRANSLATE_NOOP("Errors", "the web page could not be read ({0})"),
                       ("error",)),
    _C.NO_ARTICLE: (QT_TRANSLATE_NOOP("Errors", "no article text found in the web page"), ()),
    _C.ORIGINAL_MISSING: (QT_TRANSLATE_NOOP(
        "Errors", "the original of {0} is missing or not the file it names: nothing was "
        "merged"), ("title",)),
}  # fmt: skip


def import_reason(failed: FailedFile) -> str:
    """Why a file was not imported, in the interface's language (from its code and details)."""
    return failure_words(failed.code, failed.details, failed.reason)


def failure_words(code: str, details: Details, reason: str) -> str:
    """The words of a FailureCode with its details filled in; ``reason`` (the English
    sentence) for a code this version does not know, or none (a report older than codes)."""
    entry = _IMPORT_WORDS.get(code)
    if entry is None:
        return _foreign(reason)
    return _worded(entry, details)


# Why a search query was not run, by its code (core.errors.RefusalCode), as the table above.
_R = RefusalCode
_QUERY_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    _R.TOO_LONG: (QT_TRANSLATE_NOOP(
        "Errors", "the query is too long ({0} characters; at most {1})"), ("length", "limit")),
    _R.TOO_MANY_WORDS: (QT_TRANSLATE_NOOP(
        "Errors", "the query has too many words ({0}; at most {1})"), ("words", "limit")),
    _R.TOO_DEEP: (QT_TRANSLATE_NOOP(
        "Errors", "the query is too deeply nested ({0} levels; at most {1})"),
        ("levels", "limit")),
    _R.PREFIX_TOO_SHORT: (QT_TRANSLATE_NOOP(
        "Errors", "the prefix «{0}» is too short: type at least two letters before * "
        "(not counting the article ال)"), ("prefix",)),
    _R.PREFIX_TOO_BROAD: (QT_TRANSLATE_NOOP(
        "Errors", "the prefix «{0}» matches too many words (more than {1} "
        "words for the prefixes of one query): type more letters"), ("prefix", "limit")),
    _R.DATE_FORMAT: (QT_TRANSLATE_NOOP(
        "Errors", 'date: "{0}" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)'), ("typed",)),
    _R.DATE_YEAR: (QT_TRANSLATE_NOOP("Errors", 'date: "{0}" is not a date (year {1})'),
                   ("typed", "year")),
    _R.DATE_MONTH: (QT_TRANSLATE_NOOP("Errors", 'date: "{0}" is not a date (month {1})'),
                    ("typed", "month")),
    _R.DATE_DAY: (QT_TRANSLATE_NOOP("Errors", 'date: "{0}" is not a date (day {1})'),
                  ("typed", "day")),
    _R.DATE_PAST_MONTH_END: (QT_TRANSLATE_NOOP(
        "Errors", 'date: "{0}" is not a date ({1} {2} has {3} days)'),
        ("typed", "calendar_month", "year", "days")),
    _R.DATE_RANGE_BACKWARDS: (QT_TRANSLATE_NOOP(
        "Errors", "date: the range {0}..{1} ends before it starts"), ("start", "end")),
}  # fmt: skip


def refusal_words(code: str, details: Details, reason: str) -> str:
    """Why a query was not run, in the interface's language, from its RefusalCode and details;
    ``reason`` (the English sentence) for a code this version does not know."""
    entry = _QUERY_WORDS.get(code)
    if entry is None:
        return _foreign(reason)
    return _worded(entry, details)


def _worded(entry: tuple[str, tuple[str, ...]], details: Details) -> str:
    """A table's words translated, the named details filled in, each isolated."""
    words, names = entry
    given = dict(details)
    values = [isolate(_detail(name, given.get(name, ""))) for name in names]
    return QCoreApplication.translate("Errors", words).format(*values)


def _detail(name: str, value: str | int | float) -> str:
    """A detail as the interface writes it: a size, a share, a month, a year or a number in
    its locale."""
    if isinstance(value, str):
        return value
    if name == "calendar_month" and 1 <= int(value) <= 12:
        return QLocale().standaloneMonthName(int(value), QLocale.FormatType.LongFormat)
    if name == "year":  # no digit grouping: 2025, not 2,025
        return QLocale().toString(int(value)).replace(QLocale().groupSeparator(), "")
    if name.endswith("_bytes"):
        return QLocale().formattedDataSize(
            int(value), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )
    if name.endswith("_percent"):
        return number(value) + QLocale().percent()
    return number(value)


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
