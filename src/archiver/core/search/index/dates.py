"""Date ranges taken out of a query, and tested against the ``sortdate`` column.

A query's date range ANDed with words used to be one more scored clause: Whoosh walked the
union of the range's numeric terms (every document of the period, at 100,000 documents tens
of thousands of postings) alongside the words. Taken out of the query, the range is a test
of the ``sortdate`` column (read once per segment, ``arrays.SegmentArrays.dates``) that the
words' matches pass through. The range scored a constant for every hit, so the order of
hits is the same, and the totals count the same documents.
"""

from __future__ import annotations

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


def segment_id(leaf: IndexReader) -> str:
    """The id of the segment a leaf reader reads ("" for an empty index's reader)."""
    segment = leaf.segment()
    return segment.segment_id() if segment is not None else ""
