"""EPUB books read with the standard library: META-INF/container.xml names the OPF package,
whose spine gives the chapters in reading order (its ``rtl`` page progression as every
paragraph's direction unless a chapter says otherwise) and whose Dublin Core metadata gives
title, creator and date. Books under DRM are refused (their chapters are ciphertext).

Our own reader rather than EbookLib, which is AGPL-3.0-or-later (Archiver is GPL-3.0-or-later);
ElementTree's expat (2.4+) refuses entity-expansion bombs and fetches no external entity."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import xhtml
from archiver.core.imports.base import Extracted, damaged, no_text
from archiver.core.imports.paragraphs import Paragraph, document_text
from archiver.core.imports.pdf.metadata import clean_title
from archiver.core.imports.zipped import open_zip, read_member, require

WHAT = "EPUB book"
CONTAINER = "META-INF/container.xml"
_CONTAINER_NS = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF_NS = "{http://www.idpf.org/2007/opf}"
_DC_NS = "{http://purl.org/dc/elements/1.1/}"
_DOCUMENTS = frozenset(("application/xhtml+xml", "text/html"))
_FULL_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_FONT = re.compile(r"\.(ttf|otf|woff2?)$", re.IGNORECASE)
_CIPHER_URI = re.compile(rb'CipherReference[^>]*URI="([^"]+)"')


@dataclass(frozen=True)
class Package:
    """What the OPF says: chapter paths in reading order, the direction, Dublin Core fields."""

    chapters: list[str]
    direction: str | None
    metadata: dict[str, str]


def extract_epub(path: Path, data: bytes) -> Extracted:
    """The text of an .epub (its spine, navigation left out) and its metadata."""
    archive = open_zip(data, WHAT)
    require(archive, CONTAINER, WHAT)
    _refuse_drm(archive)
    package = read_package(archive)
    paragraphs: list[Paragraph] = []
    for name in package.chapters:
        tree = xhtml.parse(read_member(archive, name, WHAT), WHAT)
        paragraphs += xhtml.paragraphs(tree, package.direction)
    text = document_text(paragraphs)
    if not text:
        raise no_text(WHAT)
    date = _FULL_DATE.match(package.metadata.get("date", ""))
    return Extracted(
        kind="epub",
        text=text,
        raw_text="\n".join(p.text for p in paragraphs),
        title=clean_title(package.metadata.get("title")),
        date=date.group(1) if date else None,
        method="epub-xml",
        author=package.metadata.get("creator", "").strip(),
    )


def read_package(archive: zipfile.ZipFile) -> Package:
    """The OPF package that container.xml names, or ImportFailure saying what is wrong."""
    container = _parse(read_member(archive, CONTAINER, WHAT), CONTAINER)
    rootfiles = container.iter(f"{_CONTAINER_NS}rootfile")
    full_path = next((r.get("full-path") for r in rootfiles if r.get("full-path")), None)
    if not full_path:
        raise damaged(WHAT, f"{CONTAINER} names no package")
    opf_name = inside("", full_path)
    opf = _parse(read_member(archive, opf_name, WHAT), opf_name)
    base = posixpath.dirname(opf_name)
    manifest = {
        item.get("id", ""): item for item in opf.iterfind(f"{_OPF_NS}manifest/{_OPF_NS}item")
    }
    spine = opf.find(f"{_OPF_NS}spine")
    if spine is None:
        raise damaged(WHAT, f"{opf_name} has no spine")
    tables = _tables_of_contents(opf, base)
    chapters = []
    for itemref in spine.iterfind(f"{_OPF_NS}itemref"):
        item = manifest.get(itemref.get("idref", ""))
        if item is None or item.get("media-type") not in _DOCUMENTS or _is_nav(item):
            continue
        name = inside(base, item.get("href", ""))
        if itemref.get("linear", "").strip().lower() == "no" and name in tables:
            continue
        chapters.append(name)
    direction = (spine.get("page-progression-direction") or "").lower()
    return Package(chapters, direction if direction in ("rtl", "ltr") else None, _dublin_core(opf))


def inside(base: str, href: str) -> str:
    """The archive member ``href`` names relative to folder ``base``, or ImportFailure when it
    is absolute or leads out of the archive."""
    reference = urlsplit(href)
    relative = unquote(reference.path)
    if reference.scheme or reference.netloc or relative.startswith("/") or not relative:
        raise damaged(WHAT, f"path {href!r} is not inside the book")
    name = posixpath.normpath(posixpath.join(base, relative))
    if name == ".." or name.startswith("../") or name.startswith("/"):
        raise damaged(WHAT, f"path {href!r} leads out of the book")
    return name


def _is_nav(item: ET.Element) -> bool:
    """The EPUB 3 navigation document: the table of contents, not text of the book."""
    return "nav" in (item.get("properties") or "").split()


def _tables_of_contents(opf: ET.Element, base: str) -> set[str]:
    """Members the EPUB 2 guide names as the table of contents."""
    found = set()
    for reference in opf.iterfind(f"{_OPF_NS}guide/{_OPF_NS}reference"):
        href = (reference.get("href") or "").split("#", 1)[0]
        if (reference.get("type") or "").lower() == "toc" and href:
            found.add(inside(base, href))
    return found


def _dublin_core(opf: ET.Element) -> dict[str, str]:
    """The first non-empty dc:title, dc:creator, dc:date and dc:language."""
    metadata = opf.find(f"{_OPF_NS}metadata")
    found: dict[str, str] = {}
    for name in ("title", "creator", "date", "language"):
        for element in metadata.iter(f"{_DC_NS}{name}") if metadata is not None else ():
            if (element.text or "").strip():
                found[name] = element.text or ""
                break
    return found


def _parse(data: bytes, name: str) -> ET.Element:
    """The XML root of a member, or ImportFailure naming it."""
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise damaged(WHAT, f"{name}: {exc}") from exc


def _refuse_drm(archive: zipfile.ZipFile) -> None:
    """ImportFailure for a DRM licence (rights.xml) or an encryption.xml ciphering more than
    fonts (font obfuscation is fine)."""
    if "META-INF/rights.xml" in archive.NameToInfo:
        raise ImportFailure(
            FailureCode.DRM,
            f"{WHAT} protected by DRM (it carries a rights.xml licence): not imported",
            what=WHAT,
        )
    if "META-INF/encryption.xml" not in archive.NameToInfo:
        return
    listed = read_member(archive, "META-INF/encryption.xml", WHAT)
    if any(not _FONT.search(uri.decode("utf-8", "replace")) for uri in _CIPHER_URI.findall(listed)):
        raise ImportFailure(
            FailureCode.DRM,
            f"{WHAT} protected by DRM (its chapters are encrypted): not imported",
            what=WHAT,
        )
