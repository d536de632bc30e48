"""Words OCR read with low confidence: the spans Archiver marks as doubtful.

Tesseract gives every word a confidence (0 to 100) in its hOCR, written in the same run as
the page's text.  The page's final text (its lines joined, stray words read again with one
model) is matched word by word with the hOCR's words; a word found there with a confidence
under ``LOW`` is doubtful.  A word the text has in another form (read again) is not marked.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import xml.etree.ElementTree as ET

LOW = 70  # a word read with less confidence than this is doubtful (measured: docs/ocr.md)

Word = tuple[str, int]  # a word as Tesseract read it, and its confidence
Doubt = tuple[int, int, int]  # a doubtful word's code-point span in the text, its confidence

_PUNCTUATION = "\"'()[]{}«».,;:!?،؛؟…-–—"
_IGNORED = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_CONFIDENCE = re.compile(r"\bx_wconf (\d+)")
_TOKEN = re.compile(r"\S+")


def hocr_words(hocr: str) -> list[Word]:
    """Every word of one page's hOCR in reading order, with its confidence ([] when the hOCR
    cannot be read: the page then has no doubtful words)."""
    try:
        root = ET.fromstring(hocr)
    except ET.ParseError:
        return []
    out: list[Word] = []
    for element in root.iter():
        if element.get("class") != "ocrx_word":
            continue
        found = _CONFIDENCE.search(element.get("title", ""))
        text = "".join(element.itertext()).strip()
        if text and found:
            out.append((text, int(found.group(1))))
    return out


def _key(word: str) -> str:
    """A word as both readings write it: no bidi marks, no punctuation around it, NFC, an
    Arabic comma for the Latin one Tesseract's Arabic model writes."""
    text = unicodedata.normalize("NFC", _IGNORED.sub("", word)).strip(_PUNCTUATION)
    return text.replace(",", "\u060c")


def doubtful_spans(text: str, words: list[Word], offset: int = 0) -> list[Doubt]:
    """The spans (shifted by ``offset``) of the words of ``text`` that ``words`` has with a
    confidence under LOW, the punctuation around each word left out."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    mine = [_key(token) for _, token in tokens]
    theirs = [_key(word) for word, _ in words]
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    out: list[Doubt] = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            confidence = words[block.b + k][1]
            start, token = tokens[block.a + k]
            if confidence >= LOW or not mine[block.a + k]:
                continue
            lead = len(token) - len(token.lstrip(_PUNCTUATION))
            trail = len(token) - len(token.rstrip(_PUNCTUATION))
            out.append((offset + start + lead, offset + start + len(token) - trail, confidence))
    return out
