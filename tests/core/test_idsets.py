"""IdRanges: ids as runs, a sequence of the ids, and its JSON (with the journal's plain lists)."""

from __future__ import annotations

import pytest

from archiver.core.errors import Invalid
from archiver.core.idsets import IdRanges


def test_ids_become_runs_and_stay_a_sequence_of_the_ids():
    ids = [9, 3, 4, 5, 6, 12, 13, 20, 5]
    found = IdRanges(ids)
    assert found.runs == ((3, 6), (9, 9), (12, 13), (20, 20))
    assert list(found) == [3, 4, 5, 6, 9, 12, 13, 20] and len(found) == 8
    assert [found[i] for i in range(8)] == list(found) and found[-1] == 20
    assert found[1:4] == (4, 5, 6) and found[:0] == ()
    assert 13 in found and 7 not in found and 2 not in found and 21 not in found
    assert "3" not in found
    with pytest.raises(IndexError):
        found[8]
    assert found == (3, 4, 5, 6, 9, 12, 13, 20) and found != (3, 4)
    assert IdRanges() == () and len(IdRanges()) == 0 and list(IdRanges()) == []


def test_a_batch_of_consecutive_ids_is_one_pair():
    batch = IdRanges(range(1, 100_001))
    assert batch.to_json() == [[1, 100_000]] and len(batch) == 100_000
    assert batch[54_321] == 54_322 and 100_000 in batch and 100_001 not in batch


def test_json_round_trip_and_plain_lists():
    found = IdRanges([1, 2, 4, 5, 6, 7, 10])
    assert found.to_json() == [1, 2, [4, 7], 10]
    assert IdRanges.from_json(found.to_json()) == found
    assert IdRanges.from_json([7, 1, 2, 3]) == IdRanges([1, 2, 3, 7])  # the older form
    assert IdRanges.from_json([[1, 5], [3, 9], 10]).runs == ((1, 10),)  # overlapping runs merge


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"ids": 1}, "not a list"),
        ([1, "2"], "neither an id"),
        ([[1, 2, 3]], "neither an id"),
        ([True], "neither an id"),
        ([[5, 1]], "ends before it starts"),
    ],
)
def test_bad_json_is_refused_naming_where(data, reason):
    with pytest.raises(Invalid, match=f"change 7: .*{reason}"):
        IdRanges.from_json(data, "change 7")
