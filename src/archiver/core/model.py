"""Plain data types shared by the core, the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar, overload

from archiver.core.errors import Details, FailureCode, ImportFailure

_Item = TypeVar("_Item")


class DateSource(StrEnum):
    """Where a document's ``published`` date came from (stored as the value)."""

    FILE_NAME = "file-name"  # a date written in the file's name
    DOCUMENT = "document"  # a publication date the document's metadata states
    TEXT = "text"  # a dateline found in the first lines of the text (``core/dates``)
    MESSAGE = "message"  # an attachment's: the date of the e-mail it came with
    FILE_CREATED = "file-created"  # the file's creation date, for want of anything better
    USER = "user"  # set by the user (F2, ``update_document``)


class DatePrecision(StrEnum):
    """How much of ``published`` is known: a month-precise date is stored as its first day."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class JsonRows(Sequence[dict[str, Any]], Generic[_Item]):
    """Entries shaped into JSON objects one at a time, as they are read: the report of a
    100,000-file import would otherwise be some 100 MB of dicts held at once."""

    def __init__(self, items: Sequence[_Item], shape: Callable[[_Item], dict[str, Any]]) -> None:
        self._items, self._shape = items, shape

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self._shape(item) for item in self._items[index]]
        return self._shape(self._items[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._shape, self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Document:
    """One archived document, as stored."""

    id: int
    title: str
    text: str
    language: str
    direction: str
    kind: str
    file_name: str
    original_path: str
    stored_name: str
    file_sha256: str
    pages: int | None
    published: str | None
    source: str = ""
    url: str = ""
    notes: str = ""
    imported_at: str = ""
    method: str = ""
    quality: float = 1.0
    encoding: str | None = None
    file_size: int = 0
    warnings: list[str] = field(default_factory=list)
    file_date: str | None = None  # the file's own date (a PDF's creation date), not published
    published_source: str | None = None  # a DateSource value; None when there is no date
    published_precision: str | None = None  # a DatePrecision value; None when there is no date
    unverified: list[tuple[int, int]] = field(default_factory=list)  # OCR-read numbers' spans
    doubtful: list[tuple[int, int, int]] = field(default_factory=list)  # words OCR read with
    # low confidence: (start, end, confidence 0-100)
    author: str = ""  # the author its metadata names, an e-mail's sender
    parent_document: int | None = None  # the e-mail this document was attached to
    attachments: tuple[int, ...] = ()  # the documents attached to this one (not a column)

    @property
    def date_is_file_date(self) -> bool:
        """True when ``published`` is only the file's creation date, not a publication date."""
        return self.published_source == DateSource.FILE_CREATED


@dataclass(slots=True)  # one per file of a batch: 100,000 at a time
class ImportedFile:
    """A file that became a new document."""

    path: str
    id: int
    title: str
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)  # one per file of a batch: 100,000 at a time
class DuplicateFile:
    """A file already in the archive (``likely``: near-identical words, not the same text)."""

    path: str
    id: int
    likely: bool
    similarity: float = 1.0
    original_restored: bool = False  # the document's original was missing: these bytes put it back


@dataclass(slots=True)  # one per file of a batch: 100,000 at a time
class FailedFile:
    """A file that could not be imported: why (``code``, a FailureCode value, and its
    ``details``), and the reason in an English sentence (the CLI's text, the import log)."""

    path: str
    reason: str
    code: str = ""  # "" (or a value unknown here) from a report older than the codes
    details: Details = ()

    @property
    def needs_password(self) -> bool:
        """An encrypted PDF that another password may open."""
        return self.code in (FailureCode.PASSWORD_NEEDED, FailureCode.WRONG_PASSWORD)

    @classmethod
    def of(cls, path: str, failure: ImportFailure) -> FailedFile:
        """The file at ``path``, failed with ``failure``."""
        return cls(path, failure.reason, failure.code.value, failure.details)


class NotEnteredReason(StrEnum):
    """Why an import's walk did not go into a sub-folder."""

    TOP_ONLY = "top_only"  # the import was asked for the named folders' own files alone
    LINK_OUTSIDE = "link_outside"  # a symbolic link (or junction) to a folder outside


@dataclass(frozen=True, slots=True)
class FolderNotEntered:
    """A sub-folder an import did not walk: why, and how many files of the types imported it
    holds (not looked for behind a link)."""

    path: str
    reason: NotEnteredReason
    files: int = 0


@dataclass
class ImportReport:
    """What one import batch did with every file it was given."""

    imported: list[ImportedFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    cancelled: bool = False
    files: int = 0  # how many files the batch was given
    disk_full: bool = False  # the batch stopped there: nothing more could be written
    unindexed: int = 0  # documents stored that wait for the search index (the next open)
    segments_merged: int = 0  # index segments the batch's workers wrote, merged into one
    # files the folders held of types that are not imported, by extension ("" for none)
    skipped_types: dict[str, int] = field(default_factory=dict)
    # sub-folders of the folders given that the walk did not go into (hidden ones aside)
    not_entered: list[FolderNotEntered] = field(default_factory=list)

    def skipped_ranked(self) -> list[tuple[str, int]]:
        """The types skipped and how many of each: most first, "" (no extension) last of a tie."""
        return sorted(self.skipped_types.items(), key=lambda kv: (-kv[1], not kv[0], kv[0]))

    def skipped_text(self) -> str:
        """ ".xyz (2), .mp4 (1), no extension (1)": the types skipped, most first ("" if none)."""
        return ", ".join(f"{ext or 'no extension'} ({n})" for ext, n in self.skipped_ranked())

    def imported_ids(self) -> set[int]:
        """The documents this batch stored (a duplicate of one of them is the batch's own)."""
        return {f.id for f in self.imported}

    @property
    def not_started(self) -> int:
        """Files neither stored, nor found duplicate, nor failed (after a stop)."""
        return max(0, self.files - len(self.imported) - len(self.duplicates) - len(self.failed))

    def to_json(self) -> dict:
        """The shape printed by ``archiver import --json``."""
        return {
            "imported": JsonRows(self.imported, _imported_json),
            "duplicates": JsonRows(self.duplicates, _duplicate_json),
            "failed": JsonRows(self.failed, _failed_json),
            "cancelled": self.cancelled,
            "disk_full": self.disk_full,
            "files": self.files,
            "unindexed": self.unindexed,
            "skipped_types": dict(sorted(self.skipped_types.items())),
            "not_entered": [
                {"path": f.path, "reason": f.reason.value, "files": f.files}
                for f in self.not_entered
            ],
        }

    def left_out(self, reason: NotEnteredReason) -> list[FolderNotEntered]:
        """The sub-folders not entered for ``reason``."""
        return [f for f in self.not_entered if f.reason == reason]


def _imported_json(f: ImportedFile) -> dict[str, Any]:
    return {"id": f.id, "path": f.path, "title": f.title, "warnings": f.warnings}


def _duplicate_json(d: DuplicateFile) -> dict[str, Any]:
    return {"path": d.path, "id": d.id, "likely": d.likely, "similarity": round(d.similarity, 3),
            "original_restored": d.original_restored}  # fmt: skip


def _failed_json(f: FailedFile) -> dict[str, Any]:
    return {"path": f.path, "reason": f.reason, "code": f.code}


DAMAGED_TEXT = "damaged"  # a hit's snippet_from when its stored text cannot be unpacked


@dataclass
class Hit:
    """One search result."""

    id: int
    title: str
    score: float
    date: str | None
    snippet: str  # HTML-escaped text with the matched words in <b>...</b>
    highlights: list[tuple[int, int]]  # spans of matched words in the canonical text
    language: str = ""
    source: str = ""
    kind: str = ""
    date_source: str | None = None  # where the date came from (a DateSource value)
    quality: float = 1.0  # the document's text quality (0..1), as stored at import
    # "memo": the snippet is a memo's, where memo: words matched; DAMAGED_TEXT: the stored
    # text cannot be unpacked (no snippet; check names the document)
    snippet_from: str = "text"


@dataclass(frozen=True)
class FieldHint:
    """A filter's value the archive does not know, followed by a word it may have been meant
    with (``participant:Emmanuel Macron``): the query with the two quoted."""

    field: str  # participant, tag, status, category, collection
    value: str  # the value as read: the word after the colon
    next_word: str  # the word after it, searched as a free word
    quoted: str  # the whole query again with field:"value next_word"


@dataclass
class SearchResult:
    """A page of hits for one query."""

    query: str
    total: int
    hits: list[Hit]
    elapsed_ms: float = 0.0
    suggestion: str | None = None  # "did you mean", when there are no hits
    understood: list[str] = field(default_factory=list)  # the query terms as analysed
    ignored: list[str] = field(default_factory=list)  # its stop words, which nothing matches
    hint: FieldHint | None = None  # an unknown filter value followed by words: the quoted form

    def to_json(self) -> dict:
        """The shape printed by ``archiver search --json``."""
        return {
            "query": self.query,
            "total": self.total,
            "hits": [
                {
                    "id": h.id,
                    "title": h.title,
                    "score": round(h.score, 4),
                    "date": h.date,
                    "snippet": h.snippet,
                    "snippet_from": h.snippet_from,
                    "highlights": [list(s) for s in h.highlights],
                    "quality": round(h.quality, 3),
                }
                for h in self.hits
            ],
            "suggestion": self.suggestion,
            "ignored": self.ignored,
            "hint": None
            if self.hint is None
            else {
                "field": self.hint.field,
                "value": self.hint.value,
                "next_word": self.hint.next_word,
                "quoted": self.hint.quoted,
            },
            "elapsed_ms": round(self.elapsed_ms, 2),
        }


@dataclass
class PendingImport:
    """Work an import has not finished yet, which is not damage.

    ``writer`` names the process holding the writer lock ("pid N") while an import is in
    progress; None when the import was interrupted (the next open for writing finishes it).
    """

    writer: str | None
    originals: int = 0  # copies written for rows not committed (yet)
    unindexed: int = 0  # stored documents not in the search index (yet)
    unlisted: int = 0  # index entries whose document was just deleted (yet)

    def to_json(self) -> dict:
        """The shape of ``check --json``'s "import_in_progress" / "interrupted_import"."""
        return {"writer": self.writer, "originals": self.originals,
                "unindexed": self.unindexed, "unlisted": self.unlisted}  # fmt: skip


@dataclass
class CheckReport:
    """Problems found by ``check``, and what ``--repair`` mended."""

    documents: int = 0
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    index_damage: list[str] = field(default_factory=list)  # also among the problems
    store_damaged: bool = False
    pending: PendingImport | None = None  # not a problem: an import at work or interrupted
    finished_on_open: int = 0  # copies of an interrupted import removed when it opened
    # participants' names added since the index was built (by the open app): not damage, the
    # next open for writing re-analyses the index
    index_awaits_names: bool = False

    @property
    def consistent(self) -> bool:
        """True when the check found nothing wrong (after a repair, check again to know)."""
        return not self.problems
