"""Glyphs into lines (by baseline) and lines into columns (by the gutters no line crosses)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from statistics import median

from archiver.core.imports.pdf.bidi import arabic_set_ltr_logical, ends_on_the_right, kind, logical
from archiver.core.imports.pdf.glyphs import Glyph
from archiver.core.text import scripts

_SAME_LINE = 0.35  # baselines closer than this share of the font height are one line
_WORD_GAP = 0.22  # a gap wider than this share of the font height between glyphs is a space
_SPACED_GAP = 1.0  # the same where the line draws its spaces (justification widens the rest)
_GUTTER = 1.0  # a column gutter is at least this many font heights wide
_CROSSING = 0.1  # share of lines allowed to run across a gutter (titles spanning columns)


@dataclass
class Line:
    """One line of text on a page: its glyphs left to right, and where it sits."""

    glyphs: list[Glyph]
    y: float
    size: float
    x0: float
    x1: float
    bold: bool = False
    text: str = ""
    rtl: bool = False
    column: int = -1  # -1: spans the page (or the page has one column)
    tags: set[str] = field(default_factory=set)


def _left_to_right(glyphs: list[Glyph]) -> list[Glyph]:
    """A line's glyphs left to right, by where they start (their widths, from the font, may
    be wrong); a zero-width glyph goes beside the glyph drawn just before it.

    A zero-width glyph (the alef of a LibreOffice lam-alef, a letter whose width the font
    does not give) has no place of its own among glyphs kerned over one another; the
    drawing order has it: after its predecessor when the line is drawn left to right,
    before it when drawn right to left.
    """
    thin = {id(g) for g in glyphs if g.x1 - g.x0 <= 0.01}
    out = sorted((g for g in glyphs if id(g) not in thin), key=lambda g: (g.x0, g.order))
    if not thin:
        return out
    stream = sorted(glyphs, key=lambda g: g.order)
    for i, glyph in enumerate(stream):
        if id(glyph) not in thin:
            continue
        before = stream[i - 1] if i > 0 else None
        after = stream[i + 1] if i + 1 < len(stream) else None
        leftward = before is not None and after is not None and after.x0 < before.x0
        if before is not None:
            out.insert(out.index(before) + (0 if leftward else 1), glyph)
        elif after is not None and id(after) not in thin:
            out.insert(out.index(after), glyph)
        else:
            out.append(glyph)
    return out


def _make_line(glyphs: list[Glyph]) -> Line:
    glyphs = _left_to_right(glyphs)
    sizes = [g.size for g in glyphs if not g.text.isspace()] or [g.size for g in glyphs]
    visible = [g for g in glyphs if not g.text.isspace()] or glyphs
    return Line(
        glyphs=glyphs,
        y=median(g.y for g in visible),
        size=median(sizes),
        x0=min(g.x0 for g in visible),
        x1=max(g.x1 for g in visible),
        bold=sum(g.bold for g in visible) * 2 > len(visible),
    )


def attach_marks(glyphs: list[Glyph]) -> list[Glyph]:
    """Put each drawn-alone haraka on its letter, a neighbour in the content stream.

    Where a haraka's origin lies says little (fonts draw it offset, over the next letter);
    the drawing order says which letter it belongs to.  Text drawn in reading order (right
    to left, as Qt does) puts a mark after its letter; text drawn left to right in visual
    order (LibreOffice) puts it before.  Latin combining marks always follow their letter.
    """
    out = list(glyphs)
    for i, glyph in enumerate(glyphs):
        if not _is_mark(glyph.text):
            continue
        before = i - 1 if i > 0 and _is_base(out[i - 1], glyph) else None
        after = i + 1 if i + 1 < len(out) and _is_base(out[i + 1], glyph) else None
        target = (
            after if after is not None and _mark_precedes(glyph, out, before, after) else before
        )
        if target is None:
            continue
        base = out[target]
        out[target] = replace(base, text=base.text + glyph.text)
        out[i] = replace(glyph, text="")
    return [g for g in out if g.text]


def _mark_precedes(mark: Glyph, glyphs: list[Glyph], before: int | None, after: int) -> bool:
    """True when the mark is drawn before its letter: an Arabic mark in left-to-right drawing."""
    if not _RTL_MARK.match(mark.text):
        return before is None
    return before is None or glyphs[after].x0 >= glyphs[before].x0


_RTL_MARK = re.compile(f"[{scripts.MARKS}]")


def _is_base(glyph: Glyph, mark: Glyph) -> bool:
    same_line = abs(glyph.y - mark.y) <= _SAME_LINE * max(glyph.size, mark.size)
    return same_line and bool(glyph.text) and not glyph.text.isspace() and not _is_mark(glyph.text)


def baseline_lines(glyphs: list[Glyph]) -> list[Line]:
    """Group glyphs whose baselines (nearly) agree into lines, top of the page first."""
    glyphs = attach_marks(glyphs)
    lines: list[Line] = []
    current: list[Glyph] = []
    anchor = 0.0
    for glyph in sorted(glyphs, key=lambda g: (g.y, g.x0)):
        if current and abs(glyph.y - anchor) > _SAME_LINE * max(glyph.size, current[0].size):
            lines.append(_make_line(current))
            current = []
        if not current:
            anchor = glyph.y
        current.append(glyph)
    if current:
        lines.append(_make_line(current))
    return lines


def _units(glyphs: list[Glyph], size: float) -> list[str]:
    """The line's text units left to right: glyph texts, marks on their letter, spaces at gaps."""
    units: list[str] = []
    right = None
    spaced = any(glyph.text.isspace() for glyph in glyphs)
    gap = (_SPACED_GAP if spaced else _WORD_GAP) * size
    for glyph in glyphs:
        if glyph.text.isspace():
            units.append(" ")
            right = glyph.x1
            continue
        if _is_mark(glyph.text) and units and units[-1] != " ":
            units[-1] += glyph.text
            continue
        if right is not None and glyph.x0 - right > gap and units[-1:] != [" "]:
            units.append(" ")
        units.append(glyph.text)
        right = glyph.x1 if right is None else max(right, glyph.x1)
    return units


def _is_mark(text: str) -> bool:
    return all(unicodedata.category(ch) == "Mn" for ch in text)


def split_line(line: Line, gutters: list[tuple[float, float]]) -> list[Line]:
    """Cut a line at the page's column gutters; each piece gets its column number."""
    if not gutters:
        return [line]
    pieces: dict[int, list[Glyph]] = {}
    for glyph in line.glyphs:
        centre = (glyph.x0 + glyph.x1) / 2
        column = sum(centre > (a + b) / 2 for a, b in gutters)
        pieces.setdefault(column, []).append(glyph)
    out = []
    for column, glyphs in sorted(pieces.items()):
        piece = _make_line(glyphs)
        piece.column = column
        out.append(piece)
    return out


def crosses(line: Line, gutter: tuple[float, float]) -> bool:
    """True when the line runs across the gutter (a title over both columns).

    A line of one column may reach a little into a gutter found with some tolerance; it
    runs across only when its text goes on over the gutter's middle without a column gap.
    """
    middle = (gutter[0] + gutter[1]) / 2
    shown = [g for g in line.glyphs if not g.text.isspace()]
    left = [g.x1 for g in shown if g.x0 + g.x1 < 2 * middle]
    right = [g.x0 for g in shown if g.x0 + g.x1 >= 2 * middle]
    if not left or not right:
        return False
    return min(right) - max(left) < _GUTTER * line.size / 2


def find_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """Vertical strips that (nearly) no line covers, with text of several lines on each side."""
    if len(lines) < 6:
        return []
    size = median(line.size for line in lines)
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    step = max(size / 8, 0.5)
    bins = int((right - left) / step) + 1
    cover = [0] * (bins + 1)
    for line in lines:
        for a, b in _spans(line, size):
            cover[int((a - left) / step)] += 1
            cover[int((b - left) / step) + 1] -= 1
    running, counts = 0, []
    for value in cover[:bins]:
        running += value
        counts.append(running)
    limit = max(1, int(_CROSSING * len(lines)))
    gutters = []
    for start, end in _low_runs(counts, limit):
        a, b = left + start * step, left + end * step
        if b - a < _GUTTER * size or start == 0 or end >= bins:
            continue
        if _sides(lines, a, b) >= 3:
            gutters.append((a, b))
    return gutters


def _spans(line: Line, size: float) -> list[tuple[float, float]]:
    """The x-extents of a line's words-and-spaces, split where the gap is wider than a gutter."""
    spans: list[tuple[float, float]] = []
    for glyph in line.glyphs:
        if glyph.text.isspace():
            continue
        if spans and glyph.x0 - spans[-1][1] < _GUTTER * size:
            spans[-1] = (spans[-1][0], max(spans[-1][1], glyph.x1))
        else:
            spans.append((glyph.x0, glyph.x1))
    return spans


def _low_runs(counts: list[int], limit: int) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, value in enumerate([*counts, limit + 1]):
        if value <= limit and start is None:
            start = i
        elif value > limit and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _sides(lines: list[Line], a: float, b: float) -> int:
    """How many lines lie wholly left of the strip, and how many right: the smaller count."""
    lefts = sum(ln.x1 <= b and ln.x0 < a for ln in lines)
    rights = sum(ln.x0 >= a and ln.x1 > b for ln in lines)
    both = sum(
        any(g.x1 <= a for g in ln.glyphs) and any(g.x0 >= b for g in ln.glyphs) for ln in lines
    )
    return min(lefts + both, rights + both)


def set_text(lines: list[Line], default_rtl: bool, extents: dict[int, tuple[float, float]]) -> None:
    """Fill in each line's direction and logical text (``extents``: each column's edges).

    A line whose direction neither its script nor its alignment tells (a full line half
    Arabic, half English) takes the direction of the next line that tells, as a title takes
    that of the paragraph under it; the page's direction when none does.  When an Arabic
    line shows its final full stop on its right, the page's Arabic is set in left-to-right
    paragraphs (a .txt printed by LibreOffice): its lines are read so.
    """
    units = [_units(line.glyphs, line.size) for line in lines]
    known = [
        _direction(u, line, extents[line.column]) for u, line in zip(units, lines, strict=True)
    ]
    following: bool | None = None
    for i in range(len(lines) - 1, -1, -1):
        direction = known[i]
        if direction is None:
            direction = default_rtl if following is None else following
        else:
            following = direction
        lines[i].rtl = direction
    set_ltr = any(line.rtl and ends_on_the_right(u) for u, line in zip(units, lines, strict=True))
    for line, drawn in zip(lines, units, strict=True):
        read_ltr = line.rtl and set_ltr
        line.text = _tidy(arabic_set_ltr_logical(drawn) if read_ltr else logical(drawn, line.rtl))


def _direction(units: list[str], line: Line, extent: tuple[float, float]) -> bool | None:
    """Right to left? The script that clearly dominates, else the side the line is set flush to;
    None when neither says (no letters at all, or a full line of both scripts)."""
    rtl, ltr = (sum(kind(u) == k for u in units) for k in "RL")
    if not rtl and not ltr:
        return None
    if not rtl or not ltr or max(rtl, ltr) >= 3 * min(rtl, ltr):
        return rtl >= ltr
    left_gap, right_gap = line.x0 - extent[0], extent[1] - line.x1
    if abs(left_gap - right_gap) > 2 * line.size:
        return right_gap < left_gap
    return None


def _tidy(text: str) -> str:
    """One space between words; none inside brackets (a line-end space drawn in a Latin run)."""
    text = " ".join(text.split())
    return _INNER_SPACE.sub("", text)


_INNER_SPACE = re.compile(r"(?<=[(\[{«]) +| +(?=[)\]}»])")
