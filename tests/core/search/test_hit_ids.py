"""A query's every hit as ids, best first, however many: what a list sorted by a column orders
in the store (``Archive.hit_ids``); documents in the trash are left out, as from a page."""

import random

from archiver.core.archive import Archive


def _filler(rng: random.Random, count: int) -> str:
    return " ".join("".join(rng.choices("bcdfghjklmnpqrstvz", k=7)) for _ in range(count))


def test_every_hit_in_the_order_of_the_pages_without_the_trash(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(11)
    paths = []
    for number in range(30):  # "ميناء" said 1 to 3 times; every third note lacks it
        said = "" if number % 3 == 0 else " ".join(["الميناء"] * (1 + number % 4))
        paths.append(write(f"n{number:02d}.txt", f"مذكرة {number}\n\n{_filler(rng, 30)} {said}\n"))
    assert len(archive.import_paths(paths).imported) == 30
    result = archive.search("ميناء", limit=100)
    assert result.total == 20
    ids = archive.hit_ids("ميناء")
    assert ids == [hit.id for hit in result.hits]  # the pages' order, all of it at once
    assert ids == [h.id for page in (0, 7, 14) for h in archive.search("ميناء", limit=7,
                                                                       offset=page).hits]  # fmt: skip
    archive.trash.delete(ids[:2])
    assert archive.hit_ids("ميناء") == ids[2:]
    assert archive.sorted_ids("title", False, ids) == sorted(
        ids[2:], key=lambda i: (archive.document(i).title, i)
    )  # the trash's left out of a sort too
    assert archive.hit_ids("قطار") == []
