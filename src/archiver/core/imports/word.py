"""Word documents (.docx) with python-docx: body paragraphs and tables in order, each with
its direction (``w:bidi`` on the paragraph or its style), and the core properties."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from archiver.core.imports.base import Extracted, damaged, no_text
from archiver.core.imports.paragraphs import Paragraph, document_text, tidy
from archiver.core.imports.pdf.metadata import clean_title
from archiver.core.imports.zipped import open_zip, require

WHAT = "Word document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}


def extract_docx(path: Path, data: bytes) -> Extracted:
    """The text of a .docx (paragraphs and tables in reading order) and its properties."""
    archive = open_zip(data, WHAT)
    require(archive, "word/document.xml", WHAT)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types on a damaged package
        raise damaged(WHAT, type(exc).__name__) from exc
    paragraphs = list(_body(document))
    text = document_text(paragraphs)
    if not text:
        raise no_text(WHAT)
    props = document.core_properties
    return Extracted(
        kind="docx",
        text=text,
        raw_text="\n".join(p.text for p in paragraphs),
        title=clean_title(props.title) or _heading(document),
        file_date=_day(props.created),
        method="python-docx",
        author=(props.author or "").strip(),
    )


def _body(document: Any) -> Iterator[Paragraph]:
    """Paragraphs of the body in reading order, every table cell's once (nested tables and
    content controls included)."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    for element in _paragraph_elements(document.element.body):
        yield _paragraph(DocxParagraph(element, document))


# what holds paragraphs: a table's rows, a row's cells (a cell can hold a table), a content
# control's content, custom XML around any of them
_CONTAINERS = frozenset(
    f"{_W}{tag}" for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "smartTag")
)


def _paragraph_elements(parent: Any) -> Iterator[Any]:
    """The w:p elements under ``parent`` in document order, walking the XML itself: each
    w:tc once (a merged cell is one element; python-docx's row.cells repeats it, and the ids
    of its short-lived proxies are reused, which lost cells)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield child
        elif child.tag in _CONTAINERS:
            yield from _paragraph_elements(child)


def _paragraph(paragraph: Any) -> Paragraph:
    return Paragraph(tidy(_text(paragraph._p)), _direction(paragraph))


# what holds a paragraph's runs besides itself: tracked insertions and moves, links, content
# controls, fields, bidi embeddings (python-docx's paragraph.text reads only w:r and
# w:hyperlink: an insertion not yet accepted, a control's words were lost)
_RUN_CONTAINERS = frozenset(
    f"{_W}{tag}"
    for tag in ("hyperlink", "ins", "moveTo", "sdt", "sdtContent", "smartTag", "customXml",
                "fldSimple", "dir", "bdo")
)  # fmt: skip


def _text(element: Any) -> str:
    """The words of a w:p (or of a container in one) in order; deletions (w:del, w:moveFrom)
    are left out, as Word shows the text once the changes are accepted."""
    parts: list[str] = []
    for child in element.iterchildren():
        if child.tag == f"{_W}r":
            parts.append(child.text)
        elif child.tag in _RUN_CONTAINERS:
            parts.append(_text(child))
    return "".join(parts)


def _direction(paragraph: Any) -> str | None:
    """ "rtl" when the paragraph (or its style) is marked bidi, "ltr" when unmarked explicitly."""
    elements = paragraph._p.xpath("./w:pPr/w:bidi")
    if not elements and paragraph.style is not None:
        elements = paragraph.style.element.xpath("./w:pPr/w:bidi")
    if not elements:
        return None
    return "ltr" if elements[0].get(f"{_W}val", "1").lower() in _OFF else "rtl"


def _heading(document: Any) -> str | None:
    """The first paragraph styled Title or Heading 1, if any."""
    for paragraph in document.paragraphs[:40]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style in ("Title", "Heading 1") and (text := tidy(_text(paragraph._p))):
            return text
    return None


def _day(value: object) -> str | None:
    return value.date().isoformat() if isinstance(value, datetime) else None
