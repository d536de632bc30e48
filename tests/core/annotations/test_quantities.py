"""A quantity as a researcher types it: digits of any script, the separators of either
convention, English and Arabic scale words; anything else refused, naming the field and text."""

from __future__ import annotations

import json

import pytest

from archiver.core.annotations.quantities import TABLE, read_quantity, scales
from archiver.core.errors import Invalid
from archiver.core.resources import resource_path

READ = [
    # plain numbers and both conventions
    ("1500", 1500), ("  30 ", 30), ("2.5", 2.5), ("2,5", 2.5), ("12,34", 12.34), (".5", 0.5),
    ("1,500", 1500), ("1.500", 1.5), ("0,500", 0.5), ("1,500.25", 1500.25),
    ("1.500,25", 1500.25), ("1,234,567", 1234567), ("1.234.567", 1234567),
    ("1.234.567,5", 1234567.5), ("1 500 000", 1_500_000), ("1\u202f500\u00a0000", 1_500_000),
    ("1'500'000", 1_500_000), ("1 500,5", 1500.5), ("2e8", 2e8), ("1.5E9", 1.5e9),
    ("-5", -5), ("\u22125", -5), ("+7", 7),
    # English scale words and abbreviations
    ("1.5 billion", 1_500_000_000), ("1.5 Billion", 1_500_000_000), ("1.5bn", 1_500_000_000),
    ("1.5 B", 1_500_000_000), ("2 thousand", 2000), ("2k", 2000), ("2 K", 2000),
    ("3m", 3_000_000), ("3 mn", 3_000_000), ("3 mln", 3_000_000), ("250 million", 250e6),
    ("2 trillion", 2e12), ("2 milliard", 2e9), ("1.1 billion", 1_100_000_000),
    ("0.1 thousand", 100), ("2 thousand million", 2e9), ("2 hundred thousand", 200_000),
    ("1,500 million", 1.5e9), ("million", 1e6),
    # Arabic digits, separators and words
    ("٢ ألف", 2000), ("2 ألف", 2000), ("٢ الف", 2000), ("٢ألف", 2000), ("٢٠٠٠", 2000),
    ("۱۲۳", 123), ("١٬٥٠٠٫٥", 1500.5), ("٫٥", 0.5), ("١٫٥ مليار", 1.5e9), ("١،٥ مليار", 1.5e9),
    ("3 آلاف", 3000), ("3 الاف", 3000), ("500 مليون", 5e8), ("5 ملايين", 5e6),
    ("5 الملايين", 5e6), ("5 مليار", 5e9), ("5 مليارات", 5e9), ("5 بليون", 5e9),
    ("11 ألفاً", 11000), ("11 ألفا", 11000), ("20 مليوناً", 2e7), ("2 تريليون", 2e12),
    ("2 ترليون", 2e12), ("2 ترليونات", 2e12), ("2 التريليون", 2e12), ("٢ مـلـيـون", 2e6),
    ("مليون", 1e6), ("المليون", 1e6), ("ألفاً", 1000), ("مليونين", 2e6), ("مليونان", 2e6),
    ("ملياري", 2e9), ("ألفين", 2000), ("مئتا ألف", 200_000), ("ألف مليار", 1e12),
    ("٢٠٠ ألف", 200_000), ("١.٥ مليون", 1.5e6), ("\u200f١٫٥\u200f مليار", 1.5e9),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), READ)
def test_a_typed_quantity_is_read_with_its_scale(text: str, value: float) -> None:
    assert read_quantity(text) == value


UNREADABLE = [
    "", "   ", "1.5 bilion", "two", "inf", "nan", "1e999", "1e99999999999", "1_000", "1.5.3",
    "1,5,00", "1 5", "١٬٥", "1٫5٬000", "1,500 000", "2e", "e5", "5 %", "1.5 billion.",
    "ألفا", "الملايين", "2 ألفين", "k", "-", "five million", "1.5 bn dollars",
]  # fmt: skip


@pytest.mark.parametrize("text", UNREADABLE)
def test_what_says_no_number_is_refused_naming_the_field_and_the_text(text: str) -> None:
    with pytest.raises(Invalid) as raised:
        read_quantity(text)
    assert str(raised.value) == f'quantity: cannot read "{" ".join(text.split())}" as a number'


def test_the_message_names_the_field_and_says_why_when_it_can() -> None:
    with pytest.raises(Invalid, match=r'^amount: cannot read "1.5 bilion" as a number$'):
        read_quantity("1.5 bilion", "amount")
    with pytest.raises(Invalid, match=r'"5 tn" as a number \("tn" may mean tonnes or trillion'):
        read_quantity("5 tn")
    with pytest.raises(Invalid, match="currency goes in the unit field"):
        read_quantity("£1.5 billion")


def test_three_digits_after_one_separator_follow_the_interface_convention() -> None:
    assert (read_quantity("1,500"), read_quantity("1.500")) == (1500, 1.5)
    assert (read_quantity("1,500", decimal=","), read_quantity("1.500", decimal=",")) == (1.5, 1500)
    # unambiguous ones read the same either way
    for text, value in (("2,5", 2.5), ("1.234.567", 1234567), ("1,500.5", 1500.5)):
        assert read_quantity(text, decimal=",") == value


def test_the_scale_table_is_consistent() -> None:
    """No folded word in two places, every power a scale, the ambiguous ones not read."""
    table = scales()
    places = [set(table.singular), set(table.after_number), set(table.dual), set(table.ambiguous)]
    assert sum(len(p) for p in places) == len(set().union(*places))
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))
    for name in ("singular", "after_number", "dual"):
        assert set(data[name]) == {"2", "3", "6", "9", "12"}
