"""A commitment's quantity as a researcher types it: 1500, 1,500.5, 2e8, 1.5 billion, 2,5 m,
٢٫٥ مليون, 500 ألف, مليارين (two billion), ألف مليار.

Digits may be ASCII, Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹). ٫ is always the decimal
separator and ٬ a thousands separator; of `.` and `,` the last one given twice or after the
other groups thousands, and one given once is the decimal separator unless exactly three digits
follow it (1,500: then ``decimal``, the interface's convention, decides: "." reads 1,500 as
1500 and 1.500 as 1.5). Spaces and apostrophes may group thousands too (1 500 000, 1'500).
The scale words are data (``resources/quantity_words.json``); the value is computed in decimal
arithmetic, so 1.1 billion is 1100000000 exactly. Anything else is Invalid, naming the field
and the text.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from archiver.core.errors import Invalid
from archiver.core.resources import resource_path
from archiver.core.text.arabic import fold

TABLE = "quantity_words.json"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹−،’", "01234567890123456789-,'")
_CONTROLS = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_NUMBER = re.compile(
    r"(?P<sign>[-+]?)\s*"
    r"(?P<number>(?:\d+|(?=[.٫]\d))(?:[.,'٫٬]\d+| \d{3}(?!\d))*)?"
    r"(?P<exponent>(?<=\d)e[-+]?\d+)?"
    r"(?P<words>\D*)$"
)


@dataclass(frozen=True)
class Scales:
    """Folded scale word -> power of ten, by where the word may stand."""

    singular: dict[str, int]  # after a number or alone: مليون, million
    after_number: dict[str, int]  # only after a number: آلاف, k, bn
    dual: dict[str, int]  # only alone, for two: مليونين
    ambiguous: dict[str, str]  # refused: "tn" -> "tonnes or trillion"


def _key(word: str) -> str:
    return fold(word.lower())


@functools.cache
def scales() -> Scales:
    """The table, loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))

    def words(name: str) -> dict[str, int]:
        return {_key(w): int(power) for power, ws in data[name].items() for w in ws}

    ambiguous = {_key(w): meaning for w, meaning in data["ambiguous"].items()}
    return Scales(words("singular"), words("after_number"), words("dual"), ambiguous)


def read_quantity(text: str, field: str = "quantity", *, decimal: str = ".") -> float:
    """The number ``text`` says, scale words multiplied in; Invalid naming ``field`` if none."""
    cleaned = _CONTROLS.sub("", unicodedata.normalize("NFKC", text)).translate(_DIGITS)
    cleaned = " ".join(cleaned.lower().split())
    found = _NUMBER.match(cleaned) if cleaned else None
    words = found["words"].split() if found else []
    if found is None or (found["number"] is None and not words):
        raise _unreadable(text, field, cleaned)
    alone = found["number"] is None  # مليونين, million: no digits before the words
    try:
        value = Decimal(1) if alone else _number(found["number"], decimal, text, field)
        if found["exponent"]:
            value = value.scaleb(int(found["exponent"][1:]))
        for n, word in enumerate(words):
            factor = _scale(word, first=n == 0, alone=alone)
            if factor is None:
                raise _unreadable(text, field, word)
            value *= factor
        result = float(-value if found["sign"] == "-" else value)
    except ArithmeticError:  # an exponent past what a Decimal holds
        raise _unreadable(text, field, cleaned) from None
    if not math.isfinite(result):
        raise _unreadable(text, field, cleaned)
    return result


def _scale(word: str, *, first: bool, alone: bool) -> Decimal | None:
    """What ``word`` multiplies by (a dual: twice its scale), or None when it is no scale."""
    table = scales()
    for key in _keys(word):
        if key in table.singular:
            return Decimal(10) ** table.singular[key]
        if key in table.after_number and not (alone and first):
            return Decimal(10) ** table.after_number[key]
        if key in table.dual and alone and first:
            return 2 * Decimal(10) ** table.dual[key]
    return None


def _keys(word: str) -> list[str]:
    """The folded word, then without its article (الملايين: ملايين)."""
    key = _key(word)
    return [key, key[2:]] if key.startswith("ال") and len(key) > 3 else [key]


def _number(number: str, decimal: str, text: str, field: str) -> Decimal:
    """The digits with their separators as a Decimal (see the module's docstring)."""
    parts = re.split(r"([^\d])", number)
    groups, seps = parts[0::2], parts[1::2]
    point = _decimal_separator(groups, seps, decimal)
    grouping = seps[:point] if point is not None else seps
    whole = groups[: point + 1] if point is not None else groups
    if len(set(grouping)) > 1 or "٫" in grouping or not _grouped(whole):
        raise _unreadable(text, field, number)
    digits = "".join(whole)
    if point is not None:
        if point != len(seps) - 1:  # 1٫5٬000, 1.5.3
            raise _unreadable(text, field, number)
        digits += "." + groups[-1]
    return Decimal(digits)


def _decimal_separator(groups: list[str], seps: list[str], decimal: str) -> int | None:
    """Which separator is the decimal one (its index in ``seps``), or None: all group."""
    if not seps:
        return None
    last = len(seps) - 1
    if "٫" in seps:
        return seps.index("٫")
    if seps[last] not in ".,":
        return None
    if seps.count(seps[last]) > 1:
        return None  # 1,234,567 or 1.234.567: every one groups
    if last > 0:
        return last  # 1,234.5 or 1 234,5: the last one after other grouping
    if len(groups[1]) == 3 and 1 <= len(groups[0]) <= 3 and groups[0][0] != "0":
        return last if seps[last] == (decimal if decimal == "," else ".") else None
    return last


def _grouped(whole: list[str]) -> bool:
    """True when the digits before the decimal separator are grouped by threes (or not)."""
    if len(whole) == 1:
        return True
    first, rest = whole[0], whole[1:]
    return 1 <= len(first) <= 3 and all(len(g) == 3 for g in rest)


def _unreadable(text: str, field: str, part: str) -> Invalid:
    """The error for text that says no number; why, when an abbreviation is ambiguous."""
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    message = f'{field}: cannot read "{shown}" as a number'
    meaning = scales().ambiguous.get(_key(part))
    if meaning:
        message += f' ("{part}" may mean {meaning}: write the word out)'
    elif any(unicodedata.category(c) == "Sc" for c in text):
        message += " (the currency goes in the unit field)"
    return Invalid(message)
