"""Tesseract's page text as Archiver keeps it: paragraphs on one line, bidi marks out."""

from __future__ import annotations

import re

from archiver.core.imports.ocr.numbers import number_spans
from archiver.core.imports.ocr.words import Doubt, Word, doubtful_spans
from archiver.core.imports.text import canonical

_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_ARABIC_COMMA = re.compile(r"(?<=[\u0621-\u064a]),")  # Tesseract's Arabic model writes ","


def page_text(raw: str) -> str:
    """One OCR page: the marks Tesseract puts around Latin words removed, the comma after an
    Arabic word made Arabic again, the lines of each paragraph joined."""
    text = _ARABIC_COMMA.sub("\u060c", _BIDI_MARKS.sub("", raw))
    paragraphs = re.split(r"\n\s*\n", canonical(text))
    joined = (" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs)
    return "\n".join(p for p in joined if p)


def joined(
    pages: list[str], words: list[list[Word]]
) -> tuple[str, list[tuple[int, int]], list[Doubt]]:
    """The pages' texts, one after the other, the spans of the numbers in them, and those of
    the words read with low confidence (``words``: each page's words as Tesseract read them)."""
    doubtful: list[Doubt] = []
    at = 0
    for page, read in zip(pages, words, strict=False):
        if page:
            doubtful += doubtful_spans(page, read, at)
            at += len(page) + 1
    text = "\n".join(p for p in pages if p)
    return text, number_spans(text), doubtful
