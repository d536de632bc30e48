"""Paragraphs of an (X)HTML document that is all content (an e-book's chapter): every block
element ends a paragraph, ``<br>`` breaks a line, ``dir`` is inherited down the tree."""

from __future__ import annotations

import re
from typing import Any

from archiver.core.imports.base import damaged
from archiver.core.imports.paragraphs import Paragraph, tidy

_BLOCKS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption",
    "section", "article", "header", "footer", "aside", "nav", "main", "hr", "address", "body",
))  # fmt: skip
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SKIPPED = frozenset(("script", "style", "head", "title", "noscript", "template", "svg", "math"))


def parse(data: bytes | str, what: str) -> Any:
    """The lxml tree of an (X)HTML document (bytes decoded by BOM, declaration or meta
    charset, else as UTF-8), or ImportFailure naming ``what``."""
    import lxml.etree
    import lxml.html

    from archiver.core.imports.webpage import decode_page

    text = decode_page(data) if isinstance(data, bytes) else data
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses one in a str
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise damaged(what, str(exc)) from exc


def paragraphs(root: Any, direction: str | None = None) -> list[Paragraph]:
    """The document's paragraphs in order, each with the direction its ``dir`` declares."""
    found: list[Paragraph] = []
    buffer: list[str] = []

    def flush(current: str | None) -> None:
        text = tidy("".join(buffer))
        buffer.clear()
        if text:
            found.append(Paragraph(text, current))

    def walk(element: Any, current: str | None) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in _SKIPPED or not tag:
            return
        declared = (element.get("dir") or "").lower()
        outer, current = current, declared if declared in ("rtl", "ltr") else current
        block = tag in _BLOCKS
        if block:
            flush(outer)
        if tag == "br":
            buffer.append("\n")
        buffer.append(_spaced(element.text))
        for child in element:
            walk(child, current)
            buffer.append(_spaced(child.tail))
        if block:
            flush(current)

    walk(root, direction)
    flush(direction)
    return found


def _spaced(text: str | None) -> str:
    """Source line breaks inside a paragraph are spaces, as a browser shows them."""
    return (text or "").replace("\r", " ").replace("\n", " ")
