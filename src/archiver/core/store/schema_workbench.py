"""The archive's migrations of the researcher's workbench (issue #13, versions 11–15): deliveries
and pledges, collections, English names, people from their titles, memos; and ``add_column``,
which the older migrations use too. ``schema`` lists them in MIGRATIONS."""

from __future__ import annotations

import sqlite3

from archiver.core.text.scripts import has_letter


def add_column(db: sqlite3.Connection, table: str, column: str, definition: str) -> None:
    """Add a column unless the table has it already."""
    if column not in {r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


def _v11(db: sqlite3.Connection) -> None:
    """Deliveries and pledges (issue #13): the pledge a delivery fulfils (``fulfils_id``;
    cleared when that pledge is deleted). Statuses are checked by the code, not the schema,
    so ``considering`` and ``partly_delivered`` need nothing here.

    Self-contained and safe to run again: the column and its index are added only when missing.
    """
    add_column(db, "commitment", "fulfils_id",
                "INTEGER REFERENCES commitment(id) ON DELETE SET NULL")  # fmt: skip
    db.execute(
        "CREATE INDEX IF NOT EXISTS commitment_fulfils ON commitment(fulfils_id)"
        " WHERE fulfils_id IS NOT NULL"
    )


# Collections (issue #13): hierarchical (a parent collection), a document in any number.
# Self-contained: two new tables, nothing else touched, and safe to run again (a renumbered
# copy finds its tables there). A name is unique among its siblings, case aside (the top
# level's parent is NULL, hence the COALESCE).
_V12 = """
CREATE TABLE IF NOT EXISTS collection (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT,
    name TEXT NOT NULL,
    collection_parent_id INTEGER REFERENCES collection(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS collection_uuid ON collection(uuid);
CREATE UNIQUE INDEX IF NOT EXISTS collection_sibling_name
    ON collection(COALESCE(collection_parent_id, 0), name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS document_collection (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (collection_id, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_collection_document
    ON document_collection(document_id, collection_id);
"""


def _v13(db: sqlite3.Connection) -> None:
    """A participant's English name beside its Arabic one (issue #13, the participant editor).

    Self-contained and safe to run again: the column is added only when missing, and filled
    from ``name`` where that has no Arabic letter (the gazetteer's names are English) and the
    column is still empty.
    """
    add_column(db, "participant", "name_en", "TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, name FROM participant WHERE name_en = ''").fetchall()
    db.executemany(
        "UPDATE participant SET name_en = ? WHERE id = ?",
        [(name, pid) for pid, name in rows if not has_letter(name)],
    )


# Memos (issue #13): a note on a quote (its own span), a document, a participant or a
# commitment. Self-contained: one new table, nothing else touched, safe to run again. The
# participant and commitment references are NO ACTION, not CASCADE: deleting either journals
# its memos' deletion first (so undo brings them back); a document deleted for good takes
# its memos (and their spans, and its commitments') with it.
_V15 = """
CREATE TABLE IF NOT EXISTS memo (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT,
    body TEXT NOT NULL CHECK (length(body) > 0),
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    span_id INTEGER REFERENCES span(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participant(id),
    commitment_id INTEGER REFERENCES commitment(id),
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((participant_id IS NOT NULL) + (commitment_id IS NOT NULL)
           + (document_id IS NOT NULL AND commitment_id IS NULL) = 1),
    CHECK (span_id IS NULL OR (document_id IS NOT NULL AND commitment_id IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS memo_uuid ON memo(uuid);
CREATE INDEX IF NOT EXISTS memo_document ON memo(document_id) WHERE document_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS memo_span ON memo(span_id) WHERE span_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS memo_participant ON memo(participant_id)
    WHERE participant_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS memo_commitment ON memo(commitment_id) WHERE commitment_id IS NOT NULL;
"""


# People from their titles (issue #13): the office a person holds, and the suggestions turned
# down for good (store/suggestion_blocks.py).
_V14_BLOCKS = """
CREATE TABLE IF NOT EXISTS suggestion_block (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
    blocked_alias_id INTEGER REFERENCES participant_alias(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    words TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    uuid TEXT,
    CHECK (participant_id IS NOT NULL OR words != '')
);
CREATE UNIQUE INDEX IF NOT EXISTS suggestion_block_uuid ON suggestion_block(uuid);
CREATE INDEX IF NOT EXISTS suggestion_block_document ON suggestion_block(document_id);
CREATE INDEX IF NOT EXISTS suggestion_block_participant ON suggestion_block(participant_id);
CREATE INDEX IF NOT EXISTS suggestion_block_alias ON suggestion_block(blocked_alias_id);
"""


def _v14(db: sqlite3.Connection) -> None:
    """People from their titles (issue #13): a person's office (``participant.role``:
    President, Foreign Minister), and the suggestions turned down in one document or
    everywhere (``suggestion_block``).

    Self-contained and safe to run again (renumbered): the column is added only when
    missing, the table and its indexes only when absent.
    """
    add_column(db, "participant", "role", "TEXT NOT NULL DEFAULT ''")
    for statement in _V14_BLOCKS.split(";"):
        if statement.strip():
            db.execute(statement)
