"""The ``document_sketch`` table: each document's sample of word-shingle hashes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

TABLES = ("document_sketch",)
"""The tables whose every statement this module issues."""


def add(db: sqlite3.Connection, doc_id: int, hashes: Iterable[int]) -> None:
    """Record a new document's sketch."""
    db.executemany(
        "INSERT INTO document_sketch(hash, document_id) VALUES (?, ?)",
        [(h, doc_id) for h in hashes],
    )


def candidates(db: sqlite3.Connection, sample: list[int], *, shared: int, limit: int) -> list[int]:
    """Documents sharing at least ``shared`` of these hashes, those sharing most first."""
    marks = ",".join("?" * len(sample))
    rows = db.execute(
        f"SELECT document_id, COUNT(*) AS n FROM document_sketch WHERE hash IN ({marks})"
        " GROUP BY document_id HAVING n >= ? ORDER BY n DESC LIMIT ?",
        [*sample, shared, limit],
    )
    return [row[0] for row in rows]
