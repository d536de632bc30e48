"""The documents of an id set still out of the trash, read by the set's runs of ids."""

from __future__ import annotations

import random
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.idsets import IdRanges

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _stored(tmp_path: Path, count: int) -> Archive:
    rng = random.Random(7)  # words of their own: no two notes are near duplicates
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(count):
        words = " ".join("".join(rng.choices(LETTERS, k=6)) for _ in range(40))
        (folder / f"n{number:02d}.txt").write_text(f"Note {number}\n\n{words}\n", encoding="utf-8")
    archive = Archive.open(tmp_path / "a")
    archive.import_paths([folder])
    return archive


def test_trashed_and_purged_ids_are_left_out_and_only_the_runs_are_read(tmp_path: Path) -> None:
    archive = _stored(tmp_path, 12)
    try:
        assert sorted(archive.document_ids()) == list(range(1, 13))
        archive.trash.delete([3, 4])
        archive.trash.empty([4])  # purged: no row at all
        batch = IdRanges(range(1, 13))
        assert archive.live_ids_in(batch) == [1, 2, *range(5, 13)]
        assert archive.count_live_in(batch) == 10
        some = IdRanges.from_runs([(2, 5), (11, 40)])  # ids past the last document: none
        assert archive.live_ids_in(some) == [2, 5, 11, 12]
        assert archive.count_live_in(some) == 4
        odd = IdRanges(range(1, 1001, 2))  # 500 runs of one: more than one statement's worth
        assert archive.live_ids_in(odd) == [1, 5, 7, 9, 11]
        assert archive.count_live_in(odd) == 5
        assert archive.live_ids_in(IdRanges()) == [] and archive.count_live_in(IdRanges()) == 0
    finally:
        archive.close()
