"""The sidebar's recent imports: each batch's documents still out of the trash, counted by its ids."""

from __future__ import annotations

import random
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.idsets import IdRanges
from archiver.services.library_ops import recent_imports

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _batch(folder: Path, tag: str, count: int) -> Path:
    rng = random.Random(tag)  # words of their own: no two notes are near duplicates
    folder.mkdir()
    for number in range(count):
        words = " ".join("".join(rng.choices(LETTERS, k=6)) for _ in range(40))
        (folder / f"{tag}{number}.txt").write_text(f"{tag} {number}\n\n{words}\n", encoding="utf-8")
    return folder


def test_each_batch_counts_its_documents_out_of_the_trash(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "a")
    try:
        archive.import_paths([_batch(tmp_path / "one", "first", 3)])
        archive.import_paths([_batch(tmp_path / "two", "second", 4)])
        archive.import_paths([_batch(tmp_path / "three", "third", 2)])
        archive.trash.delete([4, 5])  # two of the second batch
        archive.trash.delete([8, 9])  # the whole third batch: it is not listed
        newest, oldest = recent_imports(archive)
        assert (newest.ids, newest.live) == (IdRanges(range(4, 8)), 2)
        assert (oldest.ids, oldest.live) == (IdRanges(range(1, 4)), 3)
        assert archive.live_ids_in(newest.ids) == [6, 7]
    finally:
        archive.close()
