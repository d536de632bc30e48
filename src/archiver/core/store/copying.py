"""Whole-database work that names no table: row counts, and carrying rows into another store.

Backups count every table for their manifest; salvage carries what a recovery read from a
damaged file into a fresh archive, keeping a row only when the new store accepts it whole.
The tables are read from the databases themselves, so no table is named here (each table's
own statements stay in its module).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

TABLES: tuple[str, ...] = ()  # no table of its own: it reads the schema of the file it is given

_INTERNAL = "sqlite_%"


@dataclass
class Carried:
    """What became of one table's rows: found in the source, kept, and why others were not."""

    found: int = 0
    kept: int = 0
    dangling: int = 0  # they named a record that is not there (a lost document, participant ...)
    invalid: int = 0  # a value the schema refuses (a damaged or missing field)
    repeated: int = 0  # the same key twice (a row read from two copies of a page)

    def to_json(self) -> dict:
        """The numbers, as printed by ``salvage --json``."""
        return {"found": self.found, "kept": self.kept, "dangling": self.dangling,
                "invalid": self.invalid, "repeated": self.repeated}  # fmt: skip


def table_names(db: sqlite3.Connection) -> list[str]:
    """The database's own tables (SQLite's internal ones left out), by name."""
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE ? ORDER BY name",
        (_INTERNAL,),
    )
    return [r[0] for r in rows]


def create_statement(db: sqlite3.Connection, table: str) -> str:
    """The CREATE TABLE statement of one table, as SQLite keeps it."""
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return str(row[0])


def row_counts(db: sqlite3.Connection) -> dict[str, int]:
    """The number of rows of every table."""
    return {
        t: int(db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in table_names(db)
    }


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    """A table's column names in declaration order."""
    return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]


def parents_first(db: sqlite3.Connection) -> list[str]:
    """The tables ordered so that a table comes after every table its foreign keys name."""
    names = table_names(db)
    parents = {
        t: {r[2] for r in db.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [t for t in names if t not in ordered and parents[t] <= set(ordered)]
        ordered += ready or [t for t in names if t not in ordered]  # a cycle: keep the rest
    return ordered


def carry_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> dict[str, Carried]:
    """Insert every row of ``source`` that ``target`` (foreign keys on) accepts whole.

    Tables and columns are matched by name; a row refused for a foreign key is tried again
    after the other rows (a parent stored later in the same table), then counted as dangling.
    """
    have = set(table_names(source))
    report: dict[str, Carried] = {}
    target.execute("BEGIN IMMEDIATE")
    try:
        for table in parents_first(target):
            report[table] = _carry_table(source, target, table) if table in have else Carried()
        _raise_sequences(source, target)
    except BaseException:
        target.execute("ROLLBACK")
        raise
    target.execute("COMMIT")
    return report


def _carry_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> Carried:
    shared = [c for c in columns(target, table) if c in set(columns(source, table))]
    names = ", ".join(f'"{c}"' for c in shared)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(shared))})'
    rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
    done = Carried(found=len(rows))
    while rows:
        waiting = []
        for row in rows:
            problem = _insert(target, insert, tuple(row))
            if problem == "foreign":
                waiting.append(row)
            elif problem == "unique":
                done.repeated += 1
            elif problem:
                done.invalid += 1
            else:
                done.kept += 1
        if len(waiting) == len(rows):  # no progress: their parents are not there
            done.dangling += len(waiting)
            break
        rows = waiting
    return done


def _insert(db: sqlite3.Connection, sql: str, values: tuple) -> str:
    """'' when the row went in; else 'foreign', 'unique' or 'invalid'."""
    try:
        db.execute(sql, values)
    except sqlite3.IntegrityError as exc:
        text = str(exc)
        if "FOREIGN KEY" in text:
            return "foreign"
        return "unique" if "UNIQUE" in text or "PRIMARY KEY" in text else "invalid"
    except (sqlite3.InterfaceError, sqlite3.DataError, OverflowError):
        return "invalid"
    return ""


def _raise_sequences(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Ids given before (then deleted) stay given: each AUTOINCREMENT counter at least the old one."""
    try:
        old = source.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    except sqlite3.DatabaseError:  # no counters in the source
        return
    known = set(table_names(target))
    for name, seq in old:
        if isinstance(seq, int) and name in known:
            _at_least(target, name, seq)


def _at_least(db: sqlite3.Connection, table: str, seq: int) -> None:
    """Raise a table's AUTOINCREMENT counter to ``seq`` (creating it when it has none yet)."""
    db.execute("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", (seq, table))
    db.execute(
        "INSERT INTO sqlite_sequence(name, seq) SELECT ?, ?"
        " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)",
        (table, seq, table),
    )


def rebuild(
    db: sqlite3.Connection,
    tables: list[tuple[str, str]],
    records: dict[str, list[tuple[int | None, list]]],
) -> dict[str, int]:
    """Create ``tables`` (name, CREATE statement) in the empty ``db`` and insert the records
    read from a damaged file's pages; per table, the records its schema refused."""
    refused: dict[str, int] = {}
    db.execute("BEGIN")
    made = []
    for name, sql in tables:
        try:
            if not name.startswith("sqlite_"):
                db.execute(sql)
                made.append((name, sql))
        except sqlite3.DatabaseError:
            refused[name] = len(records.get(name, []))
    for name, sql in made:
        refused[name] = _insert_records(db, name, "WITHOUT ROWID" in sql.upper(), records.get(name, []))  # fmt: skip
    known = set(table_names(db))
    for _rowid, values in records.get("sqlite_sequence", []):
        if len(values) == 2 and isinstance(values[1], int) and values[0] in known:
            _at_least(db, values[0], values[1])
    db.execute("COMMIT")
    return refused


def _insert_records(
    db: sqlite3.Connection, table: str, without_rowid: bool, records: list[tuple[int | None, list]]
) -> int:
    """Insert records in the file's column order; the number the table refused."""
    info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [r for r in info if r[5]]
    if without_rowid:  # a WITHOUT ROWID table stores its key columns first
        order = [r[1] for r in sorted(keys, key=lambda r: r[5])] + [r[1] for r in info if not r[5]]
    else:
        order = [r[1] for r in info]
    alias = keys[0][1] if not without_rowid and len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None  # fmt: skip
    defaults = {r[1]: _default(db, r[4]) for r in info}
    names = [*order, *([] if without_rowid or alias else ["rowid"])]
    sql = (f'INSERT OR IGNORE INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)})'
           f' VALUES ({", ".join("?" * len(names))})')  # fmt: skip
    refused = 0
    for rowid, values in records:
        row = list(values[: len(order)]) + [defaults[c] for c in order[len(values) :]]
        if alias:
            row[order.index(alias)] = rowid
        elif not without_rowid:
            row.append(rowid)
        try:
            refused += db.execute(sql, row).rowcount == 0
        except (sqlite3.DatabaseError, OverflowError):
            refused += 1
    return refused


def _default(db: sqlite3.Connection, expression: str | None) -> object:
    """A column's declared default (a column added later is missing from older rows)."""
    if expression is None:
        return None
    try:
        return db.execute(f"SELECT {expression}").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
