"""Participants: seeding, aliases, name resolution, mentions, search fields, removal, migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.core import store
from archiver.core.annotations.participants import AmbiguousParticipant, ParticipantInUse
from archiver.core.archive import DB_NAME, Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import BadSpan, Invalid, NotFound, UnknownParticipant

TEXT = "قال الرئيس إيمانويل ماكرون إن فرنسا وأستراليا مستعدتان لمراقبة وقف إطلاق النار."


@pytest.fixture()
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a") as opened:
        yield opened


def _doc(archive: Archive, tmp_path: Path, text: str = TEXT, name: str = "2025-07-09-a.txt") -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def _ids(archive: Archive, query: str) -> set[int]:
    return {h.id for h in archive.search(query, limit=100).hits}


def test_gazetteer_is_seeded_with_folded_aliases(archive: Archive):
    ann = archive.annotations
    people = ann.participants.all()
    assert len(people) == 266
    france = ann.participants.resolve("France")
    aliases = {a.alias: a for a in ann.participants.aliases(france.id)}
    assert {"فرنسا", "الفرنسية", "باريس", "France", "French"} <= set(aliases)
    us = ann.participants.resolve("United States")
    assert next(a for a in ann.participants.aliases(us.id) if a.alias == "US").case_sensitive
    assert len(ann.participants.all("organisation")) == 22


def test_resolution_by_id_name_alias_and_analysed_alias(archive: Archive):
    ann = archive.annotations
    france = ann.participants.resolve("France")
    assert ann.participants.resolve(f"p{france.id}") == france
    assert ann.participants.resolve(str(france.id)) == france
    for text in ("france", "فرنسا", "Paris", "الفرنسيين", "لفرنسا", "فَرَنْسا"):
        assert ann.participants.resolve(text) == france, text
    with pytest.raises(UnknownParticipant):
        ann.participants.resolve("Atlantis")


def test_ambiguous_name_lists_candidates(archive: Archive):
    ann = archive.annotations
    ann.participants.add("Coalition of the Willing", "coalition", aliases=["التحالف"])
    ann.participants.add("Other coalition", "coalition", aliases=["التحالف"])
    with pytest.raises(AmbiguousParticipant) as err:
        ann.participants.resolve("التحالف")
    assert len(err.value.candidates) == 2
    assert "Coalition of the Willing" in str(err.value)


def test_add_participant_validates(archive: Archive):
    ann = archive.annotations
    with pytest.raises(Invalid):
        ann.participants.add("X", "planet")
    with pytest.raises(Invalid):
        ann.participants.add("  ")
    france = ann.participants.resolve("France")
    macron = ann.participants.add("Emmanuel Macron", "person", parent=france.id,
                                 aliases=["ماكرون", "Macron"])  # fmt: skip
    assert macron.parent_id == france.id
    assert ann.participants.resolve("ماكرون") == macron


def test_confirm_makes_participant_searchable_in_both_scripts(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    assert _ids(archive, "participant:France") == set()
    france = ann.participants.resolve("France")
    assert ann.mentions.confirm(doc, france.id).count == 1
    for query in ("participant:فرنسا", "participant:France", "participant:french",
                  f"participant:p{france.id}", "participant:الفرنسي"):  # fmt: skip
        assert _ids(archive, query) == {doc}, query
    assert archive.annotations.keywords_for(doc)["participant"] == [france.ref]
    ann.journal.undo_last()
    assert _ids(archive, "participant:France") == set()


def test_a_participant_filter_includes_its_members(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    france = ann.participants.resolve("France")
    macron = ann.participants.add("Emmanuel Macron", "person", parent=france.id, aliases=["Macron"])
    ann.mentions.confirm(doc, macron.id)  # only the president is tagged in this document
    assert _ids(archive, "participant:France") == {doc}
    assert _ids(archive, "participant:Macron") == {doc}
    assert _ids(archive, "participant:Germany") == set()
    ann.participants.update(macron.id, parent_id=None)
    assert _ids(archive, "participant:France") == set()


def test_tag_span_records_manual_mention_and_alias(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    leader = ann.participants.add("Emmanuel Macron", "person")
    text = archive.document(doc).text
    start = text.index("ماكرون")
    ann.mentions.tag_span(doc, start, start + len("ماكرون"), leader.id)
    assert "ماكرون" in {a.alias for a in ann.participants.aliases(leader.id)}
    listed = ann.mentions.participants_in(doc)
    assert [(d.name, d.method, d.spans) for d in listed] == [
        ("Emmanuel Macron", "manual", [(start, start + 6)])
    ]
    assert _ids(archive, "participant:ماكرون") == {doc}
    ann.journal.undo_last()
    assert "ماكرون" not in {a.alias for a in ann.participants.aliases(leader.id)}
    assert ann.mentions.participants_in(doc) == []
    with pytest.raises(BadSpan):
        ann.mentions.tag_span(doc, 5, 5000, leader.id)


def test_span_keeps_quote_and_context(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    france = ann.participants.resolve("France")
    ann.mentions.confirm(doc, france.id)
    row = archive.db.execute("SELECT * FROM span").fetchone()
    text = archive.document(doc).text
    assert row["quote"] == "فرنسا" == text[row["start"] : row["end"]]
    assert text[: row["start"]].endswith(row["prefix"]) and row["suffix"]


def test_free_tags_are_indexed(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    ann.tags.add(doc, "Ceasefire Monitoring")
    assert ann.tags.of(doc) == ["Ceasefire Monitoring"]
    assert _ids(archive, 'tag:"ceasefire monitoring"') == {doc}
    ann.tags.add(doc, "ukraine")
    assert _ids(archive, "tag:Ukraine") == {doc}
    ann.tags.remove(doc, "ukraine")
    assert _ids(archive, "tag:ukraine") == set()
    assert [(t.name, t.documents) for t in ann.tags.all()] == [("Ceasefire Monitoring", 1),
                                                               ("ukraine", 0)]  # fmt: skip


def test_remove_participant_with_commitments_is_refused_then_cascades(
    archive: Archive, tmp_path: Path
):
    doc = _doc(archive, tmp_path)
    ann, com = archive.annotations, archive.commitments
    france = ann.participants.resolve("France")
    australia = ann.participants.resolve("Australia")
    ann.mentions.confirm(doc, france.id)
    shared = com.add(doc, [france.id, australia.id], category="monitoring", status="offered")
    alone = com.add(doc, [france.id], category="military", status="pledged")
    with pytest.raises(ParticipantInUse) as err:
        ann.participants.remove(france.id)
    assert err.value.commitment_ids == [shared.id, alone.id]
    assert f"#{shared.id}" in str(err.value)
    ann.participants.remove(france.id, cascade="detach")
    assert [a.name for a in com.get(shared.id).actors] == ["Australia"]
    with pytest.raises(NotFound):
        com.get(alone.id)  # left with no actor: deleted
    assert archive.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert (
        archive.db.execute(
            "SELECT COUNT(*) FROM mention WHERE participant_id = ?", (france.id,)
        ).fetchone()[0]
        == 0
    )
    assert _ids(archive, f"participant:p{france.id}") == set()
    ann.participants.remove(australia.id, cascade=True)
    assert archive.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0
    assert (
        archive.db.execute("SELECT COUNT(*) FROM span WHERE document_id = ?", (doc,)).fetchone()[0]
        == 0
    )


def test_database_refuses_dangling_actor(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    france = ann.participants.resolve("France")
    archive.commitments.add(doc, [france.id], category="monitoring", status="offered")
    with pytest.raises(sqlite3.IntegrityError):
        archive.db.execute("DELETE FROM participant WHERE id = ?", (france.id,))


def test_deleting_a_document_deletes_its_annotations(archive: Archive, tmp_path: Path):
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    france = ann.participants.resolve("France")
    ann.mentions.confirm(doc, france.id)
    archive.commitments.add(doc, [france.id], category="monitoring", status="offered",
                            quote=(0, 10))  # fmt: skip
    archive.delete_document(doc)  # to the trash: its annotations wait there with it
    for table in ("mention", "span", "commitment", "commitment_actor"):
        assert archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0, table
    assert archive.commitments.list_commitments() == []
    archive.trash.empty()
    for table in ("mention", "span", "commitment", "commitment_actor"):
        assert archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_migration_from_v1_backs_up_and_keeps_data(tmp_path: Path):
    root = tmp_path / "old"
    (root / "originals").mkdir(parents=True)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    db.executescript(f"BEGIN; {store.MIGRATIONS[1]} PRAGMA user_version=1; COMMIT;")
    db.execute(
        "INSERT INTO document(title, language, direction, file_name, original_path, stored_name,"
        " file_sha256, text_sha256, kind, mime, file_size, method, quality, raw_text, text,"
        " imported_at, modified_at) VALUES ('قديم', 'ar', 'rtl', 'x.txt', '/x.txt', 'ab/x.txt',"
        " 'f', 't', 'text', 'text/plain', 1, 'text', 1.0, '', 'فرنسا دولة', 'now', 'now')"
    )
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        assert archive.document(1).title == "قديم"
        france = archive.annotations.participants.resolve("فرنسا")
        assert [s.participant_id for s in archive.annotations.mentions.suggestions(1)] == [
            france.id
        ]
    backup = root / "archive.v1.backup.sqlite3"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_aliases_are_refolded_when_the_analysis_changes(tmp_path: Path):
    with Archive.open(tmp_path / "a") as archive:
        france = archive.annotations.participants.resolve("France")
        archive.db.execute("UPDATE participant_alias SET folded = 'stale' WHERE participant_id = ?",
                           (france.id,))  # fmt: skip
        store.set_meta(archive.db, "alias_analysis", "an older analysis")
    with Archive.open(tmp_path / "a") as archive:
        archive.annotations.ensure_ready()
        stale = archive.db.execute("SELECT COUNT(*) FROM participant_alias WHERE folded = 'stale'")
        assert stale.fetchone()[0] == 0


def test_undo_with_nothing_to_undo(archive: Archive):
    assert archive.annotations.journal.undo_last() is None
    assert archive.annotations.journal.last_change() is None


def test_undo_after_a_delete_takes_back_the_delete(tmp_path):
    from archiver.core.archive import Archive

    with Archive.open(tmp_path / "undo") as archive:
        text = tmp_path / "u.txt"
        text.write_text("قمة\n\nفرنسا مستعدة للمراقبة.", "utf-8")
        doc = archive.import_paths([text]).imported[0].id
        confirmed = archive.annotations.mentions.confirm_all(doc)
        archive.delete_document(doc)
        undone = archive.annotations.journal.undo_last()
        assert undone is not None and undone.kind is ChangeKind.DELETE_DOCUMENT
        assert archive.document_ids() == [doc]
        assert archive.annotations.journal.last_change() == confirmed
        archive.delete_document(doc)
        archive.trash.empty()  # for good: no change names the document any more
        last = archive.annotations.journal.last_change()
        assert last is None or doc not in last.documents
