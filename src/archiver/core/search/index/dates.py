"""Date ranges as sets of document numbers, read from the ``sortdate`` column once per searcher.

A query's date range ANDed with words used to be one more scored clause: Whoosh walked the
union of the range's numeric terms (every document of the period, at 100,000 documents tens
of thousands of postings) alongside the words. Taken out of the query, the range becomes a
set of document numbers (a bisection of the column sorted once per searcher) that the
collector checks each match of the words against. The range scored a constant for every
hit, so the order of hits is the same, and the totals count the same documents.
"""

from __future__ import annotations

import bisect

from whoosh import query as wq
from whoosh.reading import IndexReader

DATE_FIELD = "sortdate"


def split(wquery: wq.Query) -> tuple[wq.Query, list[wq.NumericRange]]:
    """The query without its top-level date ranges, and those ranges.

    Only ranges ANDed at the top with at least one other positive clause are taken out: a
    range alone, or under OR or NOT, stays a clause (it is the query's matches, not a filter).
    """
    if not isinstance(wquery, wq.And):
        return wquery, []
    ranges = [p for p in wquery.subqueries if _is_date_range(p)]
    rest = [p for p in wquery.subqueries if not _is_date_range(p)]
    if not ranges or not any(not isinstance(p, wq.Not) for p in rest):
        return wquery, []
    return (rest[0] if len(rest) == 1 else wq.And(rest)), ranges


def _is_date_range(part: wq.Query) -> bool:
    return isinstance(part, wq.NumericRange) and part.fieldname == DATE_FIELD


class DateColumn:
    """Every document's day number (YYYYMMDD, 0 undated), sorted, with its document number."""

    def __init__(self, reader: IndexReader) -> None:
        column = reader.column_reader(DATE_FIELD)
        pairs = sorted((int(day), docnum) for docnum, day in enumerate(column))
        self._days = [day for day, _ in pairs]
        self._docnums = [docnum for _, docnum in pairs]

    def docs(self, ranges: list[wq.NumericRange]) -> set[int]:
        """The document numbers inside every one of ``ranges`` (ends inclusive, open ends)."""
        allowed: set[int] | None = None
        for part in ranges:
            low, high = 0, len(self._days)
            if part.start is not None:
                cut = bisect.bisect_right if part.startexcl else bisect.bisect_left
                low = cut(self._days, part.start)
            if part.end is not None:
                cut = bisect.bisect_left if part.endexcl else bisect.bisect_right
                high = cut(self._days, part.end)
            found = set(self._docnums[low:high])
            allowed = found if allowed is None else allowed & found
        return allowed or set()
