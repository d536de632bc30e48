"""Dates as typed in the details dialog and `archiver edit --date`: the dateline forms too."""

from __future__ import annotations

import pytest

from archiver.core.dates.typed import TypedDate, read_typed


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2025-03-14", "2025-03-14"),
        ("2025-03", "2025-03"),
        ("2025", "2025"),
        ("14/3/2025", "2025-03-14"),
        ("14.03.2025", "2025-03-14"),
        ("3/25/2025", "2025-03-25"),  # no month 25: the American order
        ("4/4/2025", "2025-04-04"),
        ("14 March 2025", "2025-03-14"),
        ("March 14, 2025", "2025-03-14"),
        ("14 آذار 2025", "2025-03-14"),
        ("14 آذار/مارس 2025", "2025-03-14"),
        ("14 كانون الثاني / يناير 2025", "2025-01-14"),
        ("تشرين الأول/أكتوبر 2025", "2025-10"),
        ("١٤/٣/٢٠٢٥", "2025-03-14"),
        ("March 2025", "2025-03"),
        (" 14 March 2025. ", "2025-03-14"),
    ],
)
def test_a_typed_date_is_read(typed: str, iso: str) -> None:
    assert read_typed(typed) == TypedDate(iso)


@pytest.mark.parametrize("typed", ["14/13/2025", "2025-02-30", "2025-13", "yesterday", "14/3/25",
                                   "14 March 2025 in Beirut"])  # fmt: skip
def test_what_is_not_a_date_is_not_read(typed: str) -> None:
    assert read_typed(typed) == TypedDate("")


def test_a_day_and_month_that_could_be_swapped_give_both_readings() -> None:
    assert read_typed("3/4/2025") == TypedDate("", ("2025-04-03", "2025-03-04"))
