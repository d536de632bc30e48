"""The result list's column sorts, answered by the store: text by code point, ties by id."""

from __future__ import annotations

import random
from pathlib import Path

from archiver.core.archive import Archive

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# id: (title, published); code point order puts capitals before small letters, Latin before Arabic
ROWS = {
    1: ("Zebra", "2020-05-01"), 2: ("alpha", None), 3: ("بيروت", "2019-01-01"),
    4: ("Alpha", None), 5: ("أمس", "2021-12-31"), 6: ("Alpha", "2020-05-01"),
}  # fmt: skip


def _archive(tmp_path: Path) -> Archive:
    rng = random.Random(3)  # words of their own: no two notes are near duplicates
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in ROWS:
        words = " ".join("".join(rng.choices(LETTERS, k=6)) for _ in range(40))
        (folder / f"n{number}.txt").write_text(f"Note {number}\n\n{words}\n", encoding="utf-8")
    archive = Archive.open(tmp_path / "a")
    archive.import_paths([folder])
    assert sorted(archive.document_ids()) == list(ROWS)
    for doc_id, (title, published) in ROWS.items():
        archive.update_document(
            doc_id, title=title, **({"published": published} if published else {})
        )
    return archive


def test_titles_and_dates_sort_in_the_store_with_ties_by_id(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    try:
        assert archive.sorted_ids("title", False) == [4, 6, 1, 2, 5, 3]
        assert archive.sorted_ids("title", True) == [3, 5, 2, 1, 6, 4]
        assert archive.sorted_ids("date", False) == [2, 4, 3, 1, 6, 5]  # undated first, as before
        assert archive.sorted_ids("date", True) == [5, 6, 1, 3, 4, 2]
        titles = archive.summaries(ROWS)
        expected = sorted(ROWS, key=lambda i: (titles[i]["title"], i))  # as Python compares str
        assert archive.sorted_ids("title", False) == expected
        assert archive.sorted_ids("title", False, [5, 1, 2, 3, 99]) == [1, 2, 5, 3]  # 99: no row
        archive.trash.delete([6])
        assert archive.sorted_ids("title", False) == [4, 1, 2, 5, 3]  # the trash left out
        assert archive.sorted_ids("quality", False, []) == []
    finally:
        archive.close()
