"""The document table's module: edits, export columns, ids never reused, transactions."""

import pytest

from archiver.core import store
from archiver.core.errors import Invalid
from archiver.core.store import documents, import_log
from samples import ARTICLE_AR, ARTICLE_EN


def test_an_unknown_field_is_invalid_and_nothing_changes(archive, write) -> None:
    doc_id = archive.import_paths([write("a.txt", ARTICLE_EN)]).imported[0].id
    with pytest.raises(Invalid, match="not editable: text"):
        archive.update_document(doc_id, title="x", text="y")
    assert archive.document(doc_id).title != "x"


def test_export_columns_are_checked(archive) -> None:
    with pytest.raises(Invalid, match="no such document column: nope"):
        documents.export_rows(archive.db, ("id", "nope"))
    assert documents.export_rows(archive.db, ("id", "title")) == []


def test_ids_of_deleted_documents_are_not_given_again(archive, write) -> None:
    first = archive.import_paths([write("a.txt", ARTICLE_EN)]).imported[0].id
    archive.delete_document(first)
    second = archive.import_paths([write("b.txt", ARTICLE_AR)]).imported[0].id
    assert second == first + 1 == documents.next_id(archive.db) - 1


def test_a_transaction_is_rolled_back_whole(archive, write) -> None:
    doc_id = archive.import_paths([write("a.txt", ARTICLE_EN)]).imported[0].id
    with pytest.raises(ZeroDivisionError), store.transaction(archive.db):
        documents.delete(archive.db, doc_id)
        _ = 1 / 0
    assert documents.count(archive.db) == 1 and not archive.db.in_transaction


def test_the_import_log_names_each_file_and_outcome(archive, write) -> None:
    archive.import_paths([write("a.txt", ARTICLE_EN), write("b.txt", ARTICLE_EN)])
    entries = import_log.entries(archive.db)
    assert [(e.path.rsplit("/", 1)[-1], e.outcome) for e in entries] == [
        ("a.txt", "imported"),
        ("b.txt", "duplicate"),
    ]
    assert entries[0].document_id == entries[1].document_id


def test_live_documents_are_counted_and_listed_from_their_index(archive, write) -> None:
    """Counting or listing the live documents never reads the rows (their text is in them)."""
    archive.import_paths([write("a.txt", ARTICLE_EN)])
    for sql in (f"SELECT COUNT(*) FROM document WHERE {documents.LIVE}",
                f"SELECT id FROM document WHERE {documents.LIVE} ORDER BY id"):  # fmt: skip
        plan = " ".join(str(row[3]) for row in archive.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX document_live" in plan, plan
    assert documents.count(archive.db) == 1
