"""The store's migrations of issue #14 (scale: disk), from schema 21 on."""

from __future__ import annotations

import sqlite3

# Scale (issue #14, disk): band keys in 32 bits, the band's number mixed into the CRC
# (``dedupe.band_key``) instead of above it, 4 bytes a key instead of 6 (5 MB at 100,000
# articles). SQLite has no XOR: a ^ b is (a | b) - (a & b). Sorted, so the new table is
# written in order. Safe to run again: keys already narrow (all under 2**31) are kept.
V21 = """
CREATE TABLE document_band_keys (
    band INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO document_band_keys(band, document_id)
SELECT CASE WHEN NOT wide THEN band WHEN x >= 2147483648 THEN x - 4294967296 ELSE x END
       AS key, document_id
FROM (
    SELECT ((band & 4294967295) | (((band >> 32) * 2654435761) & 4294967295))
         - ((band & 4294967295) & (((band >> 32) * 2654435761) & 4294967295)) AS x,
           band, document_id,
           (SELECT coalesce(max(band), 0) >= 2147483648 FROM document_band) AS wide
    FROM document_band
)
ORDER BY key, document_id;
DROP TABLE document_band;
ALTER TABLE document_band_keys RENAME TO document_band;
"""

# Scale (issue #14, disk): the index by text fingerprint keeps its first 16 hex digits (64
# bits: the full one is compared in the row), a third of its size (5 MB at 100,000).
V22 = """
DROP INDEX IF EXISTS document_text_sha;
CREATE INDEX document_text_sha ON document(substr(text_sha256, 1, 16));
"""


def short_values(db: sqlite3.Connection) -> None:
    """Usual values stored short (issue #14, disk): a new row keeps "" for a file name that
    is its original path's last part, the extension for its name under ``originals/``, ""
    for the usual recipe (``document_short``); rows stored before keep their full values,
    which read unchanged (nothing to rewrite). An older Archiver, which would read those
    short values as they are (names of originals it cannot find), refuses the archive by
    its version."""
    del db  # a version step only: no statement


V24 = "CREATE TABLE IF NOT EXISTS import_folder (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)"


def compact_import_log(db: sqlite3.Connection) -> None:
    """The import log's folders kept once and its times as numbers (issue #14, disk: the
    whole path and a 25-character time on every row were 3 MB at 30,000 files). Every row
    is carried over, its id, path and time the same (``import_log.entries``); an older
    Archiver, which would find no ``path``, refuses the archive by its version."""
    from archiver.core.store import import_log

    db.execute(V24)
    if "path" not in {row[1] for row in db.execute("PRAGMA table_info(import_log)")}:
        return  # compact already: safe to run again
    db.execute(
        "CREATE TABLE import_log_compact (id INTEGER PRIMARY KEY AUTOINCREMENT, at NOT NULL,"
        " folder INTEGER REFERENCES import_folder(id), name TEXT NOT NULL,"
        " outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate',"
        " 'likely_duplicate', 'failed')), document_id INTEGER, reason TEXT NOT NULL DEFAULT '')"
    )
    rows = db.execute("SELECT id, at, path, outcome, document_id, reason FROM import_log")
    for row_id, at, path, outcome, doc_id, reason in rows.fetchall():
        folder, name = import_log.split(str(path))
        db.execute("INSERT OR IGNORE INTO import_folder(path) VALUES (?)", (folder,))
        db.execute(
            "INSERT INTO import_log_compact VALUES"
            " (?, ?, (SELECT id FROM import_folder WHERE path = ?), ?, ?, ?, ?)",
            (row_id, import_log.compact_time(str(at)), folder, name, outcome, doc_id, reason),
        )
    db.execute("DROP TABLE import_log")
    db.execute("ALTER TABLE import_log_compact RENAME TO import_log")
