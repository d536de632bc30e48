"""EPUB books with ebooklib: the spine's chapters in reading order (its ``rtl`` page
progression as every paragraph's direction unless a chapter says otherwise), Dublin Core
title, creator and date. Books under DRM are refused (their chapters are ciphertext)."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from archiver.core.errors import ImportFailure
from archiver.core.imports import xhtml
from archiver.core.imports.base import Extracted
from archiver.core.imports.paragraphs import Paragraph, document_text
from archiver.core.imports.pdf.metadata import clean_title
from archiver.core.imports.zipped import open_zip, read_member, require

WHAT = "EPUB book"
_FULL_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_FONT = re.compile(r"\.(ttf|otf|woff2?)$", re.IGNORECASE)
_CIPHER_URI = re.compile(rb'CipherReference[^>]*URI="([^"]+)"')


def extract_epub(path: Path, data: bytes) -> Extracted:
    """The text of an .epub (its linear spine, navigation left out) and its metadata."""
    archive = open_zip(data, WHAT)
    require(archive, "META-INF/container.xml", WHAT)
    _refuse_drm(archive)
    book = _read(data)
    direction = book.direction if book.direction in ("rtl", "ltr") else None
    paragraphs: list[Paragraph] = []
    for item in _chapters(book):
        paragraphs += xhtml.paragraphs(xhtml.parse(item.get_content(), WHAT), direction)
    text = document_text(paragraphs)
    if not text:
        raise ImportFailure(f"{WHAT} with no text")
    date = _FULL_DATE.match(_first(book, "date") or "")
    return Extracted(
        kind="epub",
        text=text,
        raw_text="\n".join(p.text for p in paragraphs),
        title=clean_title(_first(book, "title")),
        date=date.group(1) if date else None,
        method="ebooklib",
        author=(_first(book, "creator") or "").strip(),
    )


def _read(data: bytes) -> Any:
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
    except Exception as exc:  # ebooklib raises KeyError, EpubException, lxml errors...
        raise ImportFailure(f"damaged {WHAT} ({type(exc).__name__}: {exc})"[:160]) from exc


def _chapters(book: Any) -> list[Any]:
    """The spine's linear documents in order (the table of contents is not text)."""
    import ebooklib
    from ebooklib import epub

    chapters = []
    for idref, linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or str(linear).lower() == "no" or isinstance(item, epub.EpubNav):
            continue
        if item.get_type() == ebooklib.ITEM_DOCUMENT:
            chapters.append(item)
    return chapters


def _first(book: Any, name: str) -> str | None:
    found = book.get_metadata("DC", name)
    return str(found[0][0]) if found and found[0][0] else None


def _refuse_drm(archive: zipfile.ZipFile) -> None:
    """ImportFailure when encryption.xml ciphers more than fonts (font obfuscation is fine)."""
    if "META-INF/encryption.xml" not in archive.NameToInfo:
        return
    listed = read_member(archive, "META-INF/encryption.xml", WHAT)
    if any(not _FONT.search(uri.decode("utf-8", "replace")) for uri in _CIPHER_URI.findall(listed)):
        raise ImportFailure(f"{WHAT} protected by DRM (its chapters are encrypted): not imported")
