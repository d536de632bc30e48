"""The ``span_tag`` table (a quote coded with a free tag): every statement on it is issued here.

A REFI-QDA project codes selections of a text; a selection coded with a code that is neither a
participant nor a commitment's category or status is a ``span`` coded with the tag of the
code's path. The journaled writes take the step's ``RowLog`` (``store.journal``).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

TABLES = ("span_tag",)
"""The tables whose every statement this module issues."""


def coded_spans(db: sqlite3.Connection, doc_ids: list[int]) -> list[tuple[int, int, str]]:
    """(span id, document id, tag name) of every coded span of these documents, in order."""
    found: list[tuple[int, int, str]] = []
    for start in range(0, len(doc_ids), 900):
        part = doc_ids[start : start + 900]
        marks = ",".join("?" * len(part))
        found += [
            (int(r[0]), int(r[1]), str(r[2]))
            for r in db.execute(
                "SELECT st.span_id, s.document_id, t.name FROM span_tag st"
                " JOIN span s ON s.id = st.span_id JOIN tag t ON t.id = st.tag_id"
                f" WHERE s.document_id IN ({marks}) ORDER BY s.document_id, s.start, st.span_id",
                part,
            )
        ]
    return found


def tags_of_span(db: sqlite3.Connection, span_id: int) -> list[str]:
    """The tags a span is coded with, by name."""
    rows = db.execute(
        "SELECT t.name FROM span_tag st JOIN tag t ON t.id = st.tag_id WHERE st.span_id = ?"
        " ORDER BY t.name COLLATE NOCASE",
        (span_id,),
    )
    return [r[0] for r in rows]


def code_span(log: RowLog, span_id: int, tag_id: int) -> None:
    """Code a span with a tag."""
    log.insert("span_tag", {"span_id": span_id, "tag_id": tag_id}, key=("span_id", "tag_id"))
