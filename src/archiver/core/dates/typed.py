"""Dates as a user types them (the details dialog, the CLI): ISO, or any form datelines use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from archiver.core.dates.datelines import readings_of
from archiver.core.dates.months import fold

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(frozen=True)
class TypedDate:
    """The ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") typed text stands for, "" when none;
    ``readings`` holds the two days an all-numeric date could be when it does not say which."""

    iso: str
    readings: tuple[str, ...] = ()


def read_typed(text: str) -> TypedDate:
    """The date typed as ``2025-03-14``, ``2025-03``, ``2025``, ``14/3/2025``, ``14 March
    2025``, ``14 آذار 2025``, ``March 2025`` (Arabic-Indic digits too); 3/4/2025 is not
    guessed."""
    folded = fold(text).strip()
    if _ISO.match(folded):
        return TypedDate(folded if _exists(folded) else "")
    found = readings_of(folded)
    if len(found) == 2:
        return TypedDate("", tuple(found))
    return TypedDate(found[0] if found else "")


def _exists(iso: str) -> bool:
    padded = {4: "-01-01", 7: "-01"}.get(len(iso), "")
    try:
        date.fromisoformat(iso + padded)
    except ValueError:
        return False
    return True
