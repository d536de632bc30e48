"""The term table our codec writes: a slot and a half a term (Whoosh gives two), every term
found by stock Whoosh's reader, no word the index lacks."""

from __future__ import annotations

from pathlib import Path

from test_index_segments import _build, _documents, _fast, _stock
from whoosh import index


def _table(folder: Path):  # type: ignore[no-untyped-def]
    ix = index.open_dir(str(folder))
    reader = ix.reader()
    return ix, reader, reader._terms._tindex


def test_the_term_table_holds_a_slot_and_a_half_a_term(tmp_path: Path) -> None:
    docs = _documents(1200)
    _build(tmp_path / "fast", docs, _fast)
    _build(tmp_path / "stock", docs, _stock)
    ix, reader, table = _table(tmp_path / "fast")
    terms = list(reader.all_terms())
    assert len(terms) > 2000  # so that two slots a term would be over the bound
    slots = sum(count for _pos, count in table.tables)
    assert slots <= 1.5 * len(terms) + 256  # Whoosh's own: two a term
    for field, text in terms:  # stock Whoosh's reader finds each by its hash
        assert (field, text) in reader and reader.doc_frequency(field, text) > 0
    assert ("body", "لاكلمةكهذه".encode()) not in reader
    assert ("exact", b"zzzzzz") not in reader
    stock_ix, stock_reader, _stock_table = _table(tmp_path / "stock")
    assert {t: reader.doc_frequency(*t) for t in terms} == {
        t: stock_reader.doc_frequency(*t) for t in stock_reader.all_terms()
    }
    for opened in (reader, stock_reader, ix, stock_ix):
        opened.close()
