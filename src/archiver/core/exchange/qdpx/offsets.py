"""Characters of a project's source text placed in a document's canonical text.

REFI-QDA positions count code points of the source's plain text (QualCoder slices a Python
string). The import stores that text through the normal import path, whose canonical text
drops a BOM, CRs, spaces at line ends and blank lines at the ends, and composes to NFC; a text
already in the archive (a duplicate) may differ in spacing too. ``Placement`` walks the two
texts once: equal characters are matched, white space is skipped on either side, and a
character NFC composed stands for the characters it came from.
"""

from __future__ import annotations

import unicodedata


class Unplaceable(Exception):
    """The two texts differ in more than spacing and composition."""

    def __init__(self, at: int) -> None:
        super().__init__(f"the texts part at character {at}")
        self.at = at


def _composed(text: str) -> tuple[str, list[int]]:
    """NFC of the text, and for each character of it the source position it starts at."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            run = unicodedata.normalize("NFC", text[start:i])
            out.append(run)
            origin += [start] * len(run)
            start = i
    return "".join(out), origin


class Placement:
    """Where each character of a source text is in the canonical text of its document."""

    def __init__(self, source: str, target: str) -> None:
        composed, origin = _composed(source)
        matched = [-1] * len(source)  # source position -> canonical position (-1: dropped)
        i = j = 0
        while i < len(composed):
            if j < len(target) and composed[i] == target[j]:
                if matched[origin[i]] < 0:
                    matched[origin[i]] = j
                i, j = i + 1, j + 1
            elif composed[i].isspace():
                i += 1
            elif j < len(target) and target[j].isspace():
                j += 1
            else:
                raise Unplaceable(origin[i])
        if target[j:].strip():
            raise Unplaceable(len(source))
        size = self.size = len(source)
        self._first = [len(target)] * (size + 1)  # the first placed character at or after
        for k in range(size - 1, -1, -1):
            self._first[k] = matched[k] if matched[k] >= 0 else self._first[k + 1]
        self._last = [0] * (size + 1)  # the end of the last placed character before
        for k in range(1, size + 1):
            self._last[k] = matched[k - 1] + 1 if matched[k - 1] >= 0 else self._last[k - 1]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The canonical characters of source characters ``start``–``end`` (end exclusive);
        None when none of them is in the canonical text (white space it dropped)."""
        first, last = self._first[start], self._last[end]
        return (first, last) if first < last else None
