"""The array MinHash gives the values of its definition: each gram's zlib CRC-32, each bin's
minimum, empty bins densified (signatures stored by older versions stay comparable)."""

import bisect
import random
import zlib

import pytest

from archiver.core.text import arabic, dedupe, minhash
from dedupe_texts import HARBOUR_AR, LIBRARY_EN

LETTERS = "abcXYZ019ابتثجحخ٠١٢\u0100\u4e00\uffff\U0001f600\U00010400"


def reference_hashes(utf32: bytes) -> list[int]:
    """Every gram's CRC-32, one bytes object at a time."""
    grams = range(0, len(utf32) - 4 * minhash.GRAM + 1, 4)
    return sorted({zlib.crc32(utf32[i : i + 4 * minhash.GRAM]) for i in grams})


def reference_minima(hashes: list[int]) -> list[int]:
    """Each bin's minimum from the sorted hashes, then empty bins densified, loop by loop."""
    lows = []
    for b in range(minhash.BINS):
        at = bisect.bisect_left(hashes, b << 24)
        inside = at < len(hashes) and hashes[at] >> 24 == b
        lows.append(min(hashes[at] >> 8 & 0xFFFF, minhash.EMPTY - 1) if inside else minhash.EMPTY)
    filled = [i for i, low in enumerate(lows) if low != minhash.EMPTY]
    if len(filled) in (0, minhash.BINS):
        return lows
    values = list(lows)
    for i in [i for i, low in enumerate(lows) if low == minhash.EMPTY]:
        ahead = bisect.bisect_left(filled, i)
        source = filled[ahead] if ahead < len(filled) else filled[0] + minhash.BINS
        mixed = (lows[source % minhash.BINS] + (source - i) * 0x10000) * 0x9E3779B97F4A7C15
        values[i] = min(mixed >> 48 & 0xFFFF, minhash.EMPTY - 1)
    return values


def texts() -> list[str]:
    rng = random.Random(14)
    found = [HARBOUR_AR, LIBRARY_EN, "", "abc", "abcd", "abcde"]
    for length in (4, 5, 8, 30, 100, 400, 1500, 6000):
        found += ["".join(rng.choice(LETTERS) for _ in range(length)) for _ in range(4)]
    return found


@pytest.mark.parametrize("text", texts())
def test_the_hashes_and_minima_are_those_of_the_definition(text: str) -> None:
    utf32 = text.encode("utf-32-le")
    hashes = minhash.gram_hashes(utf32)
    assert hashes.tolist() == reference_hashes(utf32)
    assert minhash.bin_minima(hashes).tolist() == reference_minima(hashes.tolist())


def test_a_signature_holds_the_defined_minima() -> None:
    signature = dedupe.signature_of(HARBOUR_AR)
    utf32 = "".join(arabic.document_streams(HARBOUR_AR)[2]).encode("utf-32-le")
    expected = reference_minima(reference_hashes(utf32))
    assert list(memoryview(signature.minhash).cast("H")) == expected
    assert signature.grams == len(reference_hashes(utf32))
