"""Undo and redo of a large change re-index its documents in batches of bounded memory: the
index committed whenever its writer holds the budget, with progress and cancel; cancelled or
killed midway, the change stays made and the next open indexes the rest. A merge journals
its new documents as one operation on their id set, as an import batch does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.check import check
from archiver.core.idsets import IdRanges
from archiver.core.progress import CancelToken
from processes import SRC
from sync_copies import send

COUNT = 20  # under workers.IN_PROCESS_BELOW: analysed in this process, no workers to start
SMALL_BUDGET = 20_000  # bytes of postings: a commit every few of these documents


def _word(number: int) -> str:
    """A word of one document's own (letters only: the analyser keeps it whole)."""
    return "qz" + "".join("bcdfghjklm"[int(d)] for d in str(number)) + "x"


def _files(folder: Path, count: int = COUNT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"note-{number:02d}.txt"
        body = " ".join(["ministers", "ceasefire", "وزراء", "الحدود", "مراقبة"] * (number + 3))
        path.write_text(f"Note {_word(number)}\n\n{body} {_word(number)}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _imported_then_undone(root: Path, tmp_path: Path) -> list[int]:
    """An import of COUNT files in one session, undone in the next."""
    with Archive.open(root) as archive:
        ids = [f.id for f in archive.import_paths(_files(tmp_path / "in")).imported]
    assert len(ids) == COUNT
    with Archive.open(root) as archive:
        assert archive.annotations.journal.undo_last() is not None
        assert archive.count() == 0 and archive.index.count() == 0
    return ids


def _all_found(archive: Archive, ids: list[int]) -> None:
    assert archive.count() == archive.index.count() == len(ids)
    for number, doc_id in enumerate(ids):
        assert [h.id for h in archive.search(_word(number)).hits] == [doc_id]
    assert check(archive).consistent


def test_redo_in_a_later_session_reindexes_in_commits_with_progress(tmp_path: Path):
    root = tmp_path / "archive"
    ids = _imported_then_undone(root, tmp_path)
    seen: list[tuple[int, int]] = []
    with Archive.open(root) as archive:
        archive.indexer.memory_bytes = SMALL_BUDGET
        redone = archive.annotations.journal.redo_last(
            progress=lambda done, total, _title: seen.append((done, total))
        )
        assert redone is not None and redone.kind is ChangeKind.IMPORT
        _all_found(archive, ids)
    assert seen[-1] == (COUNT, COUNT) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with Archive.open(root) as archive:  # and the same in the next session
        _all_found(archive, ids)


def test_a_cancelled_redo_keeps_what_it_committed_and_the_next_open_indexes_the_rest(
    tmp_path: Path,
):
    root = tmp_path / "archive"
    ids = _imported_then_undone(root, tmp_path)
    token = CancelToken()

    def progress(done: int, _total: int, _title: str) -> None:
        if done == 12:
            token.cancel()

    with Archive.open(root) as archive:
        archive.indexer.memory_bytes = SMALL_BUDGET
        redone = archive.annotations.journal.redo_last(progress=progress, cancel=token)
        assert redone is not None
        assert archive.count() == COUNT  # the redo is made: every document out of the trash
        indexed = archive.index.count()
        assert 0 < indexed < COUNT  # the commits before the cancel, not the rest
        assert archive.annotations.journal.next_redo() is None
    with Archive.open(root) as archive:
        _all_found(archive, ids)


def test_a_cancelled_undo_is_made_and_the_next_open_takes_the_rest_out(tmp_path: Path):
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths(_files(tmp_path / "in"))
    token = CancelToken()
    token.cancel()  # before the first document leaves the index
    with Archive.open(root) as archive:
        assert archive.annotations.journal.undo_last(cancel=token) is not None
        assert archive.count() == 0 and archive.index.count() > 0
    with Archive.open(root) as archive:
        assert archive.index.count() == 0 and archive.search("ministers").total == 0
        assert check(archive).consistent
        assert archive.annotations.journal.redo_last() is not None
        assert archive.search("ministers").total == COUNT


KILLED_REDO = """
import os, signal, sys
from archiver.core.archive import Archive

def progress(done, total, title):
    if done == 9:
        os.kill(os.getpid(), signal.SIGKILL)

archive = Archive.open(sys.argv[1])
archive.indexer.memory_bytes = int(sys.argv[2])
archive.annotations.journal.redo_last(progress=progress)
"""


def test_a_redo_killed_midway_is_made_and_the_next_open_indexes_the_rest(tmp_path: Path):
    root = tmp_path / "archive"
    ids = _imported_then_undone(root, tmp_path)
    env = {**os.environ, "PYTHONPATH": SRC}
    script = textwrap.dedent(KILLED_REDO)
    run = [sys.executable, "-c", script, str(root), str(SMALL_BUDGET)]
    done = subprocess.run(run, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    with Archive.open(root) as archive:
        _all_found(archive, ids)
        assert archive.annotations.journal.next_redo() is None


def test_a_merge_journals_its_new_documents_as_one_operation(tmp_path: Path):
    with Archive.open(tmp_path / "A") as a, Archive.open(tmp_path / "B") as b:
        ids = [f.id for f in a.import_paths(_files(tmp_path / "in")).imported]
        report = send(a, b)
        added = report.documents_added
        assert len(added) == COUNT and report.change is not None
        entry = _entry(b, report.change.id)
        sets = [op for op in json.loads(entry["inverse"]) if op[1] == "document"]
        assert sets == [["set", "document", IdRanges(added).to_json(), sets[0][3]]]
        assert json.loads(entry["documents"]) == IdRanges(added).to_json()
        assert len(entry["documents"]) < 20  # a few numbers, whatever the merge's size
        journal = b.annotations.journal
        undone = journal.undo_last()
        assert undone is not None and list(undone.documents) == added
        assert b.count() == 0 and len(b.trash.items()) == COUNT and b.index.count() == 0
        journal.redo_last()
        assert b.count() == COUNT and b.search("ministers").total == COUNT
        assert b.count() == len(ids) and check(b).consistent


def test_a_merge_journaled_one_operation_per_document_still_undoes(tmp_path: Path):
    with Archive.open(tmp_path / "A") as a, Archive.open(tmp_path / "B") as b:
        a.import_paths(_files(tmp_path / "in", 5))
        report = send(a, b)
        assert report.change is not None
        _as_one_op_per_document(b, report.change.id)
    with Archive.open(tmp_path / "B") as b:
        journal = b.annotations.journal
        assert journal.undo_last() is not None
        assert b.count() == 0 and len(b.trash.items()) == 5
        assert journal.redo_last() is not None
        assert b.count() == 5 and b.search("ministers").total == 5 and check(b).consistent


def _entry(archive: Archive, entry_id: int) -> dict:
    row = archive.db.execute("SELECT * FROM annotation_log WHERE id = ?", (entry_id,)).fetchone()
    return dict(row)


def _as_one_op_per_document(archive: Archive, entry_id: int) -> None:
    """Rewrite a merge's entry in the form merges journaled before id sets: an update of each
    new document's trash mark, and its documents as plain ids."""
    entry = _entry(archive, entry_id)
    ops, old = [], json.loads(entry["inverse"])
    for op in old:
        if op[0] == "set" and op[1] == "document":
            ops += [
                ["update", "document", {"id": i}, dict(op[3])] for i in IdRanges.from_json(op[2])
            ]
        else:
            ops.append(op)
    assert len(ops) > len(old)
    ids = list(IdRanges.from_json(json.loads(entry["documents"])))
    archive.db.execute(
        "UPDATE annotation_log SET documents = ?, inverse = ? WHERE id = ?",
        (json.dumps(ids), json.dumps(ops), entry_id),
    )


def test_a_delete_of_many_documents_is_one_operation_undone_in_a_later_session(tmp_path: Path):
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        ids = [f.id for f in archive.import_paths(_files(tmp_path / "in")).imported]
        kept = ids[5]
        deleted = [i for i in ids if i != kept]
        change = archive.trash.delete(deleted)
        (op,) = json.loads(_entry(archive, change.id)["inverse"])
        assert op == ["set", "document", IdRanges(deleted).to_json(), {"trashed_at": None}]
        assert archive.count() == 1 and archive.index.count() == 1
        (logged,) = archive.db.execute(  # what travels: an update of each document, as before
            "SELECT ops FROM change_log WHERE kind = 'delete_document'"
        ).fetchall()
        assert len(json.loads(logged["ops"])) == COUNT - 1
    with Archive.open(root) as archive:
        assert archive.annotations.journal.undo(change.id).kind is ChangeKind.DELETE_DOCUMENT
        _all_found(archive, ids)
        archive.trash.delete(deleted)
        change = archive.trash.restore(deleted)  # a restore of many is one operation too
        (op,) = json.loads(_entry(archive, change.id)["inverse"])
        assert op[0] == "set" and IdRanges.from_json(op[2]) == IdRanges(deleted)
        _all_found(archive, ids)
