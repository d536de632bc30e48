"""Automatic backups: one a day, the newest N kept, beside the archive, hand-made ones kept."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from archiver.core.backups.found import automatic_backups, automatic_folder
from archiver.core.backups.making import make_backup
from archiver.core.backups.restoring import read_manifest
from archiver.core.backups.rotation import automatic_backup
from archiver.core.errors import Invalid

DAY = datetime(2026, 3, 1, 9, 30)


def test_one_backup_a_day_and_the_newest_kept(filled: Path) -> None:
    folder = automatic_folder(filled)
    assert folder == filled.parent / "archive-backups"  # beside the archive, not inside it
    made = [automatic_backup(filled, folder, 3, now=DAY + timedelta(days=d)) for d in range(5)]
    assert all(made)
    assert automatic_backup(filled, folder, 3, now=DAY + timedelta(days=4, hours=5)) is None
    kept = [p.name for p in automatic_backups(folder)]
    assert kept == ["auto-20260305-093000", "auto-20260304-093000", "auto-20260303-093000"]
    assert read_manifest(folder / kept[0])["automatic"] is True
    with pytest.raises(
        Invalid, match="it holds 3 backups: choose one, the newest is auto-20260305"
    ):
        read_manifest(folder)


def test_rotation_leaves_other_folders_and_removes_stale_partials(filled: Path) -> None:
    folder = automatic_folder(filled)
    make_backup(filled, folder / "before-the-conference")
    stale = folder / ".auto-20260101-000000.partial-99"
    stale.mkdir()
    os.utime(stale, (0, 0))
    fresh = folder / ".auto-20260301-000000.partial-98"  # perhaps another process's, running
    fresh.mkdir()
    for d in range(3):
        automatic_backup(filled, folder, 1, now=DAY + timedelta(days=d))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [fresh.name, "auto-20260303-093000", "before-the-conference"]


def test_a_chosen_folder_keeps_archives_of_the_same_name_apart(tmp_path: Path) -> None:
    one = automatic_folder(tmp_path / "a" / "archive", str(tmp_path / "backups"))
    two = automatic_folder(tmp_path / "b" / "archive", str(tmp_path / "backups"))
    assert one.parent == two.parent == tmp_path / "backups" and one != two
