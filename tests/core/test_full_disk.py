"""A full disk: an import stops with what it stored whole, leaves no junk, and reading still works.

The archive lives on a real tmpfs of 2 MiB filled up with a filler file (``tests/disks.py``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.errors import DiskFull
from archiver.core.imports.pending import PENDING_NAME
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM
from archiver.core.search.indexing import record
from archiver.core.store import documents
from disks import articles, fill, small_disk, tree
from kept_originals import assert_kept_once

SEGMENT_FILE = re.compile(r"^MAIN_([0-9a-z]+)\.")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An 8 MiB tmpfs holding an archive of two articles (closed) at ``disk / "a"``."""
    with small_disk(tmp_path / "disk", 8192) as folder:
        with Archive.open(folder / "a") as archive:
            archive.import_paths(articles(tmp_path / "first", 2, seed=1))
        yield folder


def listed_segments(index: Path) -> set[str]:
    """The segment names the index's table of contents lists."""
    from whoosh import index as whoosh_index

    return {s.segment_id().split("_", 1)[1] for s in whoosh_index.open_dir(str(index))._segments()}


def assert_no_junk(root: Path) -> None:
    """No copy without its row nor row without its original, no index file of a segment
    the index does not list."""
    with Archive.open(root, readonly=True) as archive:
        assert_kept_once(root, archive.db)
    listed = listed_segments(root / "index")
    for path in (root / "index").iterdir():
        match = SEGMENT_FILE.match(path.name)
        assert match is None or match.group(1) in listed, f"left behind: {path.name}"
        assert not path.name.endswith(".tmp"), f"left behind: {path.name}"
    assert not (root / PENDING_NAME).exists()


@pytest.mark.parametrize("leave", [600_000, 1_200_000])  # 16 KiB pages: a WAL frame each
def test_an_import_into_a_full_disk_stops_whole_and_consistent(
    disk: Path, tmp_path: Path, leave: int
) -> None:
    sources = articles(tmp_path / "src", 30, filed_every=2)  # half keep a copy
    fill(disk, leave)
    with Archive.open(disk / "a") as archive:
        report = archive.import_paths(sources)
        assert report.disk_full and report.files == 30
        assert 0 < len(report.imported) < 30  # the files before the disk filled are kept
        assert archive.count() == 2 + len(report.imported)
        assert report.to_json()["disk_full"] is True
        failed = [f.reason for f in report.failed]
        assert not any("savepoint" in r or "Errno" in r for r in failed), failed
    assert_no_junk(disk / "a")
    with Archive.open(disk / "a", readonly=True) as archive:
        found = check(archive)
    assert found.consistent, found.problems
    # what the index could not hold yet is not damage: the next open with room indexes it
    assert found.pending is None or found.pending.unindexed == report.unindexed


def lasting(files: dict[str, str]) -> dict[str, str]:
    """The files a refused write leaves as they were: not SQLite's own -wal/-shm, nor the lock
    (each writer that takes it writes its pid and command there)."""
    return {k: v for k, v in files.items() if "sqlite3-" not in k and k != "archive.lock"}


def test_an_import_on_a_disk_with_no_room_at_all_says_disk_full(
    disk: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    sources = articles(tmp_path / "src", 3)
    fill(disk)
    before = tree(disk / "a")
    code, _out, err = run(capsys, "--archive", str(disk / "a"), "import", *map(str, sources))
    assert code == 4, err
    assert "disk full" in err and "Traceback" not in err
    after = tree(disk / "a")
    assert lasting(after) == lasting(before)  # nothing was written


@pytest.mark.parametrize("command", [["delete", "1"], ["participants", "add", "Someone"]])
def test_a_change_on_a_full_disk_says_disk_full(disk: Path, capsys, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    fill(disk)
    code, _out, err = run(capsys, "--archive", str(disk / "a"), *command)
    assert code == 4 and err.startswith("archiver: disk full") and "Traceback" not in err
    with Archive.open(disk / "a", readonly=True) as archive:
        assert archive.count() == 2 and not archive.in_trash(1)


def test_the_cli_reports_the_stop_with_its_counts(disk: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sources = articles(tmp_path / "src", 30)
    fill(disk, 400_000)
    code, out, err = run(
        capsys, "--archive", str(disk / "a"), "import", "--json", *map(str, sources)
    )
    assert code == 4, err
    shown = json.loads(out)
    stored = len(shown["imported"])
    assert shown["disk_full"] is True and shown["files"] == 30 and 0 < stored < 30
    assert f"disk full: {stored} of 30 files stored" in err
    assert "Traceback" not in err and "savepoint" not in err


def test_reading_commands_work_on_a_full_disk_and_write_nothing(
    disk: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    fill(disk)
    root = str(disk / "a")
    before = tree(disk / "a")
    out_file = tmp_path / "export.csv"  # another disk
    for command in (["search", "تقرير"], ["show", "1"], ["check"], ["check", "--json"],
                    ["history"], ["trash", "list"], ["participants", "list"],
                    ["export", "documents", "-o", str(out_file)]):  # fmt: skip
        code, _out, err = run(capsys, "--archive", root, *command)
        assert code == 0, (command, err)
        assert "Traceback" not in err
    assert out_file.read_text(encoding="utf-8-sig").count("\n") >= 3
    assert tree(disk / "a") == before  # a read needs no write: no -wal, -shm, lock or index file


def test_reads_on_a_full_disk_see_documents_the_index_could_not_take(
    disk: Path, tmp_path: Path
) -> None:
    fill(disk, 400_000)
    with Archive.open(disk / "a") as archive:
        report = archive.import_paths(articles(tmp_path / "src", 30))
    fill(disk)
    with Archive.open(disk / "a", readonly=True) as archive:
        assert archive.count() == 2 + len(report.imported)
        assert archive.document(3).title.startswith("تقرير")
        assert archive.search("تقرير").total >= 2


def test_a_writable_open_of_a_full_disk_is_refused_as_full_not_damaged(disk: Path) -> None:
    fill(disk)
    with pytest.raises(DiskFull, match="disk full"):
        Archive.open(disk / "a")


def test_a_failed_index_commit_leaves_no_segment_files(disk: Path) -> None:
    with Archive.open(disk / "a") as archive:
        before = sorted(p.name for p in (disk / "a" / "index").iterdir())
        facts = documents.indexable(archive.db, [1])[0].facts
        writer = archive.index.writer()
        for n in range(200):  # enough postings to need more room than there is
            words = " ".join(f"word{n}x{k}" for k in range(300))
            stream = (words, words)
            doc = record(facts, {"title": stream, "body": stream, "layout": ("", "")})
            doc.id = 1000 + n
            writer.add_new(doc)
        fill(disk)
        with pytest.raises(OSError):
            writer.commit()
        assert sorted(p.name for p in (disk / "a" / "index").iterdir()) == before
        assert archive.index.count() == 2  # the index as it was, and writable again
        (disk / "filler.bin").unlink()
        archive.index.writer().commit()


def test_a_full_disk_mid_transaction_never_says_no_such_savepoint(disk: Path) -> None:
    """SQLite rolls a whole transaction back on SQLITE_FULL; the savepoint is then gone."""
    from archiver.core import store

    db = sqlite3.connect(disk / "t.sqlite3", isolation_level=None)
    db.execute("CREATE TABLE t(x)")
    fill(disk, 20_000)
    db.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="full"), store.savepoint(db, "one_file"):
        db.execute("INSERT INTO t SELECT randomblob(4096) FROM (WITH RECURSIVE c(n) AS "
                   "(SELECT 1 UNION ALL SELECT n+1 FROM c LIMIT 2000) SELECT n FROM c)")  # fmt: skip
    if db.in_transaction:
        db.execute("ROLLBACK")
    db.close()


def test_a_large_import_indexed_by_its_workers_stops_whole_too(tmp_path: Path) -> None:
    """1,000 files: the import pool's workers write index segments of their own."""
    sources = articles(tmp_path / "src", PARALLEL_INDEX_FROM, words=20, filed_every=2)
    with small_disk(tmp_path / "disk", 10 * 1024) as disk:
        with Archive.open(disk / "a") as archive:
            report = archive.import_paths(sources, workers_count=2)
            assert report.disk_full and 0 < len(report.imported) < len(sources)
            assert archive.count() == len(report.imported)
        assert_no_junk(disk / "a")
        with Archive.open(disk / "a", readonly=True) as archive:
            found = check(archive)
        assert found.consistent, found.problems
