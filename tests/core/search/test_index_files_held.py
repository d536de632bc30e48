"""A rebuild goes on when an old index file cannot be deleted (Windows: a reader has it open)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.errors import IndexFailure
from held_files import undeletable


@pytest.fixture
def indexed(tmp_path: Path) -> Path:
    """An archive of one article, its index built."""
    article = tmp_path / "a.txt"
    article.write_text("اجتماع في تونس\n\nاجتماع لدعم أوكرانيا في تونس", encoding="utf-8")
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_paths([article])
    return tmp_path / "archive"


def test_a_segment_that_cannot_be_deleted_stays_behind_and_the_rebuild_goes_on(
    indexed: Path, tmp_path: Path
) -> None:
    segment = next((indexed / "index").glob("MAIN_*.seg"))
    with undeletable(segment, tmp_path / "scratch"), Archive.open(indexed) as archive:
        archive.indexer.rebuild()  # shutil.rmtree raised OSError (EBUSY) here before
        assert archive.search("أوكرانيا").total == 1
        assert segment.exists()  # left for a later commit to clean up
    with Archive.open(indexed, readonly=True) as archive:
        assert archive.search("تونس").total == 1


def test_a_table_of_contents_that_cannot_be_deleted_stops_the_rebuild_first(
    indexed: Path, tmp_path: Path
) -> None:
    toc = next((indexed / "index").glob("_MAIN_*.toc"))
    segments = sorted((indexed / "index").glob("MAIN_*.seg"))
    with undeletable(toc, tmp_path / "scratch"), Archive.open(indexed) as archive:
        with pytest.raises(IndexFailure, match=r"cannot remove .*_MAIN_\d+\.toc"):
            archive.indexer.rebuild()
        assert sorted((indexed / "index").glob("MAIN_*.seg")) == segments  # nothing else gone
