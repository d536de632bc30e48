"""The ``document_signature`` and ``document_band`` tables: each document's near-duplicate
signature, and its LSH band keys to find the documents that may be the same text."""

from __future__ import annotations

import sqlite3

from archiver.core import store
from archiver.core.text.dedupe import Signature, likely_same, stored_minhash

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


def forget(db: sqlite3.Connection, doc_id: int) -> None:
    """Delete a document's band rows, found by its signature, where an older (16-bit) one
    names them; call it before the document's row goes, and its signature with it. A stored
    low-byte signature does not: ``drop_orphan_bands`` takes them out after."""
    row = db.execute(
        "SELECT words, grams, minhash, numbers FROM document_signature WHERE document_id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return
    db.executemany(
        "DELETE FROM document_band WHERE band = ? AND document_id = ?",
        [(band, doc_id) for band in Signature(*row).bands()],
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


ORPHANS_KEY = "orphan_band_documents"  # meta: documents deleted since their bands were dropped
ORPHANS_SHARE = 0.02  # of the signatures: then their band rows are dropped, in one pass
ORPHANS_KEPT = 50  # documents' band rows left at least (a small archive's pass is short anyway)


def drop_orphan_bands(db: sqlite3.Connection) -> None:
    """Delete the band rows whose documents went, with their signatures (one pass over the
    band table, which has no index by document: 2.7 s at 100,000 documents)."""
    db.execute(
        "DELETE FROM document_band"
        " WHERE document_id NOT IN (SELECT document_id FROM document_signature)"
    )
    store.set_meta(db, ORPHANS_KEY, "0")


def note_deleted(db: sqlite3.Connection, count: int) -> None:
    """Count documents deleted for good; drop their band rows once they are a few percent
    of the archive's (the candidate query leaves them out meanwhile: they cost disk only)."""
    orphans = int(store.get_meta(db, ORPHANS_KEY, "0") or 0) + count
    held = db.execute("SELECT count(*) FROM document_signature").fetchone()[0]
    if orphans > max(ORPHANS_KEPT, ORPHANS_SHARE * held):
        drop_orphan_bands(db)
    else:
        store.set_meta(db, ORPHANS_KEY, str(orphans))


def missing(db: sqlite3.Connection) -> list[int]:
    """Ids of documents that have no signature yet (stored before signatures existed)."""
    rows = db.execute(
        "SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM document_signature)"
    )
    return [row[0] for row in rows]
