"""What every importer returns, and the one error type that carries a reason for the user."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field


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
    author: str = ""  # the author or sender its metadata names
    url: str = ""  # where it was published (a saved page's canonical link)
    attachments: list[Attachment] = field(default_factory=list)  # an e-mail's files


@dataclass
class Attachment:
    """A file carried inside another (an e-mail's attachment): its name and its bytes."""

    name: str
    data: bytes


NEEDS_PASSWORD = "encrypted; password needed"
WRONG_PASSWORD = "wrong password"
PASSWORD_REASONS = frozenset((NEEDS_PASSWORD, WRONG_PASSWORD))
"""The reasons of files that another try with a (different) password may open."""


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
