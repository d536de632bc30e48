"""Reading a PDF with pypdf: open (and decrypt) it, both readings of every page, its metadata.

The readings are pypdf's plain text (kept as the raw text, repaired as the second reading)
and the page rebuilt from glyph positions (``layout``), which is the document's text.

Every pypdf failure becomes an ImportFailure with a reason for the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import damaged
from archiver.core.imports.pdf.layout import PageText, read_page
from archiver.core.imports.pdf.metadata import clean_author, clean_title, parse_pdf_date
from archiver.core.imports.pdf.pypdf_log import ThreadLog as _ThreadLog
from archiver.core.imports.pdf.pypdf_log import collected as _pypdf_log

_MAGIC_WINDOW = 1024


def check_magic(path: Path, data: bytes | None = None) -> None:
    """ImportFailure unless the file (or its bytes) starts within its first KiB like a PDF."""
    try:
        if data is not None:
            head = data[: _MAGIC_WINDOW + 5]
        else:
            with path.open("rb") as fh:
                head = fh.read(_MAGIC_WINDOW + 5)
    except OSError as exc:
        error = str(exc.strerror or exc)
        raise ImportFailure(
            FailureCode.CANNOT_READ, f"cannot read file ({error})", error=error
        ) from exc
    if not head:
        raise ImportFailure(FailureCode.EMPTY_FILE, "empty file")
    if b"%PDF-" not in head[: _MAGIC_WINDOW + 5]:
        raise ImportFailure(FailureCode.NOT_A_PDF, "not a PDF")


TRAILING_MAX = 1 << 20  # bytes after the last %%EOF still read as a PDF (junk is common)


def check_end(data: bytes) -> None:
    """ImportFailure when much more than a PDF follows its last %%EOF (pypdf would scan it all)."""
    end = data.rfind(b"%%EOF")  # none: a truncated PDF, which pypdf may still mend
    trailing = len(data) - (end + 5)
    if end >= 0 and trailing > TRAILING_MAX:
        raise ImportFailure(
            FailureCode.DATA_AFTER_END,
            f"{trailing / (1 << 20):.1f} MB of other data after the end of the PDF "
            f"(at byte {end + 5}): damaged, or something appended to it",
            extra_bytes=trailing,
        )


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:80]


def open_reader(path: Path | BinaryIO, password: str | None) -> Any:
    """A PdfReader (of a file or of bytes) ready to read pages, or ImportFailure with a reason."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfStreamError, WrongPasswordError

    try:
        reader = PdfReader(path if not isinstance(path, Path) else str(path))
        if reader.is_encrypted:
            _decrypt(reader, password)
        len(reader.pages)
    except ImportFailure:
        raise
    except WrongPasswordError as exc:
        raise ImportFailure(FailureCode.WRONG_PASSWORD, "wrong password") from exc
    except DependencyError as exc:
        raise ImportFailure(
            FailureCode.UNKNOWN_ENCRYPTION, "encrypted with a method this installation cannot read"
        ) from exc
    except PdfStreamError as exc:
        raise _truncated() from exc
    except Exception as exc:
        raise damage_failure(exc) from exc
    return reader


def _decrypt(reader: Any, password: str | None) -> None:
    """Decrypt with the password, or with the empty user password (owner-only files)."""
    if password is not None and reader.decrypt(password):
        return
    if reader.decrypt(""):
        return  # a password was given but none was needed to read the file
    raise _password_failure(password)


def _password_failure(password: str | None) -> ImportFailure:
    """An encrypted PDF: a password is needed (``password`` None), or this one is wrong."""
    if password is None:
        return ImportFailure(FailureCode.PASSWORD_NEEDED, "encrypted; password needed")
    return ImportFailure(FailureCode.WRONG_PASSWORD, "wrong password")


def _truncated() -> ImportFailure:
    return ImportFailure(FailureCode.TRUNCATED, "damaged PDF (truncated)")


def damage_failure(exc: BaseException) -> ImportFailure:
    """The failure given to the user for a pypdf error."""
    from pypdf.errors import FileNotDecryptedError

    if isinstance(exc, FileNotDecryptedError):
        return _password_failure(None)
    text = str(exc)
    if "EOF marker" in text or "ended unexpectedly" in text or "startxref" in text:
        return _truncated()
    return damaged("PDF", _short(exc))


@dataclass
class _Page:
    plain: str = ""
    glyphs: PageText | None = None
    has_images: bool = False
    failed: bool = False


def _read_page(page: Any, log: _ThreadLog, previous: PageText | None) -> _Page:
    """Both readings of one page; ``failed`` when it raised or logged and gave no text.

    ``glyphs`` is None when the glyph reading failed or found nothing the plain one found
    (the page's text then comes from the repaired plain reading).
    """
    result = _Page()
    logged = len(log.messages)
    try:
        result.plain = page.extract_text() or ""
    except Exception:
        result.failed = True
        return result
    if not result.plain.strip():
        result.failed = len(log.messages) > logged
        result.has_images = _has_images(page)
        return result
    try:
        glyphs = read_page(page, previous)
    except Exception:  # pypdf raises many types; the plain reading stands in
        glyphs = None
    result.glyphs = glyphs if glyphs is not None and glyphs.lines else None
    return result


def _has_images(page: Any) -> bool:
    try:
        return len(page.images) > 0
    except Exception:
        return False


@dataclass
class Readings:
    """Both readings of every page that has text (glyphs: None where that reading failed),
    and what went wrong on the others."""

    plain: list[str] = field(default_factory=list)
    glyphs: list[PageText | None] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # the page number of each reading
    warnings: list[str] = field(default_factory=list)
    failed: int = 0
    scanned: list[int] = field(default_factory=list)  # numbers of the pages without text


def read_pages(reader: Any) -> Readings:
    """Read every page, collecting what pypdf logs while it does."""
    out = Readings()
    with _pypdf_log() as log:
        previous = None
        for number, page in enumerate(reader.pages, start=1):
            result = _read_page(page, log, previous)
            previous = result.glyphs or previous
            _collect(out, number, result)
    return out


def _collect(out: Readings, number: int, page: _Page) -> None:
    if page.failed:
        out.failed += 1
        out.warnings.append(f"page {number} unreadable")
    elif page.plain.strip():
        out.plain.append(page.plain)
        out.glyphs.append(page.glyphs)
        out.numbers.append(number)
    elif page.has_images:
        out.scanned.append(number)


def check_text(readings: Readings, pages: int) -> None:
    """ImportFailure with the reason when no page has text and none is a scan to OCR."""
    if readings.plain or readings.scanned:
        return
    if readings.failed:
        raise ImportFailure(FailureCode.NO_PAGE_READ, "damaged PDF (no page could be read)")
    raise ImportFailure(FailureCode.NO_TEXT, "no text found", what="PDF")


def metadata(reader: Any) -> tuple[str | None, str | None, str]:
    """The cleaned /Title, the /CreationDate as an ISO date (None when absent or junk), and
    the author: /Author, else the XMP packet's dc:creator ("" when neither names one)."""
    try:
        info = reader.metadata or {}
        title, created = clean_title(info.get("/Title")), parse_pdf_date(info.get("/CreationDate"))
    except Exception:
        return None, None, ""
    return title, created, clean_author(_info_author(info) or _xmp_author(reader))


def _info_author(info: Any) -> str:
    try:
        value = info.get("/Author")
    except Exception:
        return ""
    return value if isinstance(value, str) else ""


def _xmp_author(reader: Any) -> str:
    """The XMP packet's dc:creator, its names joined ("" when there is none or it is bad)."""
    try:
        xmp = reader.xmp_metadata
        creators = xmp.dc_creator if xmp is not None else None
    except Exception:  # a packet pypdf cannot parse is no author
        return ""
    return "; ".join(c for c in creators or [] if isinstance(c, str) and c.strip())
