"""The near-duplicate MinHash of a text's character grams, in array operations.

A gram is GRAM letters of the folded stream, hashed as the CRC-32 of its UTF-32-LE bytes
(``text/dedupe.py``). CRC-32 is linear over the bits of a message of fixed length, so the
CRC of a 16-byte gram is a constant XOR one table value for each of its bytes: every gram of
a text is hashed at once by a few table look-ups over its letters, where hashing each gram's
bytes object on its own was most of an import worker's signature time. The values are the
ones ``zlib.crc32`` gives (the stored signatures of older archives stay comparable).
"""

from __future__ import annotations

import zlib
from functools import cache

import numpy as np

GRAM = 4  # letters per gram
BINS = 256  # MinHash bins, named by a hash's top 8 bits
EMPTY = 0xFFFF  # a bin no gram fell in (short texts), before densifying
_MIX = 0x9E3779B97F4A7C15
_BYTES = 4 * GRAM  # a gram's UTF-32 bytes
_BIN_STARTS = np.arange(BINS, dtype=np.uint32) << np.uint32(24)


@cache
def _tables() -> tuple[int, np.ndarray, np.ndarray]:
    """The CRC-32 of a gram of zero bytes; for each byte place and value, what that byte
    changes in it (a zero changes nothing); and the same for each letter's low 16 bits."""
    zeros = zlib.crc32(bytes(_BYTES))
    table = np.zeros((_BYTES, 256), dtype=np.uint32)
    for place in range(_BYTES):
        for value in range(1, 256):
            gram = bytearray(_BYTES)
            gram[place] = value
            table[place, value] = zlib.crc32(gram) ^ zeros
    low = np.arange(0x10000)
    lows = np.stack([table[4 * k][low & 0xFF] ^ table[4 * k + 1][low >> 8] for k in range(GRAM)])
    return zeros, table, lows


def gram_hashes(utf32: bytes) -> np.ndarray:
    """The distinct CRC-32 values of every gram of a UTF-32-LE text, sorted."""
    halves = np.frombuffer(utf32, dtype="<u2").reshape(-1, 2)  # each letter's low, high 16 bits
    count = len(halves) - GRAM + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    zeros, table, lows = _tables()
    low, high = halves[:, 0], halves[:, 1]
    hashes = np.full(count, zeros, dtype=np.uint32)
    for k in range(GRAM):  # the gram's k-th letter of each gram
        hashes ^= lows[k][low[k : k + count]]
    if high.any():  # letters past U+FFFF (emoji, old scripts): their third byte
        for k in range(GRAM):
            part = high[k : k + count]
            hashes ^= table[4 * k + 2][part & 0xFF] ^ table[4 * k + 3][part >> 8]
    ordered = np.sort(hashes)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def bin_minima(hashes: np.ndarray) -> np.ndarray:
    """Each bin's minimum of sorted ``hashes`` (16 bits below the bin's 8: EMPTY kept for
    no gram), empty bins densified: each takes the next filled bin's value mixed with the
    distance, so that two texts agree on a borrowed value only where they agree on its source."""
    firsts = np.searchsorted(hashes, _BIN_STARTS)
    found = hashes[np.minimum(firsts, max(len(hashes) - 1, 0))] if len(hashes) else _BIN_STARTS
    filled = (firsts < len(hashes)) & ((found >> np.uint32(24)) == np.arange(BINS))
    lows = np.where(filled, np.minimum(found >> np.uint32(8) & np.uint32(0xFFFF), EMPTY - 1), EMPTY)
    sources = np.flatnonzero(filled)
    if len(sources) in (0, BINS):
        return lows.astype(np.uint64)
    empty = np.flatnonzero(~filled)
    ahead = np.searchsorted(sources, empty)  # the next filled bin, wrapping round
    source = np.where(ahead < len(sources), sources[np.minimum(ahead, len(sources) - 1)],
                      sources[0] + BINS)  # fmt: skip
    mixed = (lows[source % BINS].astype(np.uint64)
             + (source - empty).astype(np.uint64) * np.uint64(0x10000)) * np.uint64(_MIX)  # fmt: skip
    values = lows.astype(np.uint64)
    values[empty] = np.minimum(mixed >> np.uint64(48) & np.uint64(0xFFFF), EMPTY - 1)
    return values
