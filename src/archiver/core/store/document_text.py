"""How the ``document`` table keeps its texts (``text``, ``raw_text``, ``alt_text``).

A text is stored as a BLOB when compressing it pays, else as TEXT; rows written before
compression hold TEXT. A BLOB is either zlib-compressed UTF-8 (ASCII texts, and every one
written before windows) or, for other texts, the WINDOWED mark, the window's number (two
bytes) and the zlib-compressed bytes of ``text_window`` (one byte a letter: a quarter
smaller on Arabic news). The reader tells them apart by the value's type and first byte (a
zlib stream's first byte is never the mark), so an old archive reads unchanged and no
migration rewrites it. ``documents`` (the table's
owner) is the only module that reads or writes these columns; the import workers call
``pack`` where they produce the text, so that the main process neither compresses it nor
unpickles it whole. Everything that leaves the archive (sync, bundles, exports) carries the
plain text: ``unpack`` is applied before a row goes out.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any, NamedTuple

from archiver.core.errors import StoreError
from archiver.core.store import text_window

TABLES: tuple[str, ...] = ()  # no table of its own: the encoding of ``document``'s texts

COLUMNS = ("raw_text", "text", "alt_text")
"""The document columns whose values are stored packed."""
LEVEL = 6  # zlib's default: level 9 gave 0.01 % less on news articles, for more CPU
SHORTEST = 64  # bytes of UTF-8 under which compressing a text does not pay
WINDOWED = 0x01  # a packed text's first byte when it is windowed (zlib's is x8 in hex)

Stored = str | bytes
"""A text column's value: TEXT as written, or a BLOB of zlib-compressed UTF-8."""


class Texts(NamedTuple):
    """A new document's three texts as they are stored."""

    raw_text: Stored
    text: Stored
    alt_text: Stored


def pack(text: Stored) -> Stored:
    """A text as the table stores it: compressed when that is smaller (a packed one as is)."""
    if isinstance(text, bytes):
        return text
    data = text.encode("utf-8")
    if len(data) < SHORTEST:
        return text
    extra = len(data) - len(text)
    if extra:
        window, windowed = text_window.best(text, extra)
        if len(windowed) < len(data):
            packed = _windowed_mark(window) + zlib.compress(windowed, LEVEL)
            return packed if len(packed) < len(data) else text
    packed = zlib.compress(data, LEVEL)
    return packed if len(packed) < len(data) else text


def _windowed_mark(window: int) -> bytes:
    """The three bytes a windowed text starts with."""
    return bytes((WINDOWED,)) + window.to_bytes(2, "big")


def pack_all(raw_text: str, text: str, alt_text: str) -> Texts:
    """A new document's texts as they are stored."""
    return Texts(pack(raw_text), pack(text), pack(alt_text))


def unpack(value: Stored | None) -> str:
    """A stored text as text; StoreError when a packed one is damaged."""
    if isinstance(value, bytes):
        try:
            if value[:1] == bytes((WINDOWED,)):
                window = int.from_bytes(value[1:3], "big")
                if not text_window.usable(window):
                    raise ValueError(f"no window {window}")
                return text_window.decode(zlib.decompress(value[3:]), window)
            return zlib.decompress(value).decode("utf-8")
        except (zlib.error, UnicodeDecodeError, IndexError, ValueError) as exc:
            raise StoreError(f"stored text is damaged ({exc})") from exc
    return "" if value is None else str(value)


def unpacked_row(row: Any) -> dict[str, Any]:
    """A document row (an ``sqlite3.Row`` or a dict of some of its columns), its texts as text."""
    found = dict(row)
    for name in COLUMNS:
        if name in found:
            found[name] = unpack(found[name])
    return found


def packed_row(values: Mapping[str, Any]) -> dict[str, Any]:
    """Document columns to write, their texts as the table stores them."""
    return {k: pack(v) if k in COLUMNS and isinstance(v, str) else v for k, v in values.items()}


def unpack_or_none(value: Stored | None) -> str | None:
    """A stored text as text, None when a packed one is damaged (``check`` says so)."""
    try:
        return unpack(value)
    except StoreError:
        return None
