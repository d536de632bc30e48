"""A killed worker's scratch folder is removed by the next import; a living one's is kept."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from archiver.core.imports import scratch

HOLD = """
import sys, time
from archiver.core.imports.scratch import scratch_folder
with scratch_folder("archiver-ocr-") as work:
    (work / "page-1.png").write_bytes(b"scan")
    print(work, flush=True)
    time.sleep(120)
"""


def _age(folder: Path, seconds: float) -> None:
    then = time.time() - seconds
    for path in (folder, *folder.iterdir()):
        os.utime(path, (then, then))


def _held_by_a_process(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def test_a_killed_processs_folder_is_removed(tmp_path: Path) -> None:
    proc, work = _held_by_a_process(tmp_path)
    try:
        _age(work, 600)
        assert scratch.remove_orphans(tmp_path) == 0  # its process still holds it
        assert (work / "page-1.png").exists()
    finally:
        proc.kill()
        proc.wait()
    assert work.exists()  # SIGKILL: the folder's own cleanup never ran
    assert scratch.remove_orphans(tmp_path) == 1
    assert not work.exists()


def test_a_folder_in_use_here_is_kept_and_removed_when_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with scratch.scratch_folder("archiver-scan-") as work:
        _age(work, 600)
        assert scratch.remove_orphans(tmp_path) == 0
        assert work.is_dir()
    assert not work.exists()


def test_unlocked_folders_go_once_old_and_other_folders_stay(tmp_path: Path) -> None:
    young = tmp_path / "archiver-attachment-young"
    old = tmp_path / "archiver-ocr-before-locks"  # left by a version without the lock file
    other = tmp_path / "archiver-history"
    for folder in (young, old, other):
        folder.mkdir()
        (folder / "file").write_text("x")
    _age(old, 600)
    _age(other, 600)
    assert scratch.remove_orphans(tmp_path) == 1
    assert young.exists() and other.exists() and not old.exists()
