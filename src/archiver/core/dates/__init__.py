"""Publication dates found in file names and in a document's dateline, in every calendar.

``months`` loads the month tables (``resources/calendar_months.json``) and folds Arabic
spellings, ``names`` reads dates written in file names, ``hijri`` converts Umm al-Qura dates,
``datelines`` finds the dateline in a text's first lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.core.model import DatePrecision


@dataclass(frozen=True)
class FoundDate:
    """A date as ISO text (a month or a year stored as its first day), how precise it is,
    and a warning for the user when the document contradicts itself; ``iso`` is "" when a
    date was found but could not be settled (the warning says why)."""

    iso: str
    precision: DatePrecision = DatePrecision.DAY
    warning: str | None = None


def shown_date(published: str | None, precision: str | None) -> str:
    """The date as it should be read: "2024-03" for a month, "2024" for a year."""
    if not published:
        return ""
    if precision == DatePrecision.MONTH:
        return published[:7]
    if precision == DatePrecision.YEAR:
        return published[:4]
    return published
