"""What every importer returns, and what a file that is not a regular file is."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field

from archiver.core.errors import FailureCode, ImportFailure


@dataclass
class Extracted:
    """The text and facts an importer took out of one file."""

    kind: str  # "text", "pdf", "html", "docx", ... (see ``imports.KINDS``)
    text: str  # canonical text: NFC, LF line ends, no BOM; spans point into it
    raw_text: str  # the text as it came out of the file or the PDF library; "" when it is
    # the text itself, or the original file decoded by ``encoding`` (a text file's)
    alt_text: str = ""  # a second reading indexed beside the text (repaired PDF layout)
    title: str | None = None
    date: str | None = None  # ISO 8601 publication date, when the document states one
    file_date: str | None = None  # the file's own date (a PDF's creation date), ISO 8601
    pages: int | None = None
    encoding: str | None = None
    method: str = ""  # how the text was obtained, e.g. "utf-8", "pypdf-plain+layout"
    quality: float = 1.0  # 0..1, how much of the text looks like real words
    warnings: list[str] = field(default_factory=list)  # e.g. "page 3 unreadable"
    unverified: list[tuple[int, int]] = field(default_factory=list)  # numbers OCR read: spans
    doubtful: list[tuple[int, int, int]] = field(default_factory=list)  # OCR's unsure words:
    # (start, end, confidence 0-100)
    author: str = ""  # the author or sender its metadata names
    url: str = ""  # where it was published (a saved page's canonical link)
    source: str = ""  # the outlet that published it, as it names itself (a saved page's)
    attachments: list[Attachment] = field(default_factory=list)  # an e-mail's files


@dataclass
class Attachment:
    """A file carried inside another (an e-mail's attachment): its name and its bytes."""

    name: str
    data: bytes


def special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a folder" if stat.S_ISDIR(mode) else "a special file"


def not_regular(kind: str) -> ImportFailure:
    """The failure of a file that is ``kind`` ("a FIFO (named pipe)"), not a regular file."""
    return ImportFailure(
        FailureCode.NOT_REGULAR_FILE, f"not a regular file but {kind}: skipped", kind=kind
    )


def damaged(what: str, detail: str) -> ImportFailure:
    """The failure of a damaged ``what`` ("Word document"), ``detail`` saying where or how."""
    return ImportFailure(
        FailureCode.DAMAGED, f"damaged {what} ({detail})", what=what, detail=detail
    )


def no_text(what: str) -> ImportFailure:
    """The failure of a ``what`` ("EPUB book") that holds no text."""
    return ImportFailure(FailureCode.NO_TEXT, f"{what} with no text", what=what)


def not_readable_as(what: str, detail: str) -> ImportFailure:
    """The failure of a file that cannot be read as a ``what``, ``detail`` saying why."""
    return ImportFailure(
        FailureCode.NOT_READABLE, f"not a readable {what} ({detail})", what=what, detail=detail
    )
