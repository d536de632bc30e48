"""The ``participant`` and ``participant_alias`` tables: every statement on them is issued here.

The reads; the journaled writes (add, rename, remove …), which take the step's ``RowLog``
(``store.journal``) that records their inverse; and the gazetteer seeding and the alias
re-folding, which are not undoable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.store import identity, uuid_aliases
from archiver.core.store.documents import LIVE

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("participant", "participant_alias")
"""The tables whose every statement this module issues."""

COLUMNS = "id, name, kind, name_ar, iso, parent_id, color, notes, gazetteer_key, name_en, role"
ALIAS_COLUMNS = ("participant_id", "alias", "folded", "lang", "kind", "case_sensitive")
AliasRow = tuple[int, str, str, str, str, int]  # in the order of ALIAS_COLUMNS


def all_rows(db: sqlite3.Connection, kind: str | None = None) -> list[sqlite3.Row]:
    """Every participant (of one kind), by name."""
    sql, args = f"SELECT {COLUMNS} FROM participant", []
    if kind:
        sql, args = sql + " WHERE kind = ?", [kind]
    return db.execute(sql + " ORDER BY name COLLATE NOCASE", args).fetchall()


def row(db: sqlite3.Connection, pid: int) -> sqlite3.Row | None:
    """One participant's row."""
    try:
        return db.execute(f"SELECT {COLUMNS} FROM participant WHERE id = ?", (pid,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        return None


def rows_by_ids(db: sqlite3.Connection, ids: Iterable[int]) -> list[sqlite3.Row]:
    """The rows of these participants, in no particular order."""
    wanted = list(ids)
    found: list[sqlite3.Row] = []
    for chunk in range(0, len(wanted), 900):
        part = wanted[chunk : chunk + 900]
        marks = ",".join("?" * len(part))
        found += db.execute(f"SELECT {COLUMNS} FROM participant WHERE id IN ({marks})", part)
    return found


def office_holder_rows(
    db: sqlite3.Connection, parent_id: int | None, role: str
) -> list[sqlite3.Row]:
    """The persons whose parent is ``parent_id`` (None: any) and whose role is ``role``."""
    sql = f"SELECT {COLUMNS} FROM participant WHERE kind = 'person' AND role = ?"
    if parent_id is None:
        return db.execute(sql, (role,)).fetchall()
    return db.execute(sql + " AND parent_id = ?", (role, parent_id)).fetchall()


def uuid_of(db: sqlite3.Connection, pid: int) -> str | None:
    """A participant's UUID (None: no such participant)."""
    found = db.execute("SELECT uuid FROM participant WHERE id = ?", (pid,)).fetchone()
    return str(found[0]) if found is not None and found[0] else None


def in_use_ids(db: sqlite3.Connection) -> set[int]:
    """Participants confirmed or tagged in a document, or an actor of a commitment, out of the
    trash; with the parents of those (up the tree)."""
    found = db.execute(
        "WITH RECURSIVE used(id) AS ("
        " SELECT m.participant_id FROM mention m JOIN document d ON d.id = m.document_id"
        f" WHERE m.method IN ('manual', 'confirmed') AND d.{LIVE}"
        " UNION SELECT a.participant_id FROM commitment_actor a"
        " JOIN commitment c ON c.id = a.commitment_id JOIN document d ON d.id = c.document_id"
        f" WHERE d.{LIVE}"
        " UNION SELECT p.parent_id FROM participant p JOIN used u ON u.id = p.id"
        " WHERE p.parent_id IS NOT NULL)"
        " SELECT id FROM used"
    )
    return {r[0] for r in found}


def member_rows(db: sqlite3.Connection, pid: int) -> list[sqlite3.Row]:
    """Participants whose parent is ``pid`` (a state's leaders), by name."""
    return db.execute(
        f"SELECT {COLUMNS} FROM participant WHERE parent_id = ? ORDER BY name", (pid,)
    ).fetchall()


def with_members(db: sqlite3.Connection, ids: Iterable[int]) -> list[int]:
    """These participants and every participant under them, at any depth."""
    wanted = list(ids)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM participant WHERE id IN ({marks})"
        " UNION SELECT p.id FROM participant p JOIN tree ON p.parent_id = tree.id)"
        " SELECT id FROM tree",
        wanted,
    )
    return [r[0] for r in rows]


def ids_by_gazetteer_key(db: sqlite3.Connection) -> dict[str, int]:
    """Gazetteer key -> participant id, for the participants seeded from the gazetteer."""
    rows = db.execute("SELECT gazetteer_key, id FROM participant WHERE gazetteer_key IS NOT NULL")
    return {r[0]: r[1] for r in rows}


def by_name(db: sqlite3.Connection, text: str) -> list[sqlite3.Row]:
    """Participants whose name or Arabic name is ``text`` (English case aside)."""
    return db.execute(
        f"SELECT {COLUMNS} FROM participant WHERE name = ?1 COLLATE NOCASE OR name_ar = ?1"
        " OR name_en = ?1 COLLATE NOCASE ORDER BY id",
        (text,),
    ).fetchall()


def by_alias(db: sqlite3.Connection, text: str) -> list[sqlite3.Row]:
    """Participants with an alias written ``text`` (English case aside)."""
    return _by_alias(db, "alias = ? COLLATE NOCASE", [text])


def by_folded(db: sqlite3.Connection, readings: Sequence[str]) -> list[sqlite3.Row]:
    """Participants with an alias whose analysed form is one of ``readings``."""
    marks = ",".join("?" * len(readings))
    return _by_alias(db, f"folded IN ({marks})", list(readings))


def _by_alias(db: sqlite3.Connection, cond: str, args: list[str]) -> list[sqlite3.Row]:
    return db.execute(
        f"SELECT {COLUMNS} FROM participant WHERE id IN (SELECT participant_id"
        f" FROM participant_alias WHERE {cond}) ORDER BY id",
        args,
    ).fetchall()


def alias_rows(db: sqlite3.Connection, pid: int | None = None) -> list[sqlite3.Row]:
    """Aliases (id, participant_id, alias, lang, kind, case_sensitive) of one or all."""
    sql = "SELECT id, participant_id, alias, lang, kind, case_sensitive FROM participant_alias"
    args: list[Any] = []
    if pid is not None:
        sql, args = sql + " WHERE participant_id = ?", [pid]
    return db.execute(sql + " ORDER BY participant_id, lang, id", args).fetchall()


def alias_by_id(db: sqlite3.Connection, alias_id: int) -> sqlite3.Row | None:
    """One alias (the columns of ``alias_rows``)."""
    return db.execute(
        "SELECT id, participant_id, alias, lang, kind, case_sensitive FROM participant_alias"
        " WHERE id = ?",
        (alias_id,),
    ).fetchone()


def alias_id(db: sqlite3.Connection, pid: int, alias: str) -> int | None:
    """The id of this exact alias of a participant, None when it has none."""
    found = db.execute(
        "SELECT id FROM participant_alias WHERE participant_id = ? AND alias = ?", (pid, alias)
    ).fetchone()
    return int(found[0]) if found else None


def matcher_rows(db: sqlite3.Connection, pid: int | None = None) -> list[sqlite3.Row]:
    """Every alias (or one participant's) as the matcher needs it: id, participant, alias,
    folded, kind, case."""
    sql = "SELECT id, participant_id, alias, folded, kind, case_sensitive FROM participant_alias"
    if pid is None:
        return db.execute(sql).fetchall()
    return db.execute(sql + " WHERE participant_id = ?", (pid,)).fetchall()


def own_name_rows(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """(alias, participant kind) of the aliases that are names, capitals or abbreviations."""
    rows = db.execute(
        "SELECT a.alias, p.kind FROM participant_alias a JOIN participant p"
        " ON p.id = a.participant_id WHERE a.kind IN ('name', 'capital', 'abbreviation')"
    )
    return [(r[0], r[1]) for r in rows]


def seed(db: sqlite3.Connection, values: dict[str, Any], aliases: list[AliasRow]) -> int | None:
    """Add a gazetteer participant with its aliases unless its key is there; its id or None."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO participant(name, name_ar, name_en, kind, iso, gazetteer_key,"
        " created_at, uuid) VALUES (:name, :name_ar, :name_en, :kind, :iso, :gazetteer_key,"
        " :created_at, :uuid)",
        {"name_en": "", **values, "uuid": identity.participant_uuid(values.get("gazetteer_key"))},
    )
    if not cursor.rowcount:
        return None
    pid = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT OR IGNORE INTO participant_alias(participant_id, alias, folded, lang, kind,"
        " case_sensitive, uuid) VALUES (?,?,?,?,?,?,?)",
        [(pid, *alias[1:], identity.derived("alias", f"{values.get('gazetteer_key')}:{alias[1]}"))
         for alias in aliases],
    )  # fmt: skip
    return pid


def alias_texts(db: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, alias) of every alias."""
    return [(r[0], r[1]) for r in db.execute("SELECT id, alias FROM participant_alias")]


def set_folded(db: sqlite3.Connection, folded: Iterable[tuple[str, int]]) -> None:
    """Write new analysed forms: (folded, alias id) pairs."""
    db.executemany("UPDATE participant_alias SET folded = ? WHERE id = ?", list(folded))


def bump_alias_generation(db: sqlite3.Connection) -> None:
    """Note that aliases changed, so every process rebuilds its matcher."""
    stamp = int(store.get_meta(db, "alias_generation", "0") or 0) + 1
    store.set_meta(db, "alias_generation", str(stamp))


def alias_generation(db: sqlite3.Connection) -> str | None:
    """The stamp ``bump_alias_generation`` last wrote."""
    return store.get_meta(db, "alias_generation", "0")


# -- journaled writes ----------------------------------------------------------------------


def add(log: RowLog, values: dict[str, Any]) -> int:
    """Create a participant (``values``: its checked columns); its id."""
    return log.insert("participant", {**values, "created_at": store.now()})


def update(log: RowLog, pid: int, changes: dict[str, Any]) -> None:
    """Change checked columns of a participant."""
    log.update("participant", pid, changes)


def detach_members(log: RowLog, pid: int) -> None:
    """The participants under this one are under none any more."""
    for member in member_rows(log.db, pid):
        log.update("participant", member["id"], {"parent_id": None})


def delete(log: RowLog, pid: int) -> None:
    """Delete a participant (its aliases, mentions and actor rows must be deleted first)."""
    log.delete("participant", {"id": pid})


def add_alias(log: RowLog, alias: AliasRow) -> None:
    """Add an alias to a participant."""
    log.insert("participant_alias", dict(zip(ALIAS_COLUMNS, alias, strict=True)))


def move_alias(log: RowLog, alias_id: int, pid: int) -> None:
    """Make an alias one of another participant (a merge)."""
    log.update("participant_alias", alias_id, {"participant_id": pid})


def move_members(log: RowLog, old: int, new: int) -> None:
    """The participants under ``old`` are under ``new`` (a merge)."""
    for member in member_rows(log.db, old):
        log.update("participant", member["id"], {"parent_id": new})


def merged_away(log: RowLog, gone: str, kept: str) -> None:
    """From now on the UUID ``gone`` (a participant merged into another) names ``kept`` here."""
    uuid_aliases.add(log, gone, kept, "participant", "merged")


def delete_alias(log: RowLog, alias_id: int) -> bool:
    """Delete one alias; False when there is no such alias."""
    return log.delete("participant_alias", {"id": alias_id}) > 0


def delete_aliases(log: RowLog, pid: int) -> None:
    """Delete every alias of a participant."""
    log.delete("participant_alias", {"participant_id": pid})
