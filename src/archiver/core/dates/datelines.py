"""The publication date a document states in its dateline or first lines.

A date counts as the dateline only where a dateline stands: on a short line of its own
("الثلاثاء 12 مارس 2024"), at the head of a line after a place or a weekday and followed by a
separator ("تونس، 12 مارس 2024 - …", "LONDON, 10 July 2025 (Reuters) -"), after a place and
its comma and closed by a full stop, as a dateline sentence ("New York, 20 May 2025. The …"),
or after a word that announces it ("نشر في", "بتاريخ", "Published"). A date inside the lead sentence is the
date of an event, not of the article, and is left alone, as is one inside any sentence (words
on both sides, none of the separators after it, a full stop at the end).

An all-numeric date whose day and month could be swapped (03/04/2025) is read day first only
in an Arabic document, where that is the usage; in another it is not guessed: no date is taken
and the found date says why.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from archiver.core.dates import FoundDate, hijri
from archiver.core.dates.months import alternation, fold, months
from archiver.core.model import DatePrecision
from archiver.core.text import arabic

FIRST_LINES = 6  # non-empty lines looked at, up to the first paragraph (the lead) included
PARAGRAPH_WORDS = 20  # a line this long is a paragraph: the dateline is in it or above it
LINE_CHARS = 400  # of each line
SHORT_LINE = 8  # words besides the date: a line that short is a dateline
HEAD_WORDS = 4  # words before a date at the head of a line (a place, a weekday, "في")
HIJRI_TOLERANCE = 1  # days a dual dateline's two dates may differ by (sighting vs Umm al-Qura)

_SEPARATOR_AFTER = re.compile(r"\s*(?:[-–—|(/]|$)")  # not ":", which ends a list item's date
_PLACE_AND_COMMA = re.compile(rf"^\s*[^\s,]+(?:\s+[^\s,]+){{0,{HEAD_WORDS - 1}}}\s*,\s*$")
_FULL_STOP_AFTER = re.compile(r"\.(?:\s|$)")  # the dateline is a sentence of its own
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
_SENTENCE_END = (".", "!", "?", "؟")
DAY_FIRST_LANGUAGES = frozenset({"ar"})  # where 03/04/2025 is 3 April without a doubt
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    day: date
    precision: DatePrecision
    hijri: str = ""  # the Hijri date as written (d/m/y), when it was one
    swappable: bool = False  # all-numeric, day first, the day could be the month (03/04/2025)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    tables = months()
    name, hij = alternation(tables.gregorian), alternation(tables.hijri)
    greg = rf"(?P<m>{name})(?:\s*/\s*(?P<m2>{name}))?"  # "آذار/مارس", "May / أيار": one month
    day = r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    between = r"\s*(?:من\s+)?(?:شهر\s+)?"
    aside = r"(?:\s*\([^)\d]{1,20}\))?\.?"  # "آذار (مارس)"
    year = r"[\s,]*(?:سنه\s+|عام\s+)?(?P<y>\d{4})(?!\d)"
    return (
        re.compile(day + between + f"(?P<hm>{hij})" + aside + year),
        re.compile(day + between + greg + aside + year),
        re.compile(rf"(?<!\w){greg}\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"),
        re.compile(r"(?<![\d/.-])(?P<y>\d{4})([/.-])(?P<n>\d{1,2})\2(?P<d>\d{1,2})(?![\d/-]|\.\d)"),
        re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([/.-])(?P<n>\d{1,2})\2(?P<y>\d{4})(?![\d/-]|\.\d)"),
        re.compile(r"(?<![\d\w])" + greg + aside + year),
    )


def find_dateline(text: str, language: str | None = None) -> FoundDate | None:
    """The dateline's date in the first lines of ``text``, or None.

    Of a dual dateline ("… هـ الموافق … م") the Gregorian date is kept; when the Hijri one,
    converted by Umm al-Qura, is more than a day away, the found date carries a warning.
    ``language`` ('ar', 'en', 'mixed'; None: told from the text) settles 03/04/2025; when it
    does not, the found date has no ``iso`` and its warning says so.
    """
    for line in _first_lines(text):
        if not _FOUR_DIGITS.search(line, 0, LINE_CHARS):  # no year: no date (cheap, unfolded)
            continue
        folded = fold(line[:LINE_CHARS])
        accepted = [c for unit in _units(folded) if _is_dateline(folded, unit) for c in unit]
        if accepted:
            return _settled(accepted, folded, text, language)
        year = _YEAR_ONLY.match(folded)
        if year:
            return FoundDate(f"{year.group(1)}-01-01", DatePrecision.YEAR)
    return None


def readings_of(text: str) -> list[str]:
    """What ``text`` read whole as a date may be (ISO; "YYYY-MM" for a month alone): none,
    one, or the two days an all-numeric date with day and month swappable could be."""
    folded = fold(text).strip().rstrip(".").strip()
    whole = [c for c in _candidates(folded) if c.start == 0 and c.end == len(folded)]
    if not whole:
        return []
    day = whole[0].day
    if whole[0].precision == DatePrecision.MONTH:
        return [day.isoformat()[:7]]
    if whole[0].swappable:
        return [day.isoformat(), date(day.year, day.day, day.month).isoformat()]
    return [day.isoformat()]


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
        if groups.get("m2") and months().gregorian[_name(groups["m2"])] != month:
            return None  # "آذار/أبريل": which month is meant is not known
    else:
        month = int(groups["n"])
        if _HIJRI_MARK.match(line, match.end()) or 1343 <= year <= 1500:
            return _hijri(match.start(), end, year, month, day)
        if month > 12 and day <= 12:  # 07/25/2025: an American month first
            month, day = day, month
        elif match.start("d") < match.start("y") and day <= 12 and day != month:
            found = _gregorian(match.start(), end, year, month, day, precision)
            return found and _Candidate(found.start, found.end, found.day, found.precision,
                                        swappable=True)  # fmt: skip
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
    if _PLACE_AND_COMMA.match(before) and _FULL_STOP_AFTER.match(after):
        return True  # "New York, 20 May 2025. The Secretary-General …"
    if before.split() and after.split() and not _SEPARATOR_AFTER.match(after) \
            and after.rstrip().endswith(_SENTENCE_END):  # fmt: skip
        return False  # a date in the middle of a sentence: an event's, or a note's
    others = len(before.split()) + len(after.split())
    if others <= SHORT_LINE:
        return True
    if _ANNOUNCED.search(before):
        return True
    return len(before.split()) <= HEAD_WORDS and bool(_SEPARATOR_AFTER.match(after))


def _settled(accepted: list[_Candidate], line: str, text: str, language: str | None) -> FoundDate:
    """The date picked, unless it is an all-numeric one the language does not settle."""
    found = _pick(accepted)
    swapped = [c for c in accepted if c.swappable and c.day.isoformat() == found.iso]
    if not swapped:
        return found
    if (language or arabic.script_of(text)) in DAY_FIRST_LANGUAGES:
        return found
    day = swapped[0].day
    written = line[swapped[0].start : swapped[0].end].strip()
    return FoundDate("", found.precision, (
        f"the dateline's {written} may be {day.day} {_MONTH_NAMES[day.month - 1]} or "
        f"{day.month} {_MONTH_NAMES[day.day - 1]} {day.year} (day or month first): no date "
        "was taken from it; set it in the document's details"))  # fmt: skip


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
