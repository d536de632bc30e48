"""The journal: typed changes, and undo of adding, renaming and removing participants."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.core import store
from archiver.core.archive import DB_NAME, Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import NotFound, UnknownParticipant
from archiver.core.store import journal as log
from archiver.core.store import participants as participant_rows

TEXT = "قال الرئيس إيمانويل ماكرون إن فرنسا وأستراليا مستعدتان لمراقبة وقف إطلاق النار."


@pytest.fixture()
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a") as opened:
        yield opened


def _doc(archive: Archive, tmp_path: Path, text: str = TEXT) -> int:
    path = tmp_path / "2025-07-09-a.txt"
    path.write_text(text, encoding="utf-8")
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def _ids(archive: Archive, query: str) -> set[int]:
    return {h.id for h in archive.search(query, limit=100).hits}


def _count(archive: Archive, table: str) -> int:
    return int(archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_a_change_names_its_kind_and_ids(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    france = ann.participants.resolve("France")
    change = ann.mentions.confirm(doc, france.id)
    assert change.kind is ChangeKind.CONFIRM
    assert change.participants == (france.id,) and change.documents == (doc,)
    assert change.count == 1 and change.id > 0 and change.at
    assert ann.journal.last_change() == change
    assert ann.journal.undo_last() == change
    before = ann.journal.last_change()  # the import of the document, an earlier change
    assert before is not None and before.kind is ChangeKind.IMPORT and before.documents == (doc,)


def test_adding_a_participant_is_undoable(archive: Archive):
    ann = archive.annotations
    macron = ann.participants.add("Emmanuel Macron", "person", aliases=["ماكرون"])
    change = ann.journal.last_change()
    assert change is not None and change.kind is ChangeKind.ADD_PARTICIPANT
    assert change.participants == (macron.id,) and change.names == ("Emmanuel Macron",)
    assert ann.participants.resolve("ماكرون") == macron
    ann.journal.undo_last()
    with pytest.raises(UnknownParticipant):
        ann.participants.get(macron.id)
    assert ann.participants.aliases(macron.id) == []
    assert ann.participants.find("ماكرون") == []


def test_a_rename_keeps_the_old_name_as_an_alias_and_is_undoable(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path, "أعلن الإليزيه أن فرنسا مستعدة.")
    ann = archive.annotations
    leader = ann.participants.add("Emmanuel Macron", "person")
    ann.participants.remove_alias(
        next(a.id for a in ann.participants.aliases(leader.id) if a.alias == "Emmanuel Macron")
    )  # a participant whose name is no alias, as some gazetteer entries are
    renamed = ann.participants.rename(leader.id, "الإليزيه")
    assert renamed.name == "الإليزيه"
    change = ann.journal.last_change()
    assert change is not None and change.kind is ChangeKind.RENAME_PARTICIPANT
    assert change.names == ("Emmanuel Macron", "الإليزيه")
    aliases = {a.alias for a in ann.participants.aliases(leader.id)}
    assert {"Emmanuel Macron", "الإليزيه"} <= aliases
    assert ann.participants.resolve("Emmanuel Macron").id == leader.id  # the old name still works
    assert leader.id in {s.participant_id for s in ann.mentions.suggestions(doc)}  # the new one too
    ann.journal.undo_last()
    assert ann.participants.get(leader.id).name == "Emmanuel Macron"
    assert "الإليزيه" not in {a.alias for a in ann.participants.aliases(leader.id)}
    assert leader.id not in {s.participant_id for s in ann.mentions.suggestions(doc)}


def test_update_with_a_new_name_is_a_rename(archive: Archive):
    ann = archive.annotations
    france = ann.participants.resolve("France")
    ann.participants.update(france.id, name="French Republic")
    change = ann.journal.last_change()
    assert change is not None and change.kind is ChangeKind.RENAME_PARTICIPANT
    assert change.names == ("France", "French Republic")
    ann.journal.undo_last()
    ann.participants.update(france.id, name="French Republic", notes="renamed")
    change = ann.journal.last_change()  # more than a name: an edit naming what changed
    assert change is not None and change.kind is ChangeKind.UPDATE_PARTICIPANT
    assert change.extra["fields"] == ["name", "notes"]
    assert ann.participants.resolve("French Republic").id == france.id
    assert ann.participants.resolve("France").id == france.id
    ann.journal.undo_last()
    assert ann.participants.get(france.id) == france
    ann.participants.update(france.id, notes="only notes")
    change = ann.journal.last_change()
    assert change is not None and change.kind is ChangeKind.UPDATE_PARTICIPANT
    ann.journal.undo_last()
    assert ann.participants.get(france.id).notes == ""


def test_removing_with_cascade_is_one_undoable_step(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann, com = archive.annotations, archive.commitments
    france = ann.participants.resolve("France")
    australia = ann.participants.resolve("Australia")
    macron = ann.participants.add("Emmanuel Macron", "person", parent=france.id)
    ann.mentions.confirm(doc, france.id)
    shared = com.add(doc, [france.id, australia.id], category="monitoring", status="offered",
                     quote=(0, 10))  # fmt: skip
    alone = com.add(doc, [france.id], category="military", status="pledged")
    later = com.add(doc, [australia.id], category="military", status="delivered",
                    updates=alone.id)  # fmt: skip
    before = {t: _count(archive, t) for t in ("participant_alias", "mention", "span",
                                              "commitment", "commitment_actor")}  # fmt: skip
    aliases = ann.participants.aliases(france.id)

    change = ann.participants.remove(france.id, cascade="delete")
    assert change.kind is ChangeKind.REMOVE_PARTICIPANT
    assert change.participants == (france.id,) and set(change.commitments) == {shared.id, alone.id}
    assert change.documents == (doc,) and change.names == ("France",)
    assert _count(archive, "commitment") == 1 and com.get(later.id).updates_id is None
    assert ann.participants.get(macron.id).parent_id is None
    assert _ids(archive, "participant:Australia") == {doc}

    assert ann.journal.undo_last() == change
    assert ann.participants.get(france.id) == france
    assert ann.participants.aliases(france.id) == aliases
    assert {t: _count(archive, t) for t in before} == before
    assert [a.name for a in com.get(shared.id).actors] == ["France", "Australia"]
    assert com.get(shared.id).quote == archive.document(doc).text[0:10]
    assert com.get(later.id).updates_id == alone.id
    assert ann.participants.get(macron.id).parent_id == france.id
    assert [p.participant_id for p in ann.mentions.participants_in(doc)][:1] == [france.id]
    assert archive.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _ids(archive, f"participant:p{france.id}") == {doc}


def test_removing_with_detach_is_undoable(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann, com = archive.annotations, archive.commitments
    france = ann.participants.resolve("France")
    australia = ann.participants.resolve("Australia")
    shared = com.add(doc, [france.id, australia.id], category="monitoring", status="offered")
    alone = com.add(doc, [france.id], category="military", status="pledged")
    change = ann.participants.remove(france.id, cascade="detach")
    assert change.commitments == (alone.id,) and change.extra["detached"] == [shared.id]
    with pytest.raises(NotFound):
        com.get(alone.id)
    ann.journal.undo_last()
    assert [a.name for a in com.get(shared.id).actors] == ["France", "Australia"]
    assert [a.name for a in com.get(alone.id).actors] == ["France"]


def test_tags_and_aliases_are_typed_changes(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    added = ann.tags.add(doc, "Ceasefire")
    assert (added.kind, added.documents, added.names) == (
        ChangeKind.ADD_TAG,
        (doc,),
        ("Ceasefire",),
    )
    france = ann.participants.resolve("France")
    ann.participants.add_alias(france.id, "Hexagone")
    change = ann.journal.last_change()
    assert change is not None and change.kind is ChangeKind.ADD_ALIAS
    assert change.participants == (france.id,) and change.names == ("Hexagone",)
    nothing = ann.tags.remove(doc, "never there")
    assert nothing.id == 0 and ann.journal.last_change() == change


def test_entries_from_before_typed_changes_undo_as_legacy(tmp_path: Path):
    root = tmp_path / "old"
    (root / "originals").mkdir(parents=True)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    db.executescript(
        f"BEGIN; {store.MIGRATIONS[1]} {store.MIGRATIONS[2]} PRAGMA user_version=2; COMMIT;"
    )
    db.execute(
        "INSERT INTO tag(id, name, created_at) VALUES (1, 'old', 'now')",
    )
    db.execute(
        "INSERT INTO annotation_log(at, label, documents, inverse) VALUES"
        " ('2025-01-01T00:00:00+00:00', 'tag p12 in #3', '[]', '[[\"delete\", \"tag\", {\"id\": 1}]]')"
    )
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        change = archive.annotations.journal.last_change()
        assert change is not None and change.kind is ChangeKind.LEGACY
        assert change.extra == {"label": "tag p12 in #3"}
        assert archive.annotations.journal.undo_last() == change
        assert archive.annotations.tags.all() == []
    assert (root / "archive.v2.backup.sqlite3").exists()


def test_store_helpers_for_the_archive_facade(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    archive.annotations.ensure_ready()
    names = participant_rows.own_name_rows(archive.db)
    assert ("فرنسا", "state") in names
    archive.annotations.mentions.confirm_all(doc)
    archive.db.execute("BEGIN")
    log.forget_documents(archive.db, [doc])
    archive.db.execute("COMMIT")
    assert archive.annotations.journal.last_change() is None
