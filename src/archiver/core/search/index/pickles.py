"""Short pickles of what Whoosh pickles into its files: no memo, ints in their shortest
opcode. Whoosh reads them with ``pickle.loads`` as its own."""

from __future__ import annotations

import io
import pickle
from collections.abc import Iterable

PROTOCOL_3 = b"\x80\x03"  # kept at the start of a term's inline postings: marks ours
_INT_LIMIT = 2**31  # BININT's: a larger whole weight stays a float (8 bytes, not more)


def pickled_int(n: int) -> bytes:
    """An int as pickle's shortest opcode for it (BININT1, BININT2, BININT)."""
    if 0 <= n < 0x100:
        return b"K" + n.to_bytes(1, "little")
    if 0 <= n < 0x10000:
        return b"M" + n.to_bytes(2, "little")
    return b"J" + n.to_bytes(4, "little", signed=True)


def inline_postings(ids: Iterable[int], weights: Iterable[float], values: Iterable[bytes]) -> bytes:
    """The pickle of a term's inline postings, ``(ids, weights, values)`` as Whoosh's
    W3TermInfo holds them, in half the bytes ``pickle.dumps`` writes for one posting: no
    memo (the pickler's fast mode: the tuples hold no loops) and whole weights (a term's
    count in the text) as ints in their shortest opcode."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, 3)
    pickler.fast = True
    pickler.dump((tuple(ids), _whole(tuple(weights)), tuple(values)))
    return out.getvalue()


def _whole(weights: tuple[float, ...]) -> tuple[float, ...]:
    """The weights, those that are whole numbers as ints (a boosted field's stay floats)."""
    ints = tuple(map(int, weights))
    if ints == weights and max(ints, default=0) < _INT_LIMIT:
        return ints
    return tuple(i if i == w and i < _INT_LIMIT else w for i, w in zip(ints, weights, strict=True))
