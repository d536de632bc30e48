"""Paragraphs of a structured document (Word, ODT, EPUB, a web page) as the canonical text.

A paragraph's direction is decided by its first strong character when it is shown (Unicode
rule P2, as the reader does). A paragraph its file declares right-to-left but that begins
with a Latin word would turn left-to-right as plain text; such a paragraph, and only such,
is given a mark (RLM, or LRM for the reverse) in front, so its direction is kept. Marks are
ignored by search and by the duplicate check (they are not words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from archiver.core.imports.text import canonical

RLM = "\u200f"
LRM = "\u200e"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Paragraph(NamedTuple):
    """One paragraph's text and the direction its file declares ("rtl", "ltr" or None)."""

    text: str
    direction: str | None = None


def first_strong(text: str) -> str | None:
    """ "rtl" or "ltr" from the first strong character of ``text``; None when it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def tidy(text: str) -> str:
    """A paragraph's text with runs of spaces as one space, controls out, ends trimmed."""
    return _SPACES.sub(" ", _CONTROLS.sub("", text)).strip()


def marked(paragraph: Paragraph) -> str:
    """The paragraph's text, with a direction mark in front when P2 would read it otherwise."""
    text = paragraph.text
    if paragraph.direction is None:
        return text
    found = first_strong(text)
    if found is None or found == paragraph.direction:
        return text
    return (RLM if paragraph.direction == "rtl" else LRM) + text


def document_text(paragraphs: Iterable[Paragraph]) -> str:
    """The canonical text: non-empty paragraphs, each marked as needed, a blank line between."""
    kept = [marked(p) for p in paragraphs if p.text.strip()]
    return canonical("\n\n".join(kept))
