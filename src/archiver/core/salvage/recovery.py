"""Getting a readable database out of a damaged one: as it is, by ``.recover``, or page by page.

Everything is done on a copy in a work folder: the damaged archive is only read.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from archiver.core import store
from archiver.core.salvage import pages
from archiver.core.store import copying

INTACT, SQLITE_RECOVER, PAGE_WALK, NOTHING = "intact", "sqlite3 .recover", "page walk", "nothing"
_RECOVER_SECONDS = 600


@dataclass
class Recovered:
    """A readable database with what could be recovered, and how it was made."""

    path: Path | None
    method: str
    notes: list[str] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)  # records the old schema refused
    damaged_pages: int = 0


def recover(db_file: Path, work: Path) -> Recovered:
    """The best readable copy of ``db_file`` (and its write-ahead log) in ``work``."""
    copy = work / "damaged.sqlite3"
    notes: list[str] = []
    if not db_file.is_file() or db_file.stat().st_size == 0:
        state = "is missing" if not db_file.exists() else "is empty (0 bytes)"
        return Recovered(None, NOTHING, [f"the database {state}: nothing to recover from it"])
    shutil.copyfile(db_file, copy)
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, work / "damaged.sqlite3-wal")
    if _intact(copy):
        return Recovered(copy, INTACT, ["the database reads whole: every row was kept"])
    recovered = work / "recovered.sqlite3"
    why = _sqlite_recover(copy, recovered)
    if why is None:
        return Recovered(recovered, SQLITE_RECOVER, ["recovered with the sqlite3 program's .recover"])  # fmt: skip
    better = (
        " (install the sqlite3 program to do better)" if shutil.which("sqlite3") is None else ""
    )
    notes.append(f"the sqlite3 program's .recover could not be used ({why}); Archiver read the "
                 f"file's pages itself, which may recover less{better}")  # fmt: skip
    recovered.unlink(missing_ok=True)
    return _page_walk(db_file, wal, recovered, notes)


def _intact(copy: Path) -> bool:
    """True when SQLite opens the copy and finds nothing wrong in it."""
    try:
        db = sqlite3.connect(copy)
        try:
            ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return ok and bool(copying.table_names(db))
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False


def _sqlite_recover(copy: Path, target: Path) -> str | None:
    """Run ``sqlite3 COPY .recover | sqlite3 TARGET``; None when it worked, else why not."""
    program = shutil.which("sqlite3")
    if program is None:
        return "the sqlite3 program is not installed"
    try:
        with subprocess.Popen([program, str(copy), ".recover"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as dump:  # fmt: skip
            assert dump.stdout is not None
            load = subprocess.run([program, str(target)], stdin=dump.stdout,
                                  capture_output=True, timeout=_RECOVER_SECONDS)  # fmt: skip
            dump.stdout.close()
            problems = dump.stderr.read().decode("utf-8", "replace") if dump.stderr else ""
            dump.wait(_RECOVER_SECONDS)
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    if dump.returncode or "error" in problems.lower():
        return problems.strip().splitlines()[0] if problems.strip() else f"exit {dump.returncode}"
    if load.returncode and not target.is_file():
        return load.stderr.decode("utf-8", "replace").strip() or f"exit {load.returncode}"
    try:
        db = sqlite3.connect(target)
        try:
            tables = copying.table_names(db)
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if tables else "it recovered no table"


def _page_walk(db_file: Path, wal: Path, target: Path, notes: list[str]) -> Recovered:
    data = db_file.read_bytes()
    log = wal.read_bytes() if wal.is_file() else b""
    walked = pages.walk(data, log, _shapes)
    if not walked.tables:
        notes.append("the schema page is unreadable: rows were placed by their shape alone")
    tables = [(e.name, e.sql) for e in walked.tables] or _own_tables()
    db = sqlite3.connect(target, isolation_level=None)
    try:
        refused = copying.rebuild(db, tables, walked.records)
        if walked.tables:  # the header survived with the schema: its version holds for them
            db.execute(f"PRAGMA user_version = {pages.user_version(data)}")
    finally:
        db.close()
    if walked.damaged_pages or walked.damaged_cells:
        notes.append(f"{walked.damaged_pages} damaged page(s) and {walked.damaged_cells} damaged "
                     "row(s) could not be read")  # fmt: skip
    if walked.orphan_pages:
        notes.append(f"{walked.orphan_pages} page(s) cut off from their table were read by their rows' shape")  # fmt: skip
    if walked.unplaced_pages:
        notes.append(f"{walked.unplaced_pages} page(s) of rows fit no table and were left out")
    return Recovered(target, PAGE_WALK, notes, {t: n for t, n in refused.items() if n},
                     walked.damaged_pages)  # fmt: skip


def _shapes(tables: list[pages.SchemaEntry]) -> dict[str, list[str]]:
    """Each table's declared column types, from the schema read (or the current one)."""
    db = sqlite3.connect(":memory:")
    try:
        made = []
        for name, sql in [(e.name, e.sql) for e in tables] or _own_tables():
            try:
                db.execute(sql)
                made.append(name)
            except sqlite3.DatabaseError:
                continue
        return {t: [r[2] for r in db.execute(f'PRAGMA table_info("{t}")')] for t in made}
    finally:
        db.close()


def _own_tables() -> list[tuple[str, str]]:
    """This version's tables and their CREATE statements (when the file's schema is lost)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        store.migrate(db, Path("schema"))
        return [(t, copying.create_statement(db, t)) for t in copying.table_names(db)]
    finally:
        db.close()
