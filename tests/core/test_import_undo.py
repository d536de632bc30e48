"""An import batch's undo entry is one operation on its id set: undo and redo as the entry of
one operation per document did, across sessions, in the history, the trash and other copies."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.check import check
from archiver.core.errors import HasDependents, Invalid
from archiver.core.idsets import IdRanges
from sync_copies import send

WORDS = ["ministers", "ceasefire", "monitor", "London", "Kyiv", "summit", "forum", "treaty",
         "border", "talks", "troops", "aid", "harbour", "council", "envoy", "pledge", "report",
         "القمة", "فرنسا", "السويد", "مراقبة", "النار", "وزراء", "الحدود"]  # fmt: skip


def _files(folder: Path, count: int, seed: int = 3) -> list[Path]:
    """``count`` short texts, each its own (no two near duplicates)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"note-{number:02d}.txt"
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        path.write_text(f"Note {number} of {seed}\n\n{words}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _entry(archive: Archive, entry_id: int) -> dict:
    row = archive.db.execute("SELECT * FROM annotation_log WHERE id = ?", (entry_id,)).fetchone()
    return dict(row)


def _uuids(archive: Archive, ids: list[int]) -> list[str]:
    sql = "SELECT uuid FROM document WHERE id = ?"
    return [archive.db.execute(sql, (i,)).fetchone()[0] for i in ids]


def _trashed(archive: Archive, ids: list[int]) -> dict[int, str | None]:
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, trashed_at FROM document WHERE id IN ({marks})"
    return {int(r[0]): r[1] for r in archive.db.execute(sql, ids)}


def _as_one_op_per_document(archive: Archive, entry_id: int) -> None:
    """Rewrite an import's entry in the form archives journaled before id sets."""
    entry = _entry(archive, entry_id)
    (op,) = json.loads(entry["inverse"])
    ids = list(IdRanges.from_json(op[2]))
    inverse = [["update", "document", {"id": i}, dict(op[3])] for i in ids]
    change = {**json.loads(entry["change_json"]), "documents": ids}
    archive.db.execute(
        "UPDATE annotation_log SET documents = ?, inverse = ?, change_json = ? WHERE id = ?",
        (json.dumps(ids), json.dumps(inverse), json.dumps(change), entry_id),
    )


def test_a_batch_is_journaled_as_one_operation_on_its_ids(archive: Archive, tmp_path: Path):
    report = archive.import_paths(_files(tmp_path / "in", 12))
    ids = [f.id for f in report.imported]
    change = archive.annotations.journal.latest
    assert change is not None and change.kind is ChangeKind.IMPORT and change.count == 12
    entry = _entry(archive, change.id)
    assert json.loads(entry["documents"]) == [[ids[0], ids[-1]]]
    (op,) = json.loads(entry["inverse"])
    assert op[:3] == ["set", "document", [[ids[0], ids[-1]]]] and set(op[3]) == {"trashed_at"}
    assert json.loads(entry["change_json"])["documents"] == []
    assert len(entry["inverse"]) + len(entry["documents"]) < 200  # whatever the batch's size
    (history,) = archive.annotations.journal.history()
    assert list(history.change.documents) == ids and history.change.documents == tuple(ids)
    assert list(archive.annotations.journal.recent_imports()[0].documents) == ids
    # the change log still carries one "add" per document, as other copies read it
    (logged,) = archive.db.execute("SELECT summary, ops FROM change_log").fetchall()
    uuids = _uuids(archive, ids)
    assert [o["key"]["uuid"] for o in json.loads(logged["ops"])] == uuids
    assert json.loads(logged["summary"])["documents"] == uuids


def _scenario(root: Path, files: list[Path], *, old_form: bool) -> list[dict[int, str | None]]:
    """Import, then the user trashes one document and trashes and restores another; undo and
    redo the import in later sessions. The documents' trash marks after each step."""
    states = []
    with Archive.open(root) as archive:
        ids = [f.id for f in archive.import_paths(files).imported]
        entry = archive.annotations.journal.latest
        assert entry is not None
        if old_form:
            _as_one_op_per_document(archive, entry.id)
        archive.delete_document(ids[2])
        user_at = "2024-05-01T10:00:00+00:00"  # trashed at a time of its own, not the batch's
        archive.db.execute("UPDATE document SET trashed_at = ? WHERE id = ?", (user_at, ids[2]))
        archive.delete_document(ids[4])
        archive.trash.restore([ids[4]])

    def mark(archive: Archive) -> dict[int, str | None]:
        found = _trashed(archive, ids)
        assert check(archive).consistent
        assert archive.count() == sum(1 for v in found.values() if v is None)
        return {i: None if v is None else "user" if v == user_at else "batch"
                for i, v in found.items()}  # fmt: skip

    with Archive.open(root) as archive:
        journal = archive.annotations.journal
        with pytest.raises(HasDependents):  # the trash and the restore name its documents
            journal.undo(entry.id)
        assert journal.undo(entry.id, force=True).kind is ChangeKind.IMPORT
        states.append(mark(archive))
        assert archive.search("Note").total == 0
    with Archive.open(root) as archive:
        journal = archive.annotations.journal
        redone = journal.redo_last()
        assert redone is not None and list(redone.documents) == ids
        states.append(mark(archive))
        journal.undo(entry.id, force=True)
        states.append(mark(archive))
    with Archive.open(root) as archive:
        archive.annotations.journal.redo_last()
        states.append(mark(archive))
        assert archive.search("Note").total == len(ids) - 1
    return states


def test_undo_and_redo_across_sessions_do_what_one_op_per_document_did(tmp_path: Path):
    files = _files(tmp_path / "in", 10)
    new = _scenario(tmp_path / "new", files, old_form=False)
    old = _scenario(tmp_path / "old", files, old_form=True)
    assert new == old
    every, back = {i: "batch" for i in new[0]}, dict.fromkeys(new[0])
    back[min(back) + 2] = "user"  # trashed by the user before: still in the trash
    assert new == [every, back, every, back]


def test_deleting_one_of_a_batch_for_good_keeps_the_batch_without_it(
    archive: Archive, tmp_path: Path
):
    # the import happened: it stays in the history, naming the documents still there, and is
    # no longer undone (undoing it would store again only part of what it stored)
    ids = [f.id for f in archive.import_paths(_files(tmp_path / "in", 8)).imported]
    later = [f.id for f in archive.import_paths(_files(tmp_path / "later", 3, seed=9)).imported]
    journal = archive.annotations.journal
    first, second = (c.id for c in journal.recent_imports()[::-1])
    archive.delete_document(later[0])
    archive.trash.empty([later[0]])
    archive.delete_document(ids[3])  # in the middle of the first batch's run
    archive.trash.empty([ids[3]])
    imports = {c.id: set(c.documents) for c in journal.recent_imports()}
    assert imports == {first: set(ids) - {ids[3]}, second: set(later[1:])}
    with pytest.raises(Invalid, match="emptied from the trash"):
        journal.undo(first, force=True)
    assert sorted(archive.document_ids()) == sorted(set(ids + later) - {ids[3], later[0]})
    assert check(archive).consistent


def test_a_batch_undone_and_redone_travels_to_another_copy(tmp_path: Path):
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        _travel_both_ways(a, b, tmp_path)


def _travel_both_ways(a: Archive, b: Archive, tmp_path: Path) -> None:
    ids = [f.id for f in a.import_paths(_files(tmp_path / "in", 6)).imported]
    send(a, b)
    assert b.count() == 6
    a.annotations.journal.undo_last()
    assert a.count() == 0
    send(a, b)
    assert b.count() == 0 and len(b.trash.items()) == 6
    a.annotations.journal.redo_last()
    send(a, b)
    assert b.count() == 6 and sorted(_uuids(a, ids)) == sorted(_uuids(b, b.document_ids()))
    kinds = [e.change.kind for e in b.annotations.journal.history()]
    assert kinds.count(ChangeKind.UNDO) == 1 and kinds.count(ChangeKind.REDO) == 1
    assert ChangeKind.IMPORT in kinds
