"""A read-only archive (a USB stick, a snapshot, a share): opened read-only, it says so.

The archive is seen through a bind mount remounted ``ro`` (``tests/disks.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.errors import ReadOnly
from disks import articles, read_only_view, tree


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def copy(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An archive of three articles, closed, seen read-only at the path given."""
    source = tmp_path / "archive"
    with Archive.open(source) as archive:
        archive.import_paths(articles(tmp_path / "src", 3))
    with read_only_view(source, tmp_path / "stick") as folder:
        yield folder


READING = (["search", "تقرير"], ["show", "1"], ["check"], ["history"], ["trash", "list"],
           ["participants", "list"], ["export", "documents", "-o", "OUT"])  # fmt: skip
WRITING = (["import", "NEW"], ["delete", "1"], ["check", "--repair"], ["reindex"],
           ["undo"], ["participants", "add", "Someone"])  # fmt: skip


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_reading_commands_work_on_a_read_only_archive(
    copy: Path, tmp_path: Path, capsys, command
) -> None:  # type: ignore[no-untyped-def]
    before = tree(copy)
    args = [str(tmp_path / "out.csv") if a == "OUT" else a for a in command]
    code, _out, err = run(capsys, "--archive", str(copy), *args)
    assert code == 0, err
    assert "Traceback" not in err
    assert tree(copy) == before


@pytest.mark.parametrize("command", WRITING, ids=lambda c: " ".join(c[:2]))
def test_writing_commands_say_read_only_archive(
    copy: Path, tmp_path: Path, capsys, command
) -> None:  # type: ignore[no-untyped-def]
    new = articles(tmp_path / "new", 1, seed=99)[0]
    args = [str(new) if a == "NEW" else a for a in command]
    code, _out, err = run(capsys, "--archive", str(copy), *args)
    assert code == 5, err
    assert f"read-only archive: {copy}" in err
    assert "Traceback" not in err


def test_check_of_a_read_only_copy_reports(copy: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run(capsys, "--archive", str(copy), "check", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["documents"] == 3 and shown["consistent"] is True


def test_the_archive_opens_read_only_and_says_why(copy: Path) -> None:
    with pytest.raises(ReadOnly, match="read-only archive"):
        Archive.open(copy)
    with Archive.open(copy, readonly=True) as archive:
        assert archive.count() == 3
        assert archive.search("تقرير").total == 3
        assert check(archive).consistent
        assert "read-only archive" in archive.readonly_reason
        with pytest.raises(ReadOnly, match="read-only archive"):
            archive.update_document(1, title="new")


def test_a_copy_with_its_last_changes_in_the_wal_is_read_whole(tmp_path: Path) -> None:
    """A copy taken while the app had it open: -wal and -shm beside the database."""
    source = tmp_path / "archive"
    writer = Archive.open(source)
    try:
        writer.import_paths(articles(tmp_path / "src", 2))
        assert (source / "archive.sqlite3-wal").stat().st_size > 0
        with (
            read_only_view(source, tmp_path / "snapshot") as folder,
            Archive.open(folder, readonly=True) as archive,
        ):
            assert archive.count() == 2
    finally:
        writer.close()
