"""A set of record ids held as runs of consecutive ids: an import batch's documents in a few
numbers (its ids are given in order, so 100,000 documents are usually one run).

As JSON it is a list of ids and ``[first, last]`` pairs (``[1, [4, 9], 12]``); a plain list
of ids, the journal's older form, reads as the same set.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from archiver.core.errors import Invalid


class IdRanges(Sequence[int]):
    """Sorted distinct ids as ``(first, last)`` runs; a sequence of the ids themselves."""

    __slots__ = ("_firsts", "_ranges", "_starts")

    def __init__(self, ids: Iterable[int] = ()) -> None:
        ranges: list[tuple[int, int]] = []
        for value in sorted(set(ids)):
            if ranges and value == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], value)
            else:
                ranges.append((value, value))
        self._set(ranges)

    def _set(self, ranges: list[tuple[int, int]]) -> None:
        self._ranges = tuple(ranges)
        self._firsts = [first for first, _ in ranges]
        starts, total = [], 0  # the position of each run's first id in the sequence
        for first, last in ranges:
            starts.append(total)
            total += last - first + 1
        self._starts = (*starts, total)

    @classmethod
    def from_runs(cls, runs: Iterable[tuple[int, int]]) -> IdRanges:
        """The set of these ``(first, last)`` runs (in any order, overlapping or not)."""
        merged: list[tuple[int, int]] = []
        for first, last in sorted(runs):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        found = cls()
        found._set(merged)
        return found

    @classmethod
    def from_json(cls, data: Any, where: str = "ids") -> IdRanges:
        """The set a ``to_json`` list (or a plain list of ids) describes; Invalid naming
        ``where`` when it is neither."""
        if not isinstance(data, list):
            raise Invalid(f"{where}: not a list of ids")
        runs: list[tuple[int, int]] = []
        for item in data:
            if _is_id(item):
                runs.append((item, item))
            elif isinstance(item, list) and len(item) == 2 and all(map(_is_id, item)):
                if item[0] > item[1]:
                    raise Invalid(f"{where}: the run {item} ends before it starts")
                runs.append((item[0], item[1]))
            else:
                raise Invalid(f"{where}: {item!r} is neither an id nor a [first, last] run")
        return cls.from_runs(runs)

    def to_json(self) -> list[Any]:
        """Ids alone, runs of three or more as ``[first, last]``."""
        out: list[Any] = []
        for first, last in self._ranges:
            if last - first >= 2:
                out.append([first, last])
            else:
                out.extend(range(first, last + 1))
        return out

    @property
    def runs(self) -> tuple[tuple[int, int], ...]:
        """The ``(first, last)`` runs, in order."""
        return self._ranges

    def __len__(self) -> int:
        return self._starts[-1]

    def __iter__(self) -> Iterator[int]:
        for first, last in self._ranges:
            yield from range(first, last + 1)

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        run = bisect_right(self._firsts, value) - 1
        return run >= 0 and value <= self._ranges[run][1]

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[int, ...]: ...

    def __getitem__(self, index: int | slice) -> int | tuple[int, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("id set index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._ranges[run][0] + index - self._starts[run]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdRanges):
            return self._ranges == other._ranges
        if isinstance(other, Sequence):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._ranges)

    def __repr__(self) -> str:
        return f"IdRanges.from_runs({list(self._ranges)!r})"


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
