"""The one tree of errors the core raises; the CLI and the GUI each map it in one place.

    ArchiverError
    ├── NotFound            no document, participant, commitment, span … with this id or name
    │   ├── UnknownDocument
    │   ├── UnknownParticipant
    │   └── UnknownRecord   a UUID another copy names that this copy does not hold
    ├── Invalid             a request the data cannot satisfy (bad field, span, kind, date …)
    │   ├── BadSpan
    │   ├── QueryRefused    a search query not run: a RefusalCode, its details, a sentence
    │   ├── Ambiguous       a name several records answer to
    │   ├── Duplicate       a record that would repeat one stored already (``existing``)
    │   └── BadBundle       a bundle file refused: the entry and the reason
    ├── InUse               a record others still depend on (a participant named by commitments)
    ├── ReadOnly            a change asked of an archive opened read-only
    ├── Locked              another process holds the archive's writer lock
    ├── StoreError          the database cannot be opened or used (damaged, newer schema …)
    ├── IndexFailure        the search index could not be written or read
    │   └── IndexDamaged    a search tripped on a damaged index file
    ├── ImportFailure       one file could not be imported: a FailureCode, its details, a sentence
    ├── DiskFull            nothing more could be written: the disk holding the archive is full
    └── ServerFailure       the team's server unreachable, refusing us, or gone mid-sync

Messages are sentences for the user, naming the record or file and the reason; callers never
parse them: the data an error carries is in its attributes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ArchiverError(Exception):
    """Base of every error the core raises on purpose."""


class NotFound(ArchiverError, LookupError):
    """No record answers to this id or name."""


class UnknownDocument(NotFound):
    """No document has this id."""

    def __init__(self, doc_id: int, message: str | None = None) -> None:
        super().__init__(message or f"no document #{doc_id}")
        self.doc_id = doc_id


class UnknownParticipant(NotFound):
    """No participant has this id, name or alias."""


class UnknownRecord(NotFound):
    """A record named by its UUID (in another copy's rows or changes) is not held here."""

    def __init__(self, table: str, uuid: str, message: str | None = None) -> None:
        super().__init__(message or f"no {table.replace('_', ' ')} {uuid} in this archive")
        self.table = table
        self.uuid = uuid


class Invalid(ArchiverError, ValueError):
    """A request the data cannot satisfy: a bad value, span, kind or date."""


class BadSpan(Invalid):
    """A span outside the document text, or empty."""


class Ambiguous(Invalid):
    """A name several records answer to; ``candidates`` holds them."""

    def __init__(self, message: str, candidates: list[Any]) -> None:
        super().__init__(message)
        self.candidates = candidates


class Duplicate(Invalid):
    """A record that would repeat one stored already (the same commitment recorded twice);
    ``existing`` is the id of the one that has it."""

    def __init__(self, message: str, existing: int) -> None:
        super().__init__(message)
        self.existing = existing


class BadBundle(Invalid):
    """A bundle file refused before anything was written: ``entry`` (the zip entry, "" for the
    file itself) and ``reason`` say which part and why."""

    def __init__(self, path: str, entry: str, reason: str) -> None:
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in entry[:200])
        where = f"{path}: entry {shown!r}" if entry else path
        super().__init__(f"bundle refused: {where}: {reason} (nothing was written)")
        self.path, self.entry, self.reason = path, entry, reason


class BadProject(Invalid):
    """A REFI-QDA project (.qdpx) refused before anything was stored: ``entry`` (the zip entry
    or element, "" for the file itself) and ``reason`` say which part and why."""

    def __init__(self, path: str, entry: str, reason: str) -> None:
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in entry[:200])
        where = f"{path}: {shown}" if entry else path
        super().__init__(f"project refused: {where}: {reason} (nothing was stored)")
        self.path, self.entry, self.reason = path, entry, reason


class InUse(ArchiverError):
    """A record that others still depend on."""


class HasDependents(InUse):
    """A change cannot be undone alone: later changes (``dependents``) wrote or named the same
    records. Undoing it anyway needs ``force``."""

    def __init__(self, message: str, dependents: list[Any]) -> None:
        super().__init__(message)
        self.dependents = dependents


class ReadOnly(ArchiverError):
    """A change was asked of an archive opened read-only (locked by a writer, or its folder is
    on a read-only disk, snapshot or share)."""


class Locked(ArchiverError):
    """Another process holds the archive's writer lock."""

    def __init__(self, message: str, holder: str = "", role: str = "") -> None:
        super().__init__(message)
        self.holder = holder  # "pid N" when the writer lock refused
        self.role = role  # what the holder said it is ("app", "archiver import"), or ""


class StoreError(ArchiverError):
    """The archive's database cannot be opened or used."""


class DamagedText(StoreError):
    """One document's stored text cannot be unpacked (the rest of the database is sound)."""

    def __init__(self, doc_id: int, reason: str) -> None:
        super().__init__(f"document {doc_id}: stored text is damaged ({reason})")
        self.doc_id = doc_id


class IndexFailure(ArchiverError):
    """The search index could not be written or read."""


class IndexDamaged(IndexFailure):
    """A search tripped on a damaged index file; ``check --repair`` rebuilds it from the store.

    ``rebuilding`` is set by a caller that has started the rebuild already (the app).
    """

    def __init__(self, message: str, folder: str = "") -> None:
        super().__init__(message)
        self.folder = folder
        self.rebuilding = False


class WorkerFailed(ArchiverError):
    """A worker process ended without an answer (killed, out of memory, a crash)."""


class FailureCode(StrEnum):
    """Why a file was not imported: the kind of failure, stable (``import --json`` prints it).

    The details an ImportFailure carries with it are named in the comments; a name ending in
    ``_bytes`` is a size, ``_percent`` a share, ``_seconds`` a time, the others text.
    """

    EMPTY_FILE = "empty_file"
    ONLY_SPACES = "only_spaces"
    NO_WORDS = "no_words"  # the text has no word the index could hold
    FILE_NOT_FOUND = "file_not_found"
    IS_FOLDER = "is_folder"
    CANNOT_READ = "cannot_read"  # error: the system's message
    NOT_REGULAR_FILE = "not_regular_file"  # kind: "a FIFO (named pipe)", "a socket" …
    UNSUPPORTED_TYPE = "unsupported_type"  # extension: its own; supported: those read
    TOO_LARGE = "too_large"  # size_bytes, limit_bytes: over the import's size limit
    OUTSIDE_LINK = "outside_link"  # a symbolic link out of the imported folder
    OUT_OF_MEMORY = "out_of_memory"  # reading it ran out of memory
    OVER_TIME = "over_time"  # limit_seconds: stopped by the per-file time limit
    OVER_MEMORY = "over_memory"  # limit_bytes: stopped by the per-file memory limit
    WORKER_FAILED = "worker_failed"  # error: a worker process failed before reading it
    WORKER_DIED = "worker_died"  # the worker process reading it died (memory, a crash)
    UNEXPECTED = "unexpected"  # error: a bug in a reader ("TypeError: …")
    NOT_STORED = "not_stored"  # error: read, but storing it failed
    UNREADABLE_TEXT = "unreadable_text"  # unreadable_percent: U+FFFD or control characters
    TOO_DEEP = "too_deep"  # an attachment nested deeper than the import follows
    BINARY_FILE = "binary_file"
    UNKNOWN_ENCODING = "unknown_encoding"
    BAD_BOM = "bad_bom"  # encoding: the one its byte-order mark names
    NOT_A_PDF = "not_a_pdf"
    PASSWORD_NEEDED = "password_needed"  # an encrypted PDF: a password may open it
    WRONG_PASSWORD = "wrong_password"  # another password may open it
    UNKNOWN_ENCRYPTION = "unknown_encryption"  # encrypted with a method not installed here
    TRUNCATED = "truncated"  # a PDF cut short
    DAMAGED = "damaged"  # what: its type ("Word document"); detail: what is wrong
    DATA_AFTER_END = "data_after_end"  # extra_bytes: other data after the end of the PDF
    NO_PAGE_READ = "no_page_read"  # a PDF none of whose pages could be read
    NO_TEXT = "no_text"  # what: its type; a document with no text in it
    SCANNED_NO_OCR = "scanned_no_ocr"  # why: a scanned PDF, and OCR cannot run here
    SCAN_NO_TEXT = "scan_no_text"  # a scanned PDF in which OCR found no text
    OCR_NO_TEXT = "ocr_no_text"  # an image in which OCR found no text
    OCR_MISSING = "ocr_missing"  # why: what OCR lacks here, and how to install it
    OCR_FAILED = "ocr_failed"  # error: what OCRmyPDF said
    CANCELLED = "cancelled"  # the import was cancelled while OCR read it
    NOT_AN_IMAGE = "not_an_image"  # format: the image format its name says ("PNG")
    NOT_READABLE = "not_readable"  # what: its type; detail: why it cannot be read
    OLD_OR_PROTECTED = "old_or_protected"  # what: an Office file in the old format or locked
    ENCRYPTED = "encrypted"  # what: an encrypted ZIP-based document
    UNPACKS_TOO_LARGE = "unpacks_too_large"  # what, limit_bytes: a ZIP bomb, or near one
    DRM = "drm"  # what: a book protected by DRM
    NOT_RTF = "not_rtf"
    NOT_AN_EMAIL = "not_an_email"
    EMPTY_EMAIL = "empty_email"  # an e-mail with no text and no subject
    NOT_A_WEB_PAGE = "not_a_web_page"  # an MHTML file with no HTML part
    EMPTY_PAGE = "empty_page"
    PAGE_NOT_READ = "page_not_read"  # error: the web page reader failed on its markup
    NO_ARTICLE = "no_article"  # a web page with no article text
    ORIGINAL_MISSING = "original_missing"  # title, error: a merged document's original


Details = tuple[tuple[str, str | int | float], ...]
"""An ImportFailure's named details: (name, value) pairs, light to carry and to pickle."""


class ImportFailure(ArchiverError):
    """One file could not be imported: ``code`` says why, ``details`` the particulars (a file
    type, a size, the system's message), ``reason`` in an English sentence (logs, the CLI)."""

    def __init__(self, code: FailureCode, reason: str, **details: str | int | float) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.details: Details = tuple(details.items())

    def __reduce__(self) -> tuple[Any, ...]:
        return _import_failure, (self.code, self.reason, self.details)


def _import_failure(code: FailureCode, reason: str, details: Details) -> ImportFailure:
    """An ImportFailure again, from its pickle."""
    return ImportFailure(code, reason, **dict(details))


class RefusalCode(StrEnum):
    """Why a search query was not run: stable (``search --batch --json`` prints it).

    The details a QueryRefused carries are named in the comments (``typed``: the text as typed).
    """

    TOO_LONG = "too_long"  # length, limit: characters
    TOO_MANY_WORDS = "too_many_words"  # words, limit
    TOO_DEEP = "too_deep"  # levels, limit: parentheses and NOTs inside each other
    PREFIX_TOO_SHORT = "prefix_too_short"  # prefix: fewer than two letters before *
    PREFIX_TOO_BROAD = "prefix_too_broad"  # prefix, limit: its words, over the limit
    DATE_FORMAT = "date_format"  # typed: not YYYY, YYYY-MM or YYYY-MM-DD
    DATE_YEAR = "date_year"  # typed, year: before year 1
    DATE_MONTH = "date_month"  # typed, month: not 1 to 12
    DATE_DAY = "date_day"  # typed, day: not 1 to 31
    DATE_PAST_MONTH_END = "date_past_month_end"  # typed, calendar_month, year, days
    DATE_RANGE_BACKWARDS = "date_range_backwards"  # start, end: as typed


class QueryRefused(Invalid):
    """A search query that is not run: ``code`` says why, ``details`` the particulars (the
    date as typed, a limit), the message in an English sentence (the CLI)."""

    def __init__(self, code: RefusalCode, reason: str, **details: str | int) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.details: Details = tuple(details.items())


class DiskFull(ArchiverError):
    """Nothing more could be written: the disk (or the user's quota) holding the archive is full.

    What was written before stays whole; ``folder`` is the archive's folder.
    """

    def __init__(self, message: str, folder: str = "") -> None:
        super().__init__(message)
        self.folder = folder


class ServerFailure(ArchiverError):
    """The team's server could not be reached, refused us, or went away mid-way.

    ``server`` is its URL without a password; ``needs_password``: a password (or another one)
    would let us in. What a sync had finished before stays on both sides.
    """

    def __init__(self, server: str, reason: str, *, needs_password: bool = False) -> None:
        super().__init__(f"team server {server}: {reason}")
        self.server, self.reason, self.needs_password = server, reason, needs_password
