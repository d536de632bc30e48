"""Date ranges as sets of document numbers, from the ``sortdate`` column of each segment.

A query's date range ANDed with words used to be one more scored clause: Whoosh walked the
union of the range's numeric terms (every document of the period, at 100,000 documents tens
of thousands of postings) alongside the words. Taken out of the query, the range becomes a
set of document numbers (a bisection of each segment's column, sorted once) that the
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


class DateColumns:
    """Each segment's day numbers (YYYYMMDD, 0 undated), sorted, with their document numbers.

    A segment never changes once written, so its column is read and sorted once, when a
    query first needs it, and kept while the segment is in the index: after an import
    only the new segments are read.
    """

    def __init__(self) -> None:
        self._segments: dict[str, tuple[list[int], list[int]]] = {}

    def docs(self, reader: IndexReader, ranges: list[wq.NumericRange]) -> set[int]:
        """The index's document numbers inside every one of ``ranges``."""
        if not reader.doc_count_all():
            return set()
        leaves = [(self._column(leaf), base) for leaf, base in reader.leaf_readers()]
        live = {segment_id(leaf) for leaf, _ in reader.leaf_readers()}
        for gone in self._segments.keys() - live:
            del self._segments[gone]
        allowed: set[int] | None = None
        for part in ranges:
            found: set[int] = set()
            for (days, docnums), base in leaves:
                low, high = _bounds(days, part)
                found.update(
                    docnums[low:high] if not base else (n + base for n in docnums[low:high])
                )
            allowed = found if allowed is None else allowed & found
        return allowed or set()

    def _column(self, leaf: IndexReader) -> tuple[list[int], list[int]]:
        key = segment_id(leaf)
        if key not in self._segments:
            pairs = sorted((int(day), n) for n, day in enumerate(leaf.column_reader(DATE_FIELD)))
            self._segments[key] = ([day for day, _ in pairs], [n for _, n in pairs])
        return self._segments[key]


def segment_id(leaf: IndexReader) -> str:
    """The id of the segment a leaf reader reads ("" for an empty index's reader)."""
    segment = leaf.segment()
    return segment.segment_id() if segment is not None else ""


def _bounds(days: list[int], part: wq.NumericRange) -> tuple[int, int]:
    """The slice of the sorted ``days`` inside the range."""
    low, high = 0, len(days)
    if part.start is not None:
        cut = bisect.bisect_right if part.startexcl else bisect.bisect_left
        low = cut(days, part.start)
    if part.end is not None:
        cut = bisect.bisect_left if part.endexcl else bisect.bisect_right
        high = cut(days, part.end)
    return low, high
