"""The change log keeps a large summary or operation list compressed, read as it was written."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from archiver.core import store
from archiver.core.store import changelog


def _db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = store.connect(tmp_path / "archive.db")
    store.migrate(db, tmp_path / "archive.db")
    return db


def _entry(n: int) -> tuple[changelog.Entry, list[dict[str, object]]]:
    uuids = [str(uuid.uuid4()) for _ in range(n)]
    ops = [{"op": "add", "table": "document", "key": {"uuid": u}} for u in uuids]
    entry = changelog.Entry(str(uuid.uuid4()), "2026-01-02T03:04:05+00:00", "amal", "r1",
                            "import", {"documents": uuids, "label": "استيراد"}, [])  # fmt: skip
    return entry, ops


def test_an_import_of_many_is_stored_compressed_and_read_the_same(tmp_path: Path) -> None:
    db = _db(tmp_path)
    entry, ops = _entry(2000)
    changelog.append(db, entry, iter(ops))
    plain = len(json.dumps(entry.summary, ensure_ascii=False)) + len(json.dumps(ops))
    kinds, size = db.execute(
        "SELECT typeof(summary) || typeof(ops), length(summary) + length(ops) FROM change_log"
    ).fetchone()
    assert kinds == "blobblob" and size < plain / 2
    (read,) = changelog.entries(db)
    assert read.summary == entry.summary and read.ops == ops and read.uuid == entry.uuid
    assert changelog.after(db, 0, 10)[0][1] == read
    named = entry.summary["documents"][1234]
    assert changelog.naming(db, named) == [read]
    assert changelog.naming(db, str(uuid.uuid4())) == []


def test_a_small_change_stays_text_and_rows_stored_before_read_unchanged(tmp_path: Path) -> None:
    db = _db(tmp_path)
    small, small_ops = _entry(3)
    changelog.append(db, small, iter(small_ops))
    old, old_ops = _entry(2000)  # as the code before compression wrote it: plain JSON text
    db.execute(
        "INSERT INTO change_log(uuid, at, author, replica, kind, summary, ops) VALUES (?,?,?,?,?,?,?)",
        (old.uuid, old.at, old.author, old.replica, old.kind,
         json.dumps(old.summary, ensure_ascii=False), json.dumps(old_ops)),
    )  # fmt: skip
    assert [r[0] for r in db.execute("SELECT typeof(ops) FROM change_log ORDER BY id")] == [
        "text",
        "text",
    ]
    first, second = changelog.entries(db)
    assert (first.summary, first.ops) == (small.summary, small_ops)
    assert (second.summary, second.ops) == (old.summary, old_ops)
    assert changelog.naming(db, old.summary["documents"][7]) == [second]
