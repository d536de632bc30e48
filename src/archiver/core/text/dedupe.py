"""Duplicate detection: exact text fingerprints and near-duplicate word-shingle sketches."""

from __future__ import annotations

import hashlib
import zlib

SHINGLE = 3  # words per shingle
SKETCH_SIZE = 16  # bottom-k sketch: the smallest shingle hashes kept per document
NEAR_DUPLICATE = 0.95  # share of word shingles in common for a "likely duplicate"


def text_fingerprint(text: str) -> str:
    """SHA-256 of the text with spacing and line breaks folded."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def shingles(words: list[str]) -> set[int]:
    """Hashes of every run of SHINGLE consecutive words."""
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode("utf-8"))} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
        for i in range(len(words) - SHINGLE + 1)
    }


def sketch(hashes: set[int]) -> list[int]:
    """The bottom-k sketch of a shingle set (a sample that two similar sets share)."""
    return sorted(hashes)[:SKETCH_SIZE]


def resemblance(a: set[int], b: set[int]) -> float:
    """Share of word shingles the two documents have in common (Jaccard: |a∩b| / |a∪b|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
