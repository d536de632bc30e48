"""The portable change log: every change, undo and redo in UUID terms, with who, when, where."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.store import changelog, identity, portable

TEXT = "أعلنت فرنسا والسويد استعدادهما للمساعدة في مراقبة وقف إطلاق النار."


def _uuid(archive: Archive, table: str, row_id: int) -> str:
    return str(portable.uuid_of(archive.db, table, row_id))


def test_an_import_says_which_documents_it_added_and_its_undo_travels(archive: Archive, tmp_path):
    for name, text in (("a.txt", TEXT), ("b.txt", "Sweden and France offered observers.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    ids = [f.id for f in archive.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"]).imported]
    entry = changelog.entries(archive.db)[-1]
    uuids = [_uuid(archive, "document", i) for i in ids]
    assert entry.kind == "import" and sorted(entry.summary["documents"]) == sorted(uuids)
    assert sorted(op["key"]["uuid"] for op in entry.ops) == sorted(uuids)
    assert {op["op"] for op in entry.ops} == {"add"}
    assert entry.replica == archive.db.execute(
        "SELECT value FROM meta WHERE key = ?", (identity.REPLICA,)).fetchone()[0]  # fmt: skip
    archive.annotations.journal.undo_last()
    undo = changelog.entries(archive.db)[-1]
    assert undo.kind == "undo" and undo.summary["target"] == archive.db.execute(
        "SELECT uuid FROM annotation_log ORDER BY id DESC").fetchone()[0]  # fmt: skip
    assert {(op["op"], op["key"]["uuid"], op["new"]["trashed_at"] is not None, op["old"]["trashed_at"])
            for op in undo.ops} == {("update", u, True, None) for u in uuids}  # fmt: skip
    archive.annotations.journal.redo_last()
    assert changelog.entries(archive.db)[-1].kind == "redo"
    assert changelog.count(archive.db) == 3


def test_operations_name_records_by_uuid_never_by_local_id(archive: Archive, tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    doc = archive.import_paths([tmp_path / "a.txt"]).imported[0].id
    france = archive.annotations.participants.resolve("France").id
    start = archive.document(doc).text.index("مراقبة")
    added = archive.commitments.add(doc, [france], category="monitoring", status="offered",
                                    quote=(start, start + 6))  # fmt: skip
    archive.commitments.delete(added.id)
    add, delete = changelog.entries(archive.db)[-2:]
    text = json.dumps([add.ops, delete.ops])
    assert '_id"' not in text and '"id"' not in text
    inserted = {op["table"]: op["row"] for op in add.ops if op["op"] == "insert"}
    assert inserted["commitment"]["document"] == _uuid(archive, "document", doc)
    assert inserted["commitment_actor"]["participant"] == _uuid(archive, "participant", france)
    spans = {op["row"]["uuid"] for op in add.ops if op["table"] == "span"}
    assert inserted["commitment"]["span"] in spans
    deleted = {op["table"] for op in delete.ops if op["op"] == "delete"}
    assert deleted == {"commitment", "commitment_actor", "span"}
    gone = next(op["row"] for op in delete.ops if op["table"] == "commitment")
    assert gone["span"] == inserted["commitment"]["span"]  # though the span went in that step
