"""A damaged index segment: check finds it, searches say so (never a traceback), repair rebuilds."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.errors import IndexDamaged
from archiver.core.lock import WriterLock
from disks import articles


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A closed archive of 12 articles."""
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths(articles(tmp_path / "src", 12))
    return tmp_path / "a"


def segment_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "index").iterdir() if p.name.startswith("MAIN_"))


def scribble(path: Path, seed: int, every: int = 400) -> None:
    """Overwrite 16 bytes every ``every`` bytes past the first 64 with random ones."""
    rng = random.Random(seed)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(64, size - 32, every):
            handle.seek(offset)
            handle.write(rng.randbytes(16))


def damaged_segment(root: Path, how: str, seed: int = 1) -> None:
    segment = max(segment_files(root), key=lambda p: p.stat().st_size)
    if how == "scribbled":
        scribble(segment, seed)
    else:
        os.truncate(segment, segment.stat().st_size // 2)


@pytest.mark.parametrize("how", ["scribbled", "truncated"])
def test_check_finds_a_damaged_segment_and_repair_rebuilds_it(root: Path, how: str) -> None:
    damaged_segment(root, how)
    with Archive.open(root, readonly=True) as archive:
        found = check(archive)
    assert not found.consistent
    assert found.index_damage and all("search index damaged" in p for p in found.index_damage)
    assert not found.store_damaged
    with Archive.open(root) as archive:  # a segment too damaged to open is rebuilt at once
        repaired = check(archive, repair=True)
        assert any("rebuilt from the store" in line for line in repaired.repaired)
        assert check(archive).consistent
        assert archive.search("تقرير").total == 12


@pytest.mark.parametrize("seed", range(6))
def test_searches_on_a_damaged_index_raise_index_damaged(root: Path, seed: int) -> None:
    damaged_segment(root, "scribbled", seed)
    with (
        Archive.open(root, readonly=True) as archive,
        pytest.raises(IndexDamaged, match="check --repair"),
    ):
        for query in ("تقرير", "سلام1", "peace2 OR council3", "title:تقرير", "budget*"):
            archive.search(query)
        archive.index.doc_ids()


def test_the_cli_says_the_index_is_damaged_without_a_traceback(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    damaged_segment(root, "scribbled")
    app = WriterLock(root / "archive.lock")  # the app holds the archive: the CLI reads only
    app.acquire()
    try:
        code, _out, err = run(capsys, "--archive", str(root), "search", "تقرير")
        assert code == 1
        assert "the search index" in err and "is damaged" in err and "check --repair" in err
        assert "Traceback" not in err
        code, out, _err = run(capsys, "--archive", str(root), "check", "--json")
        shown = json.loads(out)
        assert code == 1 and shown["index_damage"] and shown["consistent"] is False
    finally:
        app.release()
    code, out, _err = run(capsys, "--archive", str(root), "check", "--json")  # opens, rebuilds
    shown = json.loads(out)
    assert code == 0 and shown["index_damage"] and "rebuilt" in shown["repaired"][0]
    code, out, _err = run(capsys, "--archive", str(root), "check", "--repair")
    assert code == 0 and "consistent" in out
    code, out, _err = run(capsys, "--archive", str(root), "search", "تقرير")
    assert code == 0 and out.startswith("12 hit(s)")


def test_a_sound_index_reads_whole_without_problems(root: Path) -> None:
    with Archive.open(root, readonly=True) as archive:
        assert archive.index.damage() == []
        assert check(archive).consistent
