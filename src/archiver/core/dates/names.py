"""Dates written in file names: YYYYMMDD, YYYY-MM-DD, and the day first (DDMMYYYY, DD-MM-YYYY)."""

from __future__ import annotations

import re
from datetime import date

from archiver.core.dates.months import fold

_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_SEP = r"[-_.]?"
_YEAR_FIRST = re.compile(rf"(?<!\d)({_YEAR}){_SEP}({_MONTH}){_SEP}({_DAY})(?!\d)")
_DAY_FIRST = re.compile(rf"(?<!\d)({_DAY}){_SEP}({_MONTH}){_SEP}({_YEAR})(?!\d)")


def date_from_name(name: str) -> str | None:
    """The ISO date a file name holds ("JA-society-138-31072016.txt" gives 2016-07-31).

    The year first is read first; the two orders cannot both fit one run of eight digits
    (the year's 19/20 would have to be a month). Arabic-Indic digits (٢٠٢٥-٠٥-١٠) count too.
    """
    name = fold(name)
    for pattern, order in ((_YEAR_FIRST, (0, 1, 2)), (_DAY_FIRST, (2, 1, 0))):
        for match in pattern.finditer(name):
            year, month, day = (int(match.group(i + 1)) for i in order)
            try:
                return date(year, month, day).isoformat()
            except ValueError:  # 31 February
                continue
    return None
