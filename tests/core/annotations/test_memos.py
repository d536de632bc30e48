"""Memos: on a quote, a document, a participant or a commitment; journaled, filtered, refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.annotations.model import MemoTarget
from archiver.core.archive import Archive
from archiver.core.change_words import describe
from archiver.core.changes import ChangeKind
from archiver.core.errors import BadSpan, Invalid, NotFound, UnknownDocument
from commitment_sample import import_document, participant_ids, quote_of, record_sample

NOTE_AR = "ملاحظة: الرقم غير مؤكد\nيجب التحقق من المصدر الأصلي."


@pytest.fixture()
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a") as opened:
        yield opened


def _count(archive: Archive, table: str) -> int:
    return int(archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_a_memo_on_each_kind_of_target(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, _halted, _interest = record_sample(archive, doc)
    (france,) = participant_ids(archive, "France")
    text = archive.document(doc).text
    start = text.index("فرنسا") - 1  # a space before the word: kept, exact characters
    quote = archive.memos.add(MemoTarget.on_quote(doc, start, start + 6), NOTE_AR)
    assert (quote.kind, quote.start, quote.end) == ("quote", start, start + 6)
    assert quote.quote == text[start : start + 6] == " فرنسا"
    assert quote.text == NOTE_AR and quote.author and quote.created_at == quote.modified_at
    on_doc = archive.memos.add(MemoTarget.on_document(doc), "  Read the full speech.\r\n")
    assert (on_doc.kind, on_doc.text, on_doc.span_id) == ("document", "Read the full speech.", None)
    person = archive.memos.add(MemoTarget.on_participant(france), "France leads the monitors.")
    assert (person.kind, person.participant_id, person.document_id) == ("participant", france, None)
    pledge = archive.memos.add(MemoTarget.on_commitment(monitoring.id), "Compare with July.")
    assert (pledge.kind, pledge.commitment_id, pledge.document_id) == (
        "commitment", monitoring.id, doc)  # fmt: skip
    assert [m.id for m in archive.memos.of_document(doc)] == [on_doc.id, pledge.id, quote.id]
    assert archive.memos.get(quote.id).uuid != archive.memos.get(on_doc.id).uuid
    assert archive.memos.counts("participant", [france]) == {france: 1}
    assert archive.memos.counts("commitment", [monitoring.id]) == {monitoring.id: 1}


def test_edit_and_remove_are_undoable_with_typed_changes(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    memo = archive.memos.add(MemoTarget.on_quote(doc, *quote_of(archive, doc, "فنلندا")), "first")
    journal = archive.annotations.journal
    added = journal.last_change()
    assert added is not None and added.kind is ChangeKind.ADD_MEMO
    assert added.extra == {"memo": memo.id, "target": "quote"} and added.documents == (doc,)
    assert describe(added, {}) == "memo «first»"
    edited = archive.memos.edit(memo.id, "second\nwith a second line")
    assert edited.text == "second\nwith a second line" and edited.created_at == memo.created_at
    change = journal.last_change()
    assert change is not None and describe(change, {}) == "edit memo «second»"
    removed = archive.memos.remove(memo.id)
    assert removed.kind is ChangeKind.DELETE_MEMO and removed.extra["memo"] == memo.id
    assert _count(archive, "memo") == 0 and _count(archive, "span") == 0  # its span went too
    journal.undo_last()
    assert archive.memos.get(memo.id).text == "second\nwith a second line"
    assert archive.memos.get(memo.id).quote == "فنلندا"
    journal.undo_last()
    assert archive.memos.get(memo.id).text == "first"
    journal.undo_last()
    with pytest.raises(NotFound):
        archive.memos.get(memo.id)
    assert _count(archive, "span") == 0
    journal.redo_last()
    assert archive.memos.get(memo.id).quote == "فنلندا"


def test_the_same_text_again_journals_nothing(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    memo = archive.memos.add(MemoTarget.on_document(doc), "same")
    marks = archive.annotations.journal.marks()
    assert archive.memos.edit(memo.id, " same \n") == memo
    assert archive.annotations.journal.marks() == marks


def test_bad_memos_are_refused_and_nothing_is_stored(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    memos = archive.memos
    marks = archive.annotations.journal.marks()
    with pytest.raises(Invalid, match="needs some text"):
        memos.add(MemoTarget.on_document(doc), " \n\t ")
    with pytest.raises(BadSpan, match="outside"):
        memos.add(MemoTarget.on_quote(doc, 10, 99_999), "x")
    with pytest.raises(BadSpan):
        memos.add(MemoTarget.on_quote(doc, 5, 5), "x")
    with pytest.raises(UnknownDocument):
        memos.add(MemoTarget.on_document(999), "x")
    with pytest.raises(NotFound):
        memos.add(MemoTarget.on_participant(99_999), "x")
    with pytest.raises(NotFound, match="commitment"):
        memos.add(MemoTarget.on_commitment(42), "x")
    with pytest.raises(Invalid, match="nothing else"):
        memos.add(MemoTarget("document", document_id=doc, participant_id=1), "x")
    with pytest.raises(Invalid, match="start and an end"):
        memos.add(MemoTarget("document", document_id=doc, start=1, end=3), "x")
    with pytest.raises(Invalid, match="one of"):
        memos.add(MemoTarget("page", document_id=doc), "x")
    with pytest.raises(Invalid, match="at most"):
        memos.add(MemoTarget.on_document(doc), "x" * 100_001)
    with pytest.raises(NotFound):
        memos.edit(7, "x")
    assert _count(archive, "memo") == 0 and _count(archive, "span") == 0
    assert archive.annotations.journal.marks() == marks


def test_filters_fold_arabic_and_combine(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    other = import_document(archive, tmp_path, "other.txt", "France and Poland met in Rome.")
    monitoring, *_ = record_sample(archive, doc)
    (poland,) = participant_ids(archive, "Poland")
    memos = archive.memos
    quote = memos.add(MemoTarget.on_quote(doc, *quote_of(archive, doc, "فنلندا")), NOTE_AR)
    pledge = memos.add(MemoTarget.on_commitment(monitoring.id), "Ask about the إئتلاف")
    plain = memos.add(MemoTarget.on_document(other), "Rome, not Paris", author="Salma")
    person = memos.add(MemoTarget.on_participant(poland), "Poland: check")
    assert [m.id for m in memos.all(text="ملاحظه")] == [quote.id]  # ة/ه folded
    assert [m.id for m in memos.all(text="الائتلاف".removeprefix("ال"))] == [pledge.id]  # hamza
    assert [m.id for m in memos.all(text="فنلندا")] == [quote.id]  # the quote's words count
    assert [m.id for m in memos.all(text="ROME")] == [plain.id]
    assert [m.id for m in memos.all(kind="participant")] == [person.id]
    assert [m.id for m in memos.all(author="salma")] == [plain.id]
    assert [m.id for m in memos.all(document=doc, kind="commitment")] == [pledge.id]
    assert set(memos.authors()) == {"Salma", quote.author}
    with pytest.raises(Invalid, match="target kind"):
        memos.all(kind="page")
    archive.delete_document(other)  # to the trash: its memos are out of view
    assert plain.id not in [m.id for m in memos.all()]


def test_deleting_a_commitment_or_participant_takes_its_memos_and_undo_brings_them_back(
    archive: Archive, tmp_path: Path
):
    doc = import_document(archive, tmp_path)
    monitoring, *_ = record_sample(archive, doc)
    person = archive.annotations.participants.add("Kaja Kallas", kind="person")
    on_commitment = archive.memos.add(MemoTarget.on_commitment(monitoring.id), "note")
    on_person = archive.memos.add(MemoTarget.on_participant(person.id), "EU")
    archive.commitments.delete(monitoring.id)
    archive.annotations.participants.remove(person.id)
    assert _count(archive, "memo") == 0
    archive.annotations.journal.undo_last()
    archive.annotations.journal.undo_last()
    assert archive.memos.get(on_commitment.id).commitment_id == monitoring.id
    assert archive.memos.get(on_person.id).participant_id == person.id


def test_a_document_deleted_for_good_takes_its_memos(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, *_ = record_sample(archive, doc)
    archive.memos.add(MemoTarget.on_commitment(monitoring.id), "note")
    archive.memos.add(MemoTarget.on_quote(doc, 0, 5), "note")
    archive.delete_document(doc)
    archive.trash.empty()
    assert _count(archive, "memo") == 0


def test_an_archive_from_before_memos_gets_the_table(tmp_path: Path):
    import sqlite3

    from archiver.core import store
    from archiver.core.archive import DB_NAME

    root = tmp_path / "old"
    with Archive.open(root) as old:
        doc = import_document(old, tmp_path)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    db.execute("DROP TABLE memo")
    number = next(n for n, step in store.MIGRATIONS.items()
                  if isinstance(step, str) and "EXISTS memo (" in step)  # fmt: skip
    db.execute(f"PRAGMA user_version = {number - 1}")
    db.close()
    with Archive.open(root) as upgraded:
        assert store.schema_version(upgraded.db) == store.latest_version()
        memo = upgraded.memos.add(MemoTarget.on_document(doc), "after the upgrade")
        assert memo.uuid and upgraded.memos.all() == [memo]
        upgraded.db.executescript(str(store.MIGRATIONS[number]))  # renumbered: safe to run again
        assert upgraded.memos.all() == [memo]


def test_merging_two_participants_moves_the_memos_and_undo_moves_them_back(archive: Archive):
    people = archive.annotations.participants
    kept, gone = people.add("Emmanuel Macron", kind="person"), people.add("Macron", kind="person")
    memo = archive.memos.add(MemoTarget.on_participant(gone.id), "French president")
    change = people.merge(kept.id, gone.id)
    assert change.extra["memos"] == 1
    assert archive.memos.get(memo.id).participant_id == kept.id
    archive.annotations.journal.undo_last()
    assert archive.memos.get(memo.id).participant_id == gone.id
