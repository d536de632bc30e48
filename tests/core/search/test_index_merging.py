"""Merging an import's segments (``merging``) gives readers what Whoosh's own merge gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_index_segments import _build, _documents, _dump, _fast, _stock
from whoosh import index
from whoosh import query as wq

from archiver.core.progress import CancelToken
from archiver.core.search.index import SearchIndex, ids_of
from archiver.core.search.index.merging import plan
from archiver.core.search.index.writing import fields_of, live_docnums


def _segmented(folder: Path, make=_fast, replaced: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Four segments, then (``replaced``) two documents replaced: deleted from their old
    segments, added in a fifth."""
    docs = _documents(480)  # common terms span several blocks in each segment
    _build(folder, docs, make, commits=4)
    if not replaced:
        return
    ix = index.open_dir(str(folder))
    writer = make(ix)
    reader = writer.reader()
    docnums = live_docnums(reader)
    reader.close()
    for doc in (docs[3], docs[200]):  # replaced as IndexWriter.add replaces them
        writer.delete_document(docnums[doc.id])
        writer.add_document(**fields_of(doc))
    writer.commit(merge=False)
    assert len(ix._segments()) == 5 and any(s.has_deletions() for s in ix._segments())
    ix.close()


def test_a_merge_writes_what_whoosh_merging_writes(tmp_path: Path) -> None:
    _segmented(tmp_path / "stock", _stock)
    ix = index.open_dir(str(tmp_path / "stock"))
    _stock(ix).commit(optimize=True)  # Whoosh's merge: every segment into one
    ix.close()
    _segmented(tmp_path / "ours")
    ours = SearchIndex(tmp_path / "ours")
    assert ours.tidy() == 5
    assert ours.segment_count() == 1
    ours.close()
    merged, stock = _dump(tmp_path / "ours"), _dump(tmp_path / "stock")
    assert len(merged["terms"]) > 500 and max(len(v[-1]) for v in merged["terms"].values()) > 128
    assert merged == stock


@pytest.mark.parametrize(
    ("make", "replaced"),
    [(_fast, False), (_stock, False), (_stock, True)],
    ids=["ours", "stock", "stock-replaced"],
)
def test_a_merge_copying_what_it_can_writes_what_whoosh_merging_writes(
    tmp_path: Path, make: Callable[[Any], Any], replaced: bool
) -> None:
    # Segments of ours with no deletions are copied (terms of one segment as stored, the
    # first segment's blocks, inline lists joined); Whoosh's own segments are decoded.
    _segmented(tmp_path / "stock", _stock, replaced=replaced)
    ix = index.open_dir(str(tmp_path / "stock"))
    _stock(ix).commit(optimize=True)
    ix.close()
    _segmented(tmp_path / "ours", make, replaced=replaced)
    ours = SearchIndex(tmp_path / "ours")
    assert ours.tidy() == (5 if replaced else 4)
    assert ours.segment_count() == 1
    ours.close()
    merged, stock = _dump(tmp_path / "ours"), _dump(tmp_path / "stock")
    assert max(len(v[-1]) for v in merged["terms"].values()) > 3 * 128
    assert merged == stock


def _answers(target: SearchIndex, terms: list[tuple[str, bytes]]) -> list[dict[str, float]]:
    searcher = target.searcher()
    return [
        {
            ids_of(searcher.reader(), [hit.docnum])[0]: hit.score
            for hit in searcher.search(wq.Term(*term), limit=None)
        }
        for term in terms
    ]


@pytest.mark.parametrize("replaced", [False, True])
def test_a_merge_keeps_every_query_answer(tmp_path: Path, replaced: bool) -> None:
    _segmented(tmp_path / "ix", replaced=replaced)
    target = SearchIndex(tmp_path / "ix")
    terms = list(target.searcher().reader().all_terms())[::7]
    before = _answers(target, terms)
    assert target.tidy() == (5 if replaced else 4)
    after = _answers(target, terms)
    assert [set(hits) for hits in after] == [set(hits) for hits in before]
    assert sum(map(len, before)) > 4_000
    # Scores within 2 %: Whoosh's field statistics shift a little when segments become one
    # (its own merge writes the segment ours writes: the test above); a replaced document's
    # deleted copy counts in its terms' frequencies until the merge drops it (7 % here).
    tolerance = 0.1 if replaced else 0.02
    assert all(
        after[n][doc] == pytest.approx(score, rel=tolerance)
        for n, hits in enumerate(before)
        for doc, score in hits.items()
    )
    target.close()


def test_a_cancelled_merge_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    _segmented(tmp_path / "ix")
    files = sorted(p.name for p in (tmp_path / "ix").iterdir())
    target = SearchIndex(tmp_path / "ix")
    token = CancelToken()
    token.cancel()
    assert target.tidy(token) == 0
    assert target.segment_count() == 5 and target.count() == 480
    assert sorted(p.name for p in (tmp_path / "ix").iterdir()) == files  # nothing left over
    writer = target.writer()  # the lock was released
    writer.cancel()
    target.close()


@pytest.mark.parametrize(
    ("sizes", "merged"),
    [
        ([], []),
        ([("a", 100)], []),
        ([("a", 5000), ("b", 5000), ("c", 5000)], ["a", "b", "c"]),
        ([("a", 30000), ("b", 1000), ("c", 1000)], ["b", "c"]),
        ([("a", 30000), ("b", 2000), ("c", 1000)], ["b", "c"]),
        ([("a", 10000), ("b", 3000), ("c", 1000)], []),
        ([("a", 550), ("b", 548)], ["a", "b"]),  # the two workers' segments of one batch
        ([("a", 30000), ("b", 2000), ("c", 1000), ("d", 1000)], ["b", "c", "d"]),
        ([("a", 30000), ("b", 0), ("c", 10)], ["b", "c"]),
    ],
)
def test_the_newest_segments_are_merged_until_one_outweighs_the_rest(
    sizes: list[tuple[str, int]], merged: list[str]
) -> None:
    assert plan(sizes) == merged


@pytest.mark.parametrize(
    ("sizes", "since", "merged"),
    [
        ([("a", 700), ("b", 300)], 0, ["a", "b"]),  # one batch's workers, shared unevenly
        ([("a", 30000), ("b", 700), ("c", 300)], 1, ["b", "c"]),
        ([("a", 3000), ("b", 700), ("c", 900)], 1, ["a", "b", "c"]),  # the plan reaches further
        ([("a", 30000), ("b", 700)], 1, []),  # the batch wrote one segment
        ([("a", 700), ("b", 300)], 2, []),  # the batch wrote none
    ],
)
def test_the_segments_one_batch_wrote_are_merged_whatever_their_sizes(
    sizes: list[tuple[str, int]], since: int, merged: list[str]
) -> None:
    assert plan(sizes, since) == merged


def test_a_searcher_opened_before_a_merge_finds_each_document_once(tmp_path: Path) -> None:
    _segmented(tmp_path / "ix")
    reader, writer = SearchIndex(tmp_path / "ix"), SearchIndex(tmp_path / "ix")
    query = wq.Term("source", "txt")
    before = len(reader.searcher().search(query, limit=None))
    assert before == 480 and writer.tidy() == 5
    # Whoosh's refresh would keep the merged segments beside the merged one: 960 hits
    assert len(reader.searcher().search(query, limit=None)) == before
    assert reader.count() == 480
    reader.close()
    writer.close()


def test_a_whole_merge_joins_segments_the_plan_would_leave_apart(tmp_path: Path) -> None:
    # a rebuild's sub-writers can take the jobs unevenly (400 and 80 here): still one segment
    docs = _documents(480)
    _build(tmp_path / "ix", docs[:400], _fast)
    ix = index.open_dir(str(tmp_path / "ix"))
    writer = _fast(ix)
    for doc in docs[400:]:
        writer.add_document(**fields_of(doc))
    writer.commit(merge=False)
    ix.close()
    target = SearchIndex(tmp_path / "ix")
    assert target.tidy() == 0 and target.segment_count() == 2  # 400 outweighs 2 × 80
    assert target.tidy(since=0) == 2
    assert target.segment_count() == 1 and target.count() == 480
    assert target.tidy(since=0) == 0  # one segment: nothing to merge
    target.close()
