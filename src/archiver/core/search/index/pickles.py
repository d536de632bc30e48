"""Short pickles written by hand for what Whoosh pickles into its files: no protocol memo,
ints in their shortest opcode. Whoosh reads them with ``pickle.loads`` as its own."""

from __future__ import annotations

import struct
from collections.abc import Iterable

PROTOCOL_3 = b"\x80\x03"  # kept at the start of a term's inline postings: marks ours
_DOUBLE = struct.Struct(">d")
_TUPLE_OF = {1: b"\x85", 2: b"\x86", 3: b"\x87"}  # TUPLE1..3; longer ones: MARK ... TUPLE


def pickled_int(n: int) -> bytes:
    """An int as pickle's shortest opcode for it (BININT1, BININT2, BININT)."""
    if 0 <= n < 0x100:
        return b"K" + n.to_bytes(1, "little")
    if 0 <= n < 0x10000:
        return b"M" + n.to_bytes(2, "little")
    return b"J" + n.to_bytes(4, "little", signed=True)


def pickled_weight(weight: float) -> bytes:
    """A posting's weight: as an int when it is a whole number (a term's count), else as
    BINFLOAT (a boosted field's)."""
    if weight.is_integer() and 0 <= weight < 2**31:
        return pickled_int(int(weight))
    return b"G" + _DOUBLE.pack(weight)


def pickled_bytes(value: bytes) -> bytes:
    """Bytes as SHORT_BINBYTES or BINBYTES (protocol 3's opcodes)."""
    if len(value) < 0x100:
        return b"C" + len(value).to_bytes(1, "little") + value
    return b"B" + len(value).to_bytes(4, "little") + value


def pickled_tuple(items: Iterable[bytes]) -> bytes:
    """A tuple of already pickled items."""
    parts = list(items)
    end = _TUPLE_OF.get(len(parts))
    return b"".join(parts) + end if end else b"(" + b"".join(parts) + b"t"


def inline_postings(ids: Iterable[int], weights: Iterable[float], values: Iterable[bytes]) -> bytes:
    """The pickle of a term's inline postings, ``(ids, weights, values)`` as Whoosh's
    W3TermInfo holds them (a third of the bytes ``pickle.dumps`` writes for them)."""
    return (
        PROTOCOL_3
        + pickled_tuple(map(pickled_int, ids))
        + pickled_tuple(map(pickled_weight, weights))
        + pickled_tuple(map(pickled_bytes, values))
        + b"\x87."
    )
