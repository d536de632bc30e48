"""check tells an import at work, and one a kill interrupted, from damage (real processes)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.imports.pending import PENDING_NAME
from archiver.core.store import PAGE_SIZE
from disks import articles, tree
from kept_originals import assert_kept_once

# Imports the files named on the command line into the archive named first; after STOP_AT
# files are stored (not committed: one transaction holds them) it writes the marker file and
# either waits to be killed ("wait") or kills itself ("kill").
IMPORTER = """
import os, signal, sys, time
from pathlib import Path
from archiver.core.archive import Archive

root, how, stop_at, marker, *files = sys.argv[1:]

def progress(done, total, label):
    if done == int(stop_at):
        Path(marker).write_text("stopped")
        if how == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        while True:
            time.sleep(0.1)

with Archive.open(root) as archive:
    archive.import_paths(files, progress=progress, workers_count=1)
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def start_import(root: Path, files: list[Path], how: str, marker: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    args = [sys.executable, "-c", IMPORTER, str(root), how, "3", str(marker), *map(str, files)]
    proc = subprocess.Popen(args, env=env)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None or how == "kill", "the importer ended early"
        assert time.monotonic() < deadline, "the importer did not reach its third file"
        time.sleep(0.05)
    if how == "kill":
        proc.wait(30)
    return proc


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A closed archive of two articles."""
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths(articles(tmp_path / "first", 2, seed=1))
    return tmp_path / "a"


def test_an_import_in_progress_is_not_damage(root: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sources = articles(tmp_path / "src", 6, filed_every=1)  # each writes its copy
    proc = start_import(root, sources, "wait", tmp_path / "marker")
    try:
        code, out, err = run(capsys, "--archive", str(root), "check", "--json")
        shown = json.loads(out)
        assert code == 0, (shown, err)
        assert shown["consistent"] is True and shown["problems"] == []
        progress = shown["import_in_progress"]
        assert progress["writer"] == f"pid {proc.pid}" and progress["originals"] == 3
        assert shown["interrupted_import"] is None
        code, out, _err = run(capsys, "--archive", str(root), "check")
        assert "import in progress" in out and "3 copies not in the store yet" in out
    finally:
        proc.kill()
        proc.wait(30)


def test_an_interrupted_import_is_reported_and_finished_on_the_next_open(
    root: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    start_import(root, articles(tmp_path / "src", 6, filed_every=1), "kill", tmp_path / "marker")
    assert (root / PENDING_NAME).exists()
    with Archive.open(root, readonly=True) as archive:  # as a read-only copy would see it
        found = check(archive)
        assert found.consistent, found.problems
        assert found.pending is not None and found.pending.writer is None
        assert found.pending.originals == 3 and archive.count() == 2
    code, out, _err = run(capsys, "--archive", str(root), "check")  # opens for writing
    assert code == 0
    assert "finished: an interrupted import's 3 leftover copies were removed" in out
    assert not (root / PENDING_NAME).exists()
    with Archive.open(root) as archive:
        assert check(archive).consistent and check(archive).pending is None
        assert archive.count() == 2
        assert_kept_once(root, archive.db)  # the leftover copies are gone


def test_a_copy_no_import_named_is_still_a_problem(root: Path) -> None:
    stray = root / "originals" / "ab" / ("ab" + "0" * 62 + ".txt")
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("left by something else", encoding="utf-8")
    with Archive.open(root) as archive:
        found = check(archive)
    assert not found.consistent and found.pending is None
    assert any("belongs to no document" in p for p in found.problems)


def test_repair_keeps_every_original_when_the_store_is_damaged(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = root / "archive.sqlite3"
    with sqlite3.connect(db) as conn:  # damage the document table's pages, keep the header
        # its own pages, read from dbstat: the pages after its root may be the schema's own
        # (a schema too large for page 1 continues on later pages)
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'document' ORDER BY pageno")]  # fmt: skip
    assert pages
    with db.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE_SIZE + 8)
            handle.write(b"\xff" * 64)
    stray = root / "originals" / "cd" / ("cd" + "1" * 62 + ".txt")
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("a copy of a document whose row the damage hides", encoding="utf-8")
    before = tree(root / "originals")
    code, out, err = run(capsys, "--archive", str(root), "check", "--repair")
    assert code == 1, (out, err)
    assert "problem: " in out and "the store is damaged" in out
    assert "Traceback" not in err
    assert tree(root / "originals") == before  # nothing moved to lost+found/
    assert not (root / "lost+found").exists()
