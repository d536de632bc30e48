"""The ``document_signature`` and ``document_band`` tables: each document's near-duplicate
signature, and its LSH band keys to find the documents that may be the same text."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from archiver.core.text.dedupe import (
    MIN_GRAMS,
    Signature,
    likely_same,
    signature_of,
    stored_minhash,
)

TABLES = ("document_signature", "document_band")
"""The tables whose every statement this module issues."""


def add(db: sqlite3.Connection, doc_id: int, signature: Signature) -> None:
    """Record a document's signature (its bins' low bytes) and its band keys (of all 16 bits:
    a signature as made from a text)."""
    db.execute(
        "INSERT OR REPLACE INTO document_signature(document_id, words, grams, minhash, numbers)"
        " VALUES (?, ?, ?, ?, ?)",
        (doc_id, signature.words, signature.grams, stored_minhash(signature), signature.numbers),
    )
    db.executemany(
        "INSERT OR IGNORE INTO document_band(band, document_id) VALUES (?, ?)",
        [(band, doc_id) for band in signature.bands()],
    )


def forget(db: sqlite3.Connection, doc_id: int, text: Callable[[], str | None]) -> None:
    """Delete a document's band rows (call it before the document's row goes, and its
    signature with it): an older 16-bit signature names them; a stored low-byte one does
    not, and they are worked out again from the document's ``text()``, read only then
    (None: damaged, they stay, left out by the candidate query's join)."""
    row = db.execute(
        "SELECT words, grams, minhash, numbers FROM document_signature WHERE document_id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return
    stored = Signature(*row)
    bands = stored.bands()
    if not bands and stored.grams >= MIN_GRAMS and (found := text()):
        bands = signature_of(found).bands()
    db.executemany(
        "DELETE FROM document_band WHERE band = ? AND document_id = ?",
        [(band, doc_id) for band in bands],
    )


def candidates(
    db: sqlite3.Connection, signature: Signature, *, limit: int
) -> list[tuple[int, Signature]]:
    """Documents sharing a band key with this signature, those sharing most first.

    Band rows of deleted documents stay behind (ids are never reused, and the table has no
    index by document to find them: schema 18); the join with the signatures, which go
    with their documents, leaves them out.
    """
    bands = signature.bands()
    if not bands:
        return []
    marks = ",".join("?" * len(bands))
    rows = db.execute(
        "SELECT s.document_id, s.words, s.grams, s.minhash, s.numbers, COUNT(*) AS shared"
        f" FROM document_band AS b JOIN document_signature AS s USING (document_id)"
        f" WHERE b.band IN ({marks}) GROUP BY s.document_id ORDER BY shared DESC LIMIT ?",
        [*bands, limit],
    )
    return [(row[0], Signature(row[1], row[2], row[3], row[4])) for row in rows]


LIKELY_CANDIDATES = 8  # documents compared with a new text: those sharing most LSH bands


def likely_copy(db: sqlite3.Connection, signature: Signature) -> tuple[int, float] | None:
    """(document, similarity) of a stored document whose text looks like this one's, else
    None (what the import calls a likely duplicate and a merge reports)."""
    for doc_id, stored in candidates(db, signature, limit=LIKELY_CANDIDATES):
        similarity = likely_same(signature, stored)
        if similarity is not None:
            return doc_id, similarity
    return None


def drop_orphan_bands(db: sqlite3.Connection) -> None:
    """Delete the band rows whose documents went without them (salvage: a damaged text
    cannot name its bands); one pass over the table, which has no index by document."""
    db.execute(
        "DELETE FROM document_band"
        " WHERE document_id NOT IN (SELECT document_id FROM document_signature)"
    )


def missing(db: sqlite3.Connection) -> list[int]:
    """Ids of documents that have no signature yet (stored before signatures existed)."""
    rows = db.execute(
        "SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM document_signature)"
    )
    return [row[0] for row in rows]
