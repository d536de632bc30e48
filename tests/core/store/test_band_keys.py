"""Band keys (schema 18): no index by document, no foreign key; old archives keep their rows."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from samples import ARTICLE_AR, ARTICLE_EN

V17_TABLE = """
BEGIN;
CREATE TABLE old_band (
    band INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
INSERT INTO old_band SELECT band, document_id FROM document_band;
DROP TABLE document_band;
ALTER TABLE old_band RENAME TO document_band;
CREATE INDEX document_band_document ON document_band(document_id);
PRAGMA user_version = 17;
COMMIT;
"""


def _bands(archive: Archive) -> list[tuple[int, int]]:
    return archive.db.execute(
        "SELECT band, document_id FROM document_band ORDER BY 1, 2"
    ).fetchall()


def _shape(archive: Archive) -> tuple[list[str], list[tuple]]:
    indexes = [row[1] for row in archive.db.execute("PRAGMA index_list('document_band')")]
    return indexes, archive.db.execute("PRAGMA foreign_key_list('document_band')").fetchall()


def test_an_archive_of_schema_17_keeps_its_band_rows_without_the_index(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR), write("b.txt", ARTICLE_EN)])
        before = _bands(archive)
        assert before and _shape(archive)[1] == []
        archive.db.executescript(V17_TABLE)
        assert "document_band_document" in _shape(archive)[0]
    with Archive.open(root) as archive:
        assert _bands(archive) == before
        indexes, foreign = _shape(archive)
        assert "document_band_document" not in indexes and foreign == []
        copy = archive.import_paths([write("c.txt", ARTICLE_AR + "\n\nسطر أخير.")])
        assert copy.duplicates and copy.duplicates[0].likely  # the bands still find it
