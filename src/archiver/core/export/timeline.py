"""The timeline of commitments: one row per source actor, a mark at each statement date.

``timeline_of`` is a pure function over the commitments view (a list of ``Commitment``);
``layout`` places the rows and marks on a page (pure too), for the SVG writer
(``timeline_svg.py``) and the app's view, which draw the same geometry.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.names import Script, in_order

if TYPE_CHECKING:
    from archiver.core.annotations.model import Commitment
    from archiver.core.annotations.views import CommitmentViews


@dataclass(frozen=True)
class TimelineMark:
    """One commitment in one participant's row."""

    commitment_id: int
    day: date  # the statement date (its first day when only a year or a month is known)
    target: date | None  # the target date, where set
    status: str
    category: str
    label: str  # what was committed, else the category
    quote: str


@dataclass
class TimelineRow:
    """A participant as a source actor, with its commitments oldest first."""

    participant_id: int
    name: str
    name_ar: str
    marks: list[TimelineMark] = field(default_factory=list)
    name_en: str = ""


@dataclass
class Timeline:
    """The rows, and how many commitments had no statement date (they cannot be placed)."""

    rows: list[TimelineRow]
    undated: int = 0

    @property
    def commitments(self) -> int:
        """How many commitments are drawn (one with two sources counts once)."""
        return len({m.commitment_id for row in self.rows for m in row.marks})

    @property
    def statuses(self) -> list[str]:
        """The statuses drawn, in order of first appearance."""
        return list(dict.fromkeys(m.status for row in self.rows for m in row.marks))


def day_of(value: str | None) -> date | None:
    """A stored date (YYYY, YYYY-MM or YYYY-MM-DD) as its first day; None when empty or bad."""
    if not value:
        return None
    parts = [int(p) for p in value[:10].split("-") if p.isdigit()] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def timeline_of(commitments: Iterable[Commitment], actors: Collection[int] = ()) -> Timeline:
    """Rows of source actors (only ``actors`` when given), by name; undated ones counted."""
    rows: dict[int, TimelineRow] = {}
    undated: set[int] = set()
    for c in commitments:
        day = day_of(c.statement_date)
        sources = [a for a in c.sources if not actors or a.participant_id in actors]
        if not sources:
            continue
        if day is None:
            undated.add(c.id)
            continue
        mark = TimelineMark(c.id, day, day_of(c.target_date), c.status, c.category,
                            c.what or c.category, c.quote)  # fmt: skip
        for a in sources:
            row = rows.setdefault(
                a.participant_id,
                TimelineRow(a.participant_id, a.name, a.name_ar, name_en=a.name_en),
            )
            row.marks.append(mark)
    for row in rows.values():
        row.marks.sort(key=lambda m: (m.day, m.commitment_id))
    ordered = sorted(rows.values(), key=lambda r: (r.name.casefold(), r.participant_id))
    return Timeline(ordered, len(undated))


def by_names(tl: Timeline, script: Script) -> Timeline:
    """The rows in the order of their names as a reader of ``script`` sees them first."""

    def key(row: TimelineRow) -> tuple[str, int]:
        return in_order(script, row.name, row.name_ar, row.name_en)[
            0
        ].casefold(), row.participant_id

    return replace(tl, rows=sorted(tl.rows, key=key))


def timeline(views: CommitmentViews, chosen: CommitmentFilter = CommitmentFilter()) -> Timeline:  # noqa: B008
    """The timeline of the commitments the filter lets through (its actors as sources)."""
    found = views.list_commitments(role="source", order="oldest", **chosen.query())
    return timeline_of(found, chosen.actors)


# -- layout -------------------------------------------------------------------------------

WIDTH = 1100
LABELS = 250  # the column of participant names
RIGHT = 40
TOP = 92  # title, summary, legend, axis labels
LANE = 24  # one line of marks within a row
BOTTOM = 36
LABEL_CHARS = 34  # a mark's label is cut there
CHAR_WIDTH = 6.4  # estimates at 11 px, for keeping labels apart: Latin, and Arabic (joined)
ARABIC_CHAR_WIDTH = 5.0
RADIUS = 6


@dataclass(frozen=True)
class PlacedMark:
    """A mark where it is drawn: its centre, the end of its line (the target), its text."""

    mark: TimelineMark
    row: int
    x: float
    y: float
    target_x: float | None
    label: str
    flipped: bool = False  # the label left of the dot: on its right it would leave the page

    def label_span(self) -> tuple[float, float]:
        """Where the label (with the gap from its dot) runs, left to right, in page pixels."""
        width = RADIUS + 4 + text_width(self.label)
        return (self.x - width, self.x) if self.flipped else (self.x, self.x + width)


@dataclass(frozen=True)
class PlacedRow:
    """A row's band on the page."""

    row: TimelineRow
    top: float
    height: float


@dataclass(frozen=True)
class Tick:
    """A date on the axis: a week's day, a month's first day, or a year (``text`` its ISO)."""

    x: float
    text: str
    day: date | None = None


@dataclass
class Layout:
    """The page: size, rows, marks in reading order (row by row, oldest first), axis ticks;
    ``mirrored`` for a right-to-left reader: names on the right, time running leftwards."""

    timeline: Timeline
    width: int
    height: int
    rows: list[PlacedRow]
    marks: list[PlacedMark]
    ticks: list[Tick]
    first: date | None
    last: date | None
    mirrored: bool = False


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters (an ellipsis where cut)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def text_width(text: str) -> float:
    """About how wide a label is drawn at 11 px."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return arabic * ARABIC_CHAR_WIDTH + (len(text) - arabic) * CHAR_WIDTH


def _span(tl: Timeline) -> tuple[date, date] | None:
    days = [d for row in tl.rows for m in row.marks for d in (m.day, m.target) if d is not None]
    if not days:
        return None
    first, last = min(days), max(days)
    pad = max(timedelta(days=10), (last - first) / 20)
    return first - pad, last + pad


def layout(tl: Timeline, width: int = WIDTH, *, mirror: bool = False) -> Layout:
    """Rows stacked down the page, marks placed by date, labels kept apart in lanes;
    ``mirror`` lays it out for a right-to-left reader."""
    lay = _left_to_right(tl, max(width, LABELS + RIGHT + 200))
    return mirrored(lay) if mirror else lay


def mirrored(lay: Layout) -> Layout:
    """The same page seen in a mirror: every x from the other edge, labels on the dots'
    other side (what did not overlap still does not)."""
    w = lay.width
    marks = [
        replace(p, x=w - p.x, target_x=None if p.target_x is None else w - p.target_x,
                flipped=not p.flipped)
        for p in lay.marks
    ]  # fmt: skip
    ticks_ = [replace(t, x=w - t.x) for t in lay.ticks]
    return replace(lay, marks=marks, ticks=ticks_, mirrored=not lay.mirrored)


def _left_to_right(tl: Timeline, width: int) -> Layout:
    span = _span(tl)
    if span is None:
        return Layout(tl, width, TOP + BOTTOM, [], [], [], None, None)
    first, last = span
    days = max((last - first).days, 1)
    right = width - RIGHT

    def x_of(day: date) -> float:
        return LABELS + (right - LABELS) * (day - first).days / days

    rows, marks, top = [], [], float(TOP)
    for index, row in enumerate(tl.rows):
        placed, lanes = _lanes(row, index, x_of, top, width - 4)
        rows.append(PlacedRow(row, top, lanes * LANE + 8))
        marks += placed
        top += lanes * LANE + 8
    return Layout(tl, width, int(top) + BOTTOM, rows, marks, ticks(first, last, x_of),
                  first, last)  # fmt: skip


XOf = Callable[[date], float]


def _lanes(
    row: TimelineRow, index: int, x_of: XOf, top: float, page_right: float
) -> tuple[list[PlacedMark], int]:
    """Each mark in the first lane of the row where its line and label do not touch another;
    the marks, and how many lanes the row needs."""
    ends: list[float] = []  # where each lane is taken up to
    placed = []
    for mark in row.marks:
        x = x_of(mark.day)
        target = x_of(mark.target) if mark.target else None
        label, flipped = fitted_label(mark.label, x, page_right)
        left = x - RADIUS - (4 + text_width(label) if flipped else 0)
        reach = max(x + RADIUS if flipped else x + RADIUS + 4 + text_width(label), target or x)
        lane = next((i for i, end in enumerate(ends) if end + 8 < left), len(ends))
        if lane == len(ends):
            ends.append(reach)
        ends[lane] = reach
        y = top + 4 + lane * LANE + LANE / 2
        placed.append(PlacedMark(mark, index, x, y, target, label, flipped))
    return placed, max(len(ends), 1)


def fitted_label(text: str, x: float, page_right: float) -> tuple[str, bool]:
    """A mark's label and whether it goes left of the dot: right of it when it fits on the
    page, else left of it when it fits between the names and the dot, else cut to the wider side."""
    label = short(text)
    right_room, left_room = page_right - x - RADIUS - 4, x - RADIUS - 4 - LABELS
    if text_width(label) <= right_room:
        return label, False
    if text_width(label) <= left_room:
        return label, True
    flipped = left_room > right_room
    limit = LABEL_CHARS
    while limit > 2 and text_width(label) > max(left_room, right_room):
        limit -= 1
        label = short(text, limit)
    return label, flipped


def ticks(first: date, last: date, x_of: XOf) -> list[Tick]:
    """Dates on the axis: years, quarters, months or weeks, whichever gives a few."""
    months = (last.year - first.year) * 12 + last.month - first.month
    found: list[Tick] = []
    if months <= 2:
        day = first + timedelta(days=(7 - first.weekday()) % 7)
        while day <= last:
            found.append(Tick(x_of(day), day.isoformat(), day))
            day += timedelta(days=7)
        return found
    step = 12 if months > 48 else 3 if months > 15 else 1
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    while (year, month) <= (last.year, last.month):
        if (month - 1) % step == 0:
            day = date(year, month, 1)
            found.append(Tick(x_of(day), str(year) if step == 12 else day.isoformat()[:7], day))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def title_of(chosen: CommitmentFilter, names: Iterable[str] = ()) -> str:
    """The page's title: what the filter keeps (``names``: its actors' names)."""
    words = [", ".join(names), ", ".join(s.replace("_", " ") for s in chosen.statuses),
             ", ".join(chosen.categories)]  # fmt: skip
    if chosen.date_from or chosen.date_to:
        words.append(f"{chosen.date_from or '…'} – {chosen.date_to or '…'}")
    if chosen.text.strip():
        words.append(f"“{chosen.text.strip()}”")
    shown = " · ".join(w for w in words if w)
    return "Commitments over time" + (f" — {shown}" if shown else "")
