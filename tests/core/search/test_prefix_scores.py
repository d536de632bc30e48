"""A prefix matches as one clause per field, each hit scoring the same, whatever it expands to."""

from archiver.core.search import query as q
from archiver.core.search.index import ids_of, to_whoosh


def test_prefix_hits_score_by_the_fields_they_match_in(archive, write) -> None:
    # Whoosh summed each word's BM25 score when a prefix expanded to exactly two words (or
    # on a segment of over 5,000 documents) and scored 1 a hit otherwise: how often a word
    # was repeated ranked one prefix and not another.
    texts = [
        "note one\n\nzephyrine meadow copper\n",
        "note two\n\nzephyrine zephyrine zephyrine zephyrus meadow\n",
        "note three\n\nzephyrus harbour harbour harbour harbour harbour harbour\n",
        "zephyrine in the title\n\ncopper meadow\n",
        "note five\n\nmeadow copper harbour\n",
    ]
    report = archive.import_paths([write(f"n{i}.txt", t) for i, t in enumerate(texts)])
    assert not report.failed
    ids = [r.id for r in report.imported]
    result = archive.search("zephy*", limit=10, snippets=False)
    assert result.total == 4
    by_id = {h.id: h.score for h in result.hits}
    assert by_id[ids[0]] == by_id[ids[1]] == by_id[ids[2]]  # body and exact forms: two fields
    assert by_id[ids[3]] > by_id[ids[0]]  # and the title
    assert all(score == int(score) for score in by_id.values())
    searcher = archive.index.searcher()
    matched = searcher.docs_for_query(to_whoosh(q.parse("zephy*")))
    assert set(ids_of(searcher.reader(), list(matched))) == set(by_id)


def test_a_prefix_finds_no_deleted_document(archive, write) -> None:
    report = archive.import_paths(
        [write(f"d{i}.txt", f"note {i}\n\nzephyrine {i}\n") for i in range(3)]
    )
    archive.delete_document(report.imported[0].id)
    found = archive.search("zephy*", limit=10, snippets=False)
    assert found.total == 2
    assert report.imported[0].id not in {h.id for h in found.hits}
