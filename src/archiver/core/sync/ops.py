"""Reading portable operations: the records an operation names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from archiver.core.store.portable import COLUMNS


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
