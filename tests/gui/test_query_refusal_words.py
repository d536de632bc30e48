"""A refused query is worded by the GUI from its RefusalCode and details: in English as the CLI
says it, in Arabic in Arabic (the details isolated, the month named and the digits written as
the locale writes them), never the core's English sentence in the Arabic interface."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from archiver.core.errors import QueryRefused, RefusalCode
from archiver.core.search import query as q
from archiver.gui.errors import error_message, refusal_words
from archiver.gui.locale_text import FSI, PDI
from translations_build import arabic_letters

QUERIES = ("date:July", "date:0000", "date:2025-13 تونس", "date:2025-01-32", "date:2025-02-30",
           "date:2025-07-10..2025-07-01", "ال*", "(" * 33 + "x",
           " ".join(f"w{i}" for i in range(65)))  # fmt: skip
R = RefusalCode
DETAILS: dict[RefusalCode, dict[str, str | int]] = {  # one of each code, as the core fills them
    R.TOO_LONG: {"length": 1001, "limit": 1000},
    R.TOO_MANY_WORDS: {"words": 65, "limit": 64},
    R.TOO_DEEP: {"levels": 33, "limit": 32},
    R.PREFIX_TOO_SHORT: {"prefix": "ال*"},
    R.PREFIX_TOO_BROAD: {"prefix": "كت*", "limit": 1000},
    R.DATE_FORMAT: {"typed": "July"},
    R.DATE_YEAR: {"typed": "0000", "year": 0},
    R.DATE_MONTH: {"typed": "2025-13", "month": 13},
    R.DATE_DAY: {"typed": "2025-01-32", "day": 32},
    R.DATE_PAST_MONTH_END: {"typed": "2025-02-30", "calendar_month": 2, "year": 2025, "days": 28},
    R.DATE_RANGE_BACKWARDS: {"start": "2025-07-10", "end": "2025-07-01"},
}


def _refusal(text: str) -> QueryRefused:
    with pytest.raises(QueryRefused) as refused:
        q.parse(text)
    return refused.value


def _plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


@pytest.mark.parametrize("text", QUERIES)
def test_the_english_interface_says_what_the_cli_says(qapp: QApplication, text: str) -> None:
    refused = _refusal(text)
    shown = error_message(refused)
    assert _plain(shown) == str(refused)
    assert FSI in shown  # the details are isolated


def test_every_code_is_worded_in_arabic(arabic: QApplication) -> None:
    assert set(DETAILS) == set(RefusalCode)
    for code, details in DETAILS.items():
        shown = refusal_words(code, tuple(details.items()), "ENGLISH SENTENCE")
        assert "ENGLISH SENTENCE" not in shown and arabic_letters(shown), code
        for value in details.values():
            if isinstance(value, str):
                assert f"{FSI}{value}{PDI}" in shown, (code, shown)


def test_the_arabic_words_fill_in_the_details_as_the_locale_writes_them(
    arabic: QApplication,
) -> None:
    month = error_message(_refusal("date:2025-13 تونس"))
    assert (
        _plain(month)
        == f"التاريخ «2025-13» ليس تاريخاً صحيحاً (لا يوجد شهر {QLocale().toString(13)})"
    )
    february = _plain(error_message(_refusal("date:2025-02-30")))
    name = QLocale().standaloneMonthName(2, QLocale.FormatType.LongFormat)
    year = QLocale().toString(2025).replace(QLocale().groupSeparator(), "")
    assert f"({name} {year} لا يتجاوز {QLocale().toString(28)} يوماً)" in february
    assert "February" not in february and "is not a date" not in february


def test_a_code_this_version_does_not_know_keeps_the_english_sentence(qapp: QApplication) -> None:
    assert refusal_words("from_a_later_version", (), "the query is odd") == "the query is odd"
