"""Search totals are the true count of matching documents, whatever the limit or segments."""

import random

import pytest

from archiver.core.archive import Archive

# Whoosh's top-N collector used to skip the documents that could not beat the N-th best
# score so far, and count only what it visited. The first batch's titles name both words
# and score higher one after the other (each title shorter), so the N-th best score rises;
# long titles naming each word once come in later batches (later segments), all matching.
QUERIES = ("title:orchard title:lantern", "orchard lantern")
_STRONG = 7


def _filler(rng: random.Random, count: int) -> str:
    letters = "bcdfghjklmnpqrstvwxz"
    return " ".join("".join(rng.choice(letters) for _ in range(7)) for _ in range(count))


def _import_batch(archive: Archive, write, rng: random.Random, name: str, count: int, *,
                  strong: bool) -> None:  # fmt: skip
    paths = []
    for i in range(count):
        if strong:
            title = f"orchard lantern {_filler(rng, _STRONG - i)}"
            body = f"orchard lantern orchard lantern {_filler(rng, 3)}"
        else:
            title = f"{_filler(rng, 4)} orchard {_filler(rng, 4)} lantern {name}{i}"  # < TITLE_MAX
            body = f"{_filler(rng, 150)} orchard {_filler(rng, 150)} lantern {_filler(rng, 50)}"
        paths.append(write(f"{name}-{i}.txt", f"{title}\n\n{body}\n"))
    report = archive.import_paths(paths)
    assert len(report.imported) == count, report


def _totals(archive: Archive, query: str, sort: str, expected: int) -> dict[int, int]:
    found = {}
    for limit in (1, 5, 1000):
        result = archive.search(query, limit=limit, sort=sort)
        assert len(result.hits) == min(limit, expected)
        found[limit] = result.total
    return found


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("query", QUERIES)
def test_totals_are_exact_across_segments_and_after_reindex(archive, write, query, sort) -> None:
    rng = random.Random(3)
    _import_batch(archive, write, rng, "strong", _STRONG, strong=True)
    _import_batch(archive, write, rng, "weak", 20, strong=False)
    _import_batch(archive, write, rng, "other", 5, strong=False)
    assert len(archive.index.searcher().reader().leaf_readers()) >= 3
    expected = _STRONG + 25
    assert _totals(archive, query, sort, expected) == dict.fromkeys((1, 5, 1000), expected)

    archive.indexer.rebuild()
    _import_batch(archive, write, rng, "late", 4, strong=False)
    assert len(archive.index.searcher().reader().leaf_readers()) >= 2
    expected += 4
    assert _totals(archive, query, sort, expected) == dict.fromkeys((1, 5, 1000), expected)


@pytest.mark.parametrize("query", QUERIES)
def test_top_hits_are_the_best_scored(archive, write, query) -> None:
    rng = random.Random(5)
    _import_batch(archive, write, rng, "weak", 6, strong=False)
    _import_batch(archive, write, rng, "strong", _STRONG, strong=True)
    everything = archive.search(query, limit=1000).hits
    best = [h.id for h in archive.search(query, limit=2).hits]
    assert best == [h.id for h in everything[:2]]
