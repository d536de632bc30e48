"""Page text put back together: page numbers left out, wrapped lines joined into paragraphs."""

from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?(?:\s*/\s*\d{1,4})?\s*$")


def drop_page_numbers(page: str) -> str:
    """Remove a page number standing alone on the first or last line of a page."""
    lines = page.strip("\n").split("\n")
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


_SENTENCE_END = (".", "!", "?", "؟", ":", "؛", "…", '"', "»", "”")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*▪]\s|\d{1,2}[.)]\s)")


def reflow(page: str, *, title_first: bool = False) -> str:
    """Join the lines a PDF wrapped back into paragraphs.

    A line runs on into the next when it is nearly as long as the page's full lines and does
    not end a sentence; short lines (headings, the last line of a paragraph), blank lines,
    list items and, with ``title_first``, the document's first line stand alone.
    """
    lines = page.split("\n")
    full = sorted(len(ln) for ln in lines if len(ln.strip()) >= 20)
    if not full:
        return page
    wide = full[len(full) // 2] * 0.75
    out = [lines[0]]
    for number, line in enumerate(lines[1:], 1):
        previous = lines[number - 1].rstrip()
        runs_on = (
            len(previous) >= wide
            and not previous.endswith(_SENTENCE_END)
            and line.strip()
            and not _LIST_ITEM.match(line)
            and not (title_first and number == 1)
        )
        if runs_on:
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)
