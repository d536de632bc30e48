"""The month tables of ``resources/calendar_months.json`` and the spelling fold they are matched in."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from archiver.core.resources import resource_path

TABLE = "calendar_months.json"
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")  # tatweel, harakat, Quranic marks
_FOLD = str.maketrans(
    "أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u060c\u200e\u200f\u061c",
    "اااايه01234567890123456789,   ",
)


def fold(text: str) -> str:
    """Text as dates are matched in: NFKC (presentation forms), no harakat or tatweel, one
    alef, ي for ى, ه for ة, ASCII digits, a Latin comma for the Arabic one, lower case."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    return text.translate(_FOLD).lower()


@dataclass(frozen=True)
class Months:
    """Folded month name -> month number, per calendar; folded weekday names."""

    gregorian: dict[str, int]
    hijri: dict[str, int]
    weekdays: tuple[str, ...]


@functools.cache
def months() -> Months:
    """The tables, loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))
    gregorian = {
        fold(name): int(number)
        for naming in data["gregorian"].values()
        for number, names in naming.items()
        for name in names
    }
    hijri = {fold(name): int(n) for n, names in data["hijri"].items() for name in names}
    return Months(gregorian, hijri, tuple(fold(day) for day in data["weekdays"]))


def alternation(names: dict[str, int] | tuple[str, ...]) -> str:
    """A regex group matching any of the names, the longest first, as whole words."""
    ordered = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered) + r")(?!\w)"
