"""Import PDFs with pypdf: two readings (plain and layout mode), repaired for Arabic.

``reading`` takes the text out with pypdf, ``repair`` mends its Arabic, ``pages`` joins the
pages back into paragraphs, ``quality`` rates the result, ``metadata`` cleans title and date.
"""

from __future__ import annotations

from pathlib import Path

from archiver.core.imports.base import Extracted, ImportFailure
from archiver.core.imports.pdf.pages import drop_page_numbers, reflow
from archiver.core.imports.pdf.quality import quality_score
from archiver.core.imports.pdf.reading import (
    check_magic,
    check_text,
    damage_reason,
    metadata,
    open_reader,
    read_pages,
)
from archiver.core.imports.pdf.repair import document_prior, repair_reading

METHOD = "pypdf-plain+layout"


def _join(pages: list[str]) -> str:
    return "\n\n".join(p for p in pages if p.strip())


def extract_pdf(path: Path, password: str | None = None) -> Extracted:
    """Extract a PDF's text (plain mode, repaired) and a layout-mode second reading."""
    path = Path(path)
    check_magic(path)
    try:
        return _extract(path, password)
    except ImportFailure:
        raise
    except Exception as exc:  # pypdf raises many types; the user gets a reason, not a trace
        raise ImportFailure(damage_reason(exc)) from exc


def _extract(path: Path, password: str | None) -> Extracted:
    reader = open_reader(path, password)
    readings = read_pages(reader)
    pages = len(reader.pages)
    check_text(readings, pages)
    plain_prior, layout_prior = document_prior(readings.plain), document_prior(readings.layout)
    pages_text = [drop_page_numbers(repair_reading(p, plain_prior)) for p in readings.plain]
    text = _join([reflow(p, title_first=i == 0) for i, p in enumerate(pages_text)])
    title, created = metadata(reader)
    return Extracted(
        kind="pdf",
        text=text,
        raw_text=_join(readings.plain),
        alt_text=_join(
            [drop_page_numbers(repair_reading(p, layout_prior)) for p in readings.layout]
        ),
        title=title,
        date=created,
        pages=pages,
        method=METHOD,
        quality=quality_score(text),
        warnings=readings.warnings,
    )
