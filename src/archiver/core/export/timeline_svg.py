"""The timeline as SVG: text stays text, Arabic in logical order for the viewer to lay out.

A text with Arabic in it is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE inside
a left-to-right ``<text>``: it reads right to left, its neutrals (an ellipsis, brackets)
fall on the right side, and the anchor (start, end) means the same edge in every viewer.
``direction="rtl"`` on the text or a tspan does not: browsers then move the anchor to the
other edge, and Qt's renderer (the PNG, the app's view) ignores it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from archiver.core.annotations.names import Script, in_order
from archiver.core.annotations.status_colors import STATUS_COLORS, status_hex
from archiver.core.export.timeline import (
    LABELS,
    RADIUS,
    TOP,
    Layout,
    PlacedMark,
    Tick,
    short,
    text_width,
)
from archiver.core.text.scripts import BIDI_CONTROLS, has_letter

FONTS = "'Noto Naskh Arabic', 'Amiri', 'DejaVu Sans', sans-serif"
INK, FAINT, GRID, BAND = "#1f2937", "#6b7280", "#e5e7eb", "#f8fafc"
# what XML cannot hold, and bidi controls (each run gets its direction from its tspan)
_LEFT_OUT = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff{BIDI_CONTROLS}]")


@dataclass(frozen=True)
class Words:
    """How the page says statuses, categories, days and axis dates: English ISO for the CLI;
    the app passes its interface language's."""

    status: Callable[[str], str] = lambda status: status.replace("_", " ")
    category: Callable[[str], str] = str
    day: Callable[[date], str] = date.isoformat
    tick: Callable[[Tick], str] = lambda tick: tick.text
    names: Script = Script.LATIN  # the script of the name a row shows first


def clean(text: str) -> str:
    """Text as XML may hold it: control characters out, escaped."""
    return html.escape(_LEFT_OUT.sub("", text), quote=False)


def run(text: str) -> str:
    """A text as written in the SVG: isolated with its own direction when it has Arabic."""
    return f"\u2068{clean(text)}\u2069" if has_letter(text) else clean(text)


def _text(x: float, y: float, text: str, *, size: int = 12, anchor: str = "start",
          fill: str = INK, weight: str = "normal") -> str:  # fmt: skip
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"'
            f' fill="{fill}" font-weight="{weight}">{run(text)}</text>')  # fmt: skip


def svg(
    lay: Layout,
    title: str = "Commitments over time",
    summary: str = "",
    words: Words = Words(),
) -> str:
    """The whole page as an SVG document (``words``: how its statuses and dates are said)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width}" height="{lay.height}"'
        f' viewBox="0 0 {lay.width} {lay.height}" font-family="{html.escape(FONTS)}">',
        f'<rect width="{lay.width}" height="{lay.height}" fill="#ffffff"/>',
        _line(lay, 26, title, size=17, weight="bold"),
        _line(lay, 46, summary or _summary(lay), size=12, fill=FAINT),
        *_legend(lay, words),
        *_grid(lay, words),
        *_rows(lay, words.names),
        *(_mark(p, words) for p in lay.marks),
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _line(lay: Layout, y: float, text: str, *, size: int, fill: str = INK,
          weight: str = "normal") -> str:  # fmt: skip
    """A line of the heading, from the page's reading edge."""
    x, _, anchor = _edge(lay, 16, y)
    return _text(x, y, text, size=size, anchor=anchor, fill=fill, weight=weight)


def _edge(lay: Layout, inset: float, y: float) -> tuple[float, float, str]:
    """A line's start ``inset`` from the page's reading edge: x, y and the anchor there."""
    return (lay.width - inset, y, "end") if lay.mirrored else (inset, y, "start")


def _summary(lay: Layout) -> str:
    tl = lay.timeline
    if not tl.rows:
        undated = f" ({tl.undated} without a statement date)" if tl.undated else ""
        return f"No dated commitments to show{undated}."
    words = [f"{tl.commitments} commitment(s)", f"{len(tl.rows)} participant(s)"]
    if lay.first and lay.last:
        days = [m.mark.day for m in lay.marks]
        words.append(f"{min(days).isoformat()} – {max(days).isoformat()}")
    if tl.undated:
        words.append(f"{tl.undated} without a statement date not shown")
    return " · ".join(words)


def _legend(lay: Layout, words: Words) -> list[str]:
    parts, x = [], 16.0
    drawn = lay.timeline.statuses
    for status in [s for s in STATUS_COLORS if s in drawn] + [
        s for s in drawn if s not in STATUS_COLORS
    ]:
        name = words.status(status)
        dot, at, anchor = (lay.width - x - 5, lay.width - x - 14, "end") if lay.mirrored else (
            x + 5, x + 14, "start")  # fmt: skip
        parts.append(f'<circle cx="{dot:.1f}" cy="64" r="5" fill="{status_hex(status)}"/>')
        parts.append(_text(at, 68, name, size=12, anchor=anchor))
        x += 30 + text_width(name) * 1.1
    return parts


def _grid(lay: Layout, words: Words) -> list[str]:
    if not lay.rows:
        return []
    bottom = lay.rows[-1].top + lay.rows[-1].height
    parts = []
    for tick in lay.ticks:
        parts.append(f'<line x1="{tick.x:.1f}" y1="{TOP - 6}" x2="{tick.x:.1f}" y2="{bottom:.1f}"'
                     f' stroke="{GRID}"/>')  # fmt: skip
        for y in (TOP - 10, bottom + 18):
            parts.append(_text(tick.x, y, words.tick(tick), size=11, anchor="middle", fill=FAINT))
    return parts


def _rows(lay: Layout, script: Script) -> list[str]:
    """Each row's band and its names: the one in ``script`` first, in bold, at the reading
    edge; the other script's form at the column's inner edge."""
    parts = []
    for index, band in enumerate(lay.rows):
        if index % 2 == 0:
            parts.append(f'<rect x="0" y="{band.top:.1f}" width="{lay.width}"'
                         f' height="{band.height:.1f}" fill="{BAND}"/>')  # fmt: skip
        y = band.top + 4 + 12 + 4
        row = band.row
        first, other = in_order(script, row.name, row.name_ar, row.name_en)
        first = _fitted(first, (LABELS - 30) * 0.6)  # the first name: most of the column
        other = _fitted(other, LABELS - 40 - _drawn(first))
        x, _, anchor = _edge(lay, 16, y)
        parts.append(_text(x, y, first, size=13, anchor=anchor, weight="bold"))
        if other:
            inner, _, inner_anchor = _edge(lay, LABELS - 14, y)
            inner_anchor = "start" if inner_anchor == "end" else "end"
            parts.append(_text(inner, y, other, size=13, anchor=inner_anchor))
    return parts


def _drawn(text: str) -> float:
    """About how wide a row's name is drawn (13 px, where ``text_width`` is 11 px)."""
    return text_width(text) * 1.2


def _fitted(text: str, room: float) -> str:
    """The name cut (an ellipsis where cut) to be drawn within ``room`` pixels."""
    limit = len(text)
    fitted = text
    while limit > 4 and _drawn(fitted) > room:
        limit -= 1
        fitted = short(text, limit)
    return fitted


def _mark(p: PlacedMark, words: Words) -> str:
    m, color = p.mark, status_hex(p.mark.status)
    tip = (
        f"{words.day(m.day)} · {words.status(m.status)} · {words.category(m.category)} — {m.label}"
    )
    if m.quote:
        tip += f"\n“{m.quote}”"
    parts = [f'<g id="c{m.commitment_id}-r{p.row}" class="mark {m.status}">',
             f"<title>{clean(tip)}</title>"]  # fmt: skip
    if p.target_x is not None:
        parts.append(f'<line x1="{p.x:.1f}" y1="{p.y:.1f}" x2="{p.target_x:.1f}" y2="{p.y:.1f}"'
                     f' stroke="{color}" stroke-width="2.5" stroke-opacity="0.55"/>')  # fmt: skip
        parts.append(f'<rect x="{p.target_x - 1.5:.1f}" y="{p.y - 6:.1f}" width="3" height="12"'
                     f' fill="{color}"/>')  # fmt: skip
    parts.append(f'<circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="{RADIUS}" fill="{color}"'
                 ' stroke="#ffffff" stroke-width="1.5"/>')  # fmt: skip
    left = p.label_span()[0]
    if p.target_x is not None:  # the label over its own line, on a halo
        halo = left - 3 if p.flipped else left + RADIUS + 1
        parts.append(f'<rect x="{halo:.1f}" y="{p.y - 8:.1f}" rx="3"'
                     f' width="{text_width(p.label) + 6:.1f}" height="16" fill="#ffffff"'
                     ' fill-opacity="0.9"/>')  # fmt: skip
    if p.flipped:  # near the page's right edge: the label ends at the dot
        parts.append(_text(p.x - RADIUS - 4, p.y + 4, p.label, size=11, anchor="end"))
    else:
        parts.append(_text(p.x + RADIUS + 4, p.y + 4, p.label, size=11))
    parts.append("</g>")
    return "".join(parts)
