"""An older archive's migrations asked for and run before it opens, step by step (core.upgrade)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from archiver.core import store
from archiver.core.archive import Archive
from archiver.core.progress import Cancelled, CancelToken
from archiver.core.store import import_log
from archiver.core.upgrade import Upgrade, pending_upgrade, run_upgrade
from older_archives import OLDER, blocked_archive, older_archive


def version_of(root: Path) -> int:
    db = sqlite3.connect(root / "archive.sqlite3")
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_an_older_archive_lists_its_migrations_and_runs_them_with_a_step_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = older_archive(tmp_path / "old")
    upgrade = pending_upgrade(root)
    assert upgrade == Upgrade(root.resolve(), OLDER, store.latest_version(), (21, 22, 23, 24))
    seen: list[tuple[int, int, str]] = []
    assert run_upgrade(upgrade, lambda d, n, label: seen.append((d, n, label))) == [21, 22, 23, 24]
    assert seen == [(0, 4, "backup"), (1, 4, "schema 21"), (2, 4, "schema 22"),
                    (3, 4, "schema 23"), (4, 4, "schema 24")]  # fmt: skip
    assert (root / f"archive.v{OLDER}.backup.sqlite3").is_file()  # the older file, kept
    assert pending_upgrade(root) is None
    with Archive.open(root) as archive:  # nothing left to do, the rows carried over
        assert store.schema_version(archive.db) == store.latest_version()
        assert [e.path for e in import_log.entries(archive.db)] == ["/in/a.txt", "/in/b.txt"]
        assert archive.count() == 2


def test_nothing_is_pending_for_a_current_a_new_or_a_missing_archive(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "current"):
        pass
    assert pending_upgrade(tmp_path / "current") is None
    assert pending_upgrade(tmp_path / "never-made") is None
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "archive.sqlite3").write_bytes(b"")
    assert pending_upgrade(tmp_path / "empty") is None  # the open refuses it, with its words


def test_a_failing_migration_rolls_back_whole_and_the_file_is_as_it_was(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = blocked_archive(tmp_path / "blocked")
    before = (root / "archive.sqlite3").read_bytes()
    upgrade = pending_upgrade(root)
    assert upgrade is not None
    with pytest.raises(sqlite3.OperationalError, match="document_band_keys already exists"):
        run_upgrade(upgrade)
    assert (root / "archive.sqlite3").read_bytes() == before
    assert version_of(root) == OLDER
    with Archive.open(root, readonly=True) as archive:  # the writer lock was let go
        assert archive.lock.holder() is None


def test_a_cancel_between_migrations_leaves_a_valid_archive_and_the_next_open_goes_on(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    root = older_archive(tmp_path / "old")
    upgrade = pending_upgrade(root)
    assert upgrade is not None
    token = CancelToken()
    threads: set[int] = set()

    def stop_after_the_second(done: int, total: int, label: str) -> None:
        threads.add(threading.get_ident())
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        run_upgrade(upgrade, stop_after_the_second, token)
    assert version_of(root) == 22
    again = pending_upgrade(root)
    assert again is not None and again.versions == (23, 24)
    with Archive.open(root) as archive:  # the CLI's way: inline, and it goes on from 22
        assert store.schema_version(archive.db) == store.latest_version()
        assert not store.integrity_problems(archive.db)
        assert archive.count() == 2
    assert threads == {threading.get_ident()}  # the caller's thread: core starts none
