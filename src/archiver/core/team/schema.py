"""The server's schema, one SQL script per version, applied in order like the local store's.

The server keeps what travels and nothing that cannot be rebuilt from it: the documents (their
portable row and original), the records sent whole (rows that no change made: a copy's records
from before the change log, or brought in by a bundle), and the change log. Every row gets the
next number of one sequence when it is pushed, under a lock that serialises pushes, so the
numbers are the order in which rows became visible and a pull resumes from the last number it
merged. Rows are JSON in ``text`` columns: a document's text is kept exactly as sent (``jsonb``
would refuse a NUL escape and rewrite numbers), and the server never looks inside them.
"""

from __future__ import annotations

from psycopg import sql

VERSION_KEY = "schema_version"
SERVER_KEY = "server_id"
PUSH_LOCK = 0x41524348  # the advisory lock every push transaction takes ("ARCH")
TABLES = ("archiver_server", "archiver_document", "archiver_record", "archiver_change")

_V1 = """
CREATE TABLE archiver_server (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE archiver_seq;
CREATE TABLE archiver_document (
    uuid text PRIMARY KEY,
    file_sha256 text NOT NULL UNIQUE,
    seq bigint NOT NULL UNIQUE DEFAULT nextval('archiver_seq'),
    row_json text NOT NULL,
    original bytea NOT NULL,
    size bigint NOT NULL,
    replica text NOT NULL,
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE archiver_record (
    tbl text NOT NULL,
    key text NOT NULL,
    seq bigint NOT NULL UNIQUE DEFAULT nextval('archiver_seq'),
    row_json text NOT NULL,
    replica text NOT NULL,
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tbl, key)
);
CREATE TABLE archiver_change (
    uuid text PRIMARY KEY,
    seq bigint NOT NULL UNIQUE DEFAULT nextval('archiver_seq'),
    at text NOT NULL,
    author text NOT NULL,
    replica text NOT NULL,
    kind text NOT NULL,
    summary_json text NOT NULL,
    ops_json text NOT NULL,
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now()
);
"""

MIGRATIONS: dict[int, str] = {1: _V1}
"""Version -> its SQL script."""


def latest() -> int:
    """The newest schema version this program knows."""
    return max(MIGRATIONS)


def grants(readers: str, members: str) -> list[sql.Composed]:
    """The statements that let ``readers`` pull and ``members`` push and pull (group roles)."""
    tables = sql.SQL(", ").join(sql.Identifier(t) for t in TABLES)
    pushed = sql.SQL(", ").join(sql.Identifier(t) for t in TABLES[1:])
    both = sql.SQL(", ").join([sql.Identifier(readers), sql.Identifier(members)])
    return [
        sql.SQL("GRANT SELECT ON {} TO {}").format(tables, both),
        sql.SQL("GRANT INSERT ON {} TO {}").format(pushed, sql.Identifier(members)),
        sql.SQL("GRANT USAGE ON SEQUENCE archiver_seq TO {}").format(sql.Identifier(members)),
    ]
