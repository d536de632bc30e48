"""The ``uuid_alias`` table: a UUID another copy gave a record, and the record here it is.

Two copies that each created "Coalition of the willing" hold two UUIDs for one participant;
the first merge matches them by name or alias and records the other copy's UUID here, so
that its later changes (and a second merge) land on the same local record.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from archiver.core import store

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("uuid_alias",)
"""The tables whose every statement this module issues."""


def mapping(db: sqlite3.Connection) -> dict[str, str]:
    """Every other copy's UUID -> the local record's UUID."""
    return {r[0]: r[1] for r in db.execute("SELECT remote, local FROM uuid_alias")}


def add(log: RowLog, remote: str, local: str, table: str, matched_by: str) -> None:
    """Record that ``remote`` names the local record ``local`` (journaled)."""
    found = log.db.execute("SELECT 1 FROM uuid_alias WHERE remote = ?", (remote,)).fetchone()
    if found is None and remote != local:
        log.insert("uuid_alias", {"remote": remote, "local": local, "record_table": table,
                                  "matched_by": matched_by, "at": store.now()},
                   key=("remote",))  # fmt: skip
