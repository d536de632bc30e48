"""The page walk on its own: the write-ahead log, garbage, forged schema statements."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from archiver.core.salvage.pages import PageFile, walk
from archiver.core.salvage.recovery import _shapes


def _log_only(folder: Path) -> tuple[bytes, bytes]:
    """A database whose rows are committed in its write-ahead log, not yet in the file."""
    db = sqlite3.connect(folder / "w.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the table is in the file, its rows are not
    with db:
        db.executemany(
            "INSERT INTO note(body) VALUES (?)", [(f"note {i} " * 40,) for i in range(300)]
        )
    data, wal = (folder / "w.sqlite3").read_bytes(), (folder / "w.sqlite3-wal").read_bytes()
    db.close()
    return data, wal


def test_committed_rows_in_the_log_are_read(tmp_path: Path) -> None:
    data, wal = _log_only(tmp_path)
    assert len(walk(data, b"", _shapes).records["note"]) == 0
    rows = walk(data, wal, _shapes).records["note"]
    assert sorted(r[0] for r in rows) == list(range(1, 301))
    assert rows[0][1][1].startswith("note ")


def test_garbage_is_counted_never_raised(filled: Path) -> None:
    original = (filled / "archive.sqlite3").read_bytes()
    rng = random.Random(11)
    for _ in range(25):
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(len(damaged))
            damaged[at : at + rng.randint(1, 600)] = rng.randbytes(rng.randint(1, 600))
        walk(bytes(damaged), b"", _shapes)  # whatever the damage: no exception
    walk(rng.randbytes(50_000), b"", _shapes)
    walk(b"", b"", _shapes)


def test_only_create_table_statements_are_taken_from_the_file(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "f.sqlite3")
    db.execute("CREATE TABLE t (a)")
    db.execute("PRAGMA writable_schema=ON")
    db.execute("UPDATE sqlite_master SET sql = 'ATTACH DATABASE ''x.db'' AS y' WHERE name = 't'")
    db.commit()
    db.close()
    assert walk((tmp_path / "f.sqlite3").read_bytes(), b"", _shapes).tables == []


@pytest.mark.parametrize("size", [4096, 16384, 65536])
def test_a_file_whose_header_is_gone_is_read_at_its_own_page_size(
    tmp_path: Path, size: int
) -> None:
    db = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    db.execute(f"PRAGMA page_size={size}")
    db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    db.execute("CREATE INDEX note_body ON note(body)")
    with db:
        db.executemany(
            "INSERT INTO note(body) VALUES (?)",
            [(f"ملاحظة {i} " * random.Random(i).randint(5, 300),) for i in range(3000)],
        )
    db.close()
    data = (tmp_path / "h.sqlite3").read_bytes()
    assert PageFile(data).page_size == size
    headless = bytes(100) + data[100:]  # the header's 100 bytes zeroed: its page size with it
    assert PageFile(headless).page_size == size
    walked = walk(headless, b"", _shapes)
    assert len(walked.records["note"]) == 3000 and walked.damaged_cells == 0
