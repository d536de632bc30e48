"""Backups: a whole, checked copy; restored as a new archive that check calls consistent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from backup_samples import ANNOTATED, DOCS, KEPT, tree, write_files

from archiver.core.archive import Archive
from archiver.core.backups.making import make_backup
from archiver.core.backups.restoring import read_manifest, restore, restore_originals
from archiver.core.check import check
from archiver.core.errors import Invalid

SRC = Path(__file__).resolve().parents[3] / "src"


def test_a_backup_restores_as_the_same_archive(filled: Path, tmp_path: Path) -> None:
    report = make_backup(filled, tmp_path / "b", with_index=True)
    assert report.documents == DOCS and report.originals == report.linked == len(KEPT)
    assert report.regenerated == DOCS - len(KEPT) and not report.missing
    manifest = read_manifest(tmp_path / "b")
    assert manifest["counts"]["document"] == DOCS and manifest["counts"]["mention"] == len(
        ANNOTATED
    )
    assert manifest["counts"]["commitment"] == len(ANNOTATED) and manifest["index"] is True
    restored = restore(tmp_path / "b", tmp_path / "r")
    assert restored.consistent, restored.problems
    with Archive.open(tmp_path / "r") as copy, Archive.open(filled) as original:
        assert copy.document_ids() == original.document_ids()
        assert copy.search("Sweden").total == original.search("Sweden").total == DOCS


def test_without_the_index_the_restored_archive_builds_it(filled: Path, tmp_path: Path) -> None:
    make_backup(filled, tmp_path / "b")
    assert not (tmp_path / "b" / "index").exists()
    assert restore(tmp_path / "b", tmp_path / "r").consistent
    with Archive.open(tmp_path / "r") as copy:
        assert copy.search("Report").total == DOCS


def test_originals_are_copied_when_they_cannot_be_linked(filled: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-fs"
    other.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "tmpfs", str(other)], capture_output=True
    ).returncode:
        pytest.skip("no tmpfs mount here (needs root)")
    try:
        report = make_backup(filled, other / "b")
        assert report.copied == len(KEPT) and report.linked == 0
        assert restore(other / "b", tmp_path / "r").consistent
    finally:
        subprocess.run(["umount", str(other)], check=True)


def test_a_failed_backup_leaves_nothing_under_the_destination_name(
    filled: Path, tmp_path: Path
) -> None:
    def stop(done: int, total: int, label: str) -> None:
        if label == "originals" and done == len(KEPT) // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        make_backup(filled, tmp_path / "b", progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "in"]


@pytest.mark.parametrize("where", ["file", "full", "originals"])
def test_a_backup_refuses_a_destination_that_is_not_new(
    filled: Path, tmp_path: Path, where: str
) -> None:
    dest = {"file": tmp_path / "in" / "x.txt", "full": tmp_path / "in",
            "originals": filled / "originals" / "b"}[where]  # fmt: skip
    (tmp_path / "in" / "x.txt").write_text("x")
    before = tree(tmp_path)
    with pytest.raises(Invalid, match=str(dest)):
        make_backup(filled, dest)
    assert tree(tmp_path) == before


def _damage_database(backup: Path) -> str:
    with (backup / "archive.sqlite3").open("r+b") as db:
        db.seek(8000)
        db.write(b"\xff")
    return "does not match the hash"


def _drop_an_original(backup: Path) -> str:
    next((backup / "originals").rglob("*.txt")).unlink()
    return "lacks 1 original"


def _newer_format(backup: Path) -> str:
    manifest = json.loads((backup / "backup.json").read_text())
    (backup / "backup.json").write_text(json.dumps({**manifest, "version": 99}))
    return "newer Archiver"


def _truncate(backup: Path) -> str:
    os.truncate(backup / "archive.sqlite3", 4096)
    return "4096 bytes where the manifest says"


def _no_manifest(backup: Path) -> str:
    (backup / "backup.json").unlink()
    return "has no backup.json"


@pytest.mark.parametrize(
    "damage", [_damage_database, _drop_an_original, _newer_format, _truncate, _no_manifest]
)
def test_restore_refuses_a_backup_that_fails_its_manifest(
    filled: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    make_backup(filled, tmp_path / "b")
    reason = damage(tmp_path / "b")
    with pytest.raises(Invalid, match=reason):
        restore(tmp_path / "b", tmp_path / "r")
    assert not (tmp_path / "r").exists()
    assert not [p for p in tmp_path.iterdir() if "restoring" in p.name]


def test_restore_refuses_a_folder_that_is_not_empty(filled: Path, tmp_path: Path) -> None:
    make_backup(filled, tmp_path / "b")
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "notes.txt").write_text("mine")
    with pytest.raises(Invalid, match="is not empty"):
        restore(tmp_path / "b", tmp_path / "r")
    assert [p.name for p in (tmp_path / "r").iterdir()] == ["notes.txt"]


def test_lost_and_changed_originals_come_back_from_a_backup(filled: Path, tmp_path: Path) -> None:
    make_backup(filled, tmp_path / "linked")
    make_backup(filled, tmp_path / "copied", copy=True)
    with Archive.open(filled) as archive:
        lost, changed = archive.original_file(4), archive.original_file(6)
        lost.unlink()  # a hard link keeps the bytes of a deleted file ...
        changed.write_text("overwritten by accident")  # ... but shares an edit made in place
    with Archive.open(filled) as archive:
        assert not check(archive).consistent
        linked = restore_originals(archive, tmp_path / "linked")
        assert linked.restored == [4] and linked.unavailable == [6]
        copied = restore_originals(archive, tmp_path / "copied")
        assert copied.restored == [6] and not copied.unavailable
        assert len(copied.moved_aside) == 1 and "lost+found" in copied.moved_aside[0]
        assert check(archive).consistent


def test_a_backup_during_a_running_import_is_consistent(tmp_path: Path) -> None:
    """An import of 550 files in another process (a commit at 500) while backups are made."""
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths(write_files(tmp_path / "first", 20, seed=1), workers_count=1)
    write_files(tmp_path / "more", 550, seed=2, lengths=(30, 60))
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    importing = subprocess.Popen(
        [sys.executable, "-m", "archiver", "--archive", str(root), "import", str(tmp_path / "more")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    backups: list[Path] = []
    try:
        while importing.poll() is None and len(backups) < 40:
            backups.append(make_backup(root, tmp_path / f"b{len(backups)}").folder)
            time.sleep(0.05)
    finally:
        _, err = importing.communicate(timeout=120)
    assert importing.returncode == 0, err
    during = backups[:-1]  # the last may have started after the import ended
    assert during, "the import ended before a backup was made"
    counts = set()
    for backup in [during[0], during[len(during) // 2], during[-1]]:
        restored = restore(backup, tmp_path / f"r-{backup.name}")
        assert restored.consistent, (backup, restored.problems)
        counts.add(restored.documents)
    assert counts <= {20, 520, 570}
    with Archive.open(root) as archive:
        assert archive.count() == 570


def test_an_original_missing_from_the_archive_is_named_by_the_backup(
    filled: Path, tmp_path: Path
) -> None:
    with Archive.open(filled) as archive:
        lost = archive.original_file(2)
    lost.unlink()
    report = make_backup(filled, tmp_path / "b")
    assert report.missing == [lost.relative_to(filled / "originals").as_posix()]
    assert read_manifest(tmp_path / "b")["originals"]["missing"] == report.missing
    restored = restore(tmp_path / "b", tmp_path / "r")  # the manifest knew: not refused
    assert not restored.consistent
    assert any("document 2: original file missing" in p for p in restored.problems)
