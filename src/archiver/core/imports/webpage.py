"""Saved web pages (.html, .htm) with trafilatura: the article without the page around it
(navigation, tickers, share bars, "most read" boxes, footers), its metadata, the URL from the
page's canonical link, and the outlet its ``og:site_name`` or ``<title>`` names.

The byline («عمّان - بترا») is article text: trafilatura would take it out as metadata and
make its dateline place the author, so it is kept as a paragraph where it stands and read
here (``bylines``): the agency or reporter it credits is the author, its place never is.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted, not_readable_as
from archiver.core.imports.bylines import outlet_in_title, read_byline
from archiver.core.imports.paragraphs import Paragraph, document_text, tidy
from archiver.core.imports.pdf.metadata import clean_title

_CHARSET = re.compile(
    rb"""<(?:meta[^>]+charset|\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LIST_TAGS = {"list", "table", "row"}  # containers whose items are paragraphs of their own
_DATES = {"extensive_search": False, "original_date": True}  # the page's own dates only
BYLINE_WORDS = 12  # a byline is short; a longer "byline" box is an author's biography
_BYLINES = (
    ".//body//*[contains(translate(@class, 'BYLINEDAT', 'bylinedat'), 'byline')"
    " or contains(translate(@class, 'BYLINEDAT', 'bylinedat'), 'dateline')]"
)
_SITE_NAME = ".//head/meta[@property='og:site_name' or @name='application-name'][@content]"


def extract_html(path: Path, data: bytes) -> Extracted:
    """The article of a saved web page, its title, author, date and canonical URL."""
    return page_text(decode_page(data), kind="html")


def decode_page(data: bytes) -> str:
    """The page's characters: by its BOM, its ``<meta charset>`` (or XML declaration), else
    UTF-8 or a guess."""
    from archiver.core.imports.text import decode

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)[0].lstrip("\ufeff")
    declared = _CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(_codec(name), "replace")
        except LookupError:
            pass
    return decode(data)[0]


def _codec(name: str) -> str:
    """The codec a browser uses for a declared charset (iso-8859-6 pages are often 1256)."""
    codecs.lookup(name)
    return "cp1256" if name in ("windows-1256", "cp1256") else name


def page_text(html: str, *, kind: str) -> Extracted:
    """The article in an HTML document (a page, an e-mail's HTML body) as an Extracted."""
    import trafilatura
    from trafilatura.utils import load_html

    if not html.strip():
        raise ImportFailure(FailureCode.EMPTY_PAGE, "empty web page")
    tree = load_html(html)
    if tree is None:
        raise not_readable_as("web page", "the HTML cannot be parsed")
    direction = _page_direction(tree)
    bylines = _take_bylines(tree)
    try:
        found: Any = trafilatura.bare_extraction(
            tree, favor_precision=True, include_comments=False,
            include_tables=True, with_metadata=True, date_extraction_params=_DATES,
        )  # fmt: skip
    except Exception as exc:  # trafilatura on hostile markup; the user gets a reason
        error = type(exc).__name__
        raise ImportFailure(
            FailureCode.PAGE_NOT_READ, f"the web page could not be read ({error})", error=error
        ) from exc
    paragraphs = _paragraphs(found.body, direction) if found is not None else []
    text = document_text(_with_bylines(paragraphs, bylines, direction))
    if not text:
        raise ImportFailure(FailureCode.NO_ARTICLE, "no article text found in the web page")
    title = clean_title(found.title)
    credits = [credit for b in bylines if (credit := read_byline(b).author)]
    return Extracted(
        kind=kind,
        text=text,
        raw_text=str(found.text or ""),
        title=title,
        date=found.date if found.date and _FULL_DATE.match(found.date) else None,
        method="trafilatura",
        author=credits[0] if credits else tidy(found.author or ""),
        url=found.url or "",
        source=_outlet(tree, title),
    )


def _take_bylines(tree: Any) -> list[str]:
    """The texts of the page's bylines, each element's class taken off so that trafilatura
    keeps it as a paragraph of the article instead of reading it as the author."""
    found: list[str] = []
    for element in tree.xpath(_BYLINES):
        text = tidy(element.text_content())
        if text and len(text.split()) <= BYLINE_WORDS and text not in found:
            element.attrib.pop("class")
            found.append(text)
    return found


def _with_bylines(
    paragraphs: list[Paragraph], bylines: list[str], direction: str | None
) -> list[Paragraph]:
    """The paragraphs with every byline in them: one trafilatura left out goes after the
    headline (the first paragraph), where a byline stands."""
    kept = {p.text for p in paragraphs}
    missing = [Paragraph(b, direction) for b in bylines if b not in kept]
    return paragraphs[:1] + missing + paragraphs[1:] if missing else paragraphs


def _outlet(tree: Any, title: str | None) -> str:
    """The outlet the page names: its ``og:site_name``, else what its ``<title>`` adds to the
    headline ("… | صحيفة الغد"); "" when it names none."""
    for meta in tree.xpath(_SITE_NAME):
        name = tidy(meta.get("content") or "")
        if name and (" " in name or "." not in name):  # a name, not a bare host
            return name
    element = tree.find(".//head/title")
    return outlet_in_title(element.text_content(), title) if element is not None else ""


def _page_direction(tree: Any) -> str | None:
    """The direction the page declares on <html> or <body>."""
    for element in (tree, tree.find("body")):
        value = (element.get("dir") or "").lower() if element is not None else ""
        if value in ("rtl", "ltr"):
            return value
    return None


def _paragraphs(body: Any, direction: str | None) -> list[Paragraph]:
    """trafilatura's article tree as paragraphs: each block, list item and table row."""
    found: list[Paragraph] = []
    if body is None:
        return found
    for block in body:
        if block.tag in _LIST_TAGS:
            rows = block.iter("item", "row") if block.tag != "row" else [block]
            found += [Paragraph(tidy(_text(row, " ")), direction) for row in rows]
        else:
            found.append(Paragraph(tidy(_text(block, "")), direction))
    return found


def _text(element: Any, cell_gap: str) -> str:
    """An element's text with <lb/> as line breaks and table cells apart."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_text(child, cell_gap) + (cell_gap if child.tag == "cell" else ""))
        parts.append(child.tail or "")
    return "".join(parts)
