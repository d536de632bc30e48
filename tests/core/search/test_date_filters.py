"""Date ranges ANDed with words filter by document number: same hits, order and totals."""

import random

import pytest
from whoosh import query as wq

from archiver.core.search import query as q
from archiver.core.search.index import ids_of, to_whoosh
from archiver.core.search.index.dates import split

QUERIES = [
    "date:2016-03..2016-08 orchard",
    "orchard date:..2016-05-31",
    "date:2016-06.. orchard lantern",
    "date:2016 date:2016-04..2017 orchard",  # two ranges: both hold
    "date:2016-02 orchard -lantern",
    "date:2030 orchard",  # nothing in the range
    "date:2016-04",  # a range alone is the query, not a filter
    "orchard OR date:2016-04",
    "orchard -date:2016-04",
]


def _loaded(archive, write) -> None:
    """Documents in three segments, a few undated, over eight months of 2016."""
    rng = random.Random(9)
    words = ["orchard", "lantern", "harbour", "meadow", "copper"]
    for batch in range(3):
        paths = []
        for i in range(12):
            body = " ".join(rng.choice(words) for _ in range(rng.randrange(3, 30)))
            day = f"2016{rng.randrange(1, 9):02}{rng.randrange(1, 28):02}"
            name = f"note-{batch}-{i}.txt" if i % 5 == 0 else f"note-{batch}-{i}-{day}.txt"
            paths.append(write(name, f"note {batch} {i}\n\n{body}\n"))
        assert not archive.import_paths(paths).failed
    assert len(archive.index.searcher().reader().leaf_readers()) >= 3


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_date_filtered_search_finds_what_the_range_clause_finds(archive, write, sort) -> None:
    _loaded(archive, write)
    searcher = archive.index.searcher()
    for text in QUERIES:
        wquery = to_whoosh(q.parse(text), archive.resolve)
        true = set(ids_of(searcher.reader(), list(searcher.docs_for_query(wquery))))
        result = archive.search(text, limit=1000, sort=sort, snippets=False)
        assert result.total == len(true), text
        assert {h.id for h in result.hits} == true, text
        if sort == "relevance":  # the range scored the same for every hit: the same order
            clause = searcher.search(wquery, limit=None, optimize=False)
            assert [h.id for h in result.hits] == [int(h["id"]) for h in clause], text
        for limit in (1, 3):
            assert archive.search(text, limit=limit, sort=sort).total == len(true), text


def test_only_top_level_ranges_beside_words_are_taken_out() -> None:
    def parts(text: str) -> tuple[wq.Query, int]:
        rest, ranges = split(to_whoosh(q.parse(text)))
        return rest, len(ranges)

    assert parts("date:2016 orchard")[1] == 1
    assert parts("date:2016 date:2016-04 orchard lantern")[1] == 2
    assert not isinstance(parts("date:2016 orchard")[0], wq.NumericRange)
    for alone in ("date:2016", "date:2016 -orchard", "orchard OR date:2016", "orchard -date:2016"):
        assert parts(alone)[1] == 0, alone


def test_the_date_filter_follows_new_segments_deletions_and_rebuilds(archive, write) -> None:
    _loaded(archive, write)
    query = "date:2016-12 orchard"
    assert archive.search(query).total == 0  # the segments' columns are read now
    late = archive.import_paths([write("late-20161205.txt", "late\n\norchard\n")])
    late_id = late.imported[0].id
    assert [h.id for h in archive.search(query).hits] == [late_id]
    archive.indexer.rebuild()
    assert [h.id for h in archive.search(query).hits] == [late_id]
    archive.delete_document(late_id)
    assert archive.search(query).total == 0
