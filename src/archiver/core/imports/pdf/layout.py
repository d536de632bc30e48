"""PDF text in reading order, rebuilt from glyph positions rather than content-stream order.

Glyphs (glyphs) are grouped into lines by baseline, each line is put back into logical
order (bidi), columns are found by their gutters and read one after the other (right
column first on an Arabic page), wrapped lines are joined into paragraphs, and running
headers, footers and page numbers are left out.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median
from typing import Any

from archiver.core.imports.pdf.glyphs import Glyph, page_glyphs
from archiver.core.imports.pdf.lines import (
    Line,
    baseline_lines,
    crosses,
    find_gutters,
    set_text,
    split_line,
)
from archiver.core.text import scripts

_PARAGRAPH_GAP = 1.15  # a step this many times the line pitch starts a paragraph
_GAP = 0.15  # so does a step this many font heights over the pitch after a full line
_SENTENCE_GAP = 0.11  # the same after a sentence end (Chromium rounds steps to 1 px)
_INDENT = 0.8  # a line starting this many font heights further in than the one above
_SENTENCE_INDENT = 0.4  # the same after a sentence end
_MAX_INDENT = 5.0  # a line set further in than this is aligned elsewhere, not indented
_FLUSH = 1.0  # lines starting within this many points of each other are flush
_HEADING_SIZE = 1.15  # a first line this much larger than the body is a heading
_LIST_ITEM = re.compile(r"^(?:[-–—•▪*]\s|\d{1,2}[.)]\s)")
_SENTENCE_END = (".", "!", "?", "؟", ":", "؛", "…")
_PAGE_NUMBER = re.compile(
    r"^\W*(?:page|صفحة|الصفحة)?\s*\d{1,4}(?:\s*(?:/|of|من)\s*\d{1,4})?\W*$", re.I
)
_DIGITS = re.compile(r"\d+")
_PRINT_STAMP = re.compile(  # what a browser prints in its margins: URL, date and time, "1/2"
    r"(?:https?|file)://\S+|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}|\b\d{1,4}\s*/\s*\d{1,4}$"
)
_MARGIN_SIZE = 0.85  # margin notes are set smaller than the body


@dataclass
class PageText:
    """One page's lines in reading order, the body font height, the column gutters."""

    lines: list[Line]
    body_size: float
    gutters: list[tuple[float, float]] = field(default_factory=list)


def _page_rtl(glyphs: list[Glyph]) -> bool:
    arabic = latin = 0
    for glyph in glyphs:
        ch = glyph.text[:1]
        if scripts.is_letter(ch):
            arabic += 1
        elif ch.isalpha():
            latin += 1
    return arabic > latin


def read_page(page: Any, previous: PageText | None = None) -> PageText:
    """The page's lines in reading order, each with its logical text.

    ``previous`` is the page before: a page holding too little text to show its columns
    (the end of an article) keeps the gutters of that page where nothing crosses them.
    """
    glyphs = page_glyphs(page)
    if not glyphs:
        return PageText([], 0.0)
    rtl = _page_rtl(glyphs)
    lines = baseline_lines(glyphs)
    gutters = find_gutters(lines) or _carried(lines, previous.gutters if previous else [])
    ordered = _reading_order(_regroup(lines, gutters), gutters, rtl)
    set_text(ordered, rtl, _extents(ordered))
    kept = [line for line in ordered if line.text]
    return PageText(kept, median(line.size for line in kept) if kept else 0.0, gutters)


def _regroup(lines: list[Line], gutters: list[tuple[float, float]]) -> list[Line]:
    """Lines again, column by column: columns set on baselines of their own must not lend
    each other glyphs (a raised letter of one joining the line beside it)."""
    if not gutters:
        return lines
    spanning = [line for line in lines if any(crosses(line, g) for g in gutters)]
    columns: dict[int, list[Glyph]] = {}
    for line in lines:
        if line not in spanning:
            for piece in split_line(line, gutters):
                columns.setdefault(piece.column, []).extend(piece.glyphs)
    regrouped = [line for glyphs in columns.values() for line in baseline_lines(glyphs)]
    return sorted(spanning + regrouped, key=lambda line: line.y)


def _carried(lines: list[Line], gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The previous page's gutters that no line here crosses and some line is split by."""
    kept = []
    for gutter in gutters:
        if any(crosses(line, gutter) for line in lines):
            continue
        if any(len({piece.column for piece in split_line(line, [gutter])}) > 1 for line in lines):
            kept.append(gutter)
    return kept


def _extents(lines: list[Line]) -> dict[int, tuple[float, float]]:
    """Each column's left and right edge (column -1: lines spanning the page)."""
    out: dict[int, tuple[float, float]] = {}
    for line in lines:
        a, b = out.get(line.column, (line.x0, line.x1))
        out[line.column] = (min(a, line.x0), max(b, line.x1))
    return out


def _reading_order(lines: list[Line], gutters: list[tuple[float, float]], rtl: bool) -> list[Line]:
    """Lines top to bottom; between lines that span the page, each column top to bottom."""
    if not gutters:
        return lines
    out: list[Line] = []
    band: list[Line] = []
    columns = len(gutters) + 1
    order = range(columns - 1, -1, -1) if rtl else range(columns)
    for line in lines:
        if any(crosses(line, gutter) for gutter in gutters):
            out.extend(_flush(band, order))
            band = []
            out.append(line)
        else:
            band.extend(split_line(line, gutters))
    out.extend(_flush(band, order))
    return out


def _flush(band: list[Line], order: range) -> list[Line]:
    return [line for column in order for line in band if line.column == column]


# --- headers, footers, page numbers ---------------------------------------------------------
def _signature(line: Line) -> str:
    return _DIGITS.sub("#", line.text)


def drop_running_lines(pages: list[PageText]) -> None:
    """Remove page numbers, print stamps, and top or bottom lines repeated on several pages."""
    edges: dict[str, int] = {}
    for page in pages:
        for line in _edge_lines(page):
            edges[_signature(line)] = edges.get(_signature(line), 0) + 1
    for page in pages:
        edge = {id(line) for line in _edge_lines(page)}
        page.lines = [
            line
            for line in page.lines
            if id(line) not in edge or not (_running(line, page) or edges[_signature(line)] > 1)
        ]


def _running(line: Line, page: PageText) -> bool:
    """A page number, or a small print stamp (URL, date and time) in the page's margin."""
    if _PAGE_NUMBER.match(line.text):
        return True
    return line.size <= _MARGIN_SIZE * page.body_size and bool(_PRINT_STAMP.search(line.text))


def _edge_lines(page: PageText) -> list[Line]:
    """The two top and two bottom lines of a page, where running heads and numbers sit."""
    lines = sorted(page.lines, key=lambda line: line.y)
    return lines[:2] + lines[max(2, len(lines) - 2) :]


# --- paragraphs --------------------------------------------------------------------------
@dataclass
class _Measure:
    """What a page's lines are judged against: each column's text width, the line pitch (in
    font heights), and for each column and direction the side lines start on and its edge."""

    widths: dict[int, float]
    pitch: float
    edges: dict[tuple[int, bool], tuple[bool, float]]

    def indent(self, line: Line) -> float:
        """How far in from its column's start edge the line starts (points, 0 at the edge)."""
        left, edge = self.edges[(line.column, line.rtl)]
        return max(0.0, line.x0 - edge if left else edge - line.x1)


def _measure(lines: list[Line]) -> _Measure:
    by_column: dict[int, list[float]] = {}
    groups: dict[tuple[int, bool], list[Line]] = {}
    for line in lines:
        by_column.setdefault(line.column, []).append(line.x1 - line.x0)
        groups.setdefault((line.column, line.rtl), []).append(line)
    widths = {column: sorted(w)[int(len(w) * 0.9)] for column, w in by_column.items()}
    return _Measure(widths, _pitch(lines), {key: _start_edge(g) for key, g in groups.items()})


def _start_edge(lines: list[Line]) -> tuple[bool, float]:
    """The side the lines start on (True: left) and its edge: the script's side, unless far
    fewer lines are flush to it than to the other (an Arabic page set left to right)."""
    left, at_left = _shared_edge([line.x0 for line in lines])
    right, at_right = _shared_edge([-line.x1 for line in lines])
    rtl = lines[0].rtl
    starts_left = at_right * 2 < at_left if rtl else at_left * 2 >= at_right
    return (True, left) if starts_left else (False, -right)


def _shared_edge(starts: list[float]) -> tuple[float, int]:
    """The outermost (least) start that another line shares, and how many lines share it; a
    lone line further out (a hanging bullet, a stray glyph) does not move the edge."""
    starts = sorted(starts)
    edge = next((a for a, b in itertools.pairwise(starts) if b - a <= _FLUSH), starts[0])
    return edge, sum(abs(s - edge) <= _FLUSH for s in starts)


def _pitch(lines: list[Line]) -> float:
    """Baseline distance of two lines of one paragraph, per unit of font height (the least)."""
    steps = [
        (b.y - a.y) / b.size
        for a, b in itertools.pairwise(lines)
        if a.column == b.column and a.size == b.size and 0.8 * a.size <= b.y - a.y < 3 * a.size
    ]
    return min(steps) if steps else 0.0


def _first_word_width(line: Line) -> float:
    """About how wide the line's first word is (its share of the line's letters)."""
    first = line.text.split(" ", 1)[0]
    return (line.x1 - line.x0) * len(first) / max(len(line.text), 1)


def _runs_on(previous: Line, line: Line, measure: _Measure, opening: str = "") -> bool:
    """True when ``line`` continues the paragraph ``previous`` is in (``opening``: the text of
    that paragraph's first line).

    It does when both are set alike, close together, and the line's first word would not
    have fitted at the end of the previous line (so the previous line was wrapped); and the
    line is not set apart as a paragraph's first (``_set_apart``).  From the foot of one
    column to the head of the next, the step between them does not count.
    """
    width = measure.widths[previous.column]
    indent = _paragraph_indent(measure.indent(previous), previous.size)
    if previous.column >= 0 and line.column >= 0 and previous.column != line.column:
        moved = replace(line, column=previous.column)
        return _wrapped(previous, moved, width, indent) and not _set_apart(
            previous, line, measure, opening, step=False
        )
    if (
        measure.pitch == 0
        or not 0 < line.y - previous.y <= _PARAGRAPH_GAP * measure.pitch * line.size
    ):
        return False
    return _wrapped(previous, line, width, indent) and not _set_apart(
        previous, line, measure, opening
    )


def _paragraph_indent(indent: float, size: float) -> float:
    """The indent a line's room is measured from: none when it is set so far in that it is
    aligned elsewhere (centred, flush to the other side)."""
    return indent if indent <= _MAX_INDENT * size else 0.0


def _set_apart(
    previous: Line, line: Line, measure: _Measure, opening: str, step: bool = True
) -> bool:
    """True when ``line`` starts a paragraph although ``previous`` runs the full width: it
    starts further in than ``previous`` (a first-line indent; on the right for Arabic), or
    stands a little further below than the page's line pitch.  After a sentence end, a
    smaller indent or gap is enough.  A list item's lines may hang indented under it."""
    ended = previous.text.endswith(_SENTENCE_END)
    indent = measure.indent(line)
    further = indent - _paragraph_indent(measure.indent(previous), previous.size)
    least = _SENTENCE_INDENT if ended else _INDENT
    hangs = bool(_LIST_ITEM.match(opening))
    if not hangs and indent <= _MAX_INDENT * line.size and further >= least * line.size:
        return True
    extra = line.y - previous.y - measure.pitch * line.size
    return step and extra > (_SENTENCE_GAP if ended else _GAP) * line.size


def _wrapped(previous: Line, line: Line, width: float, indent: float = 0.0) -> bool:
    """True when ``previous`` was cut short only because ``line``'s first word did not fit
    (``indent``: how far in ``previous`` starts, which its width has not had).

    A line over the whole page may go on in a column (a title's last word over the first
    column); a column's line never goes on in another column.
    """
    if previous.column not in (line.column, -1) or _LIST_ITEM.match(line.text):
        return False
    if abs(previous.size - line.size) > 0.1 * line.size or previous.bold != line.bold:
        return False
    room = width - indent - (previous.x1 - previous.x0)
    return room < _first_word_width(line) + line.size


def paragraphs(page: PageText) -> list[str]:
    """The page's paragraphs: wrapped lines joined with a space."""
    lines = page.lines
    if not lines:
        return []
    measure = _measure(lines)
    out = [lines[0].text]
    opening = lines[0].text
    for previous, line in itertools.pairwise(lines):
        if _runs_on(previous, line, measure, opening):
            out[-1] = f"{out[-1]} {line.text}"
        else:
            out.append(line.text)
            opening = line.text
    return out


def document_text(pages: list[PageText]) -> str:
    """The paragraphs of all pages, one per line; one cut by a page break is joined again."""
    out: list[str] = []
    last: tuple[Line, _Measure] | None = None
    for page in pages:
        paras = paragraphs(page)
        if not paras:
            continue
        if last is not None and out and _continues(*last, page):
            out[-1] = f"{out[-1]} {paras.pop(0)}"
        out.extend(paras)
        last = page.lines[-1], _measure(page.lines)
    return unicodedata.normalize("NFC", "\n".join(out))


def _continues(line: Line, measure: _Measure, page: PageText) -> bool:
    """True when the page's first line goes on with ``line``, the last one of the page before:
    not after a sentence end, nor when the first line is indented."""
    first, here = page.lines[0], _measure(page.lines)
    width = max(measure.widths.get(line.column, 0.0), here.widths.get(first.column, 0.0))
    if line.text.endswith(_SENTENCE_END) or here.indent(first) >= _INDENT * first.size:
        return False
    indent = _paragraph_indent(measure.indent(line), line.size)
    return _wrapped(line, replace(first, column=line.column), width, indent)


def layout_pages(reader: Any) -> list[PageText]:
    """Every page of an open PdfReader read by glyph position, running heads left out."""
    pages: list[PageText] = []
    for page in reader.pages:
        pages.append(read_page(page, pages[-1] if pages else None))
    drop_running_lines(pages)
    return pages


def page_texts(pages: list[PageText]) -> list[str]:
    """One string per page: paragraphs separated by a newline, NFC."""
    return [unicodedata.normalize("NFC", "\n".join(paragraphs(page))) for page in pages]


# --- title -------------------------------------------------------------------------------
_GENERIC_TITLES = re.compile(
    r"^(?:seed|untitled.*|document\d*|title|new document|doc\d*|\(anonymous\)|none|null|unknown)$",
    re.IGNORECASE,
)


def first_heading(pages: list[PageText]) -> str | None:
    """The first line of the first page with text, when it is set larger or bolder than the body."""
    page = next((p for p in pages if p.lines), None)
    if page is None:
        return None
    first = paragraphs(PageText(page.lines[:4], page.body_size))[0]
    line = page.lines[0]
    larger = line.size >= _HEADING_SIZE * page.body_size
    bolder = line.bold and not all(ln.bold for ln in page.lines)
    if not (larger or bolder) or len(first) > 200 or first.endswith("."):
        return None
    return unicodedata.normalize("NFC", first)


def is_generic_title(title: str | None, file_name: str = "") -> bool:
    """True for no title, a placeholder ("seed", "Untitled"), an app prefix or the file's name."""
    if not title or not title.strip():
        return True
    text = unicodedata.normalize("NFKC", title).strip()
    if _GENERIC_TITLES.match(text) or text.lower().startswith("microsoft word - "):
        return True
    stem = Path(file_name).stem if file_name else ""
    return bool(stem) and text.lower() in {stem.lower(), Path(file_name).name.lower()}


def pick_title(metadata_title: str | None, heading: str | None, file_name: str = "") -> str | None:
    """The metadata title unless it is generic; then the first heading of the text."""
    if not is_generic_title(metadata_title, file_name):
        return metadata_title
    return heading or None
