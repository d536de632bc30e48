"""Word documents (.docx) with python-docx: body paragraphs and tables in order, each with
its direction (``w:bidi`` on the paragraph, its styles or the document's defaults), and the
core properties.

``w:bidi w:val="0"`` is Word's default, which LibreOffice writes on every paragraph not set
right-to-left, Arabic ones included (their runs carry ``w:rtl``): like ``\\ltrpar`` in RTF it
declares nothing, and the paragraph shows by its letters. It declares left-to-right only
where it turns off a right-to-left style or default.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archiver.core.errors import ImportFailure
from archiver.core.imports.base import Extracted, damaged, no_text
from archiver.core.imports.paragraphs import Paragraph, document_text, tidy
from archiver.core.imports.pdf.metadata import clean_title, parse_pdf_date
from archiver.core.imports.zipped import open_zip, read_member, require

WHAT = "Word document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CORE_NS = {"dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}


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
    title, author, created = _core(archive)
    return Extracted(
        kind="docx",
        text=text,
        raw_text="\n".join(p.text for p in paragraphs),
        title=title or _heading(document),
        file_date=created,
        method="python-docx",
        author=author,
    )


def _body(document: Any) -> Iterator[Paragraph]:
    """Paragraphs of the body in reading order, every table cell's once (nested tables and
    content controls included)."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    default = _bidi(document.styles.element.xpath("./w:docDefaults/w:pPrDefault/w:pPr"))
    for element in _paragraph_elements(document.element.body):
        yield _paragraph(DocxParagraph(element, document), default is True)


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


def _paragraph(paragraph: Any, default_rtl: bool) -> Paragraph:
    return Paragraph(tidy(_text(paragraph._p)), _direction(paragraph, default_rtl))


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


def _direction(paragraph: Any, default_rtl: bool) -> str | None:
    """ "rtl" when the paragraph is bidi (by itself, a style or the defaults); "ltr" when its
    own ``w:bidi`` is off against a right-to-left style or default; None otherwise."""
    own = _bidi(paragraph._p.xpath("./w:pPr"))
    inherited = _style_bidi(paragraph.style)
    rtl_around = inherited is True or (inherited is None and default_rtl)
    if own is True or (own is None and rtl_around):
        return "rtl"
    return "ltr" if own is False and rtl_around else None


def _style_bidi(style: Any) -> bool | None:
    """The ``w:bidi`` a paragraph style sets, followed up its base styles; None if none does."""
    seen: set[int] = set()
    while style is not None and id(style.element) not in seen:
        seen.add(id(style.element))
        if (found := _bidi(style.element.xpath("./w:pPr"))) is not None:
            return found
        style = style.base_style
    return None


def _bidi(properties: list[Any]) -> bool | None:
    """Whether the first w:pPr of ``properties`` turns bidi on or off; None when it is silent."""
    elements = properties[0].xpath("./w:bidi") if properties else []
    if not elements:
        return None
    return elements[0].get(f"{_W}val", "1").lower() not in _OFF


def _heading(document: Any) -> str | None:
    """The first paragraph styled Title or Heading 1, if any."""
    for paragraph in document.paragraphs[:40]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style in ("Title", "Heading 1") and (text := tidy(_text(paragraph._p))):
            return text
    return None


def _core(archive: zipfile.ZipFile) -> tuple[str | None, str, str | None]:
    """Title, author and creation day from the package's core properties (absent or damaged:
    nothing), found by their relationship in either spelling: LibreOffice's "Office Open XML
    Text" writes ``officedocument/2006/relationships/...``, which python-docx does not know and
    answers with a part of its own, titled "Word Document"."""
    try:
        relationships = ET.fromstring(read_member(archive, "_rels/.rels", WHAT))
        target = next(
            r.get("Target") or ""
            for r in relationships.iter(_RELATIONSHIP)
            if (r.get("Type") or "").endswith("/metadata/core-properties")
        )
        core = ET.fromstring(read_member(archive, target.lstrip("/"), WHAT))
    except (StopIteration, ET.ParseError, ImportFailure):
        return None, "", None
    title = core.findtext("dc:title", None, _CORE_NS)
    author = core.findtext("dc:creator", "", _CORE_NS) or ""
    return (
        clean_title(title),
        author.strip(),
        parse_pdf_date(core.findtext("dcterms:created", None, _CORE_NS)),
    )
