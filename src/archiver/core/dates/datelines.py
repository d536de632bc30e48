"""The publication date a document states in its dateline or first lines.

A date counts as the dateline only where a dateline stands: on a short line of its own
("الثلاثاء 12 مارس 2024"), at the head of a line after a place or a weekday and followed by a
separator ("تونس، 12 مارس 2024 - …", "LONDON, 10 July 2025 (Reuters) -"), or after a word
that announces it ("نشر في", "بتاريخ", "Published"). A date inside the lead sentence is the
date of an event, not of the article, and is left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from archiver.core.dates import FoundDate, hijri
from archiver.core.dates.months import alternation, fold, months
from archiver.core.model import DatePrecision

FIRST_LINES = 6  # non-empty lines looked at, up to the first paragraph (the lead) included
PARAGRAPH_WORDS = 20  # a line this long is a paragraph: the dateline is in it or above it
LINE_CHARS = 400  # of each line
SHORT_LINE = 8  # words besides the date: a line that short is a dateline
HEAD_WORDS = 4  # words before a date at the head of a line (a place, a weekday, "في")
HIJRI_TOLERANCE = 1  # days a dual dateline's two dates may differ by (sighting vs Umm al-Qura)

_SEPARATOR_AFTER = re.compile(r"\s*(?:[-–—|(/]|$)")  # not ":", which ends a list item's date
_ANNOUNCED = re.compile(
    r"(?:نشر|صدر|تاريخ النشر|بتاريخ|تاريخ|اخر تحديث|تحديث|published|posted|updated|dated|date)"
    r"\s*(?:في|on|:)?\s*[:]?\s*$"
)
_YEAR_ONLY = re.compile(r"^\s*(?:سنه|عام)?\s*((?:19|20)\d\d)\s*م?\s*$")
_YEAR_LIKE = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_FOUR_DIGITS = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]{4}")
_BEFORE_YEAR = 70  # characters before a year a date's day and month may start at
_AFTER_YEAR = 30  # and after it, an era mark or an English year's day
_HIJRI_MARK = re.compile(r"\s*(?:ه|هجري|هجريه|للهجره)(?!\w)")
_ERA_MARK = re.compile(r"\s*(?:ه|هجري|هجريه|للهجره|م|ميلادي|ميلاديه|للميلاد)(?!\w)")
_DUAL_JOIN = re.compile(r"^\s*[,(]?\s*(?:الموافق\s*(?:ل\s*)?|موافق\s*(?:ل\s*)?|[-–/|])?\s*$")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    day: date
    precision: DatePrecision
    hijri: str = ""  # the Hijri date as written (d/m/y), when it was one


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    tables = months()
    greg, hij = alternation(tables.gregorian), alternation(tables.hijri)
    day = r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    between = r"\s*(?:من\s+)?(?:شهر\s+)?"
    aside = r"(?:\s*\([^)\d]{1,20}\))?\.?"  # "آذار (مارس)"
    year = r"[\s,]*(?:سنه\s+|عام\s+)?(?P<y>\d{4})(?!\d)"
    return (
        re.compile(day + between + f"(?P<hm>{hij})" + aside + year),
        re.compile(day + between + f"(?P<m>{greg})" + aside + year),
        re.compile(
            rf"(?<!\w)(?P<m>{greg})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
        ),
        re.compile(r"(?<![\d/.-])(?P<y>\d{4})([/.-])(?P<n>\d{1,2})\2(?P<d>\d{1,2})(?![\d/-]|\.\d)"),
        re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([/.-])(?P<n>\d{1,2})\2(?P<y>\d{4})(?![\d/-]|\.\d)"),
        re.compile(f"(?<![\\d\\w])(?P<m>{greg})" + aside + year),
    )


def find_dateline(text: str) -> FoundDate | None:
    """The dateline's date in the first lines of ``text``, or None.

    Of a dual dateline ("… هـ الموافق … م") the Gregorian date is kept; when the Hijri one,
    converted by Umm al-Qura, is more than a day away, the found date carries a warning.
    """
    for line in _first_lines(text):
        if not _FOUR_DIGITS.search(line, 0, LINE_CHARS):  # no year: no date (cheap, unfolded)
            continue
        folded = fold(line[:LINE_CHARS])
        accepted = [c for unit in _units(folded) if _is_dateline(folded, unit) for c in unit]
        if accepted:
            return _pick(accepted)
        year = _YEAR_ONLY.match(folded)
        if year:
            return FoundDate(f"{year.group(1)}-01-01", DatePrecision.YEAR)
    return None


def dates_in_lead(text: str) -> list[str]:
    """Every full date (ISO) in the first lines, dateline or not: for measuring what the
    dateline rule leaves alone."""
    return [c.day.isoformat() for line in _first_lines(text)
            for c in _candidates(fold(line[:LINE_CHARS])) if c.precision == DatePrecision.DAY]  # fmt: skip


def _first_lines(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == FIRST_LINES or len(line.split()) > PARAGRAPH_WORDS:
                break
    return lines


def _candidates(line: str) -> list[_Candidate]:
    """Every date in a folded line, the more precise forms first, none overlapping."""
    found: list[_Candidate] = []
    years = [m.span() for m in _YEAR_LIKE.finditer(line)]
    if not years:  # every form has a year: most lines are done here
        return found
    # Only near the years: the month alternations are slow to try at every character.
    low, high = max(0, years[0][0] - _BEFORE_YEAR), years[-1][1] + _AFTER_YEAR
    taken: list[tuple[int, int]] = []  # a date that does not exist (31 February) too
    for pattern in _patterns():
        for match in pattern.finditer(line, low, high):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            taken.append(match.span())
            candidate = _candidate(match, line)
            if candidate is not None:
                found.append(candidate)
    return sorted(found, key=lambda c: c.start)


def _units(line: str) -> list[list[_Candidate]]:
    """The line's dates, a dual dateline's two dates ("… هـ الموافق … م") as one unit."""
    units: list[list[_Candidate]] = []
    for candidate in _candidates(line):
        last = units[-1][-1] if units else None
        if last is not None and _DUAL_JOIN.match(line[last.end : candidate.start]):
            units[-1].append(candidate)
        else:
            units.append([candidate])
    return units


def _candidate(match: re.Match[str], line: str) -> _Candidate | None:
    groups = match.groupdict()
    year = int(groups["y"])
    day = int(groups["d"]) if groups.get("d") else 1
    precision = DatePrecision.DAY if groups.get("d") else DatePrecision.MONTH
    era = _ERA_MARK.match(line, match.end())
    end = era.end() if era else match.end()
    if groups.get("hm"):
        return _hijri(match.start(), end, year, months().hijri[_name(groups["hm"])], day)
    if groups.get("m"):
        month = months().gregorian[_name(groups["m"])]
    else:
        month = int(groups["n"])
        if _HIJRI_MARK.match(line, match.end()) or 1343 <= year <= 1500:
            return _hijri(match.start(), end, year, month, day)
        if month > 12 and day <= 12:  # 07/25/2025: an American month first
            month, day = day, month
    return _gregorian(match.start(), end, year, month, day, precision)


def _name(matched: str) -> str:
    return re.sub(r"\s+", " ", matched)


def _gregorian(start: int, end: int, year: int, month: int, day: int,
               precision: DatePrecision) -> _Candidate | None:  # fmt: skip
    if not 1900 <= year <= 2099:
        return None
    try:
        return _Candidate(start, end, date(year, month, day), precision)
    except ValueError:
        return None


def _hijri(start: int, end: int, year: int, month: int, day: int) -> _Candidate | None:
    """A Hijri day (a Hijri month alone spans two Gregorian months: not taken)."""
    if not 1 <= month <= 12:
        return None
    gregorian = hijri.to_gregorian(year, month, day)
    if gregorian is None:
        return None
    return _Candidate(start, end, gregorian, DatePrecision.DAY, f"{day}/{month}/{year}")


def _is_dateline(line: str, unit: list[_Candidate]) -> bool:
    before, after = line[: unit[0].start], line[unit[-1].end :]
    others = len(before.split()) + len(after.split())
    if others <= SHORT_LINE:
        return True
    if _ANNOUNCED.search(before):
        return True
    return len(before.split()) <= HEAD_WORDS and bool(_SEPARATOR_AFTER.match(after))


def _pick(accepted: list[_Candidate]) -> FoundDate:
    gregorian = [c for c in accepted if not c.hijri]
    hijri_days = [c for c in accepted if c.hijri]
    if not gregorian:
        first = hijri_days[0]
        return FoundDate(first.day.isoformat(), first.precision)
    best = min(gregorian, key=lambda c: (c.precision != DatePrecision.DAY, c.start))
    warning = None
    if hijri_days and best.precision == DatePrecision.DAY:
        other = hijri_days[0]
        if abs((other.day - best.day).days) > HIJRI_TOLERANCE:
            warning = (
                f"the dateline's Hijri date {other.hijri} is {other.day.isoformat()} by Umm "
                f"al-Qura, not {best.day.isoformat()} as its Gregorian date says: the "
                "Gregorian date is kept"
            )
    return FoundDate(best.day.isoformat(), best.precision, warning)
