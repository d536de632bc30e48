"""Band keys (schema 18): no index by document, no foreign key; (schema 21) 32-bit keys;
old archives keep their rows, their keys made 32-bit."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.text import dedupe
from samples import ARTICLE_AR, ARTICLE_EN

V17_TABLE = """
BEGIN;
CREATE TABLE old_band (
    band INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
INSERT INTO old_band SELECT band, document_id FROM wide_band;
DROP TABLE document_band;
ALTER TABLE old_band RENAME TO document_band;
CREATE INDEX document_band_document ON document_band(document_id);
PRAGMA user_version = 17;
COMMIT;
"""


def _wide_keys(archive: Archive) -> None:
    """The table ``wide_band``: each document's band keys as Archiver wrote them before
    schema 21 (the band's number above its 32-bit CRC), worked out from its text."""
    archive.db.execute("CREATE TEMP TABLE wide_band (band INTEGER, document_id INTEGER)")
    for (doc_id,) in archive.db.execute("SELECT id FROM document").fetchall():
        signature = dedupe.signature_of(archive.document(doc_id).text)
        archive.db.executemany(
            "INSERT INTO wide_band VALUES (?, ?)",
            [(band << 32 | crc, doc_id) for band, crc in signature.band_hashes()],
        )


def _bands(archive: Archive) -> list[tuple[int, int]]:
    return archive.db.execute(
        "SELECT band, document_id FROM document_band ORDER BY 1, 2"
    ).fetchall()


def _shape(archive: Archive) -> tuple[list[str], list[tuple]]:
    indexes = [row[1] for row in archive.db.execute("PRAGMA index_list('document_band')")]
    return indexes, archive.db.execute("PRAGMA foreign_key_list('document_band')").fetchall()


def test_an_archive_of_schema_17_keeps_its_band_rows_without_the_index_in_32_bits(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        before = _bands(archive)
        assert before and _shape(archive)[1] == []
        assert all(-(2**31) <= band < 2**31 for band, _ in before)
        _wide_keys(archive)
        archive.db.executescript(V17_TABLE)
        assert _bands(archive) != before
        assert "document_band_document" in _shape(archive)[0]
    with Archive.open(root) as archive:
        assert _bands(archive) == before  # the same keys as a new import writes
        indexes, foreign = _shape(archive)
        assert "document_band_document" not in indexes and foreign == []
        copy = archive.import_paths([write("c.txt", ARTICLE_AR + "\n\nسطر أخير.")])
        assert copy.duplicates and copy.duplicates[0].likely  # the bands still find it


def _widen(archive: Archive) -> None:
    """Make the stored signatures 16-bit again, as an older Archiver stored them."""
    rows = archive.db.execute("SELECT document_id, minhash FROM document_signature").fetchall()
    for doc_id, low in rows:
        assert len(low) == dedupe.BINS  # one byte a bin
        archive.db.execute(
            "UPDATE document_signature SET minhash = ? WHERE document_id = ?",
            (dedupe.signature_of(archive.document(doc_id).text).minhash, doc_id),
        )


def test_a_signature_is_stored_in_one_byte_a_bin_and_still_finds_its_copy(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        sizes = [
            tuple(r) for r in archive.db.execute("SELECT length(minhash) FROM document_signature")
        ]
        assert sizes == [(dedupe.BINS,), (dedupe.BINS,)]
        copy = archive.import_paths([write("c.txt", ARTICLE_AR + "\n\nسطر أخير.")])
        assert copy.duplicates and copy.duplicates[0].likely
        assert copy.duplicates[0].similarity > 0.9


def test_an_older_archives_16_bit_signatures_still_find_a_copy(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        _widen(archive)
        copy = archive.import_paths([write("c.txt", ARTICLE_AR + "\n\nسطر أخير.")])
        assert copy.duplicates and copy.duplicates[0].likely
        other = archive.import_paths([write("d.txt", ARTICLE_EN.replace("London", "Paris"))])
        assert other.duplicates and other.duplicates[0].likely  # an English copy, the same


def test_emptying_the_trash_takes_out_the_band_rows_of_what_it_deleted(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "archive") as archive:
        report = archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        first, second = (doc.id for doc in report.imported)
        assert {doc for _, doc in _bands(archive)} == {first, second}
        archive.trash.delete([first])
        archive.trash.empty()  # its low-byte signature names no bands: its text does
        assert {doc for _, doc in _bands(archive)} == {second}
        _widen(archive)  # an older archive's 16-bit signature names them itself
        archive.trash.delete([second])
        archive.trash.empty()
        assert _bands(archive) == []
        again = archive.import_paths([write("c.txt", ARTICLE_AR)])
        assert again.imported and not again.duplicates


def test_narrow_keys_are_kept_when_the_migration_runs_again(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        before = _bands(archive)
        archive.db.execute("PRAGMA user_version = 20")  # schema 21's rewrite runs again
    with Archive.open(root) as archive:
        assert _bands(archive) == before
        copy = archive.import_paths([write("c.txt", ARTICLE_AR + "\n\nسطر أخير.")])
        assert copy.duplicates and copy.duplicates[0].likely
