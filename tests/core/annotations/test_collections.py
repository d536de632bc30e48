"""Collections: a tree of names, a document in several, collection:NAME finds the children's
documents, every change one undoable step, bad input refused whole."""

from __future__ import annotations

import pytest

from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import Ambiguous, Invalid, NotFound, UnknownDocument

TEXTS = {"a.txt": "Ministers met in London to discuss a ceasefire.",
         "b.txt": "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف.",
         "c.txt": "Talks in Cairo about the Gaza crossing."}  # fmt: skip


@pytest.fixture
def docs(archive: Archive, write) -> list[int]:  # type: ignore[no-untyped-def]
    report = archive.import_paths([write(name, text) for name, text in TEXTS.items()])
    return [f.id for f in report.imported]


def _hits(archive: Archive, query: str) -> list[int]:
    return sorted(h.id for h in archive.search(query, limit=50).hits)


def _paths(archive: Archive) -> list[tuple[str, int, int]]:
    return [(c.path, c.count, c.total) for c in archive.annotations.collections.all()]


def test_a_path_makes_the_collections_above_it(archive: Archive, docs: list[int]) -> None:
    coll = archive.annotations.collections
    change = coll.add("Ukraine / aid")
    assert change.kind is ChangeKind.ADD_COLLECTION and change.names == ("Ukraine/aid",)
    aid = coll.get(change.extra["collection"])
    assert (aid.name, aid.path) == ("aid", "Ukraine/aid") and aid.parent_id == coll.find(
        "Ukraine"
    ).id
    coll.add("Ukraine/training")
    coll.add("Gaza")
    assert [p for p, _, _ in _paths(archive)] == ["Gaza", "Ukraine", "Ukraine/aid",
                                                  "Ukraine/training"]  # fmt: skip
    with pytest.raises(Invalid, match="already"):
        coll.add("ukraine/AID")
    with pytest.raises(Invalid, match="needs a name"):
        coll.add(" / ")
    archive.annotations.journal.undo_last()  # Gaza
    archive.annotations.journal.undo_last()  # training
    archive.annotations.journal.undo_last()  # both Ukraine and aid: one change
    assert coll.all() == []


def test_a_document_in_several_and_a_parent_finds_its_children(
    archive: Archive, docs: list[int]
) -> None:
    coll = archive.annotations.collections
    aid = coll.add("Ukraine/aid").extra["collection"]
    ukraine = coll.find("Ukraine").id
    gaza = coll.add("Gaza").extra["collection"]
    put = coll.put(aid, [docs[0], docs[1], docs[0]])
    assert put.kind is ChangeKind.COLLECT and put.documents == tuple(docs[:2]) and put.count == 2
    coll.put(ukraine, [docs[2]])
    coll.put(gaza, [docs[2], docs[0]])
    assert _paths(archive) == [("Gaza", 2, 2), ("Ukraine", 1, 3), ("Ukraine/aid", 2, 2)]
    assert _hits(archive, "collection:Ukraine") == docs
    assert _hits(archive, "collection:ukraine/aid") == docs[:2]
    assert _hits(archive, "collection:aid") == docs[:2]
    assert _hits(archive, "collection:Gaza -collection:aid") == [docs[2]]
    assert _hits(archive, "collection:nothing") == []
    assert [c.path for c in coll.of(docs[0])] == ["Gaza", "Ukraine/aid"]
    assert coll.documents(ukraine) == docs and coll.documents(ukraine, children=False) == [docs[2]]
    take = coll.take(aid, docs)
    assert take.kind is ChangeKind.UNCOLLECT and take.documents == tuple(docs[:2])
    assert _hits(archive, "collection:aid") == []
    archive.annotations.journal.undo_last()
    assert _hits(archive, "collection:aid") == docs[:2]


def test_rename_and_move_keep_the_documents_found(archive: Archive, docs: list[int]) -> None:
    coll = archive.annotations.collections
    aid = coll.add("Ukraine/aid").extra["collection"]
    ukraine = coll.find("Ukraine").id
    europe = coll.add("Europe").extra["collection"]
    coll.put(aid, docs[:1])
    renamed = coll.rename(ukraine, "Ukraine war")
    assert renamed.names == ("Ukraine", "Ukraine war")
    assert _hits(archive, 'collection:"Ukraine war"') == docs[:1]
    moved = coll.move(ukraine, europe)
    assert moved.kind is ChangeKind.MOVE_COLLECTION
    assert moved.names == ("Ukraine war", "Europe/Ukraine war")
    assert coll.get(aid).path == "Europe/Ukraine war/aid"
    assert _hits(archive, "collection:Europe") == docs[:1]
    with pytest.raises(Invalid, match="into itself"):
        coll.move(europe, aid)
    with pytest.raises(Invalid, match="cannot hold"):
        coll.rename(aid, "a/b")
    coll.add("Europe/aid")
    with pytest.raises(Invalid, match="already"):
        coll.move(aid, europe)
    archive.annotations.journal.undo_last()  # Europe/aid
    archive.annotations.journal.undo_last()  # the move
    assert coll.get(aid).path == "Ukraine war/aid" and _hits(archive, "collection:Europe") == []


def test_a_name_several_collections_have_is_ambiguous(archive: Archive, docs: list[int]) -> None:
    coll = archive.annotations.collections
    first = coll.add("Ukraine/2024").extra["collection"]
    second = coll.add("Gaza/2024").extra["collection"]
    coll.put(first, docs[:1])
    coll.put(second, docs[1:2])
    with pytest.raises(Ambiguous, match="Gaza/2024") as many:
        coll.find("2024")
    assert {c.id for c in many.value.candidates} == {first, second}
    assert coll.find("Gaza/2024").id == second
    assert _hits(archive, "collection:2024") == docs[:2]  # the search takes them all
    coll.add("2024")  # a collection at the top with that name is the one the name means
    assert coll.find("2024").path == "2024"


def test_delete_takes_the_children_and_leaves_the_documents(
    archive: Archive, docs: list[int]
) -> None:
    coll = archive.annotations.collections
    aid = coll.add("Ukraine/aid/2024").extra["collection"]
    ukraine = coll.find("Ukraine").id
    coll.put(aid, docs[:2])
    coll.put(ukraine, docs[2:])
    change = coll.delete(ukraine)
    assert change.kind is ChangeKind.DELETE_COLLECTION and change.count == 3
    assert change.documents == tuple(docs) and coll.all() == [] and archive.count() == 3
    assert _hits(archive, "collection:Ukraine") == [] and _hits(archive, "collection:2024") == []
    archive.annotations.journal.undo_last()
    assert _paths(archive) == [("Ukraine", 1, 3), ("Ukraine/aid", 0, 2),
                               ("Ukraine/aid/2024", 2, 2)]  # fmt: skip
    assert _hits(archive, "collection:Ukraine") == docs


def test_the_trash_is_left_out_and_bad_input_stores_nothing(
    archive: Archive, docs: list[int]
) -> None:
    coll = archive.annotations.collections
    cid = coll.add("Gaza").extra["collection"]
    coll.put(cid, docs)
    archive.trash.delete([docs[0]])
    assert coll.documents(cid) == docs[1:] and coll.get(cid).count == 2
    before = archive.annotations.journal.history(1)[0].change.id
    with pytest.raises(UnknownDocument):
        coll.put(cid, [docs[1], 999])
    with pytest.raises(NotFound):
        coll.put(999, docs)
    with pytest.raises(NotFound, match="no collection named 'nope'"):
        coll.find("nope")
    assert archive.annotations.journal.history(1)[0].change.id == before


def test_an_archive_of_the_version_before_gains_collections(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from archiver.core import store
    from archiver.core.archive import DB_NAME

    root = tmp_path / "old"
    with Archive.open(root) as archive:
        archive.annotations.saved.add("kept", "Gaza")
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    db.execute("DROP TABLE document_collection")
    db.execute("DROP TABLE collection")
    from archiver.core.store.schema import MIGRATIONS

    number = next(n for n, step in MIGRATIONS.items()
                  if isinstance(step, str) and "EXISTS collection (" in step)  # fmt: skip
    db.execute(f"PRAGMA user_version = {number - 1}")  # the later ones run again, harmlessly
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        assert archive.annotations.collections.all() == []
        archive.annotations.collections.add("Gaza/2024")
        assert [c.path for c in archive.annotations.collections.all()] == ["Gaza", "Gaza/2024"]
        assert [s.name for s in archive.annotations.saved.all()] == ["kept"]
        assert not store.integrity_problems(archive.db)


def test_a_collection_made_with_documents_is_one_step(archive: Archive, docs: list[int]) -> None:
    """Made and filled at once (the selected results into a new collection): one undo."""
    from archiver.core.change_words import describe

    coll = archive.annotations.collections
    change = coll.add("الراغبين", documents=docs[:2])
    assert change.kind is ChangeKind.ADD_COLLECTION and change.documents == tuple(docs[:2])
    assert _paths(archive) == [("الراغبين", 2, 2)]
    assert _hits(archive, "collection:الراغبين") == docs[:2]
    assert describe(change) == "add collection الراغبين with 2 documents"
    archive.annotations.journal.undo_last()
    assert _paths(archive) == [] and _hits(archive, "collection:الراغبين") == []
    one = coll.add("Gaza", documents=[docs[2]])
    assert describe(one) == f"add collection Gaza with #{docs[2]}"
    with pytest.raises(UnknownDocument):
        coll.add("Nothing", documents=[99999])
    assert [c.path for c in coll.all()] == ["Gaza"]  # nothing made of the refused one
