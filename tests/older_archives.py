"""Archives as an older Archiver left them: real files, their schema version set back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archiver.core.archive import Archive
from samples import ARTICLE_AR, ARTICLE_EN

OLDER = 20  # migrations 21-24 (band keys, fingerprint index, short values, import log) pending

# The import log as schema 23 and before kept it (each row's whole path, its time as text).
_WIDE_LOG = """
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
INSERT INTO wide_log VALUES (2, '2025-03-01T10:00:01+00:00', '/in/b.txt', 'imported', 2, '');
DROP TABLE import_log;
DROP TABLE import_folder;
ALTER TABLE wide_log RENAME TO import_log;
PRAGMA user_version = {version};
COMMIT;
"""


def older_archive(root: Path) -> Path:
    """An archive of two documents at schema ``OLDER``, its import log in the older form
    (migrations 21-23 are safe to run again on what a newer one wrote)."""
    sources = root.parent / f"{root.name}-sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text(ARTICLE_AR, encoding="utf-8")
    (sources / "b.txt").write_text(ARTICLE_EN, encoding="utf-8")
    with Archive.open(root) as archive:
        archive.import_paths([sources / "a.txt", sources / "b.txt"])
        archive.db.executescript(_WIDE_LOG.format(version=OLDER))
    return root


def blocked_archive(root: Path) -> Path:
    """An older archive whose migration 21 fails: a table of the name it creates is there
    already (left by an interrupted repair)."""
    older_archive(root)
    db = sqlite3.connect(root / "archive.sqlite3")
    db.execute("CREATE TABLE document_band_keys (band INTEGER, document_id INTEGER)")
    db.commit()
    db.close()
    return root
