"""The import log (schema 24): each folder once, times as numbers; an older archive's rows
carried over with the same ids, paths and times."""

from __future__ import annotations

from pathlib import Path

from archiver.core import store
from archiver.core.archive import Archive
from archiver.core.store import import_log
from samples import ARTICLE_AR, ARTICLE_EN

OLDER = """
BEGIN;
CREATE TABLE wide_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    path TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'likely_duplicate', 'failed')),
    document_id INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO wide_log VALUES (1, '2025-03-01T10:00:00+00:00', '/in/a.txt', 'imported', 1, '');
INSERT INTO wide_log VALUES (2, '2025-03-01 10:00', 'C:\\in\\b.txt', 'failed', NULL, 'bad');
INSERT INTO wide_log VALUES (3, '2025-03-01T10:00:01+00:00', 'no-folder.txt', 'duplicate', 1, '');
DROP TABLE import_log;
DROP TABLE import_folder;
ALTER TABLE wide_log RENAME TO import_log;
PRAGMA user_version = 23;
COMMIT;
"""


def test_a_folder_is_kept_once_and_every_path_and_time_read_back(archive, write) -> None:  # type: ignore[no-untyped-def]
    paths = [write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN), write("c.txt", ARTICLE_AR)]
    archive.import_paths(paths)
    logged = import_log.entries(archive.db)
    assert [e.path for e in logged] == [str(p) for p in paths]
    assert [e.outcome for e in logged] == ["imported", "imported", "duplicate"]
    assert all(e.at.endswith("+00:00") and len(e.at) == 25 for e in logged)
    rows = archive.db.execute("SELECT typeof(at), folder, name FROM import_log").fetchall()
    assert {r[0] for r in rows} == {"integer"} and len({r[1] for r in rows}) == 1
    assert [r[2] for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert archive.db.execute("SELECT count(*) FROM import_folder").fetchone()[0] == 1


def test_a_time_that_is_not_ours_is_kept_as_text() -> None:
    assert import_log.compact_time("2025-03-01T10:00:00+00:00") == 1740823200
    assert import_log.time_text(1740823200) == "2025-03-01T10:00:00+00:00"
    assert import_log.compact_time("2025-03-01 10:00") == "2025-03-01 10:00"
    assert import_log.compact_time("2025-03-01T12:00:00+02:00") == "2025-03-01T12:00:00+02:00"
    assert import_log.split("C:\\in\\b.txt") == ("C:\\in\\", "b.txt")


def test_an_older_log_is_carried_over_whole(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.db.executescript(OLDER)
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        assert import_log.entries(archive.db) == [
            import_log.Entry("2025-03-01T10:00:00+00:00", "/in/a.txt", "imported", 1, ""),
            import_log.Entry("2025-03-01 10:00", "C:\\in\\b.txt", "failed", None, "bad"),
            import_log.Entry("2025-03-01T10:00:01+00:00", "no-folder.txt", "duplicate", 1, ""),
        ]
        archive.import_paths([write("d.txt", ARTICLE_EN)])
        ids = [r[0] for r in archive.db.execute("SELECT id FROM import_log ORDER BY id")]
        assert ids == [1, 2, 3, 4]  # the count goes on from the carried rows
