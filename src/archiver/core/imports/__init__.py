"""File importers by extension, and the worker-side preparation of one file."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from archiver.core.dates import FoundDate
from archiver.core.dates.datelines import find_dateline
from archiver.core.errors import ImportFailure
from archiver.core.imports.base import Extracted, special_kind
from archiver.core.text import arabic, dedupe

TEXT_EXTENSIONS = {".txt", ".md", ".text", ".markdown"}
PDF_EXTENSIONS = {".pdf"}
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}  # read by OCR
SUPPORTED = TEXT_EXTENSIONS | PDF_EXTENSIONS | IMAGE_EXTENSIONS
MIME = {"text": "text/plain", "pdf": "application/pdf"}
_USE = "use .txt, .md, .pdf, or .png, .jpg, .tif for OCR"


def mime_of(kind: str, extension: str) -> str:
    """The stored MIME type of a file of this kind and extension."""
    if kind == "image":
        from archiver.core.imports.image import IMAGE_MIME

        return IMAGE_MIME[extension]
    return MIME[kind]


@dataclass
class Prepared:
    """One file read, extracted and analysed, ready to be stored and indexed."""

    path: str
    file_sha256: str
    file_size: int
    extension: str
    extracted: Extracted
    text_sha256: str
    language: str
    signature: dedupe.Signature  # for the near-duplicate check
    title_terms: tuple[str, str]
    body_terms: tuple[str, str]
    layout_terms: tuple[str, str]
    text_date: FoundDate | None = None  # the dateline's date, when the text has one
    resolved_path: str = ""  # absolute path without symlinks, as recorded in the store
    stored_name: str = ""  # the copy's name under originals/
    data: bytes | None = None  # the file's bytes for the main process to store; None when large


def extract(path: Path, password: str | None = None, data: bytes | None = None) -> Extracted:
    """Extract text from one file by its extension (``data``: its bytes, when already read)."""
    ext = path.suffix.lower()
    if ext in TEXT_EXTENSIONS:
        from archiver.core.imports.text import extract_text

        return extract_text(path, data)
    if ext in PDF_EXTENSIONS:
        from archiver.core.imports.pdf import extract_pdf

        return extract_pdf(path, password, data)
    if ext in IMAGE_EXTENSIONS:
        from archiver.core.imports.image import extract_image

        return extract_image(path, data)
    raise ImportFailure(f"unsupported file type '{ext or path.name}' ({_USE})")


def _read_checked(path: Path) -> bytes:
    if path.suffix.lower() not in SUPPORTED:
        raise ImportFailure(f"unsupported file type '{path.suffix or path.name}' ({_USE})")
    try:
        # Non-blocking, so that a FIFO swapped in after the folder was screened cannot hang us.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            kind = special_kind(os.fstat(handle.fileno()).st_mode)
            if kind:
                raise ImportFailure(f"not a regular file but {kind}: skipped")
            return handle.read()
    except FileNotFoundError as exc:
        raise ImportFailure("file not found") from exc
    except IsADirectoryError as exc:
        raise ImportFailure("is a folder (use --recursive to import folders)") from exc
    except OSError as exc:
        raise ImportFailure(f"cannot read the file ({exc.strerror or exc})") from exc


def stored_name(sha256: str, extension: str) -> str:
    """originals/ab/abcdef….pdf: named by SHA-256, keeping the extension for viewers."""
    return f"{sha256[:2]}/{sha256}{extension}"


CARRIED_UP_TO = 1 << 20  # files up to this size travel back from the worker with their bytes


def prepare(path: Path, password: str | None = None) -> Prepared:
    """Everything the archive needs from one file; raises ImportFailure with a reason.

    Small files carry their bytes back, so the main process writes the stored copy without
    reading the file again; larger ones are copied (and checked against their hash) there.
    """
    data = _read_checked(path)
    if not data:
        raise ImportFailure("empty file")
    extracted = extract(path, password, data)
    _refuse_garbage(extracted)
    text = extracted.text
    body_stream, exact_stream, exacts = arabic.document_streams(text)
    if not exacts:
        raise ImportFailure("no words found in the text")
    if not extracted.title:
        from archiver.core.imports.text import title_from_text

        extracted.title = title_from_text(text) or None
    if extracted.raw_text == text:
        extracted.raw_text = ""  # stored as "" (same as the text); saves copying it around
    sha = hashlib.sha256(data).hexdigest()
    name = stored_name(sha, path.suffix.lower())
    found = find_dateline(text)
    if found is not None and found.warning:
        extracted.warnings.append(f"date: {found.warning}")
    return Prepared(
        path=str(path),
        file_sha256=sha,
        file_size=len(data),
        extension=path.suffix.lower(),
        extracted=extracted,
        text_sha256=dedupe.text_fingerprint(text),
        language=arabic.script_of(text),
        signature=dedupe.signature(exacts),
        title_terms=arabic.index_terms(extracted.title or ""),
        body_terms=(body_stream, exact_stream),
        layout_terms=arabic.index_terms(extracted.alt_text) if extracted.alt_text else ("", ""),
        text_date=found,
        resolved_path=str(path.resolve()),
        stored_name=name,
        data=data if len(data) <= CARRIED_UP_TO else None,
    )


GARBAGE_BELOW = 0.5  # readable share under which a text is refused
LOW_QUALITY_BELOW = 0.5  # quality under which a kept text carries a warning


def _refuse_garbage(extracted: Extracted) -> None:
    """ImportFailure for a text that is mostly U+FFFD or control characters; warn when poor."""
    from archiver.core.imports.text import readable_share

    readable = readable_share(extracted.text)
    extracted.quality = round(min(extracted.quality, readable), 3)
    if readable < GARBAGE_BELOW:
        raise ImportFailure(
            f"the text is mostly unreadable ({1 - readable:.0%} replacement or control "
            f"characters; quality {extracted.quality:.2f}): not imported"
        )
    if extracted.quality < LOW_QUALITY_BELOW:
        extracted.warnings.append(f"low text quality ({extracted.quality:.2f})")


def prepare_safely(path: str, password: str | None = None) -> Prepared | tuple[str, str]:
    """prepare() for a worker process: a failure comes back as (path, reason), never raises."""
    try:
        return prepare(Path(path), password)
    except ImportFailure as exc:
        return path, exc.reason
    except MemoryError:
        return path, "file too large to read"
    except Exception as exc:  # an importer bug must not stop the batch; report it for this file
        return path, f"unexpected error while reading: {type(exc).__name__}: {exc}"
