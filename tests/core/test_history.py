"""One journal for every change: trash, undo, redo, history, dependencies, ids never reused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.core import store
from archiver.core.archive import DB_NAME, Archive
from archiver.core.changes import ChangeKind
from archiver.core.check import check
from archiver.core.errors import HasDependents, Invalid, NotFound, UnknownDocument
from held_files import undeletable
from kept_originals import with_a_stray_byte

TEXT = "قال الرئيس إيمانويل ماكرون إن فرنسا وأستراليا مستعدتان لمراقبة وقف إطلاق النار."
OTHER = "Sweden and Denmark said on Monday they would help monitor a ceasefire in Ukraine."
PLAIN = "Norway said on Tuesday it would send engineers to rebuild the bridges near Kherson."


def _doc(archive: Archive, tmp_path: Path, name: str = "2025-07-09-a.txt", text: str = TEXT,
         *, filed: bool = False) -> int:  # fmt: skip
    """A document of ``text``: its original regenerated, or with ``filed`` a file."""
    path = tmp_path / name
    data = text.encode()
    path.write_bytes(with_a_stray_byte(data) if filed else data)
    return archive.import_paths([path]).imported[0].id


def _commitment(archive: Archive, doc: int) -> int:
    france = archive.annotations.participants.resolve("France")
    return archive.commitments.add(doc, [france.id], category="monitoring", status="offered",
                                   quote=(46, 54)).id  # fmt: skip


def test_delete_moves_to_the_trash_and_undo_brings_it_back(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path, filed=True)
    cid = _commitment(archive, doc)
    original = archive.original_file(doc)
    change = archive.delete_document(doc)
    assert change.kind is ChangeKind.DELETE_DOCUMENT and change.documents == (doc,)
    assert change.names == (archive.document(doc).title,)
    # out of lists, counts, search, exports and the commitments table; row and file kept
    assert archive.count() == 0 and archive.document_ids() == []
    assert archive.search("ماكرون").total == 0
    assert archive.commitments.list_commitments() == []
    assert original.is_file() and [t.id for t in archive.trash.items()] == [doc]
    assert archive.trash.size().documents == 1 and archive.trash.size().bytes > 0
    assert archive.annotations.journal.undo_last() == change
    assert archive.document_ids() == [doc] and archive.search("ماكرون").total == 1
    assert [c.id for c in archive.commitments.list_commitments()] == [cid]
    assert check(archive).consistent


def test_restore_and_empty(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path, filed=True)
    other = _doc(archive, tmp_path, "b.txt", OTHER)
    plain = _doc(archive, tmp_path, "c.txt", PLAIN)  # regenerated: no file under originals/
    with pytest.raises(Invalid, match="not in the trash"):
        archive.trash.restore([doc])
    archive.trash.delete([doc, other, plain])
    with pytest.raises(Invalid, match="in the trash already"):
        archive.trash.delete([doc])
    with pytest.raises(UnknownDocument):
        archive.trash.delete([999])
    restored = archive.trash.restore([other])
    assert restored.kind is ChangeKind.RESTORE_DOCUMENT and archive.document_ids() == [other]
    assert archive.search("Denmark").total == 1
    original, viewed = archive.original_file(doc), archive.original_file(plain)
    assert original.parent.parent == archive.root / "originals" and viewed.is_file()
    filed_bytes = original.stat().st_size
    size = archive.trash.size()
    freed = archive.trash.empty()
    assert freed == size and freed.documents == 2
    assert freed.bytes == filed_bytes  # the regenerated original frees no file
    assert not original.exists() and not viewed.exists() and archive.trash.items() == []
    for gone in (doc, plain):
        with pytest.raises(UnknownDocument):
            archive.document(gone)
    assert all(doc not in e.change.documents for e in archive.annotations.journal.history())
    assert check(archive).consistent


def test_the_trash_empties_when_an_original_cannot_be_deleted(archive: Archive, tmp_path: Path):
    # Windows refuses to delete a file a viewer has open; the rows went, then OSError came out.
    doc = _doc(archive, tmp_path, filed=True)
    original = archive.original_file(doc)
    archive.trash.delete([doc])
    with undeletable(original, tmp_path / "scratch"):
        freed = archive.trash.empty()
        assert freed.documents == 1 and archive.trash.items() == []
        assert original.exists()  # a stray original: check reports it, --repair moves it
        assert any(str(original.name) in p for p in check(archive).problems)


def test_redo_reapplies_and_a_new_change_ends_the_redo_line(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    journal = archive.annotations.journal
    france = archive.annotations.participants.resolve("France")
    confirm = archive.annotations.mentions.confirm(doc, france.id)
    tag = archive.annotations.tags.add(doc, "ceasefire")
    assert journal.undo_last() == tag and journal.undo_last() == confirm
    assert journal.next_redo() == confirm
    assert journal.redo_last() == confirm
    assert archive.annotations.mentions.participants_in(doc)[0].participant_id == france.id
    assert journal.redo_last() == tag and archive.annotations.tags.of(doc) == ["ceasefire"]
    assert journal.redo_last() is None
    journal.undo_last()  # the tag again
    archive.annotations.tags.add(doc, "monitoring")  # a new change: the undone tag stays undone
    assert journal.next_redo() is None
    entries = journal.history()
    assert [(e.change.kind, e.undone) for e in entries[:3]] == [
        (ChangeKind.ADD_TAG, False), (ChangeKind.ADD_TAG, True), (ChangeKind.CONFIRM, False),
    ]  # fmt: skip
    assert entries[0].author and not entries[1].redoable


def test_undo_redo_undo_of_a_delete_keeps_every_row(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    cid = _commitment(archive, doc)
    journal = archive.annotations.journal
    archive.delete_document(doc)
    journal.undo_last()
    assert journal.redo_last() is not None and archive.in_trash(doc)
    journal.undo_last()
    assert not archive.in_trash(doc) and archive.commitments.get(cid).document_id == doc
    assert check(archive).consistent


def test_undo_of_an_earlier_session_is_not_a_window_undo(tmp_path: Path):
    root = tmp_path / "a"
    with Archive.open(root) as archive:
        doc = _doc(archive, tmp_path)
        cid = _commitment(archive, doc)
    with Archive.open(root) as archive:
        journal = archive.annotations.journal
        since = journal.marks()  # a window opens here
        assert journal.last_change(since) is None
        deleted = archive.delete_document(doc)
        assert journal.last_change(since) == deleted
        assert journal.undo_last(since) == deleted
        assert journal.undo_last(since) is None  # the earlier commitment is not reached
        assert archive.commitments.get(cid).document_id == doc and archive.document_ids() == [doc]
        assert journal.redo_last(since) == deleted and archive.in_trash(doc)


def test_undo_of_an_older_change_warns_of_later_ones_that_depend_on_it(
    archive: Archive, tmp_path: Path
):
    doc = _doc(archive, tmp_path)
    journal = archive.annotations.journal
    macron = archive.annotations.participants.add("Emmanuel Macron", "person", aliases=["ماكرون"])
    added = journal.last_change()
    assert added is not None
    archive.annotations.tags.add(doc, "unrelated")  # names neither Macron nor his rows
    assert journal.dependents(added.id) == []
    tagged = archive.annotations.mentions.confirm(doc, macron.id)
    assert journal.dependents(added.id) == [tagged]
    with pytest.raises(HasDependents, match="later change") as refused:
        journal.undo(added.id)
    assert refused.value.dependents == [tagged]
    assert archive.annotations.participants.get(macron.id).name == "Emmanuel Macron"
    journal.undo(tagged.id)  # the dependent first: then the older one undoes cleanly
    assert journal.undo(added.id) == added
    with pytest.raises(Invalid, match="undone already"):
        journal.undo(added.id)
    with pytest.raises(NotFound):
        journal.undo(10_000)


def test_a_forced_undo_takes_back_only_what_it_names(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    journal = archive.annotations.journal
    cid = _commitment(archive, doc)
    added = journal.last_change()
    assert added is not None
    deleted = archive.delete_document(doc)
    assert journal.dependents(added.id) == [deleted]
    journal.undo(added.id, force=True)
    assert archive.in_trash(doc)  # the later delete stays
    assert not archive.commitments.list_commitments(document_id=doc, role=None)
    assert cid not in {c.id for c in archive.commitments.list_commitments()}


def test_ids_are_never_reused_after_delete_undo_and_new_records(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    journal = archive.annotations.journal
    first = _commitment(archive, doc)
    journal.undo_last()  # the commitment, its span and actor rows are gone
    second = _commitment(archive, doc)
    assert second > first
    journal.undo_last()
    journal.redo_last()  # the same id again: that is not reuse
    assert archive.commitments.get(second).id == second
    archive.annotations.tags.add(doc, "x")
    x_id = archive.db.execute("SELECT id FROM tag WHERE name = 'x'").fetchone()[0]
    journal.undo_last()
    archive.annotations.tags.add(doc, "y")
    assert archive.db.execute("SELECT id FROM tag WHERE name = 'y'").fetchone()[0] > x_id
    p1 = archive.annotations.participants.add("Someone New", "person").id
    journal.undo_last()
    p2 = archive.annotations.participants.add("Someone Else", "person").id
    assert p2 > p1
    entry = journal.last_change()
    assert entry is not None
    archive.trash.delete([doc])
    archive.trash.empty()
    newer = _doc(archive, tmp_path, "c.txt", OTHER)
    assert newer > doc
    assert journal.history()[0].change.id > entry.id


def test_check_is_consistent_after_a_sequence_of_ordinary_changes(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    other = _doc(archive, tmp_path, "b.txt", OTHER)
    journal = archive.annotations.journal
    ann = archive.annotations
    ann.tags.add(doc, "ceasefire")
    ann.mentions.confirm_all(doc)
    _commitment(archive, doc)
    archive.update_document(other, title="Nordic monitors")
    archive.delete_document(doc)
    journal.undo_last()
    journal.redo_last()
    archive.trash.restore([doc])
    archive.delete_document(other)
    journal.undo_last()
    journal.undo_last()  # the restore: back to the trash
    journal.redo_last()
    assert archive.search("Nordic").total == 1 and archive.search("tag:ceasefire").total == 1
    report = check(archive)
    assert report.consistent, report.problems


def test_metadata_edits_are_journaled_and_undone(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    before = archive.document(doc).title
    archive.update_document(doc, title="A new title")
    change = archive.annotations.journal.last_change()
    assert change is not None and change.kind is ChangeKind.UPDATE_DOCUMENT
    assert change.names == (before,) and change.extra == {"fields": ["title"]}
    assert archive.search("title:new").total == 1
    archive.annotations.journal.undo_last()
    assert archive.document(doc).title == before and archive.search("title:new").total == 0


def test_undo_of_an_import_moves_the_batch_to_the_trash(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    change = archive.annotations.journal.undo_last()
    assert change is not None and change.kind is ChangeKind.IMPORT and change.documents == (doc,)
    assert archive.in_trash(doc) and archive.count() == 0
    archive.annotations.journal.redo_last()
    assert archive.document_ids() == [doc]


def test_migration_5_keeps_rows_and_counts_past_deleted_ids(tmp_path: Path):
    root = tmp_path / "old"
    (root / "originals").mkdir(parents=True)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    scripts = " ".join(str(store.MIGRATIONS[v]) for v in (1, 2, 3))
    db.executescript(f"BEGIN; {scripts} PRAGMA user_version=3; COMMIT;")
    db.execute("INSERT INTO tag(id, name, created_at) VALUES (7, 'kept', 'now')")
    db.execute("INSERT INTO meta(key, value) VALUES ('last_document_id', '41')")
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        assert [t.name for t in archive.annotations.tags.all()] == ["kept"]
        sql = archive.db.execute("SELECT sql FROM sqlite_master WHERE name = 'tag'").fetchone()[0]
        assert "AUTOINCREMENT" in sql
        assert not store.integrity_problems(archive.db)
        doc = _doc(archive, tmp_path)
        assert doc == 42


def test_tag_counts_leave_the_trash_out(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    archive.annotations.tags.add(doc, "kept")
    archive.delete_document(doc)
    assert [(t.name, t.documents) for t in archive.annotations.tags.all()] == [("kept", 0)]


def test_migration_5_can_run_again(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    with store.transaction(archive.db):  # as if renumbered after the archive had it
        store.MIGRATIONS[5](archive.db)  # type: ignore[operator]
    assert archive.document_ids() == [doc] and not store.integrity_problems(archive.db)


def test_emptying_the_trash_leaves_no_near_duplicate_rows(archive: Archive, tmp_path: Path):
    long_text = "\n\n".join(
        f"{TEXT} الفقرة {n} من التقرير عن الاجتماع في باريس." for n in range(12)
    )
    doc = _doc(archive, tmp_path, "long.txt", long_text)

    def rows(table: str) -> int:
        sql = f"SELECT COUNT(*) FROM {table} WHERE document_id = ?"
        return int(archive.db.execute(sql, (doc,)).fetchone()[0])

    assert rows("document_signature") == 1 and rows("document_band") > 0
    archive.trash.delete([doc])
    archive.trash.empty()
    assert rows("document_signature") == 0 and rows("document_band") == 0


def test_emptying_one_document_keeps_the_changes_that_name_others(archive: Archive, tmp_path: Path):
    # a researcher's history stays a true account: the import of three and the delete of two
    # stay; only what named the emptied document alone goes, and nothing older is undone instead
    paths = []
    for name, words in (("a.txt", "Qatar mediates"), ("b.txt", "Oman hosts talks"),
                        ("c.txt", "Egypt sends aid")):  # fmt: skip
        paths.append(tmp_path / name)
        paths[-1].write_text(f"{words}\n\n{words} between the parties today.", encoding="utf-8")
    first, second, third = (r.id for r in archive.import_paths(paths).imported)
    journal = archive.annotations.journal
    archive.annotations.tags.add(first, "Qatar")
    archive.trash.delete([second])
    archive.trash.delete([third])
    archive.trash.empty([second])
    kinds = [e.change.kind for e in journal.history()]
    assert kinds == [ChangeKind.DELETE_DOCUMENT, ChangeKind.ADD_TAG, ChangeKind.IMPORT]
    imported = journal.history()[-1].change
    assert set(imported.documents) == {first, third}
    assert journal.undo_last() is not None  # the delete of the third, which names it alone
    assert sorted(archive.document_ids()) == [first, third]
    journal.undo_last()  # the tag
    with pytest.raises(Invalid, match=f"can no longer be undone: #{second} emptied"):
        journal.undo_last()  # the import: refused, not half applied, and nothing older instead
    assert sorted(archive.document_ids()) == [first, third] and check(archive).consistent


def test_a_delete_of_two_emptied_of_one_stays_and_says_why_it_cannot_be_undone(
    archive: Archive, tmp_path: Path
):
    docs = [_doc(archive, tmp_path, name=f"2025-07-0{n}-x.txt", text=f"Text {n}\n\nWords {n} here.")
            for n in (1, 2, 3)]  # fmt: skip
    journal = archive.annotations.journal
    archive.trash.delete(docs[1:])
    archive.trash.empty([docs[1]])
    (latest, *_) = journal.history()
    assert latest.change.kind is ChangeKind.DELETE_DOCUMENT and list(latest.change.documents) == [
        docs[2]
    ]
    with pytest.raises(Invalid, match="emptied from the trash"):
        journal.undo(latest.change.id)
    assert [t.id for t in archive.trash.items()] == [docs[2]]
    archive.trash.restore([docs[2]])  # the way the message points to
    assert sorted(archive.document_ids()) == [docs[0], docs[2]]
