"""A short posting list kept in the term table in a compact form of our own.

Whoosh's W3 term info holds 23 bytes of statistics and then a pickle of the postings'
(ids, weights, values): about 50 bytes for a word found in one document, and most words of
a news archive are found in a handful. Every statistic is a sum, count or extreme of the
postings, and a posting's value begins with its count (the weight divided by the field's
boost), so the compact form keeps only the field lengths, the first id, the gaps between
ids, the counts and what follows a count (the positions). Each list of numbers takes the
narrowest of 1, 2 or 4 bytes a number that holds its largest, so ``struct`` reads it at
C speed:

    [2] [kind] [shortest length byte] [longest length byte] ([boost: float32])
    [postings: 1 byte] [first id: varint] [gaps] [counts or weights] ([rest lengths] [rests])

A list it cannot hold (weights that are not a count times one boost) stays in Whoosh's
form; the first byte tells them apart (0: blocks in the postings file, 1: Whoosh's inline).
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from operator import sub
from typing import Any

from whoosh.util.numeric import byte_to_length

FLAG = 2  # a term info's first byte: inline in the compact form
BOOSTED = 1  # kind: a boost follows the header (weight = count × boost)
RESTS = 2  # kind: the values hold bytes after their count (positions), kept length-first
EMPTY = 4  # kind: the values are empty and each weight, a whole number, is kept
_GAPS, _COUNTS, _RESTS = 3, 5, 7  # kind: where each list's width code starts (2 bits)
_CODES = "BHI"  # width codes 0, 1, 2: 1, 2 and 4 bytes a number
_HEADER = 4
_BOOST = struct.Struct("!f")
_COUNT = struct.Struct("!I")
_COUNT_VALUES = [_COUNT.pack(n) for n in range(256)]

Inline = tuple[tuple[int, ...], tuple[float, ...], tuple[bytes, ...], int, int]


@cache
def _numbers(code: int, count: int) -> struct.Struct:
    return struct.Struct(f">{count}{_CODES[code]}")


def _width(largest: int) -> int:
    return 0 if largest < 0x100 else 1 if largest < 0x10000 else 2


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 128:
        out.append((n & 127) | 128)
        n >>= 7
    out.append(n)
    return bytes(out)


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    """The number at ``at`` and where it ends."""
    n = shift = 0
    while True:
        byte = data[at]
        at += 1
        n |= (byte & 127) << shift
        if byte < 128:
            return n, at
        shift += 7


def _f32(x: float) -> float:
    return array("f", [x])[0]


def _counted(weights: Sequence[float], values: Sequence[bytes]) -> tuple[int, float, Any] | None:
    """(kind, boost, counts) of postings whose values begin with their counts, or None."""
    n = len(values)
    heads = b"".join(values)
    rests = len(heads) != _COUNT.size * n
    if rests:
        if min(map(len, values)) < _COUNT.size:
            return None
        heads = b"".join([v[: _COUNT.size] for v in values])
    counts = _numbers(2, n).unpack(heads)
    if counts == tuple(weights):
        return (RESTS if rests else 0), 1.0, counts
    if not counts[0]:
        return None
    boost = _f32(weights[0] / counts[0])
    if array("f", [c * boost for c in counts]) != array("f", weights):
        return None
    return BOOSTED | (RESTS if rests else 0), boost, counts


def encode(ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
           low: int, high: int) -> bytes | None:  # fmt: skip
    """The compact entry of a posting list, or None when its weights are of another kind."""
    n = len(ids)
    if n > 255 or ids[0] < 0:
        return None
    if n == 1:  # most terms of a segment: one document
        return _encode_one(ids[0], weights[0], values[0], low, high)
    return _encode_many(ids, weights, values, low, high)


def _encode_many(ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
                 low: int, high: int) -> bytes | None:  # fmt: skip
    n = len(ids)
    if values[0] and all(values):
        found = _counted(weights, values)
        if found is None:
            return None
        kind, boost, counts = found
    elif any(values) or any(w != int(w) or w < 0 for w in weights):
        return None
    else:
        kind, boost, counts = EMPTY, 1.0, tuple(map(int, weights))
    gaps = tuple(map(sub, ids[1:], ids[:-1]))
    widest = max(gaps, default=0)
    if min(gaps, default=0) < 0 or max(widest, max(counts), ids[0]) >= 2**32:
        return None  # ids out of order or numbers past 32 bits: Whoosh's form holds them
    gap_code, count_code = _width(widest), _width(max(counts))
    kind |= gap_code << _GAPS | count_code << _COUNTS
    out = [b"", b"" if not kind & BOOSTED else _BOOST.pack(boost), bytes((n,)), _varint(ids[0]),
           _numbers(gap_code, n - 1).pack(*gaps), _numbers(count_code, n).pack(*counts)]  # fmt: skip
    if kind & RESTS:
        rests = [v[_COUNT.size :] for v in values]
        rest_code = _width(max(map(len, rests)))
        kind |= rest_code << _RESTS
        out.append(_numbers(rest_code, n).pack(*map(len, rests)))
        out.extend(rests)
    out[0] = bytes((FLAG, kind, low, high))
    return b"".join(out)


def _encode_one(docid: int, weight: float, value: bytes, low: int, high: int) -> bytes | None:
    """``encode`` of a list of one posting, the same bytes in fewer steps."""
    boost = b""
    if not value:
        if weight != int(weight) or weight < 0:
            return None
        kind, count, rest = EMPTY, int(weight), b""
    else:
        if len(value) < _COUNT.size:
            return None
        count, rest = _COUNT.unpack_from(value)[0], value[_COUNT.size :]
        kind = RESTS if rest else 0
        if count != weight:
            if not count:
                return None
            factor = _f32(weight / count)
            if _f32(count * factor) != _f32(weight):
                return None
            kind |= BOOSTED
            boost = _BOOST.pack(factor)
    if max(count, docid) >= 2**32:
        return None
    count_code = _width(count)
    kind |= count_code << _COUNTS
    out = [bytes((FLAG, kind, low, high)), boost, b"\x01", _varint(docid),
           _numbers(count_code, 1).pack(count)]  # fmt: skip
    if rest:
        rest_code = _width(len(rest))
        out[0] = bytes((FLAG, kind | rest_code << _RESTS, low, high))
        out += [_numbers(rest_code, 1).pack(len(rest)), rest]
    return b"".join(out)


def _start(info: bytes) -> int:
    """Where the count of postings is."""
    return _HEADER + (_BOOST.size if info[1] & BOOSTED else 0)


def decode(info: bytes) -> Inline:
    """(ids, weights, values, shortest length byte, longest length byte) of a compact entry."""
    kind, low, high = info[1], info[2], info[3]
    at = _start(info)
    n = info[at]
    first, at = _read_varint(info, at + 1)
    gaps = _numbers(kind >> _GAPS & 3, n - 1)
    ids = tuple(accumulate(gaps.unpack_from(info, at), initial=first))
    at += gaps.size
    numbers = _numbers(kind >> _COUNTS & 3, n)
    counts = numbers.unpack_from(info, at)
    if kind & EMPTY:
        return ids, counts, (b"",) * n, low, high
    if kind & BOOSTED:
        (boost,) = _BOOST.unpack_from(info, _HEADER)
        weights: tuple[float, ...] = tuple(array("f", [c * boost for c in counts]))
    else:
        weights = counts
    try:
        heads = list(map(_COUNT_VALUES.__getitem__, counts))
    except IndexError:  # a count past 255
        heads = [_COUNT.pack(c) for c in counts]
    if not kind & RESTS:
        return ids, weights, tuple(heads), low, high
    at += numbers.size
    lengths = _numbers(kind >> _RESTS & 3, n)
    ends = list(accumulate(lengths.unpack_from(info, at), initial=at + lengths.size))
    values = tuple(h + info[a:b] for h, a, b in zip(heads, ends, ends[1:], strict=False))
    return ids, weights, values, low, high


def count_of(info: bytes) -> int:
    """How many postings a compact entry holds (its document frequency)."""
    return info[_start(info)]


def shifted(info: bytes, base: int) -> bytes:
    """The compact entry with every document number ``base`` higher (only the first is kept
    whole: the rest are gaps)."""
    at = _start(info) + 1
    first, end = _read_varint(info, at)
    return info[:at] + _varint(first + base) + info[end:]


def statistics(weights: Sequence[float]) -> tuple[float, float]:
    """The total and the largest weight as Whoosh's term info keeps them (32-bit floats)."""
    return _f32(sum(array("f", weights))), _f32(max(0, max(weights)))


def fill(terminfo: Any, info: bytes) -> Any:
    """A W3TermInfo's fields set from a compact entry (Whoosh's matchers read them)."""
    ids, weights, values, low, high = decode(info)
    terminfo._weight, terminfo._maxweight = statistics(weights)
    terminfo._df = len(ids)
    terminfo._minlength, terminfo._maxlength = byte_to_length(low), byte_to_length(high)
    terminfo._minid, terminfo._maxid = ids[0], ids[-1]
    terminfo._inlined = (ids, weights, values)
    return terminfo
