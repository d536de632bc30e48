"""The index record of a document is the same whether it came from an import or the store."""

from archiver.core.search.index.writing import fields_of
from archiver.core.search.indexing import analyse, record
from archiver.core.store import documents
from samples import ARTICLE_AR


def _fields(archive, doc_id: int) -> dict[str, object]:
    (row,) = documents.indexable(archive.db, [doc_id])
    _, streams = analyse((doc_id, row.facts.title, row.text, row.alt_text))
    return fields_of(record(row.facts, streams, archive.annotations.keywords_for(doc_id)))


def test_an_import_and_a_rebuild_index_the_same_fields(archive, write) -> None:
    doc_id = archive.import_paths([write("JA-news-20170120.txt", ARTICLE_AR)]).imported[0].id
    found = {q: archive.search(q).total for q in
             ("source:JA-news", "date:2017-01-20", "lang:ar", "kind:text", "قمة")}  # fmt: skip
    assert found == dict.fromkeys(found, 1)
    expected = _fields(archive, doc_id)
    assert expected["sortdate"] == 20170120 and expected["lang"] == "ar"
    assert archive.indexer.rebuild() == 1
    assert {q: archive.search(q).total for q in found} == found
    assert _fields(archive, doc_id) == expected


def test_a_reindex_of_a_missing_id_removes_its_entry(archive, write) -> None:
    doc_id = archive.import_paths([write("a.txt", ARTICLE_AR)]).imported[0].id
    documents.delete(archive.db, doc_id)  # the row alone, as a crash between the two would
    assert archive.index.doc_ids() == {doc_id}
    assert archive.indexer.reindex([doc_id]) == 0
    assert archive.index.doc_ids() == set()
