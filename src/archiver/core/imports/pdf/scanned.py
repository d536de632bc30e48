"""The scanned pages of a PDF read by OCR, merged in page order with the pages that have text.

Only the pages without a text layer go to OCR: pypdf copies them (decrypted) into a PDF of
their own, which OCRmyPDF reads; a page of one script with stray words of the other is read
again with that script's model (``ocr.script``); their texts then take their places among
the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.ocr import tools
from archiver.core.imports.ocr.numbers import number_spans
from archiver.core.imports.ocr.run import ocr_pages
from archiver.core.imports.ocr.script import fix_scripts
from archiver.core.imports.ocr.text import page_text
from archiver.core.imports.ocr.words import Doubt, Word, doubtful_spans
from archiver.core.imports.scratch import scratch_folder


@dataclass
class Piece:
    """A stretch of the document's text, and whether OCR read it."""

    text: str
    ocr: bool = False
    doubtful: list[Doubt] = field(default_factory=list)  # spans in ``text``


@dataclass
class Merged:
    """The document's text from its pieces, and the spans of the numbers OCR read in it and
    of the words it read with low confidence."""

    text: str = ""
    unverified: list[tuple[int, int]] = field(default_factory=list)
    doubtful: list[Doubt] = field(default_factory=list)


@dataclass
class Scans:
    """The scanned pages OCR read: page number -> its text, and its doubtful words' spans."""

    texts: dict[int, str] = field(default_factory=dict)
    doubtful: dict[int, list[Doubt]] = field(default_factory=dict)


def read_scanned(reader: Any, path: Path, numbers: list[int], others: bool) -> Scans:
    """The text OCR read on each of the scanned pages ``numbers``.

    Without the OCR tools, a PDF that is all scans fails with what to install; one with
    ``others`` (pages with text) keeps those and says which pages were left unread.
    """
    if not numbers:
        return Scans()
    why = tools.missing()
    if why:
        if not others:
            raise ImportFailure(
                FailureCode.SCANNED_NO_OCR, f"no text layer (scanned): {why}", why=why
            )
        return Scans()
    words: list[list[Word]] = []
    with scratch_folder("archiver-scan-") as work:

        def ocr(indices: list[int], languages: tuple[str, ...] = ()) -> list[str]:
            """The text of the scanned pages at these indices of ``numbers``."""
            scans = _copy_pages(reader, [numbers[i] for i in indices], work / "scanned.pdf")
            pages = ocr_pages(scans, str(path), languages=languages)
            if not words:  # the first reading, of every page: its confidences are kept
                words.extend(page.words for page in pages)
            return [page_text(page.raw) for page in pages]

        texts = ocr(list(range(len(numbers))))
        texts = fix_scripts(texts, lambda indices, lang: ocr(indices, (lang,)), tools.languages())
    doubtful = [doubtful_spans(text, read) for text, read in zip(texts, words, strict=False)]
    return Scans(
        dict(zip(numbers, texts, strict=False)), dict(zip(numbers, doubtful, strict=False))
    )


def _copy_pages(reader: Any, numbers: list[int], target: Path) -> Path:
    """A PDF of these pages of the reader's (decrypted), for OCRmyPDF to read."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for number in numbers:
        writer.add_page(reader.pages[number - 1])
    writer.write(str(target))
    return target


def scan_warnings(numbers: list[int], read: dict[int, str]) -> list[str]:
    """What the user is told about the scanned pages: read by OCR, empty, or left unread."""
    if not numbers:
        return []
    if not read:
        return [f"{_pages(numbers)}: no text layer (scanned), not read: {tools.missing()}"]
    empty = [n for n in numbers if not read.get(n)]
    warnings = [f"{_pages(numbers)}: read by OCR (numbers unverified)"]
    if empty:
        warnings.append(f"{_pages(empty)}: scanned, but OCR found no text there")
    return warnings


def _pages(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(map(str, numbers))


def merge(pieces: list[Piece]) -> Merged:
    """The pieces' texts, one per line, with the numbers in the OCR pieces as spans."""
    out = Merged()
    parts: list[str] = []
    at = 0
    for piece in pieces:
        if not piece.text.strip():
            continue
        if parts:
            at += 1  # the newline before this piece
        if piece.ocr:
            out.unverified += number_spans(piece.text, at)
            out.doubtful += [(start + at, end + at, conf) for start, end, conf in piece.doubtful]
        parts.append(piece.text)
        at += len(piece.text)
    out.text = "\n".join(parts)
    return out
