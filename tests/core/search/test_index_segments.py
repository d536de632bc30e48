"""Our fast segment writer must give readers exactly what stock Whoosh gives for the same documents."""

from __future__ import annotations

import random
from pathlib import Path

from whoosh import index
from whoosh import query as wq
from whoosh.writing import SegmentWriter

from archiver.core.search.index import SearchIndex
from archiver.core.search.index.codec import Codec
from archiver.core.search.index.schema import STREAM_FIELDS, build_schema
from archiver.core.search.index.segments import FastSegmentWriter
from archiver.core.search.index.writing import IndexDoc, fields_of
from archiver.core.text import arabic

WORDS_AR = [
    "أعلن",
    "الرئيس",
    "الفرنسي",
    "ماكرون",
    "أن",
    "تحالف",
    "الراغبين",
    "سيرسل",
    "قوات",
    "لمراقبة",
    "وقف",
    "إطلاق",
    "النار",
    "وعلقت",
    "الولايات",
    "المتحدة",
    "شحنات",
    "الدفاع",
    "الجوي",
    "إلى",
    "أوكرانيا",
    "والمملكة",
    "المتحدة",
    "وفنلندا",
    "وبولندا",
    "بالاتفاق",
    "للسلام",
    "والمفاوضات",
    "كالعادة",
    "فالوزراء",
    "٢٠٢٥",
    "٣٠٠",
]
WORDS_EN = [
    "coalition",
    "willing",
    "ceasefire",
    "monitoring",
    "troops",
    "pledged",
    "refused",
    "suspended",
    "air",
    "defence",
]


def _documents(count: int, seed: int = 7) -> list[IndexDoc]:
    rng = random.Random(seed)
    docs = []
    for n in range(1, count + 1):
        words = WORDS_AR if n % 3 else WORDS_EN
        body = " ".join(rng.choice(words) for _ in range(rng.randint(5, 120)))
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        day = f"20{rng.randint(10, 26)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        docs.append(
            IndexDoc(
                id=n,
                title=arabic.index_terms(title),
                body=arabic.index_terms(body),
                layout=arabic.index_terms(body[::-1]) if n % 5 == 0 else ("", ""),
                source=f"article-{n}.txt",
                lang="ar" if n % 3 else "en",
                kind="text",
                published=day if n % 7 else None,
                participant=["france", "ukraine"] if n % 4 == 0 else [],
            )
        )
    return docs


def _dump(folder: Path) -> dict:
    """Everything a reader sees: term infos, postings with values, stored fields, lengths."""
    ix = index.open_dir(str(folder))
    with ix.reader() as reader:
        terms = {}
        for fieldname, btext in reader.all_terms():
            info = reader.term_info(fieldname, btext)
            postings = reader.postings(fieldname, btext)
            rows = []
            while postings.is_active():
                rows.append((postings.id(), postings.weight(), postings.value()))
                postings.next()
            terms[fieldname, btext] = (
                info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                info.max_weight(), info.min_id(), info.max_id(), rows,
            )  # fmt: skip
        stored = list(reader.all_stored_fields())
        lengths = {
            (d, name): reader.doc_field_length(d, name)
            for d in reader.all_doc_ids()
            for name in ("title", "body", "layout", "source")
        }
        dates = list(reader.column_reader("sortdate"))
    ix.close()
    return {"terms": terms, "stored": stored, "lengths": lengths, "dates": dates}


def _build(folder: Path, docs: list[IndexDoc], writer_for, commits: int = 1) -> None:
    folder.mkdir()
    ix = index.create_in(str(folder), build_schema())
    size = -(-len(docs) // commits)
    for start in range(0, len(docs), size):
        writer = writer_for(ix)
        for doc in docs[start : start + size]:
            writer.update_document(**fields_of(doc))
        writer.commit(merge=False)
    ix.close()


def _stock(ix):
    return SegmentWriter(ix, codec=Codec())


def _fast(ix):
    return FastSegmentWriter(ix, STREAM_FIELDS, codec=Codec())


def test_fast_writer_writes_what_whoosh_writes(tmp_path: Path) -> None:
    docs = _documents(400)  # common terms span several 128-posting blocks
    _build(tmp_path / "stock", docs, _stock)
    _build(tmp_path / "fast", docs, _fast)
    stock, fast = _dump(tmp_path / "stock"), _dump(tmp_path / "fast")
    assert len(stock["terms"]) > 500
    assert max(len(v[-1]) for v in stock["terms"].values()) > 128
    assert fast == stock


def test_merging_segments_through_the_fast_pool(tmp_path: Path) -> None:
    docs = _documents(120)
    _build(tmp_path / "stock", docs, _stock, commits=3)
    _build(tmp_path / "fast", docs, _fast, commits=3)
    for name, make in (("stock", _stock), ("fast", _fast)):
        ix = index.open_dir(str(tmp_path / name))
        assert len(ix._segments()) == 3
        writer = make(ix)
        writer.update_document(**fields_of(docs[4]))  # a replaced document, then a merge
        writer.commit(optimize=True)
        assert len(ix._segments()) == 1
        ix.close()
    assert _dump(tmp_path / "fast") == _dump(tmp_path / "stock")


def test_sub_process_writers_find_the_same_documents(tmp_path: Path) -> None:
    docs = _documents(300)
    single, multi = SearchIndex(tmp_path / "single"), SearchIndex(tmp_path / "multi")
    for target, procs in ((single, 1), (multi, 2)):
        target.create()
        writer = target.writer(procs)
        for doc in docs:
            writer.add_new(doc)
        writer.commit()
    assert multi.count() == single.count() == 300
    one, two = single.searcher(), multi.searcher()
    assert len(two.reader().leaf_readers()) >= 1
    hits = 0
    for fieldname, btext in one.reader().all_terms():
        for searcher in (one, two):
            matched = searcher.search(wq.Term(fieldname, btext), limit=None)
            found = {hit["id"] for hit in matched}
            if searcher is one:
                expected = found
        assert found == expected, (fieldname, btext)
        hits += len(found)
    assert hits > 10_000
    single.close()
    multi.close()


def test_cancelling_sub_process_writers_stops_them_and_keeps_the_index(tmp_path: Path) -> None:
    target = SearchIndex(tmp_path / "ix")
    target.create()
    writer = target.writer(2)
    for doc in _documents(250):
        writer.add_new(doc)
    tasks = list(writer._writer.tasks)
    assert tasks
    writer.cancel()
    assert not any(task.is_alive() for task in tasks)
    assert target.count() == 0
    again = target.writer(1)  # the write lock was released
    again.add_new(_documents(1)[0])
    again.commit()
    assert target.count() == 1
    target.close()
