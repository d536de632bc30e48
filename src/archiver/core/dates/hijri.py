"""Hijri (Umm al-Qura) dates to Gregorian ones, with the ``hijridate`` package's tables."""

from __future__ import annotations

from datetime import date


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date; None outside Umm al-Qura's range (1343–1500 AH)
    or for a day the month does not have."""
    from hijridate import Hijri

    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (OverflowError, ValueError):
        return None
