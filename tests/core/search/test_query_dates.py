"""date: filters: an impossible date or a reversed range is refused naming the filter and why;
years, months, days and open ranges keep finding what they did."""

from __future__ import annotations

from datetime import date

import pytest

from archiver.core.errors import Invalid
from archiver.core.search import query as q

REFUSED = [
    ("date:2025-13 تونس", 'date: "2025-13" is not a date (month 13)'),
    ("date:2025-07-10..2025-07-01", "date: the range 2025-07-10..2025-07-01 ends before it starts"),
    ("date:2025..2024", "date: the range 2025..2024 ends before it starts"),
    ("date:2025-07-32", 'date: "2025-07-32" is not a date (day 32)'),
    ("date:2025-07-00", 'date: "2025-07-00" is not a date (day 0)'),
    ("date:2025-02-30", 'date: "2025-02-30" is not a date (February 2025 has 28 days)'),
    ("date:2023-02-29", 'date: "2023-02-29" is not a date (February 2023 has 28 days)'),
    ("date:2025-04-31", 'date: "2025-04-31" is not a date (April 2025 has 30 days)'),
    ("date:2025-00", 'date: "2025-00" is not a date (month 0)'),
    ("date:0000", 'date: "0000" is not a date (year 0)'),
    ("date:nonsense", 'date: "nonsense" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)'),
    ("date:25", 'date: "25" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)'),
    ("date:2025-07-01..2025-13", 'date: "2025-13" is not a date (month 13)'),
    ("date:bad..2025", 'date: "bad" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)'),
    ("تونس -date:2025-13", 'date: "2025-13" is not a date (month 13)'),
    ("DATE:2025-13", 'date: "2025-13" is not a date (month 13)'),
    ("date:٢٠٢٥-١٣", 'date: "٢٠٢٥-١٣" is not a date (month 13)'),
]


@pytest.mark.parametrize(("query", "reason"), REFUSED)
def test_an_impossible_date_is_refused_naming_the_filter_and_why(query: str, reason: str) -> None:
    with pytest.raises(Invalid) as refused:
        q.parse(query)
    assert str(refused.value) == reason


def test_partial_dates_and_open_ranges_stand_for_their_days_beside_refused_ones() -> None:
    d = date
    assert q.parse("date:2024") == q.DateRange(d(2024, 1, 1), d(2024, 12, 31))
    assert q.parse("date:2024-02") == q.DateRange(d(2024, 2, 1), d(2024, 2, 29))
    assert q.parse("date:2024-02-29") == q.DateRange(d(2024, 2, 29), d(2024, 2, 29))
    assert q.parse("date:2025-1-5") == q.DateRange(d(2025, 1, 5), d(2025, 1, 5))
    assert q.parse("date:2025-01..2025-06") == q.DateRange(d(2025, 1, 1), d(2025, 6, 30))
    assert q.parse("date:2025-07..2025-07-01") == q.DateRange(d(2025, 7, 1), d(2025, 7, 1))
    assert q.parse("date:..2024-12-31") == q.DateRange(None, d(2024, 12, 31))
    assert q.parse("date:2025-06..") == q.DateRange(d(2025, 6, 1), None)
    assert q.parse("date:..") == q.DateRange(None, None)
    assert q.parse("date:٢٠٢٥-٠٣") == q.DateRange(d(2025, 3, 1), d(2025, 3, 31))  # Arabic digits
    assert q.parse("date:9999") == q.DateRange(d(9999, 1, 1), d(9999, 12, 31))
    with pytest.raises(Invalid, match="February 2024 has 29 days"):  # the leap day is the last
        q.parse("date:2024-02-30")


def test_an_archive_refuses_a_bad_date_and_searches_good_ones(archive, write) -> None:
    july = archive.import_paths([write("2025-07-05-tunis.txt", "تونس\n\nاجتماع في تونس")])
    march = archive.import_paths([write("2024-03-01-talks.txt", "Talks\n\ntalks in Tunis")])
    july_id, march_id = july.imported[0].id, march.imported[0].id
    for query, _reason in REFUSED:
        with pytest.raises(Invalid):
            archive.search(query)
    found = {text: {h.id for h in archive.search(text).hits} for text in (
        "date:2025", "date:2025-07 تونس", "date:2024-03-01", "date:..2024-12-31",
        "date:2025-01..", "date:2024-03..2025-07", "date:2025-08..2025-12",
    )}  # fmt: skip
    assert found == {
        "date:2025": {july_id}, "date:2025-07 تونس": {july_id}, "date:2024-03-01": {march_id},
        "date:..2024-12-31": {march_id}, "date:2025-01..": {july_id},
        "date:2024-03..2025-07": {july_id, march_id}, "date:2025-08..2025-12": set(),
    }  # fmt: skip
