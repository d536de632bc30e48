"""Offsets between Python code points (the core's spans) and Qt's UTF-16 positions."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts offsets for one text; free when the text has no characters beyond the BMP."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # the UTF-16 position just after each astral character (it takes two units)
        self._ends16 = [cp + k + 2 for k, cp in enumerate(self._astral)]

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code point offset ``cp``."""
        return cp + bisect_left(self._astral, cp) if self._astral else cp

    def to_cp(self, pos16: int) -> int:
        """Code point offset of UTF-16 position ``pos16`` (mid-pair rounds forward)."""
        if not self._astral:
            return pos16
        # a position inside a surrogate pair lands just after that character
        return pos16 - bisect_right(self._ends16, pos16)


def direction_of(
    text: str, fallback: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """The direction of a paragraph from its first strong character (Unicode rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return fallback


PHRASE_GAP = 3  # at most this many characters between two words of one phrase (", ", " - ")


def phrase_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the words of one phrase (hits apart only by spaces or punctuation on
    one line) joined into one: F3 stops at the phrase, and all of it is the current hit."""
    runs: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if runs and _joins(text[runs[-1][1] : start]):
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    return runs


def _joins(gap: str) -> bool:
    return len(gap) <= PHRASE_GAP and "\n" not in gap and not any(c.isalnum() for c in gap)
