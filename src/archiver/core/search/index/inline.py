"""A short posting list kept in the term table in a compact form of our own.

Whoosh's W3 term info holds 23 bytes of statistics and then a pickle of the postings'
(ids, weights, values): about 50 bytes for a word found in one document, and most words of
a news archive are found in a handful. Every statistic is a sum, count or extreme of the
postings, and a posting's value begins with its count (the weight divided by the field's
boost), so the compact form keeps only the field lengths, the id gaps, the counts and what
follows a count (the positions), as variable-length numbers:

    [2] [kind] [shortest length byte] [longest length byte] ([boost: float32])
    [postings] [first id] [id gaps...] [counts or weights...] ([value rests...])

A list it cannot hold (weights that are not a count times one boost) stays in Whoosh's
form; the first byte tells them apart (0: blocks in the postings file, 1: Whoosh's inline).
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence
from itertools import accumulate, pairwise
from typing import Any

from whoosh.util.numeric import byte_to_length

FLAG = 2  # a term info's first byte: inline in the compact form
BOOSTED = 1  # kind: a boost follows the header (weight = count × boost)
RESTS = 2  # kind: the values hold bytes after their count (positions), kept length-first
EMPTY = 4  # kind: the values are empty and each weight, a whole number, is kept
_HEADER = 4
_BOOST = struct.Struct("!f")
_COUNT = struct.Struct("!I")
_SMALL = [bytes([n]) for n in range(128)]
_COUNT_VALUES = [_COUNT.pack(n) for n in range(256)]

Inline = tuple[tuple[int, ...], tuple[float, ...], tuple[bytes, ...], int, int]


def _varint(n: int) -> bytes:
    if n < 128:
        return _SMALL[n]
    out = bytearray()
    while n >= 128:
        out.append((n & 127) | 128)
        n >>= 7
    out.append(n)
    return bytes(out)


def _read_varints(data: bytes, at: int, count: int) -> tuple[list[int], int]:
    """``count`` numbers from ``at``, and where they end."""
    found = []
    for _ in range(count):
        n = data[at]
        at += 1
        if n >= 128:
            n &= 127
            shift = 7
            while True:
                byte = data[at]
                at += 1
                n |= (byte & 127) << shift
                if byte < 128:
                    break
                shift += 7
        found.append(n)
    return found, at


def _f32(x: float) -> float:
    return array("f", [x])[0]


def encode(ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes],
           low: int, high: int) -> bytes | None:  # fmt: skip
    """The compact entry of a posting list, or None when its weights are of another kind."""
    if not all(values):
        if any(values) or any(w != int(w) or w < 0 for w in weights):
            return None
        kind, boost, counts, rests = EMPTY, 1.0, [int(w) for w in weights], None
    else:
        if min(map(len, values)) < _COUNT.size:
            return None
        counts = [_COUNT.unpack_from(v)[0] for v in values]
        if not counts[0]:
            return None
        boost = _f32(weights[0] / counts[0])
        if array("f", [c * boost for c in counts]) != array("f", weights):
            return None
        kind = BOOSTED if boost != 1.0 else 0
        rests = [v[_COUNT.size :] for v in values]
        if any(rests):
            kind |= RESTS
        else:
            rests = None
    out = [bytes((FLAG, kind, low, high))]
    if kind & BOOSTED:
        out.append(_BOOST.pack(boost))
    out.append(_varint(len(ids)))
    out.append(_varint(ids[0]))
    out.extend(map(_varint, (b - a for a, b in pairwise(ids))))
    out.extend(map(_varint, counts))
    if rests is not None:
        for rest in rests:
            out.append(_varint(len(rest)))
            out.append(rest)
    return b"".join(out)


def decode(info: bytes) -> Inline:
    """(ids, weights, values, shortest length byte, longest length byte) of a compact entry."""
    kind, low, high = info[1], info[2], info[3]
    at = _HEADER
    boost = 1.0
    if kind & BOOSTED:
        (boost,) = _BOOST.unpack_from(info, at)
        at += _BOOST.size
    (count,), at = _read_varints(info, at, 1)
    gaps, at = _read_varints(info, at, count)
    counts, at = _read_varints(info, at, count)
    ids = tuple(accumulate(gaps))
    if kind & EMPTY:
        return ids, tuple(counts), (b"",) * count, low, high
    weights = tuple(array("f", [c * boost for c in counts])) if kind & BOOSTED else tuple(counts)
    heads = [_COUNT_VALUES[c] if c < 256 else _COUNT.pack(c) for c in counts]
    if not kind & RESTS:
        return ids, weights, tuple(heads), low, high
    values = []
    for head in heads:
        (size,), at = _read_varints(info, at, 1)
        values.append(head + info[at : at + size])
        at += size
    return ids, weights, tuple(values), low, high


def count_of(info: bytes) -> int:
    """How many postings a compact entry holds (its document frequency)."""
    at = _HEADER + (_BOOST.size if info[1] & BOOSTED else 0)
    return _read_varints(info, at, 1)[0][0]


def shifted(info: bytes, base: int) -> bytes:
    """The compact entry with every document number ``base`` higher (only the first is kept
    whole: the rest are gaps)."""
    at = _HEADER + (_BOOST.size if info[1] & BOOSTED else 0)
    _, first_at = _read_varints(info, at, 1)
    (first,), end = _read_varints(info, first_at, 1)
    return info[:first_at] + _varint(first + base) + info[end:]


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
