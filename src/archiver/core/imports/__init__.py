"""File importers by extension, and the worker-side preparation of one file."""

from __future__ import annotations

import hashlib
import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from archiver.core import originals
from archiver.core.dates import FoundDate
from archiver.core.dates.datelines import find_dateline
from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import backwards
from archiver.core.imports.base import Extracted, not_regular, special_kind
from archiver.core.imports.kinds import BY_EXTENSION, SUPPORTED, listed
from archiver.core.imports.scratch import scratch_folder
from archiver.core.model import FailedFile
from archiver.core.store import document_text
from archiver.core.text import arabic, dedupe, scripts

ATTACHMENT_DEPTH = 3  # an e-mail attached to an e-mail attached to an e-mail: no deeper


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
    attachments: list[Prepared] = field(default_factory=list)  # an e-mail's, each prepared
    parent_id: int | None = None  # set by the batch: the stored document it is attached to
    message_date: str | None = None  # an attachment's: the date of the e-mail it came with
    packed: document_text.Texts | None = None  # the texts as stored, when a worker packed them
    original_recipe: str | None = None  # how the store regenerates its bytes (no file kept)


def pack_texts(item: Prepared) -> None:
    """Pack a prepared file's texts (its attachments' too) as the store keeps them, where
    they are produced: they travel to the main process packed, and are stored as they come."""
    ex = item.extracted
    item.packed = document_text.pack_all(ex.raw_text, ex.text, ex.alt_text)
    ex.raw_text = ex.text = ex.alt_text = ""  # sent once, packed
    for attachment in item.attachments:
        pack_texts(attachment)


READ_FROM_GLYPHS = ("pdf", "image")  # texts rebuilt from a page: they may come out reversed


def _warn_if_backwards(extracted: Extracted) -> None:
    """A text whose Arabic reads backwards: warned of, and its quality down to the share of
    words that read as they are (the stored text stays what the page gave)."""
    found = backwards.reading(extracted.text)
    if found.reversed:
        extracted.warnings.append(backwards.warning(found))
        extracted.quality = min(extracted.quality, round(found.forwards, 3))


def extract(path: Path, password: str | None = None, data: bytes | None = None) -> Extracted:
    """Extract text from one file by its extension (``data``: its bytes, when already read)."""
    ext = path.suffix.lower()
    kind = BY_EXTENSION.get(ext)
    if kind is None:
        raise unsupported(path)
    module_name, function = kind.reader.split(":")
    reader = getattr(importlib.import_module(f"{__name__}.{module_name}"), function)
    if kind.name == "pdf":
        return reader(path, password, data)
    return reader(path, path.read_bytes() if data is None else data)


def unsupported(path: Path) -> ImportFailure:
    """The failure of a file of a kind the archive does not read."""
    shown_type, supported = path.suffix or path.name, listed()
    return ImportFailure(
        FailureCode.UNSUPPORTED_TYPE,
        f"unsupported file type '{shown_type}' (use {supported})",
        extension=shown_type,
        supported=supported,
    )


def _read_checked(path: Path) -> bytes:
    if path.suffix.lower() not in SUPPORTED:
        raise unsupported(path)
    try:
        # Non-blocking, so that a FIFO swapped in after the folder was screened cannot hang us.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            kind = special_kind(os.fstat(handle.fileno()).st_mode)
            if kind:
                raise not_regular(kind)
            return handle.read()
    except FileNotFoundError as exc:
        raise ImportFailure(FailureCode.FILE_NOT_FOUND, "file not found") from exc
    except IsADirectoryError as exc:
        raise ImportFailure(FailureCode.IS_FOLDER, "is a folder (import it as a folder)") from exc
    except OSError as exc:
        error = str(exc.strerror or exc)
        raise ImportFailure(
            FailureCode.CANNOT_READ, f"cannot read the file ({error})", error=error
        ) from exc


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
    prepared = prepare_data(path, data, password, resolved=str(path.resolve()))
    if len(data) > CARRIED_UP_TO:
        prepared.data = None
    return prepared


def prepare_data(
    path: Path, data: bytes, password: str | None, *, resolved: str, depth: int = 0
) -> Prepared:
    """prepare() of bytes already read (a file's, or an attachment's: ``path`` names it)."""
    if not data:
        raise ImportFailure(FailureCode.EMPTY_FILE, "empty file")
    extracted = extract(path, password, data)
    _refuse_garbage(extracted)
    text = extracted.text
    if extracted.kind in READ_FROM_GLYPHS:
        _warn_if_backwards(extracted)
    body_stream, exact_stream, exacts = arabic.document_streams(text)
    if not exacts:
        raise ImportFailure(FailureCode.NO_WORDS, "no words found in the text")
    from archiver.core.imports.text import fitted_title, title_from_text

    extracted.title = fitted_title(extracted.title, text) if extracted.title else None
    extracted.title = extracted.title or title_from_text(text) or None
    if extracted.title:  # a mark kept for a paragraph's direction is no part of a title
        extracted.title = scripts.without_edge_controls(extracted.title) or None
    if extracted.raw_text == text:
        extracted.raw_text = ""  # stored as "" (same as the text); saves copying it around
    recipe = _regenerable(extracted, data)
    sha = hashlib.sha256(data).hexdigest()
    language = arabic.script_of(text)
    found = find_dateline(text, language)
    if found is not None and found.warning:
        extracted.warnings.append(f"date: {found.warning}")
    prepared = Prepared(
        path=str(path),
        file_sha256=sha,
        file_size=len(data),
        extension=path.suffix.lower(),
        extracted=extracted,
        text_sha256=dedupe.text_fingerprint(text),
        language=language,
        signature=dedupe.signature(exacts),
        title_terms=arabic.index_terms(extracted.title or ""),
        body_terms=(body_stream, exact_stream),
        layout_terms=arabic.index_terms(extracted.alt_text) if extracted.alt_text else ("", ""),
        text_date=found,
        resolved_path=resolved,
        stored_name=stored_name(sha, path.suffix.lower()),
        data=None if recipe else data,  # a regenerated original writes no file
        original_recipe=recipe,
    )
    prepared.attachments = _attached(prepared, password, depth)
    return prepared


def _regenerable(extracted: Extracted, data: bytes) -> str | None:
    """The recipe that gives a plain-text file's bytes back from the store, its decoded text
    kept in ``raw_text`` when the recipe needs it; None: the file is kept (``core.originals``)."""
    if extracted.kind != "text":
        return None
    found = originals.recipe_for(data, extracted.encoding, extracted.text)
    if found is None:
        return None
    extracted.raw_text = found.raw_text
    return found.recipe


ATTACHED = " › "  # between a file's path and the name of a file attached to it


def _attached(parent: Prepared, password: str | None, depth: int) -> list[Prepared]:
    """The parent's attachments, prepared; one that fails is a warning on the parent.

    Each is written to a temporary file first: some readers (OCR) need a file on disk.
    """
    found: list[Prepared] = []
    for attachment in parent.extracted.attachments:
        name = Path(attachment.name).name
        try:
            if depth + 1 >= ATTACHMENT_DEPTH:
                raise ImportFailure(
                    FailureCode.TOO_DEEP, "attached too deep inside other attachments"
                )
            with scratch_folder("archiver-attachment-") as folder:
                copy = folder / name
                copy.write_bytes(attachment.data)
                prepared = prepare_data(copy, attachment.data, password, resolved="",
                                        depth=depth + 1)  # fmt: skip
        except ImportFailure as exc:
            parent.extracted.warnings.append(f"attachment '{name}' not imported: {exc.reason}")
            continue
        except OSError as exc:
            parent.extracted.warnings.append(f"attachment '{name}' not imported: {exc}")
            continue
        _inherit(prepared, parent)
        prepared.path = parent.path + ATTACHED + name
        prepared.resolved_path = parent.resolved_path + ATTACHED + name
        found.append(prepared)
    parent.extracted.attachments = []  # the bytes travel once, in the prepared attachment
    return found


def _inherit(attachment: Prepared, message: Prepared) -> None:
    """What an attachment that does not say takes from its message: the author, the date
    (which ``rows.published_date`` uses only when the attachment has none of its own)."""
    if not attachment.extracted.author:
        attachment.extracted.author = message.extracted.author
    attachment.message_date = message.extracted.date or message.message_date


GARBAGE_BELOW = 0.5  # readable share under which a text is refused
LOW_QUALITY_BELOW = 0.5  # quality under which a kept text carries a warning


def _refuse_garbage(extracted: Extracted) -> None:
    """ImportFailure for a text that is mostly U+FFFD or control characters; warn when poor."""
    from archiver.core.imports.text import readable_share

    readable = readable_share(extracted.text)
    extracted.quality = round(min(extracted.quality, readable), 3)
    if readable < GARBAGE_BELOW:
        raise ImportFailure(
            FailureCode.UNREADABLE_TEXT,
            f"the text is mostly unreadable ({1 - readable:.0%} replacement or control "
            f"characters; quality {extracted.quality:.2f}): not imported",
            unreadable_percent=round(100 * (1 - readable)),
        )
    if extracted.quality < LOW_QUALITY_BELOW:
        extracted.warnings.append(f"low text quality ({extracted.quality:.2f})")


def prepare_safely(path: str, password: str | None = None) -> Prepared | FailedFile:
    """prepare() for a worker process: a failure comes back as a FailedFile, never raises."""
    try:
        return prepare(Path(path), password)
    except ImportFailure as exc:
        return FailedFile.of(path, exc)
    except MemoryError:
        failure = ImportFailure(FailureCode.OUT_OF_MEMORY, "file too large to read")
    except Exception as exc:  # an importer bug must not stop the batch; report it for this file
        error = f"{type(exc).__name__}: {exc}"
        failure = ImportFailure(
            FailureCode.UNEXPECTED, f"unexpected error while reading: {error}", error=error
        )
    return FailedFile.of(path, failure)
