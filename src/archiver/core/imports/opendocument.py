"""OpenDocument text (.odt): the ZIP's content.xml and meta.xml read with the standard library.

odfpy would load the whole document model for what is a walk over ``text:p`` and ``text:h``;
ElementTree does it (expat 2.4+ refuses entity expansion bombs; no external entity is read).
A paragraph's direction is its style's ``style:writing-mode`` (followed up its parent styles)
when that is right-to-left; a left-to-right mode is what LibreOffice writes on every paragraph
not set right-to-left (as ``\\ltrpar`` in RTF), so it declares nothing and an Arabic paragraph
so styled shows by its letters, as the same text from Word does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

from archiver.core.errors import ImportFailure
from archiver.core.imports.base import Extracted, damaged, no_text, not_readable_as
from archiver.core.imports.paragraphs import Paragraph, document_text, tidy
from archiver.core.imports.pdf.metadata import clean_title, parse_pdf_date
from archiver.core.imports.zipped import open_zip, read_member

WHAT = "OpenDocument text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_T = "{" + _NS["text"] + "}"
_S = "{" + _NS["style"] + "}"
_PARAGRAPHS = {f"{_T}p", f"{_T}h"}
_SKIPPED = {f"{_T}note", "{" + _NS["office"] + "}annotation", f"{_T}tracked-changes"}
_RTL_MODES = {"rl-tb", "rl", "tb-rl"}
Styles = dict[str, tuple[str | None, str | None]]  # name -> (writing mode, parent style)


def extract_odt(path: Path, data: bytes) -> Extracted:
    """The text of an .odt (headings, paragraphs, lists, tables in order) and its metadata."""
    archive = open_zip(data, WHAT)
    content = _parse(read_member(archive, "content.xml", WHAT), "content.xml")
    styles = _styles(content)
    if "styles.xml" in archive.NameToInfo:
        styles = {**_styles(_parse(read_member(archive, "styles.xml", WHAT), "styles.xml")),
                  **styles}  # fmt: skip
    body = content.find("office:body/office:text", _NS)
    if body is None:
        raise not_readable_as(WHAT, "no text body: a spreadsheet or a drawing?")
    paragraphs = [Paragraph(tidy(_inline(p)), _direction(p, styles)) for p in _blocks(body)]
    text = document_text(paragraphs)
    if not text:
        raise no_text(WHAT)
    title, author, created = _meta(archive)
    return Extracted(
        kind="odt",
        text=text,
        raw_text="\n".join(p.text for p in paragraphs),
        title=title or _first_heading(body),
        file_date=created,
        method="odt-xml",
        author=author,
    )


def _parse(data: bytes, name: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise damaged(WHAT, f"{name}: {exc}") from exc


def _blocks(element: ET.Element) -> Iterator[ET.Element]:
    """Every paragraph and heading under ``element``, in document order, notes left out."""
    for child in element:
        if child.tag in _PARAGRAPHS:
            yield child
        elif child.tag not in _SKIPPED:
            yield from _blocks(child)


def _inline(element: ET.Element) -> str:
    """A paragraph's text: spans and links read through, ``text:s`` spaces, tabs, breaks."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_T}s":
            parts.append(" " * int(child.get(f"{_T}c", "1") or 1))
        elif tag == f"{_T}tab":
            parts.append("\t")
        elif tag == f"{_T}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _styles(root: ET.Element) -> Styles:
    """Each paragraph style's writing mode and parent, from one styles part."""
    found: Styles = {}
    for style in root.iter(f"{_S}style"):
        props = style.find("style:paragraph-properties", _NS)
        mode = props.get(f"{_S}writing-mode") if props is not None else None
        found[style.get(f"{_S}name", "")] = (mode, style.get(f"{_S}parent-style-name"))
    return found


def _direction(paragraph: ET.Element, styles: Styles) -> str | None:
    name = paragraph.get(f"{_T}style-name")
    for _ in range(20):  # parents, without looping on a circular chain
        if name is None or name not in styles:
            return None
        mode, name = styles[name]
        if mode and mode != "page":
            return "rtl" if mode in _RTL_MODES else None
    return None


def _meta(archive: zipfile.ZipFile) -> tuple[str | None, str, str | None]:
    """Title, author and creation date from meta.xml (absent or damaged: nothing)."""
    if "meta.xml" not in archive.NameToInfo:
        return None, "", None
    try:
        meta = ET.fromstring(read_member(archive, "meta.xml", WHAT))
    except (ET.ParseError, ImportFailure):
        return None, "", None
    title = meta.findtext(".//dc:title", None, _NS)
    author = meta.findtext(".//meta:initial-creator", None, _NS) or meta.findtext(
        ".//dc:creator", "", _NS
    )
    created = meta.findtext(".//meta:creation-date", None, _NS)
    return clean_title(title), (author or "").strip(), parse_pdf_date(created)


def _first_heading(body: ET.Element) -> str | None:
    for heading in body.iter(f"{_T}h"):
        text = tidy(_inline(heading))
        if text:
            return text
    return None
