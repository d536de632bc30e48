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


class BandBuffer:
    """The band keys of a transaction's new documents, written at its commit in key order.

    A key is random: inserted one document at a time, each of its 50 rows lands on its own
    page of a table that outgrows the page cache (34 MB at 100,000 documents); a batch's
    rows sorted share pages, and cost a third. Candidates are looked up here as well.
    """

    def __init__(self) -> None:
        self.rows: list[tuple[int, int]] = []
        self.by_band: dict[int, list[int]] = {}

    def add(self, doc_id: int, bands: list[int]) -> None:
        """Hold one document's band keys."""
        for band in bands:
            self.rows.append((band, doc_id))
            self.by_band.setdefault(band, []).append(doc_id)

    def clear(self) -> None:
        """Forget what is held (the transaction was rolled back)."""
        self.rows, self.by_band = [], {}

    def write(self, db: sqlite3.Connection) -> None:
        """Insert the held rows of documents still signed (a file rolled back has none)."""
        if self.rows:
            low, high = min(d for _, d in self.rows), max(d for _, d in self.rows)
            signed = {row[0] for row in db.execute(
                "SELECT document_id FROM document_signature WHERE document_id BETWEEN ? AND ?",
                (low, high),
            )}  # fmt: skip
            db.executemany(
                "INSERT OR IGNORE INTO document_band(band, document_id) VALUES (?, ?)",
                sorted(row for row in self.rows if row[1] in signed),
            )
        self.clear()

    def shared(self, bands: list[int]) -> dict[int, int]:
        """The held documents sharing any of these keys, and how many each shares."""
        counts: dict[int, int] = {}
        for band in bands:
            for doc_id in self.by_band.get(band, ()):
                counts[doc_id] = counts.get(doc_id, 0) + 1
        return counts


def add(
    db: sqlite3.Connection, doc_id: int, signature: Signature, held: BandBuffer | None = None
) -> None:
    """Record a document's signature (its bins' low bytes) and its band keys (of all 16 bits:
    a signature as made from a text), or hold the keys in ``held`` until it is written."""
    db.execute(
        "INSERT OR REPLACE INTO document_signature(document_id, words, grams, minhash, numbers)"
        " VALUES (?, ?, ?, ?, ?)",
        (doc_id, signature.words, signature.grams, stored_minhash(signature), signature.numbers),
    )
    if held is not None:
        held.add(doc_id, signature.bands())
        return
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
    db: sqlite3.Connection, signature: Signature, *, limit: int, held: BandBuffer | None = None
) -> list[tuple[int, Signature]]:
    """Documents sharing a band key with this signature, those sharing most first (those
    whose keys are ``held`` too).

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
    found = [(row[5], row[0], Signature(row[1], row[2], row[3], row[4])) for row in rows]
    if held is not None and (counts := held.shared(bands)):
        found += _held_candidates(db, counts)
        found.sort(key=lambda row: -row[0])  # stable: ties as the query gave them
    return [(doc_id, stored) for _, doc_id, stored in found[:limit]]


def _held_candidates(
    db: sqlite3.Connection, counts: dict[int, int]
) -> list[tuple[int, int, Signature]]:
    """(keys shared, id, signature) of held documents sharing keys (rolled back: left out)."""
    marks = ",".join("?" * len(counts))
    rows = db.execute(
        "SELECT document_id, words, grams, minhash, numbers FROM document_signature"
        f" WHERE document_id IN ({marks})",
        list(counts),
    )
    return [(counts[r[0]], r[0], Signature(r[1], r[2], r[3], r[4])) for r in rows]


LIKELY_CANDIDATES = 8  # documents compared with a new text: those sharing most LSH bands


def likely_copy(
    db: sqlite3.Connection, signature: Signature, held: BandBuffer | None = None
) -> tuple[int, float] | None:
    """(document, similarity) of a stored document whose text looks like this one's, else
    None (what the import calls a likely duplicate and a merge reports)."""
    for doc_id, stored in candidates(db, signature, limit=LIKELY_CANDIDATES, held=held):
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
