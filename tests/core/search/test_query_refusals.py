"""A refused query carries why as data: a RefusalCode and named details (the GUI words them in
its language), and its English sentence for the CLI, unchanged."""

from __future__ import annotations

import pytest

from archiver.core.errors import QueryRefused, RefusalCode
from archiver.core.search import query as q

R = RefusalCode
# query -> (code, details, the English sentence)
REFUSED = {
    "ب" * 1001: (R.TOO_LONG, {"length": 1001, "limit": 1000},
                 "the query is too long (1001 characters; at most 1000)"),
    " ".join(f"w{i}" for i in range(65)): (R.TOO_MANY_WORDS, {"words": 65, "limit": 64},
                                           "the query has too many words (65; at most 64)"),
    "(" * 33 + "x": (R.TOO_DEEP, {"levels": 33, "limit": 32},
                     "the query is too deeply nested (33 levels; at most 32)"),
    "ال*": (R.PREFIX_TOO_SHORT, {"prefix": "ال*"}, "the prefix «ال*» is too short: type at "
            "least two letters before * (not counting the article ال)"),
    "date:July": (R.DATE_FORMAT, {"typed": "July"},
                  'date: "July" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)'),
    "date:0000": (R.DATE_YEAR, {"typed": "0000", "year": 0}, 'date: "0000" is not a date (year 0)'),
    "date:2025-13 تونس": (R.DATE_MONTH, {"typed": "2025-13", "month": 13},
                          'date: "2025-13" is not a date (month 13)'),
    "date:2025-01-32": (R.DATE_DAY, {"typed": "2025-01-32", "day": 32},
                        'date: "2025-01-32" is not a date (day 32)'),
    "date:2025-02-30": (R.DATE_PAST_MONTH_END,
                        {"typed": "2025-02-30", "calendar_month": 2, "year": 2025, "days": 28},
                        'date: "2025-02-30" is not a date (February 2025 has 28 days)'),
    "date:2025-07-10..2025-07-01": (R.DATE_RANGE_BACKWARDS,
                                    {"start": "2025-07-10", "end": "2025-07-01"},
                                    "date: the range 2025-07-10..2025-07-01 ends before it starts"),
}  # fmt: skip


@pytest.mark.parametrize("text", REFUSED, ids=[c.value for c, _d, _s in REFUSED.values()])
def test_a_refusal_has_its_code_details_and_sentence(text: str) -> None:
    code, details, sentence = REFUSED[text]
    with pytest.raises(QueryRefused) as refused:
        q.parse(text)
    assert refused.value.code is code and dict(refused.value.details) == details
    assert str(refused.value) == sentence


def test_every_code_but_the_index_one_is_met_here() -> None:
    met = {code for code, _d, _s in REFUSED.values()}
    assert set(RefusalCode) - met == {RefusalCode.PREFIX_TOO_BROAD}  # test_query_limits has it
