"""A snapshot's reads see one committed state, whatever another connection commits meanwhile."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archiver.core import store


def _count(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM t").fetchone()[0])


def test_reads_in_a_snapshot_do_not_see_a_later_commit(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (x INTEGER)")
    writer.execute("INSERT INTO t VALUES (1)")
    reader = sqlite3.connect(store.read_only_uri(path), uri=True)
    with store.snapshot(reader):
        assert _count(reader) == 1
        writer.execute("INSERT INTO t VALUES (2)")  # committed between two reads of the block
        assert _count(reader) == 1
        with store.snapshot(reader):  # a nested one keeps the outer state
            assert _count(reader) == 1
    assert not reader.in_transaction
    assert _count(reader) == 2  # outside it, the newest state


def test_a_snapshot_ends_when_its_block_raises(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (x INTEGER)")
    reader = sqlite3.connect(store.read_only_uri(path), uri=True)
    try:
        with store.snapshot(reader):
            _count(reader)
            raise KeyError("stop")
    except KeyError:
        pass
    assert not reader.in_transaction
