"""Numbers in OCR text: the spans Archiver marks as unverified (the OCR may have misread them)."""

from __future__ import annotations

import re

_NUMBER = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/٫٬-][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?"
)


def number_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The code-point spans of every number in ``text``, shifted by ``offset``."""
    return [(m.start() + offset, m.end() + offset) for m in _NUMBER.finditer(text)]


def listed(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The numbers those spans cover, as written in the text."""
    return [text[start:end] for start, end in spans]
