"""Every statement on the server's tables (``schema.TABLES``): this module owns them, as the
modules of ``core/store`` own the archive's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from archiver.core.team import schema

TABLES = schema.TABLES
Row = tuple[Any, ...]
_CHANGE = "uuid, at, author, replica, kind, summary_json, ops_json"
_NEXT = """SELECT max(seq) FROM (SELECT seq FROM (
    SELECT seq FROM archiver_document WHERE seq > %(after)s
    UNION ALL SELECT seq FROM archiver_record WHERE seq > %(after)s
    UNION ALL SELECT seq FROM archiver_change WHERE seq > %(after)s
) s ORDER BY seq LIMIT %(limit)s) t"""


def has_schema(conn: psycopg.Connection) -> bool:
    """True when the database holds an Archiver schema."""
    row = conn.execute("SELECT to_regclass('archiver_server') IS NOT NULL").fetchone()
    return bool(row and row[0])


def values(conn: psycopg.Connection) -> dict[str, str]:
    """The server's own keys (its UUID, its schema version)."""
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM archiver_server")}


def set_value(conn: psycopg.Connection, key: str, value: str, *, keep: bool = False) -> None:
    """Set one of the server's keys (``keep``: only when it has none)."""
    action = "NOTHING" if keep else "UPDATE SET value = excluded.value"
    conn.execute(f"INSERT INTO archiver_server VALUES (%s, %s) ON CONFLICT (key) DO {action}",
                 (key, value))  # fmt: skip


def user_and_rights(conn: psycopg.Connection) -> tuple[str, bool]:
    """Who we are logged in as, and whether we may push."""
    row = conn.execute(
        "SELECT current_user, has_table_privilege(current_user, 'archiver_change', 'INSERT')"
    ).fetchone()
    return (str(row[0]), bool(row[1])) if row else ("", False)


def foreign_table(conn: psycopg.Connection) -> str | None:
    """A table (or view) of the current schema, if there is one."""
    row = conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
        " LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None


def run_script(conn: psycopg.Connection, script: str) -> None:
    """Run one migration's script."""
    conn.execute(script.encode())


def ensure_role(conn: psycopg.Connection, role: str) -> None:
    """Create a group role (NOLOGIN) unless it exists."""
    if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))


def grant(conn: psycopg.Connection, readers: str, members: str) -> None:
    """Let ``readers`` pull and ``members`` push and pull."""
    for statement in schema.grants(readers, members):
        conn.execute(statement)


def lock_pushes(conn: psycopg.Connection) -> None:
    """Serialise with every other push until this transaction ends."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (schema.PUSH_LOCK,))


# -- pushing --------------------------------------------------------------------------------


def held_documents(conn: psycopg.Connection, uuids: list[str], shas: list[str]) -> list[Row]:
    """(uuid, file_sha256) of the server's documents with one of these UUIDs or hashes."""
    return conn.execute(
        "SELECT uuid, file_sha256 FROM archiver_document WHERE uuid = ANY(%s)"
        " OR file_sha256 = ANY(%s)", (uuids, shas)).fetchall()  # fmt: skip


def add_documents(conn: psycopg.Connection, rows: Sequence[Row]) -> None:
    """Store documents: (uuid, file_sha256, row_json, original, size, replica)."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO archiver_document(uuid, file_sha256, row_json, original, size, replica)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", rows)  # fmt: skip


def held_records(conn: psycopg.Connection, table: str, keys: list[str]) -> set[str]:
    """Which of these records of ``table`` the server holds."""
    found = conn.execute("SELECT key FROM archiver_record WHERE tbl = %s AND key = ANY(%s)",
                         (table, keys))  # fmt: skip
    return {str(k) for (k,) in found}


def add_records(conn: psycopg.Connection, rows: Sequence[Row]) -> None:
    """Store records: (table, key, row_json, replica)."""
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO archiver_record(tbl, key, row_json, replica)"
                        " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING", rows)  # fmt: skip


def held_changes(conn: psycopg.Connection, uuids: list[str]) -> set[str]:
    """Which of these changes the server holds."""
    found = conn.execute("SELECT uuid FROM archiver_change WHERE uuid = ANY(%s)", (uuids,))
    return {str(u) for (u,) in found}


def add_changes(conn: psycopg.Connection, rows: Sequence[Row]) -> None:
    """Store changes: (uuid, at, author, replica, kind, summary_json, ops_json)."""
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO archiver_change({_CHANGE}) VALUES"
                        " (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", rows)  # fmt: skip


# -- pulling --------------------------------------------------------------------------------


def batch_end(conn: psycopg.Connection, after: int, limit: int) -> int | None:
    """The number that ends the next batch of ``limit`` rows after ``after`` (None: none)."""
    row = conn.execute(_NEXT, {"after": after, "limit": limit}).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def between(conn: psycopg.Connection, after: int, upto: int) -> tuple[list[Row], ...]:
    """Documents (uuid, row_json), records (tbl, key, row_json) and changes numbered in
    (after, upto], each in number order."""
    span = (after, upto)
    docs = conn.execute("SELECT uuid, row_json FROM archiver_document WHERE seq > %s AND"
                        " seq <= %s ORDER BY seq", span).fetchall()  # fmt: skip
    records = conn.execute("SELECT tbl, key, row_json FROM archiver_record WHERE seq > %s AND"
                           " seq <= %s ORDER BY seq", span).fetchall()  # fmt: skip
    changes = conn.execute(f"SELECT {_CHANGE} FROM archiver_change WHERE seq > %s AND"
                           " seq <= %s ORDER BY seq", span).fetchall()  # fmt: skip
    return docs, records, changes


def records_mentioning(conn: psycopg.Connection, table: str, uuids: list[str]) -> list[Row]:
    """Records (tbl, key, row_json) of ``table`` whose JSON holds one of these UUIDs (the
    caller reads which field), in number order."""
    if not uuids:
        return []
    patterns = [f"%{u.replace('%', '').replace('_', '')}%" for u in uuids]
    return conn.execute("SELECT tbl, key, row_json FROM archiver_record WHERE tbl = %s AND"
                        " row_json LIKE ANY(%s) ORDER BY seq", (table, patterns)).fetchall()  # fmt: skip


def changes_named(conn: psycopg.Connection, uuids: list[str]) -> list[Row]:
    """These changes, in number order."""
    return conn.execute(f"SELECT {_CHANGE} FROM archiver_change WHERE uuid = ANY(%s)"
                        " ORDER BY seq", (uuids,)).fetchall()  # fmt: skip


def original(conn: psycopg.Connection, uuid: str) -> bytes:
    """A document's original file (empty: not on the server)."""
    row = conn.execute("SELECT original FROM archiver_document WHERE uuid = %s", (uuid,)).fetchone()
    return bytes(row[0]) if row else b""
