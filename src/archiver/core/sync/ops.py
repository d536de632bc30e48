"""Reading portable operations: the records an operation names, and what names a record."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from archiver.core.store.portable import COLUMNS, LINK_KEYS
from archiver.core.store.portable import key_of as portable_key


def row_uuids(row: Mapping[str, Any]) -> set[str]:
    """The UUIDs a portable row (or some of its fields) holds: its own and those it names."""
    found = {str(row["uuid"])} if row.get("uuid") else set()
    found.update(str(v) for k, v in row.items() if k in COLUMNS and v)
    return found


def named_uuids(ops: Iterable[Mapping[str, Any]]) -> set[str]:
    """Every UUID these operations name (their records, and the records those name)."""
    found: set[str] = set()
    for op in ops:
        for part in ("row", "key", "new", "old"):
            if isinstance(op.get(part), Mapping):
                found |= row_uuids(op[part])
    return found


def identity(table: str, row: Mapping[str, Any], local: Callable[[Any], Any]) -> str:
    """What names a portable row across copies: its UUID, or a link row's table and UUIDs
    (each made local by ``local``)."""
    if table in LINK_KEYS:
        key = portable_key(table, row)
        return f"{table}:" + "|".join(str(local(v)) for v in key.values())
    return str(local(row.get("uuid")))


def records_named(ops: Iterable[Mapping[str, Any]], local: Callable[[Any], Any]) -> set[str]:
    """The identities of every record these operations wrote or named."""
    found: set[str] = set()
    for op in ops:
        table = str(op.get("table"))
        for part in ("row", "key"):
            if isinstance(op.get(part), Mapping):
                found.add(identity(table, op[part], local))
        found |= {str(local(u)) for u in named_uuids([op])}
    return found
