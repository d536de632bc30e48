"""Who a web page's byline credits, and which outlet its ``<title>`` names.

A news byline is a dateline's place, then the agency or reporter: «عمّان - بترا», "LONDON
(Reuters)", «القدس المحتلة – أحمد خليل». The place is where the story was filed from, never
its author; the credit is the part after it. A byline that begins "By" or «بقلم» names its
author outright. A date in a byline is the dateline's, not a name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from archiver.core.dates.datelines import readings_of
from archiver.core.imports.paragraphs import tidy

PLACE_WORDS = 4  # «القدس المحتلة», "Gaza City": a dateline's place is this short at most
OUTLET_WORDS = 8  # what a <title> adds after the headline, when it is the outlet's name

_BY = re.compile(r"^(?:by|بقلم|كتب|كتبت|إعداد|اعداد|تحرير)\s*[:：]?\s+", re.IGNORECASE)
_ARABIC = "\u0600-\u06ff"
# a spaced hyphen, an en or em dash, or a hyphen touching an Arabic word («عمان-بترا»):
# a hyphen inside a Latin name (Jean-Pierre) is no separator
_DASH = re.compile(rf"\s*[–—]\s*|\s+-\s+|(?<=[{_ARABIC}])\s*-\s*|\s*-\s*(?=[{_ARABIC}])")
_AGENCY = re.compile(r"^(?P<place>[^()]+?)\s*\((?P<who>[^()]+)\)\s*[-–—:]?\s*$")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—•·:-]\s+|\s*\|\s*")


class Credit(NamedTuple):
    """A byline read: the dateline's place ("" when none) and whom it credits ("" when none)."""

    place: str
    author: str


def read_byline(byline: str) -> Credit:
    """The place and the credit of a byline: «عمّان - بترا» is (عمّان, بترا)."""
    text = tidy(byline)
    if by := _BY.match(text):
        return Credit("", _without_dates(text[by.end() :]))
    if (agency := _AGENCY.match(text)) and _is_place(agency["place"]):
        return Credit(agency["place"].strip(" ،,"), _without_dates(agency["who"]))
    parts = [p.strip(" ،,") for p in _DASH.split(text) if p.strip(" ،,")]
    if len(parts) > 1 and _is_place(parts[0]):
        return Credit(parts[0], _without_dates(" - ".join(parts[1:])))
    return Credit("", _without_dates(text))


def _is_place(words: str) -> bool:
    return 1 <= len(words.split()) <= PLACE_WORDS and not readings_of(words)


def _without_dates(credit: str) -> str:
    """The credit without parts that are dates («بترا - 14 آذار 2025» is بترا)."""
    parts = [p.strip(" ،,") for p in _DASH.split(credit)]
    return " - ".join(p for p in parts if p and not readings_of(p))


def outlet_in_title(page_title: str, headline: str | None) -> str:
    """What a page's ``<title>`` adds to the headline after or before a separator
    ("… | صحيفة الغد" gives صحيفة الغد), when it is short enough to be a name; else ""."""
    whole, head = tidy(page_title), tidy(headline or "")
    if not head or whole == head:
        return ""
    for cut in _TITLE_SEPARATOR.finditer(whole):
        before, after = whole[: cut.start()].strip(), whole[cut.end() :].strip()
        if before.casefold() == head.casefold():  # "headline | section | outlet": the last
            return _name(_TITLE_SEPARATOR.split(after)[-1])
        if after.casefold() == head.casefold():  # "outlet | headline"
            return _name(_TITLE_SEPARATOR.split(before)[0])
    return ""


def _name(text: str) -> str:
    return text.strip() if 1 <= len(text.split()) <= OUTLET_WORDS else ""
