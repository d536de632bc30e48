"""The ``change_log`` table: every change in portable terms (UUIDs, no local ids), append-only.

``annotation_log`` is this copy's undo journal: it holds local ids, is trimmed, forgets the
entries of documents deleted for good, and marks entries undone in place. The change log is
what travels to other copies (bundles, the team's sync): one row per change — each journaled
change, each undo and each redo (they are changes too for the other copies), and each change
merged from another copy with that change's own UUID, author, copy and time, so that it
travels on to a third copy. Rows are only ever added (a merge's rows go when the merge itself
is undone: they were never held here then).

A large ``summary`` or ``ops`` (an import's list every document) is stored packed as the
document texts are (``document_text.pack``: a BLOB; issue #14, disk: 4 MB of JSON at
30,000 files, 1.3 MB stored); rows stored as TEXT before read unchanged. Only this module reads the two columns, so every reader gets the same values.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from archiver.core.errors import StoreError
from archiver.core.store import document_text

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("change_log",)
"""The tables whose every statement this module issues."""

PACK_FROM = 4096  # characters of JSON from which a column is stored packed (fewer: as text)


@dataclass(frozen=True)
class Entry:
    """One change of the log: who, where, when, what kind, its summary and its operations."""

    uuid: str
    at: str
    author: str
    replica: str
    kind: str
    summary: dict[str, Any]
    ops: list[dict[str, Any]]
    via: str | None = None  # the local journal entry that wrote or merged it
    merged: bool = False  # it came from another copy

    def values(self) -> dict[str, Any]:
        """The row's columns (for a journaled insert by a merge)."""
        return {"uuid": self.uuid, "at": self.at, "author": self.author,
                "replica": self.replica, "kind": self.kind,
                "summary": json.dumps(self.summary, ensure_ascii=False),
                "ops": json.dumps(self.ops, ensure_ascii=False), "via": self.via,
                "merged": int(self.merged)}  # fmt: skip


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(row["uuid"], row["at"], row["author"], row["replica"], row["kind"],
                 json.loads(_text(row["summary"]) or "{}"), json.loads(_text(row["ops"]) or "[]"),
                 row["via"], bool(row["merged"]))  # fmt: skip


def _packed(text: str) -> str | bytes:
    """A JSON column's value as stored: packed from PACK_FROM bytes on."""
    return document_text.pack(text) if len(text) >= PACK_FROM else text


def _text(value: str | bytes | None) -> str:
    """A stored JSON column's text (a packed one unpacked)."""
    try:
        return document_text.unpack(value)
    except StoreError as exc:
        raise StoreError(f"change_log: a stored summary or ops is damaged ({exc})") from exc


def append(
    db: sqlite3.Connection, entry: Entry, ops: Iterable[dict[str, Any]] | None = None
) -> None:
    """Add one change this copy made (its undo or redo included); ``ops``, when given, are its
    operations, written out one by one as they come (an import's hold one per document)."""
    values = entry.values()
    if ops is not None:
        values["ops"] = _json_list(ops)
    values["summary"], values["ops"] = _packed(values["summary"]), _packed(values["ops"])
    cols = ", ".join(values)
    db.execute(
        f"INSERT INTO change_log({cols}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )


def _json_list(items: Iterable[Any]) -> str:
    """A JSON list of these items, written one by one (no list of them is ever held)."""
    out = io.StringIO()
    out.write("[")
    for number, item in enumerate(items):
        out.write(", " if number else "")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("]")
    return out.getvalue()


def merged(log: RowLog, entry: Entry) -> None:
    """Add a change another copy made, journaled with the merge that brings it (undoing the
    merge takes it back out, so that merging again applies it again)."""
    log.insert("change_log", entry.values())


def entries(
    db: sqlite3.Connection, since: str | None = None, uuids: Iterable[str] | None = None
) -> list[Entry]:
    """The log, oldest first: all of it, the changes made at or after ``since``, or these."""
    sql, args = "SELECT * FROM change_log", list[str]()
    if since is not None:
        sql, args = sql + " WHERE at >= ?", [since]
    found = [_entry(r) for r in db.execute(sql + " ORDER BY id", args)]
    if uuids is not None:
        wanted = set(uuids)
        found = [e for e in found if e.uuid in wanted]
    return found


def known(db: sqlite3.Connection, uuids: Iterable[str]) -> set[str]:
    """Which of these changes the log holds already."""
    wanted = list(dict.fromkeys(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        part = wanted[start : start + 900]
        marks = ",".join("?" * len(part))
        found.update(
            r[0] for r in db.execute(f"SELECT uuid FROM change_log WHERE uuid IN ({marks})", part)
        )
    return found


def merged_via(db: sqlite3.Connection, via: Iterable[str]) -> dict[str, list[Entry]]:
    """The changes each of these local entries (merges) brought in, newest first."""
    wanted = list(via)
    found: dict[str, list[Entry]] = {v: [] for v in wanted}
    for start in range(0, len(wanted), 900):
        part = wanted[start : start + 900]
        marks = ",".join("?" * len(part))
        sql = f"SELECT * FROM change_log WHERE merged = 1 AND via IN ({marks}) ORDER BY id DESC"
        for row in db.execute(sql, part):
            found[row["via"]].append(_entry(row))
    return found


def naming(db: sqlite3.Connection, uuid: str) -> list[Entry]:
    """The changes whose operations name this record, oldest first."""
    needle = f'"{uuid}"'
    sql = ("SELECT * FROM change_log WHERE typeof(ops) = 'blob' OR instr(ops, ?) > 0"
           " ORDER BY id")  # fmt: skip
    rows = db.execute(sql, (needle,))
    return [_entry(r) for r in rows if not isinstance(r["ops"], bytes) or needle in _text(r["ops"])]


def row_id(db: sqlite3.Connection, uuid: str) -> int | None:
    """The row id of a change in the log (None: not held)."""
    row = db.execute("SELECT id FROM change_log WHERE uuid = ?", (uuid,)).fetchone()
    return int(row[0]) if row is not None else None


def count(db: sqlite3.Connection) -> int:
    """How many changes the log holds."""
    return int(db.execute("SELECT COUNT(*) FROM change_log").fetchone()[0])


def after(db: sqlite3.Connection, row_id: int, limit: int) -> list[tuple[int, Entry]]:
    """Up to ``limit`` changes after the log's row ``row_id``, oldest first, with their rows."""
    sql = "SELECT * FROM change_log WHERE id > ? ORDER BY id LIMIT ?"
    return [(int(r["id"]), _entry(r)) for r in db.execute(sql, (row_id, limit))]


def last_id(db: sqlite3.Connection) -> int:
    """The newest row's id (0: an empty log)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0])


def count_after(db: sqlite3.Connection, row_id: int, *, own: bool = False) -> int:
    """How many changes come after the row ``row_id`` (``own``: made here, not merged in)."""
    sql = "SELECT COUNT(*) FROM change_log WHERE id > ?" + (" AND merged = 0" if own else "")
    return int(db.execute(sql, (row_id,)).fetchone()[0])
