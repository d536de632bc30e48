"""The archive's schema: each version's SQL script (or data migration), in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from archiver.core.store import identity
from archiver.core.store import schema_scale as scale
from archiver.core.store.schema_workbench import _V12, _V15, _V16, _v11, _v13, _v14
from archiver.core.store.schema_workbench import add_column as _add_column

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_precision TEXT,
    language TEXT NOT NULL,
    direction TEXT NOT NULL,
    file_name TEXT NOT NULL,
    original_path TEXT NOT NULL,
    stored_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE,
    text_sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    mime TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    pages INTEGER,
    encoding TEXT,
    method TEXT NOT NULL,
    quality REAL NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    raw_text TEXT NOT NULL,
    text TEXT NOT NULL,
    alt_text TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_text_sha ON document(text_sha256);
CREATE INDEX document_published ON document(published);
CREATE TABLE document_sketch (
    hash INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE
);
CREATE INDEX document_sketch_hash ON document_sketch(hash);
CREATE INDEX document_sketch_doc ON document_sketch(document_id);
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    path TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'likely_duplicate', 'failed')),
    document_id INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

_V2 = """
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organisation', 'coalition', 'other')),
    iso TEXT,
    parent_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    color TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    gazetteer_key TEXT UNIQUE,
    created_at TEXT NOT NULL
);
CREATE INDEX participant_name ON participant(name COLLATE NOCASE);
CREATE INDEX participant_parent ON participant(parent_id);
CREATE TABLE participant_alias (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'name'
        CHECK (kind IN ('name', 'demonym', 'capital', 'title', 'abbreviation')),
    case_sensitive INTEGER NOT NULL DEFAULT 0,
    UNIQUE (participant_id, alias)
);
CREATE INDEX participant_alias_folded ON participant_alias(folded);
CREATE INDEX participant_alias_alias ON participant_alias(alias COLLATE NOCASE);
CREATE TABLE span (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX span_document ON span(document_id, start);
CREATE TABLE mention (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    span_id INTEGER REFERENCES span(id) ON DELETE CASCADE,
    method TEXT NOT NULL CHECK (method IN ('manual', 'suggested', 'confirmed', 'rejected')),
    created_at TEXT NOT NULL
);
CREATE INDEX mention_document ON mention(document_id, participant_id);
CREATE INDEX mention_participant ON mention(participant_id, document_id);
CREATE INDEX mention_span ON mention(span_id);
CREATE TABLE commitment (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    span_id INTEGER REFERENCES span(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    condition TEXT NOT NULL DEFAULT '',
    future INTEGER NOT NULL DEFAULT 0 CHECK (future IN (0, 1)),
    hypothetical INTEGER NOT NULL DEFAULT 0 CHECK (hypothetical IN (0, 1)),
    negated INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    quantity REAL,
    unit TEXT NOT NULL DEFAULT '',
    statement_date TEXT,
    target_date TEXT,
    updates_id INTEGER REFERENCES commitment(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX commitment_document ON commitment(document_id);
CREATE INDEX commitment_date ON commitment(statement_date);
CREATE INDEX commitment_status ON commitment(status, statement_date);
CREATE INDEX commitment_category ON commitment(category, statement_date);
CREATE INDEX commitment_updates ON commitment(updates_id);
CREATE INDEX commitment_span ON commitment(span_id);
CREATE TABLE commitment_actor (
    commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    role TEXT NOT NULL DEFAULT 'source'
        CHECK (role IN ('source', 'recipient', 'beneficiary', 'target')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (commitment_id, participant_id, role)
) WITHOUT ROWID;
CREATE INDEX commitment_actor_participant ON commitment_actor(participant_id, role, commitment_id);
CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE document_tag (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX document_tag_tag ON document_tag(tag_id, document_id);
CREATE TABLE annotation_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    label TEXT NOT NULL,
    documents TEXT NOT NULL DEFAULT '[]',
    inverse TEXT NOT NULL
);
"""

Migration = str | Callable[[sqlite3.Connection], None]
_V3 = """
ALTER TABLE annotation_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE annotation_log ADD COLUMN change_json TEXT NOT NULL DEFAULT '{}';
"""

# Where a document's date came from (issue #10). New rows get both facts at import. Rows
# stored before cannot be told apart cheaply: a PDF's creation date went silently into
# ``published`` and the original is not read here. So: a date whose digits appear in the
# file name came from the name; a date other than the one a name holds was typed by the
# user (at import the name's date always won); any other date of a PDF is marked as its
# file's creation date (the safe side: it prompts the user to check it); any other date of a
# text file was typed by the user (text files had no other source). ``file_date`` is filled
# only where it is certain: a PDF marked so and never edited since its import. The GLOBs
# are a looser form of the import's date-in-name pattern (YYYY-MM-DD or YYYYMMDD).
# Self-contained: nothing but the document table's two new columns.
_V4 = """
ALTER TABLE document ADD COLUMN file_date TEXT;
ALTER TABLE document ADD COLUMN published_source TEXT;
UPDATE document SET published_source = CASE
    WHEN instr(replace(file_name, '-', ''), replace(substr(published, 1, 10), '-', '')) > 0
        THEN 'file-name'
    WHEN file_name GLOB '*[12][09][0-9][0-9]-[01][0-9]-[0-3][0-9]*'
        OR file_name GLOB '*[12][09][0-9][0-9][01][0-9][0-3][0-9]*' THEN 'user'
    WHEN kind = 'pdf' THEN 'file-created'
    ELSE 'user'
END WHERE published IS NOT NULL;
UPDATE document SET file_date = substr(published, 1, 10)
    WHERE published_source = 'file-created' AND modified_at = imported_at;
"""


# Every table whose rows have an id of their own: from version 5 on, AUTOINCREMENT, so that
# an id once given (and exported, cited, or journaled) never names another record.
COUNTED = ("document", "import_log", "saved_search", "participant", "participant_alias", "span",
           "mention", "commitment", "tag", "annotation_log")  # fmt: skip
# (suggestion_block, made later, is AUTOINCREMENT from the start)
_V5_COLUMNS = (  # table, column, definition
    ("document", "trashed_at", "TEXT"),  # set while the document is in the trash
    ("annotation_log", "author", "TEXT NOT NULL DEFAULT ''"),
    ("annotation_log", "undone", "INTEGER NOT NULL DEFAULT 0"),  # 0, or the undo's number
    ("annotation_log", "redoable", "INTEGER NOT NULL DEFAULT 0"),
    ("annotation_log", "forward", "TEXT NOT NULL DEFAULT '[]'"),
)


def _v5(db: sqlite3.Connection) -> None:
    """The trash, the undo state of journal entries, and ids that are never given again.

    Self-contained and safe to run again (each column, table and index is made only when it
    is missing): it reads each table's definition from the database and rebuilds it with
    ``AUTOINCREMENT`` (SQLite cannot add it in place); the runner turns foreign keys off
    around it, so dropping the old table cascades nothing, and checks them before commit.
    """
    for table, column, definition in _V5_COLUMNS:  # each step may already be there (renumbered)
        _add_column(db, table, column, definition)
    last_document = db.execute("SELECT value FROM meta WHERE key = 'last_document_id'").fetchone()
    for table in COUNTED:
        _rebuild_with_autoincrement(db, table)
    if last_document is not None:  # ids given to documents deleted before this version
        db.execute(
            "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'document'",
            (int(last_document[0]),),
        )
        db.execute(
            "INSERT INTO sqlite_sequence(name, seq) SELECT 'document', ?"
            " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document')",
            (int(last_document[0]),),
        )
    db.execute(
        "CREATE INDEX IF NOT EXISTS document_trashed ON document(trashed_at)"
        " WHERE trashed_at IS NOT NULL"
    )


def _rebuild_with_autoincrement(db: sqlite3.Connection, table: str) -> None:
    """Create the table again with ``id INTEGER PRIMARY KEY AUTOINCREMENT``, rows and indexes kept."""
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None or "AUTOINCREMENT" in row[0]:
        return
    sql = row[0]
    indexes = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    )]  # fmt: skip
    new = f"{table}__rebuilt"
    definition = sql.replace(f"CREATE TABLE {table}", f"CREATE TABLE {new}", 1)
    definition = definition.replace(
        "id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1
    )
    db.execute(definition)
    columns = ", ".join(f'"{r[1]}"' for r in db.execute(f"PRAGMA table_info({table})"))
    db.execute(f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for index in indexes:
        db.execute(index)


# Near-duplicate signatures replace the word-shingle sketches. Self-contained: documents
# stored before it get their signatures from their text at the next import
# (imports.batch backfills them), so this step only changes tables.
_V6 = """
DROP TABLE IF EXISTS document_sketch;
CREATE TABLE document_signature (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    words INTEGER NOT NULL,
    grams INTEGER NOT NULL,
    minhash BLOB NOT NULL,
    numbers BLOB NOT NULL
);
CREATE TABLE document_band (
    band INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE INDEX document_band_document ON document_band(document_id);
"""


def _v7(db: sqlite3.Connection) -> None:
    """Stable identities (issue #11): a UUID on every record, on every journal entry, and
    this copy's own (``identity.REPLICA``).

    Self-contained and safe to run again: columns are added only when missing and only rows
    without a UUID get one, by the same rules as new rows (``identity.for_row``). Journal
    entries written before are marked as this copy's.
    """
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in identity.WITH_UUID if t in tables):  # later tables: their own
        _add_column(db, table, "uuid", "TEXT")
        key = {"document": "file_sha256", "tag": "name", "participant": "gazetteer_key"}.get(
            table, "id"
        )
        rows = db.execute(f"SELECT id, {key} FROM {table} WHERE uuid IS NULL").fetchall()
        db.executemany(
            f"UPDATE {table} SET uuid = ? WHERE id = ?",
            [(identity.for_row(table, {key: row[1]}), row[0]) for row in rows],
        )
        db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_uuid ON {table}(uuid)")
    replica = db.execute("SELECT value FROM meta WHERE key = ?", (identity.REPLICA,)).fetchone()
    if replica is None:
        replica = (identity.fresh(),)
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (identity.REPLICA, replica[0]))
    _add_column(db, "annotation_log", "uuid", "TEXT")
    _add_column(db, "annotation_log", "replica", "TEXT NOT NULL DEFAULT ''")
    entries = [r[0] for r in db.execute("SELECT id FROM annotation_log WHERE uuid IS NULL")]
    db.executemany(
        "UPDATE annotation_log SET uuid = ?, replica = ? WHERE id = ?",
        [(identity.fresh(), replica[0], entry) for entry in entries],
    )
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS annotation_log_uuid ON annotation_log(uuid)")


def _v10(db: sqlite3.Connection) -> None:
    """New formats (issue #12): a document's author (or an e-mail's sender), and the e-mail a
    document was attached to (``parent_document``; cleared when that e-mail is deleted).

    Self-contained and safe to run again: each column is added only when missing.
    """
    _add_column(db, "document", "author", "TEXT NOT NULL DEFAULT ''")
    _add_column(db, "document", "parent_document",
                "INTEGER REFERENCES document(id) ON DELETE SET NULL")  # fmt: skip
    db.execute(
        "CREATE INDEX IF NOT EXISTS document_parent ON document(parent_document)"
        " WHERE parent_document IS NOT NULL"
    )


def _v8(db: sqlite3.Connection) -> None:
    """The spans of the numbers OCR read in a document's text (JSON [[start, end], …]):
    unverified, marked in the reader and listed in exports. Self-contained (one column)."""
    _add_column(db, "document", "unverified", "TEXT NOT NULL DEFAULT '[]'")


# The portable change log, conflicts kept from merges, and the UUIDs of other copies matched
# to records here (issue #11). Self-contained: three new tables, nothing else touched (the
# log starts empty: records made before it travel as the payload's rows, see core/sync), and
# safe to run again (a renumbered copy finds its tables there).
_V9 = """
CREATE TABLE IF NOT EXISTS change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    replica TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}',
    ops TEXT NOT NULL DEFAULT '[]',
    via TEXT,
    merged INTEGER NOT NULL DEFAULT 0 CHECK (merged IN (0, 1))
);
CREATE INDEX IF NOT EXISTS change_log_at ON change_log(at);
CREATE INDEX IF NOT EXISTS change_log_via ON change_log(via) WHERE via IS NOT NULL;
CREATE TABLE IF NOT EXISTS sync_conflict (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_table TEXT NOT NULL,
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    local TEXT NOT NULL,
    remote TEXT NOT NULL,
    remote_author TEXT NOT NULL DEFAULT '',
    remote_change TEXT NOT NULL,
    at TEXT NOT NULL,
    resolved_at TEXT,
    picked TEXT,
    UNIQUE (remote_change, record, field)
);
CREATE INDEX IF NOT EXISTS sync_conflict_open ON sync_conflict(record) WHERE resolved_at IS NULL;
CREATE TABLE IF NOT EXISTS uuid_alias (
    remote TEXT PRIMARY KEY,
    local TEXT NOT NULL,
    record_table TEXT NOT NULL,
    matched_by TEXT NOT NULL,
    at TEXT NOT NULL
) WITHOUT ROWID;
"""

# Scale (issue #14): the live documents counted and listed from a small index, not by reading
# every row (trashed_at sits after the text, so a scan reads the whole table: 33 ms → 1.5 ms
# for a count at 30,000 documents).
_V17 = "CREATE INDEX IF NOT EXISTS document_live ON document(trashed_at, id);"


# Scale (issue #14): the band keys without their index by document and its foreign key.
# Deleting a document no longer deletes its band rows through that index; they stay, as
# they already could (ids are never reused), and the candidates' join with the signatures,
# which go with their documents, leaves them out. The index was 0.4 times the text at
# 100,000 articles, and a sixth of an import's time in the main process went to keeping
# the band rows and it up to date.
_V18 = """
CREATE TABLE document_band_keys (
    band INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
INSERT INTO document_band_keys(band, document_id) SELECT band, document_id FROM document_band;
DROP TABLE document_band;
ALTER TABLE document_band_keys RENAME TO document_band;
"""


def _v19(db: sqlite3.Connection) -> None:
    """The words OCR read with low confidence (JSON [[start, end, confidence], …]): doubtful,
    marked in the reader and listed in exports; '[]' for documents imported before.
    Self-contained (one column).

    From this version too (issue #14, disk) a document's texts may be stored compressed, a
    BLOB of zlib-compressed UTF-8 (``document_text``); rows stored before stay TEXT and read
    as they were. An older Archiver, which would read a BLOB as garbled text (and whose
    salvage would drop the row as damaged), refuses the archive by its version."""
    _add_column(db, "document", "doubtful", "TEXT NOT NULL DEFAULT '[]'")


def _original_recipe(db: sqlite3.Connection) -> None:
    """A plain-text original kept once (issue #14, disk): ``original_recipe`` (JSON) says how
    its bytes come back from the stored text (``core.originals``), and no file is kept under
    ``originals/``; NULL, as for every row stored before, keeps the file. An older Archiver,
    which would report those originals missing (and leave them out of backups and bundles),
    refuses the archive by its version. Self-contained (one column), safe to run again."""
    _add_column(db, "document", "original_recipe", "TEXT")


MIGRATIONS: dict[int, Migration] = {
    1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _v5, 6: _V6, 7: _v7, 8: _v8, 9: _V9, 10: _v10,
    11: _v11, 12: _V12, 13: _v13, 14: _v14, 15: _V15, 16: _V16, 17: _V17, 18: _V18,
    19: _v19, 20: _original_recipe, 21: scale.V21, 22: scale.V22, 23: scale.short_values,
    24: scale.compact_import_log,
}  # fmt: skip
"""Schema version -> SQL script, or a function for data migrations (run inside a transaction)."""
