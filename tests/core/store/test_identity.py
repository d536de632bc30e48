"""Stable identities: every record and journal entry has a UUID that undo, redo and copies keep."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from archiver.core import store
from archiver.core.archive import DB_NAME, Archive
from archiver.core.store import identity

TEXT = "قال الرئيس إيمانويل ماكرون إن فرنسا وأستراليا مستعدتان لمراقبة وقف إطلاق النار."


def _uuid(db: sqlite3.Connection, table: str, row_id: int) -> str:
    return str(db.execute(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,)).fetchone()[0])


def _import(archive: Archive, folder: Path, name: str = "a.txt", text: str = TEXT) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return archive.import_paths([folder / name]).imported[0].id


def test_the_same_file_is_the_same_document_in_two_archives(tmp_path: Path):
    with Archive.open(tmp_path / "a") as one, Archive.open(tmp_path / "b") as two:
        first, second = _import(one, tmp_path / "in"), _import(two, tmp_path / "in")
        assert _uuid(one.db, "document", first) == _uuid(two.db, "document", second)
        france_one = one.annotations.participants.resolve("France").id
        france_two = two.annotations.participants.resolve("France").id
        assert _uuid(one.db, "participant", france_one) == _uuid(two.db, "participant", france_two)
        one.annotations.tags.add(first, "Monitoring")
        two.annotations.tags.add(second, "monitoring")
        tags = [one.db.execute("SELECT uuid FROM tag").fetchone()[0],
                two.db.execute("SELECT uuid FROM tag").fetchone()[0]]  # fmt: skip
        assert tags[0] == tags[1]
        assert (
            one.db.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
            != (two.db.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0])
        )


def test_records_made_by_hand_get_random_uuids_kept_by_undo_and_redo(archive: Archive, tmp_path):
    doc = _import(archive, tmp_path / "in")
    added = archive.annotations.participants.add("Coalition of the willing", kind="coalition")
    before = _uuid(archive.db, "participant", added.id)
    assert uuid.UUID(before).version == 4
    archive.annotations.journal.undo_last()
    assert (
        archive.db.execute("SELECT COUNT(*) FROM participant WHERE uuid = ?", (before,)).fetchone()[
            0
        ]
        == 0
    )
    archive.annotations.journal.redo_last()
    assert _uuid(archive.db, "participant", added.id) == before
    france = archive.annotations.participants.resolve("France")
    commitment = archive.commitments.add(doc, [france.id], category="monitoring",
                                         status="offered", quote=(46, 54))  # fmt: skip
    assert uuid.UUID(_uuid(archive.db, "commitment", commitment.id)).version == 4


def test_every_journal_entry_has_its_uuid_and_the_copy_that_wrote_it(archive: Archive, tmp_path):
    _import(archive, tmp_path / "in")
    archive.annotations.participants.add("Coalition of the willing", kind="coalition")
    replica = store.get_meta(archive.db, identity.REPLICA)
    rows = archive.db.execute("SELECT uuid, replica FROM annotation_log").fetchall()
    assert len(rows) == 2 and all(r[0] and r[1] == replica for r in rows)
    assert len({r[0] for r in rows}) == 2


def test_migration_7_gives_old_rows_their_uuids(tmp_path: Path):
    root = tmp_path / "old"
    with Archive.open(root) as archive:
        doc = _import(archive, tmp_path / "in")
        archive.annotations.tags.add(doc, "kept")
        sha = archive.document(doc).file_sha256
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    for table in identity.WITH_UUID:
        db.execute(f"DROP INDEX {table}_uuid")
        db.execute(f"UPDATE {table} SET uuid = NULL")
    db.execute("DELETE FROM meta WHERE key = 'replica_id'")
    db.execute("UPDATE annotation_log SET uuid = NULL")
    db.execute("PRAGMA user_version = 6")
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        assert _uuid(archive.db, "document", doc) == identity.document_uuid(sha)
        assert archive.db.execute("SELECT uuid FROM tag").fetchone()[0] == identity.tag_uuid("kept")
        missing = [t for t in identity.WITH_UUID
                   if archive.db.execute(f"SELECT COUNT(*) FROM {t} WHERE uuid IS NULL").fetchone()[0]]  # fmt: skip
        assert missing == []
        assert store.get_meta(archive.db, identity.REPLICA)
        assert not archive.db.execute("SELECT 1 FROM annotation_log WHERE uuid IS NULL").fetchone()
        assert not store.integrity_problems(archive.db)
