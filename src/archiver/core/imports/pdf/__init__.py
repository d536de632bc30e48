"""Import PDFs with pypdf: the text rebuilt from glyph positions, and pypdf's plain reading.

``reading`` takes the text out with pypdf: ``glyphs`` gives each glyph and its position,
``lines`` and ``bidi`` make lines in reading order, ``layout`` columns, paragraphs and titles.
The plain reading is kept raw, and repaired (``repair``, ``pages``) as the second, searched
reading and as the text of any page the glyph reading fails on.  ``quality`` rates the
result, ``metadata`` cleans title, author and date.
"""

from __future__ import annotations

import io
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted
from archiver.core.imports.pdf.layout import (
    PageText,
    document_text,
    drop_running_lines,
    first_heading,
    pick_title,
)
from archiver.core.imports.pdf.pages import drop_page_numbers, reflow
from archiver.core.imports.pdf.pypdf_log import collected, repair_warnings
from archiver.core.imports.pdf.quality import quality_score
from archiver.core.imports.pdf.reading import (
    Readings,
    check_end,
    check_magic,
    check_text,
    damage_failure,
    metadata,
    open_reader,
    read_pages,
)
from archiver.core.imports.pdf.repair import document_prior, repair_reading
from archiver.core.imports.pdf.scanned import Piece, Scans, merge, read_scanned, scan_warnings

METHOD = "pypdf-glyphs"  # every page read from glyph positions
METHOD_MIXED = "pypdf-glyphs+plain"  # some pages from the repaired plain reading
METHOD_PLAIN = "pypdf-plain"  # no page could be read from glyph positions
METHOD_OCR = "ocr"  # every page read by OCR (a scan); "<method>+ocr" for mixed PDFs


def _join(pages: list[str]) -> str:
    return "\n\n".join(p for p in pages if p.strip())


def extract_pdf(path: Path, password: str | None = None, data: bytes | None = None) -> Extracted:
    """Extract a PDF's text (plain mode, repaired) and a layout-mode second reading."""
    path = Path(path)
    check_magic(path, data)
    if data is not None:
        check_end(data)
    try:
        return _extract(path, password, data)
    except ImportFailure:
        raise
    except Exception as exc:  # pypdf raises many types; the user gets a reason, not a trace
        raise damage_failure(exc) from exc


def _extract(path: Path, password: str | None, data: bytes | None) -> Extracted:
    with collected() as opening:  # what pypdf mends in the file's structure
        reader = open_reader(path if data is None else io.BytesIO(data), password)
    readings = read_pages(reader)
    pages = len(reader.pages)
    check_text(readings, pages)
    scans = read_scanned(reader, path, readings.scanned, bool(readings.plain))
    ocr = scans.texts
    if not readings.plain and not any(ocr.values()):
        raise ImportFailure(
            FailureCode.SCAN_NO_TEXT, "no text layer (scanned), and OCR found no text on its pages"
        )
    prior = document_prior(readings.plain)
    repaired = [drop_page_numbers(repair_reading(p, prior)) for p in readings.plain]
    plain = [reflow(p, title_first=i == 0) for i, p in enumerate(repaired)]
    unverified: list[tuple[int, int]] = []
    doubtful: list[tuple[int, int, int]] = []
    if any(ocr.values()):
        merged = merge(_pieces(readings, plain, scans))
        text, unverified, doubtful = merged.text, merged.unverified, merged.doubtful
        method = f"{_method(readings)}+{METHOD_OCR}" if readings.plain else METHOD_OCR
    else:
        text, method = _text(readings, plain)
    title, created, author = metadata(reader)
    heading = first_heading([page for page in readings.glyphs if page is not None])
    return Extracted(
        kind="pdf",
        text=text,
        raw_text=_join(readings.plain + [ocr[n] for n in sorted(ocr)]),
        alt_text=_join(plain),
        title=pick_title(title, heading, path.name),
        author=author,
        file_date=created,  # when the file was made: not, in general, when it was published
        pages=pages,
        method=method,
        quality=quality_score(text),
        warnings=repair_warnings(opening.messages)
        + readings.warnings
        + scan_warnings(readings.scanned, ocr),
        unverified=unverified,
        doubtful=doubtful,
    )


def _method(readings: Readings) -> str:
    found = sum(page is not None for page in readings.glyphs)
    if found == len(readings.glyphs):
        return METHOD
    return METHOD_MIXED if found else METHOD_PLAIN


def _pieces(readings: Readings, plain: list[str], scans: Scans) -> list[Piece]:
    """Every page's text in page order: runs of glyph pages, plain pages, OCR pages."""
    ocr = scans.texts
    glyphs = [page for page in readings.glyphs if page is not None]
    drop_running_lines(glyphs)
    order = sorted([(n, i) for i, n in enumerate(readings.numbers)] + [(n, -1) for n in ocr])
    pieces: list[Piece] = []
    run: list[PageText] = []
    for number, i in order:
        page = readings.glyphs[i] if i >= 0 else None
        if page is not None:
            run.append(page)
            continue
        if run:
            pieces.append(Piece(document_text(run)))
            run = []
        if i < 0:
            pieces.append(Piece(ocr[number], ocr=True, doubtful=scans.doubtful.get(number, [])))
        else:
            pieces.append(Piece(plain[i]))
    if run:
        pieces.append(Piece(document_text(run)))
    return pieces


def _text(readings: Readings, plain: list[str]) -> tuple[str, str]:
    """The document's text, from glyph positions where that reading worked, and its method."""
    glyphs = [page for page in readings.glyphs if page is not None]
    drop_running_lines(glyphs)
    if len(glyphs) == len(plain):
        return document_text(glyphs), METHOD
    if not glyphs:
        return _join(plain), METHOD_PLAIN
    parts: list[str] = []
    run: list[PageText] = []
    for page, fallback in zip(readings.glyphs, plain, strict=True):
        if page is not None:
            run.append(page)
            continue
        parts += [document_text(run), fallback] if run else [fallback]
        run = []
    if run:
        parts.append(document_text(run))
    return "\n".join(p for p in parts if p.strip()), METHOD_MIXED
