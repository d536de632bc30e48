"""A text as one byte a character: ASCII as itself, its main 128-character block in the high bytes.

UTF-8 spends two bytes on every Arabic letter, and zlib then codes both: on news articles
the compressed text is a quarter smaller when each letter is one byte first. The block (the
"window", after SCSU's, Unicode Technical Standard #6) is chosen per text: the Arabic one
(U+0600–U+067F) for Arabic, whichever block holds most of the text's other characters
otherwise. A character outside ASCII and the window is written as the escape byte 0x01 and
its UTF-8 bytes, which tell their own length; U+0001 itself is escaped the same way.
"""

from __future__ import annotations

import codecs
from collections import Counter
from functools import lru_cache
from typing import Any

ESCAPE = 0x01
ARABIC = 0x600 >> 7  # the window of U+0600–U+067F: letters, harakat, digits, ، ؛ ؟
_ERRORS = "archiver-text-window"
_UNDEFINED = "\ufffe"  # charmap's "no character": the escape byte decodes to nothing


def _escaped(error: UnicodeError) -> tuple[bytes, int]:
    """Charmap's error handler: each character outside the window as ESCAPE + its UTF-8."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    return b"".join(b"\x01" + ch.encode("utf-8") for ch in run), error.end


codecs.register_error(_ERRORS, _escaped)


@lru_cache(maxsize=64)
def _decoding(window: int) -> str:
    """The 256 characters the bytes stand for in a window."""
    base = window << 7
    low = "".join(map(chr, range(0x80)))
    return (
        low[:ESCAPE] + _UNDEFINED + low[ESCAPE + 1 :] + "".join(map(chr, range(base, base + 0x80)))
    )


@lru_cache(maxsize=64)
def _encoding(window: int) -> Any:
    """Charmap's encoding table of a window."""
    return codecs.charmap_build(_decoding(window))


def usable(window: int) -> bool:
    """Whether a window is one this format can name: above ASCII, clear of the surrogates."""
    return 1 <= window <= 0x1FF and not 0xD800 >> 7 <= window < 0xE000 >> 7


def encode(text: str, window: int) -> bytes:
    """A text in a window's bytes."""
    return codecs.charmap_encode(text, _ERRORS, _encoding(window))[0]


def decode(data: bytes, window: int) -> str:
    """A window's bytes as text; UnicodeDecodeError or IndexError when they are damaged."""
    table = _decoding(window)
    if ESCAPE not in data:
        return codecs.charmap_decode(data, "strict", table)[0]
    parts, start = [], 0
    while (escape := data.find(ESCAPE, start)) >= 0:
        parts.append(codecs.charmap_decode(data[start:escape], "strict", table)[0])
        lead = data[escape + 1]
        size = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        start = escape + 1 + size
        parts.append(data[escape + 1 : start].decode("utf-8"))
    parts.append(codecs.charmap_decode(data[start:], "strict", table)[0])
    return "".join(parts)


def best(text: str, extra: int) -> tuple[int, bytes]:
    """The text's window and its bytes; ``extra`` is how many more bytes its UTF-8 has than
    characters. The Arabic window is tried first (one pass, in C); when over an eighth of
    the text's other characters would be escaped, the block holding most of them is taken."""
    data = encode(text, ARABIC)
    if data.count(ESCAPE) * 8 <= extra:
        return ARABIC, data
    counts: Counter[int] = Counter()
    for ch in set(text):
        if ord(ch) >= 0x80 and usable(ord(ch) >> 7):
            counts[ord(ch) >> 7] += text.count(ch)
    if not counts:
        return ARABIC, data
    window = counts.most_common(1)[0][0]
    return window, data if window == ARABIC else encode(text, window)
