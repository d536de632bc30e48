"""Duplicate detection: exact text fingerprints, and near-duplicate signatures that survive
the damage a PDF extraction does to a text.

A signature is taken from the text's exact word forms (folded: harakat, tatweel, hamza
forms, case, digits; stop words left out) written one after the other without spaces, so a word split in two or two words
run together change nothing. It is the set of that stream's character 4-grams: free of word
order beyond four letters, so a moved line or two swapped words cost only the grams at their
edges, and a damaged letter only the grams around it. A one-permutation MinHash of the set
(BINS values) estimates how much of each text the other contains; its LSH bands find the
candidates in the store at a cost that does not grow with the archive. A likely duplicate
contains, and is contained in, the other for at least NEAR_DUPLICATE of its grams, has a
similar length, and names the same numbers: an article that extends another by a quarter,
or shares a paragraph with it, is not one, and neither is the same notice for another date.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from array import array
from dataclasses import dataclass
from functools import cached_property

from archiver.core.text import arabic, minhash

GRAM = minhash.GRAM  # characters per gram of the spaceless folded stream
BINS = minhash.BINS  # MinHash values per signature (one permutation, BINS bins)
BANDS = 25  # LSH bands of BAND_ROWS values: texts sharing 70 % of their grams share one
BAND_ROWS = 5  # (at 0.99), texts sharing a quarter almost never (0.02)
NEAR_DUPLICATE = 0.85  # share of each text's grams found in the other, estimated
LENGTH_RATIO = 0.82  # fewest words over most words: a quarter more text is another text
NUMBERS_SHARED = 0.7  # share of the smaller set of numbers found in the other
MIN_GRAMS = 50  # shorter texts are compared by their exact fingerprint only
_MAX_NUMBERS = 64


def text_fingerprint(text: str) -> str:
    """SHA-256 of the text with spacing and line breaks folded."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


BAND_MIX = 0x9E3779B1  # 2**32 / golden ratio (Knuth): spreads each band over the 32 bits


def band_key(band: int, crc: int) -> int:
    """A band's key: its values' CRC-32 mixed with the band's number, as a signed 32-bit int
    (SQLite stores it in 4 bytes; the band in the top bits made it 6)."""
    key = (crc ^ (band * BAND_MIX)) & 0xFFFFFFFF
    return key - (1 << 32) if key >= 1 << 31 else key


@dataclass(frozen=True)
class Signature:
    """What the near-duplicate check keeps of a text: sizes, MinHash values, numbers."""

    words: int
    grams: int  # distinct grams
    minhash: bytes  # BINS little-endian 16-bit values, the bins' minima (stored: low bytes)
    numbers: bytes  # sorted little-endian 32-bit hashes of the digit runs (at most 64)

    def bands(self) -> list[int]:
        """The LSH band keys: texts sharing one are compared (none for a text too short, or
        for a stored signature, which holds only its bins' low bytes). Not to be changed:
        worked out once, for the candidates and then the stored rows."""
        return self._bands

    @cached_property
    def _bands(self) -> list[int]:
        return [band_key(band, crc) for band, crc in self.band_hashes()]

    def band_hashes(self) -> list[tuple[int, int]]:
        """Each band's number and the CRC-32 of its values (what a key is made of)."""
        if self.grams < MIN_GRAMS or len(self.minhash) != 2 * BINS:
            return []
        width = 2 * BAND_ROWS
        values = self.minhash
        return [
            (band, zlib.crc32(values[band * width : (band + 1) * width])) for band in range(BANDS)
        ]

    def number_set(self) -> set[int]:
        """The digit runs' hashes."""
        return set(struct.unpack(f"<{len(self.numbers) // 4}I", self.numbers))


def signature_of(text: str) -> Signature:
    """The near-duplicate signature of a text (analysing it: the importer has its words)."""
    return signature(arabic.document_streams(text)[2])


def signature(words: list[str]) -> Signature:
    """The near-duplicate signature of a text from its exact word forms (folded, in order)."""
    # the grams' hashes and the bins' minima in array operations (text/minhash.py)
    hashes = minhash.gram_hashes("".join(words).encode("utf-32-le"))
    numbers = sorted({zlib.crc32(w.encode()) for w in words if w.isdigit()})[:_MAX_NUMBERS]
    return Signature(
        words=len(words),
        grams=len(hashes),
        minhash=minhash.bin_minima(hashes).astype("<u2").tobytes(),
        numbers=struct.pack(f"<{len(numbers)}I", *numbers),
    )


def stored_minhash(signature: Signature) -> bytes:
    """The MinHash as the store keeps it: each bin's low byte (BINS bytes, not 2 * BINS).

    b-bit MinHash (Li and König, 2010): two bins that differ agree on their low byte once in
    256, which ``containment`` takes off. On the 1,713 pairs of the 100,000-article corpus
    whose estimate is near NEAR_DUPLICATE, the mean error against the exact share of grams
    is the same as with 16 bits (0.021); half the bytes of the store's largest table.
    """
    return _low_bytes(signature.minhash)


def _low_bytes(minhash: bytes) -> bytes:
    return minhash[0::2] if len(minhash) == 2 * BINS else minhash  # little-endian: low first


def _xor(a: bytes, b: bytes) -> bytes:
    """The bytes of ``a`` XOR ``b``: a zero where they agree (counted in C, not a loop)."""
    if len(a) != len(b):
        raise ValueError(f"signatures of {len(a)} and {len(b)} bytes cannot be compared")
    return (int.from_bytes(a, "little") ^ int.from_bytes(b, "little")).to_bytes(len(a), "little")


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of each text's grams found in the other (the smaller of the two); a
    signature read from the store holds low bytes (``stored_minhash``), an older one 16 bits."""
    if not a.grams or not b.grams:
        return 0.0
    if len(a.minhash) == len(b.minhash) == 2 * BINS:
        jaccard = array("H", _xor(a.minhash, b.minhash)).count(0) / BINS
    else:
        agree = _xor(_low_bytes(a.minhash), _low_bytes(b.minhash)).count(0) / BINS
        jaccard = max(0.0, (agree - 1 / 256) / (1 - 1 / 256))  # less the chance agreements
    shared = jaccard * (a.grams + b.grams) / (1 + jaccard)
    return min(1.0, shared / max(a.grams, b.grams))


def likely_same(new: Signature, stored: Signature) -> float | None:
    """The similarity of two texts when they look like the same text, else None."""
    if min(new.grams, stored.grams) < MIN_GRAMS:
        return None
    if min(new.words, stored.words) < LENGTH_RATIO * max(new.words, stored.words):
        return None
    similarity = containment(new, stored)
    if similarity < NEAR_DUPLICATE or not _same_numbers(new, stored):
        return None
    return similarity


def _same_numbers(a: Signature, b: Signature) -> bool:
    """False when both texts name several numbers and the fewer are mostly not in the other
    (the same notice for another day or match)."""
    first, second = a.number_set(), b.number_set()
    if min(len(first), len(second)) < 3:
        return True
    return len(first & second) >= NUMBERS_SHARED * min(len(first), len(second))
