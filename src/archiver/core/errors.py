"""The one tree of errors the core raises; the CLI and the GUI each map it in one place.

    ArchiverError
    ├── NotFound            no document, participant, commitment, span … with this id or name
    │   ├── UnknownDocument
    │   ├── UnknownParticipant
    │   └── UnknownRecord   a UUID another copy names that this copy does not hold
    ├── Invalid             a request the data cannot satisfy (bad field, span, kind, date …)
    │   ├── BadSpan
    │   ├── Ambiguous       a name several records answer to
    │   ├── Duplicate       a record that would repeat one stored already (``existing``)
    │   └── BadBundle       a bundle file refused: the entry and the reason
    ├── InUse               a record others still depend on (a participant named by commitments)
    ├── ReadOnly            a change asked of an archive opened read-only
    ├── Locked              another process holds the archive's writer lock
    ├── StoreError          the database cannot be opened or used (damaged, newer schema …)
    ├── IndexFailure        the search index could not be written or read
    │   └── IndexDamaged    a search tripped on a damaged index file
    ├── ImportFailure       one file could not be imported (the reason is for the user)
    ├── DiskFull            nothing more could be written: the disk holding the archive is full
    └── ServerFailure       the team's server unreachable, refusing us, or gone mid-sync

Messages are sentences for the user, naming the record or file and the reason; callers never
parse them: the data an error carries is in its attributes.
"""

from __future__ import annotations

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


class ImportFailure(ArchiverError):
    """One file could not be imported; ``reason`` is a short sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
