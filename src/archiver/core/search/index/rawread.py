"""Reading a segment's term table and posting lists as bytes, for the merge (``merging``).

Whoosh reads a term's entry with a hash lookup, three file reads and a W3TermInfo, and
each block of postings through a matcher that delta-decodes ids in a Python generator.
The merge reads every term in order, so the term table is parsed here from large chunks,
and posting blocks are decoded at C speed. A term whose postings keep their numbers is
checked to be in the form our codec writes (``ours``): then its bytes are copied as they
are, for they are what re-encoding them would write.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add
from pickle import dumps, loads
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length

from archiver.core.search.index import inline
from archiver.core.search.index.codec import (
    BLOCK_LIMIT,
    COMPRESSION,
    INLINE_LIMIT,
    PICKLE_PROTOCOL,
    inline_info,
)
from archiver.core.search.index.pickles import PROTOCOL_3

CHUNK = 2**20  # bytes of the term table read at a time
_LENGTHS = struct.Struct("!ii")  # a term-table entry: key and value lengths
_INT = struct.Struct("!i")
_POINTER = struct.Struct("!qi")  # a block term's entry ends with offset and length
HEADER = W3TermInfo._struct.size  # a term info's statistics, before its postings or pointer
_IDS = struct.Struct("!II")  # a term info's first and last document numbers
_IDS_AT = HEADER - _IDS.size
_MIN_LENGTH_AT = 9  # then the longest's
_DF = struct.Struct("!I")  # a term info's document frequency
_DF_AT = 5

Block = tuple[list[int], Any, Any]  # ids, weights, values


def field_chunks(terms: Any, name: str) -> Iterator[list[tuple[bytes, bytes]]]:
    """The (term bytes, term info bytes) of field ``name`` in order, a chunk at a time."""
    fieldid = terms._fieldmap.get(name)
    if fieldid is None:
        return
    prefix = pack_ushort(fieldid)
    tindex = terms._tindex
    pos = tindex.closest_key_pos(prefix)
    if pos is None:
        return
    for chunk in _chunks(tindex.dbfile, pos, tindex.endofdata):
        entries = [(key[2:], value) for key, value in chunk if key[:2] == prefix]
        if entries:
            yield entries
        if len(entries) < len(chunk):  # the next field's terms start
            return


def _chunks(dbfile: Any, pos: int, end: int) -> Iterator[list[tuple[bytes, bytes]]]:
    """The (key, value) entries of a hash file from ``pos`` to ``end``, a chunk at a time."""
    unpack = _LENGTHS.unpack_from
    while pos < end:
        chunk = dbfile.get(pos, min(CHUNK, end - pos))
        at, size = 0, len(chunk)
        entries = []
        while at + 8 <= size:
            keylen, datalen = unpack(chunk, at)
            stop = at + 8 + keylen + datalen
            if stop > size:
                break
            entries.append((chunk[at + 8 : at + 8 + keylen], chunk[at + 8 + keylen : stop]))
            at = stop
        if at == 0:  # one entry larger than a chunk
            keylen, datalen = unpack(dbfile.get(pos, 8))
            entry = dbfile.get(pos + 8, keylen + datalen)
            entries.append((entry[:keylen], entry[keylen:]))
            at = 8 + keylen + datalen
        yield entries
        pos += at


def is_inline(info: bytes) -> bool:
    """Whether a term info holds its postings itself (in Whoosh's form or ours)."""
    return info[0] == 1 or info[0] == inline.FLAG


def inline_is_ours(info: bytes) -> bool:
    """Whether an inline term info is what our codec writes for its postings."""
    if info[0] == inline.FLAG:
        return inline.count_of(info) < INLINE_LIMIT
    return info[HEADER : HEADER + 2] == PROTOCOL_3 and _doc_frequency(info) < INLINE_LIMIT


def _doc_frequency(info: bytes) -> int:
    return _DF.unpack_from(info, _DF_AT)[0]


def postings_bytes(postfile: Any, info: bytes) -> bytes:
    """The posting blocks of a term that is not inline, as stored."""
    offset, length = _POINTER.unpack_from(info, HEADER)
    return postfile.get(offset, length)


def blocks_are_ours(data: bytes, info: bytes) -> bool:
    """Whether a term's posting blocks are those our codec writes for its postings."""
    # blocks of 128 (the last of 1 to 128), pickled with our protocol, compressed as ours
    count = _doc_frequency(info)
    if count < INLINE_LIMIT or data[:4] != WHOOSH3_HEADER_MAGIC:
        return False
    at, seen = 4, 0
    while True:
        (length,) = _INT.unpack_from(data, at)
        block = loads(data[at + 4 : at + 4 + abs(length)])
        pickled = dumps(block, PICKLE_PROTOCOL)
        if block[3] != COMPRESSION or data[at + 4 : at + 4 + len(pickled)] != pickled:
            return False
        if array("f", [block[2]])[0] != block[2]:  # a merge writes the weight read back
            return False
        if block[0] > BLOCK_LIMIT:
            return False
        seen += block[0]
        at += 4 + abs(length)
        if length < 0:
            return seen == count and at == len(data)
        if block[0] != BLOCK_LIMIT:
            return False


def stored_blocks(data: bytes, at: int = 4) -> Iterator[tuple[int, Any, Any, Any]]:
    """Each block of a term's postings as stored: (count, id gaps, weights, values), from
    the one at ``at`` (4: past the posting list's header) to the last."""
    while True:
        length, blockinfo, (deltas, weights, values) = block_at(data, at)
        yield blockinfo[0], deltas, weights, values
        at += 4 + abs(length)
        if length < 0:
            return


def decoded_blocks(data: bytes, fixedsize: int | None, at: int = 4) -> Iterator[Block]:
    """Each block of a term's postings as (ids, weights, values), from the one at ``at``."""
    for count, deltas, weights, values in stored_blocks(data, at):
        yield (
            list(accumulate(deltas)),
            _weights(weights, count),
            block_values(values, count, fixedsize),
        )


def block_at(data: bytes, at: int) -> tuple[int, Any, Any]:
    """The stored length (negative: the last), info and data of the block at ``at``."""
    (length,) = _INT.unpack_from(data, at)
    end = at + 4 + abs(length)
    blockinfo = loads(data[at + 4 : end])
    raw = data[at + 4 + _pickle_length(blockinfo, data, at + 4) : end]
    if blockinfo[3]:
        raw = zlib.decompress(raw)
    return length, blockinfo, loads(raw)


def _weights(weights: Any, count: int) -> Any:
    if weights is None:
        return array("f", [1.0]) * count
    if isinstance(weights, float):
        return array("f", [weights]) * count
    return weights


@dataclass
class Prefix:
    """A term's first blocks, copied as stored, and what its term info adds up from them."""

    blocks: bytes  # the posting list's header and the blocks
    count: int  # blocks
    rest: int  # where the source's blocks not copied start
    weight: float = 0
    postings: int = 0
    minlength: int | None = None
    maxlength: int = 0
    maxweight: float = 0


def copied_prefix(data: bytes, info: bytes) -> Prefix | None:
    """The blocks of ours before a term's last, which a merge starting with them copies."""
    if not blocks_are_ours(data, info):
        return None
    prefix = Prefix(b"", 0, 4)
    while True:
        length, blockinfo, (_, weights, _) = block_at(data, prefix.rest)
        if length < 0:
            break
        count, _, maxweight, _, low, high = blockinfo
        # what W3TermInfo.add_block adds up; a length's byte stands for the length
        prefix.weight += sum(_weights(weights, count))
        prefix.postings += count
        if low and prefix.minlength is None:
            prefix.minlength = byte_to_length(low)
        elif low:
            prefix.minlength = min(prefix.minlength, byte_to_length(low))
        prefix.maxlength = max(prefix.maxlength, byte_to_length(high))
        prefix.maxweight = max(prefix.maxweight, maxweight)
        prefix.count += 1
        prefix.rest += 4 + length
    if not prefix.count:
        return None
    prefix.blocks = data[: prefix.rest]
    return prefix


def _pickle_length(value: Any, data: bytes, at: int) -> int:
    """The length of the pickle of ``value`` that starts at ``at`` (protocol 3 or 2)."""
    for protocol in (PICKLE_PROTOCOL, 2):
        pickled = dumps(value, protocol)
        if data[at : at + len(pickled)] == pickled:
            return len(pickled)
    stream = io.BytesIO(data)  # pickled some other way: where the unpickler stops
    stream.seek(at)
    pickle.Unpickler(stream).load()
    return stream.tell() - at


def block_values(values: Any, count: int, fixedsize: int | None) -> Any:
    """A block's values, one per posting (its format's fixed size, if any, cut apart)."""
    if fixedsize is None or fixedsize < 0:
        return values
    if fixedsize == 0:
        return (None,) * count
    return [values[i : i + fixedsize] for i in range(0, len(values), fixedsize)]


def shifted_inline(info: bytes, base: int) -> bytes:
    """What our codec writes for an inline term info of ours ``base`` documents later."""
    if info[0] == inline.FLAG:
        return inline.shifted(info, base)
    ids, weights, values = loads(info[HEADER:])
    minid, maxid = _IDS.unpack_from(info, _IDS_AT)
    shifted = tuple(map(add, ids, repeat(base)))
    return (
        info[:_IDS_AT]
        + _IDS.pack(minid + base, maxid + base)
        + dumps((shifted, weights, values), PICKLE_PROTOCOL)
    )


def merged_inline(parts: list[tuple[bytes, int]]) -> bytes | None:
    """The inline term info of ours joining (info, document base) parts, or None."""
    # None unless each part is inline and ours, and they are few enough to stay inline
    if not all(is_inline(info) and inline_is_ours(info) for info, _ in parts):
        return None
    decoded = [_inline(info) for info, _ in parts]
    if sum(len(ids) for ids, _, _, _, _ in decoded) >= INLINE_LIMIT:
        return None
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    low = high = 0  # the shortest and longest field lengths as bytes (0: none)
    for (part_ids, part_weights, part_values, part_low, part_high), (_, base) in zip(
        decoded, parts, strict=True
    ):
        ids.extend(map(add, part_ids, repeat(base)) if base else part_ids)
        weights.extend(part_weights)
        values.extend(part_values)
        if part_low and (not low or part_low < low):
            low = part_low
        high = max(high, part_high)
    return inline_info(ids, weights, values, low, high)


def _inline(info: bytes) -> inline.Inline:
    """An inline term info's postings and its shortest and longest length bytes."""
    if info[0] == inline.FLAG:
        return inline.decode(info)
    ids, weights, values = loads(info[HEADER:])
    return ids, weights, values, info[_MIN_LENGTH_AT], info[_MIN_LENGTH_AT + 1]


def inline_postings(info: bytes) -> Block:
    """The postings an inline term info holds."""
    ids, weights, values, _, _ = _inline(info)
    return list(ids), weights, values
