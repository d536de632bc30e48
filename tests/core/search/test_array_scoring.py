"""Queries scored in arrays (``arrays.Scorer``) match and score what Whoosh's matchers do."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_index_segments import _build, _documents, _fast
from whoosh import index
from whoosh import query as wq

from archiver.core.search.index.arrays import Scorer, SegmentArrays, top
from archiver.core.search.index.prefixes import ListedPrefix
from archiver.core.search.index.writing import fields_of
from archiver.core.text import arabic


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> index.Index:
    """Three segments of 600 documents, two replaced (deleted from their first segment)."""
    folder = tmp_path_factory.mktemp("ix") / "index"
    docs = _documents(600)
    _build(folder, docs, _fast, commits=3)
    opened = index.open_dir(str(folder))
    writer = _fast(opened)
    for doc in (docs[10], docs[350]):
        writer.update_document(**fields_of(doc))
    writer.commit(merge=False)
    return opened


def _term(field: str, word: str) -> wq.Term:
    return wq.Term(field, arabic.analyze(word)[0].term)


def _readings(word: str) -> wq.Or:
    token = arabic.analyze(word)[0]
    return wq.Or(
        [wq.Term(f, t) for f in ("title", "body", "layout") for t in (token.term, *token.alts)]
    )


def _phrase(field: str, *words: str) -> wq.Phrase:
    return wq.Phrase(field, [arabic.analyze(w)[0].term for w in words])


QUERIES = [
    _term("body", "الرئيس"),
    _term("title", "تحالف"),
    _term("body", "ceasefire"),
    _readings("الولايات"),
    wq.And([_readings("قوات"), _readings("النار")]),
    wq.And([_readings("قوات"), wq.Not(_readings("الجوي"))]),
    wq.And([wq.Every(), wq.Not(_term("body", "troops"))]),
    wq.Or([ListedPrefix("body", "ال"), _term("title", "willing")]),
    wq.And([wq.NumericRange("sortdate", 20150101, 20201231), _readings("أوكرانيا")]),
    wq.NumericRange("sortdate", 20200101, None),
    wq.Term("participant", "france"),
    wq.And([wq.Term("lang", "en"), _term("body", "refused")]),
    wq.Or(
        [
            wq.Phrase("body", [arabic.analyze(w)[0].term for w in ("وقف", "إطلاق")]),
            _term("body", "air"),
        ]
    ),
    _phrase("body", "وقف", "إطلاق", "النار"),
    _phrase("body", "المتحدة", "المتحدة"),  # a word twice
    _phrase("title", "الرئيس", "الفرنسي"),
    wq.Or([_phrase("body", "troops", "pledged"), _phrase("layout", "الدفاع", "الجوي")]),
    wq.Term("body", "لاشيء"),
]


@pytest.mark.parametrize("query", QUERIES, ids=[str(n) for n in range(len(QUERIES))])
def test_the_arrays_match_and_score_as_whoosh(ix: index.Index, query: wq.Query) -> None:
    with ix.searcher() as searcher:
        expected = {
            hit.docnum: hit.score for hit in searcher.search(query, limit=None, optimize=False)
        }
        hits = Scorer(searcher, SegmentArrays()).run(query)
    assert list(hits.ids) == sorted(expected)
    assert np.allclose(hits.scores, [expected[n] for n in hits.ids], rtol=1e-12, atol=0)
    if query != QUERIES[-1]:  # every query but the last finds something
        assert len(hits.ids) > 0


def test_the_first_hits_rank_by_score_then_document_number(ix: index.Index) -> None:
    query = wq.Or([_readings("الرئيس"), ListedPrefix("body", "ال")])  # many ties (the prefix)
    with ix.searcher() as searcher:
        expected = [(h.docnum, h.score) for h in searcher.search(query, limit=25, optimize=False)]
        found = top(Scorer(searcher, SegmentArrays()).run(query), 25)
    assert [n for n, _ in found] == [n for n, _ in expected]


def test_cached_postings_follow_new_deletions(ix: index.Index, tmp_path: Path) -> None:
    arrays = SegmentArrays()
    query = _term("body", "الرئيس")
    with ix.searcher() as searcher:
        before = Scorer(searcher, arrays).run(query)
    writer = _fast(ix)
    writer.delete_document(int(before.ids[0]))
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        after = Scorer(searcher, arrays).run(query)
        fresh = Scorer(searcher, SegmentArrays()).run(query)
    assert list(after.ids) == list(fresh.ids) and len(after.ids) < len(before.ids)


def test_a_searcher_does_not_copy_the_index_into_memory(tmp_path: Path) -> None:
    import tracemalloc

    from archiver.core.search.index import SearchIndex

    folder = tmp_path / "index"
    _build(folder, _documents(3000, seed=3), _fast)
    size = sum(p.stat().st_size for p in folder.glob("*.seg"))
    assert size > 1_000_000
    target = SearchIndex(folder)
    tracemalloc.start()
    try:
        searcher = target.searcher()
        Scorer(searcher, SegmentArrays()).run(_readings("الرئيس"))
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
        target.close()
    assert held < size / 4  # Whoosh's memory-mapped reading copied the whole segment


def test_the_merge_process_does_not_load_numpy() -> None:
    # import workers do: the near-duplicate MinHash is vectorised (core/text/minhash.py)
    import subprocess
    import sys

    modules = "archiver.core.search.index.merging, archiver.core.search.index.writing"
    code = f"import sys, {modules}; print('numpy' in sys.modules)"
    src = str(Path(__file__).parents[3] / "src")
    out = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": src},
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert out.stdout.strip() == "False"  # 13 MB resident in the merge process
