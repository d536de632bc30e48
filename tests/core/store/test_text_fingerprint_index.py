"""The index by text fingerprint (schema 22): its first 16 hex digits, used by the duplicate
check, made from the full one in an older archive."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from samples import ARTICLE_AR

OLDER = """
BEGIN;
DROP INDEX document_text_sha;
CREATE INDEX document_text_sha ON document(text_sha256);
PRAGMA user_version = 21;
COMMIT;
"""


def _index_sql(archive: Archive) -> str:
    row = archive.db.execute(
        "SELECT sql FROM sqlite_schema WHERE name = 'document_text_sha'"
    ).fetchone()
    return str(row[0])


def _plan(archive: Archive) -> str:
    rows = archive.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM document WHERE file_sha256 = ?"
        " OR (substr(text_sha256, 1, 16) = ? AND text_sha256 = ?) LIMIT 1",
        ("a", "b", "c"),
    ).fetchall()
    return " | ".join(str(r[3]) for r in rows)


def test_the_same_text_in_other_bytes_is_found_through_the_short_index(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([write("a.txt", ARTICLE_AR)])
        assert "substr(text_sha256, 1, 16)" in _index_sql(archive)
        assert "USING INDEX document_text_sha" in _plan(archive)
        archive.db.executescript(OLDER)
    with Archive.open(root) as archive:  # an older archive's full index is made short
        assert "substr(text_sha256, 1, 16)" in _index_sql(archive)
        again = archive.import_paths([write("b.txt", ARTICLE_AR.replace("\n", "\r\n"))])
        assert not again.imported and again.duplicates and not again.duplicates[0].likely
