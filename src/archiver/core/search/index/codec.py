"""The segment files our writers write: stock W3 format, short posting lists inline, bulk writes.

Stock Whoosh puts every posting of a segment through a sorting pool (a tuple per posting,
spilled to disk and pickled back when memory runs short) and then through one Python call
per posting while the segment file is written. Our documents arrive as prepared term
streams, so the writer here groups postings by term as documents are added (they arrive
in document order, so each term's list is already sorted) and hands each term's postings
to the codec in blocks. The files written are the stock W3 format, their pickles of
protocol 3 rather than 2: stock Whoosh reads them.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from hashlib import md5
from itertools import chain
from operator import sub
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PerDocReader,
    W3PostingsWriter,
    W3TermInfo,
    _lenfield,
    length_to_byte,
)
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.structfile import StructFile
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length

from archiver.core.search.index import inline, pickles
from archiver.core.search.index.terms import TermsReader

# Whoosh pickles posting lists with protocol 2, which has no opcode for bytes: each value
# went through codecs.encode (about 30 bytes more a posting, five times slower to pickle).
# Protocol 3 has one; Whoosh reads any protocol (pickle.loads finds it in the data).
PICKLE_PROTOCOL = 3
BLOCK_LIMIT = 128  # postings a block
COMPRESSION = 1  # zlib's level for posting blocks
INLINE_LIMIT = 24  # posting lists shorter than this are kept in the term table


class _InlinePostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer with its (never exercised) inline path made to work, and bulk adds.

    Whoosh 2.7 calls ``set_inline`` where the term info names it ``set_inlined``, and inlines
    value-less postings (frequency-only fields) with no values, which a later segment merge
    rejects; both are mended here.
    """

    _ids: Any  # the block being filled (set by Whoosh's _new_block)
    _weights: Any
    _values: list[bytes]
    _maxweight: float
    _minlength: int | None
    _maxlength: int
    _terminfo: Any

    def add_many(self, ids: list[int], weights: list[float], values: list[bytes],
                 lengths: list[int] | None) -> None:  # fmt: skip
        """Add one term's postings (sorted by document) block by block."""
        limit = self._blocklimit
        for start in range(0, len(ids), limit):
            if start:
                self._write_block()
            end = start + limit
            self._ids.extend(ids[start:end])
            block_weights = weights[start:end]
            self._weights.extend(block_weights)
            self._maxweight = max(self._maxweight, max(block_weights))
            block_values = values[start:end]
            if all(block_values):
                self._values.extend(block_values)
            else:
                self._values.extend(v for v in block_values if v)
            if lengths is not None:
                present = [n for n in lengths[start:end] if n]
                if present:
                    low = min(present)
                    if self._minlength is None or low < self._minlength:
                        self._minlength = low
                    self._maxlength = max(self._maxlength, max(present))

    def _write_block(self, last: bool = False) -> None:
        """Whoosh's block writer (W3PostingsWriter._write_block), pickling with protocol 3."""
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (_deltas(self._ids), _mini_weights(self._weights), self._mini_values())
        databytes = dumps(data, PICKLE_PROTOCOL)
        comp = self._compression
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        info = (len(ids), ids[-1], self._maxweight, comp,
                length_to_byte(self._minlength), length_to_byte(self._maxlength))  # fmt: skip
        infobytes = dumps(info, PICKLE_PROTOCOL)
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)  # the last: negative
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def finish_postings(self):
        if not self.written() and len(self) < self._inlinelimit:
            if len(self._values) != len(self._ids):
                self._values = [b""] * len(self._ids)
            terminfo = self._terminfo
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return _InlineTermInfo(terminfo)
        return super().finish_postings()


class _InlineTermInfo:
    """A term info of inline postings whose bytes are ours (``inline_info``), not Whoosh's."""

    def __init__(self, info: W3TermInfo) -> None:
        self._info = info

    def to_bytes(self) -> bytes:
        """The term-table entry."""
        info = self._info
        ids, weights, values = info.inlined_postings()
        low = 0 if info._minlength is None else length_to_byte(info._minlength)
        return inline_info(list(ids), list(weights), list(values), low,
                           length_to_byte(info._maxlength))  # fmt: skip


def _deltas(ids: Any) -> tuple[int, ...]:
    """Whoosh's delta_encode of a block's ids, at C speed."""
    return tuple(map(sub, ids, chain((0,), ids)))


def _mini_weights(weights: Any) -> Any:
    """Whoosh's W3PostingsWriter._mini_weights, at C speed."""
    count = len(weights)
    if weights.count(1.0) == count:
        return None
    if weights.count(weights[0]) == count:
        return weights[0]
    return tuple(weights)


BYTE_LENGTHS = [0] + [byte_to_length(b) for b in range(1, 256)]  # a length byte's length


def length_bytes(column: Any, doccount: int) -> bytes:
    """The bytes of a field's length column (LENGTHS_COLUMN), one a document."""
    count = min(column._count, doccount)
    return column._dbfile.get(column._basepos, count) + bytes(doccount - count)


class LengthTable:
    """Field lengths read once per field, instead of once per posting as Whoosh does."""

    def __init__(self, lengths: Any) -> None:
        self._lengths = lengths
        self._fields: dict[str, list[int]] = {}

    def field(self, fieldname: str) -> list[int]:
        """Every document's length in one field, by document number."""
        table = self._fields.get(fieldname)
        if table is None:
            table = self._fields[fieldname] = self._read(fieldname)
        return table

    def _read(self, fieldname: str) -> list[int]:
        lengths = self._lengths
        count = lengths.doc_count_all()
        if not isinstance(lengths, W3PerDocReader):
            read = lengths.doc_field_length
            return [read(d, fieldname) for d in range(count)]
        column = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return [0] * count
        return list(map(BYTE_LENGTHS.__getitem__, length_bytes(column, count)))

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        table = self.field(fieldname)
        return table[docnum] if docnum < len(table) else default


SPILL_BYTES = 2**20  # a segment file's bytes held in memory before they go to disk


class _Spilling:
    """A write-only file that answers ``tell`` itself and reaches its real file in large
    chunks: Whoosh asks a file for its position around every term, and a buffered disk file
    answers each time with a system call (several hundred thousand per import); holding the
    whole file in memory instead would make a merged segment of 100,000 documents cost its
    size in memory."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._held = bytearray()
        self._written = 0

    def write(self, data: bytes) -> int:
        self._held += data
        if len(self._held) >= SPILL_BYTES:
            self._spill()
        return len(data)

    def tell(self) -> int:
        return self._written + len(self._held)

    def _spill(self) -> None:
        self._real.write(self._held)
        self._written += len(self._held)
        self._held = bytearray()

    def flush(self) -> None:
        """Nothing: the held bytes go out when enough are held, or at close."""

    def close(self) -> None:
        self._spill()
        self._real.close()


class _HeldFile(StructFile):
    """A segment file written through a ``_Spilling`` buffer to its real file."""

    is_closed: bool

    def __init__(self, real: StructFile) -> None:
        super().__init__(_Spilling(real), name=real._name)

    def close(self) -> None:
        if self.is_closed:
            raise ValueError("This file is already closed")
        self.file.close()
        self.is_closed = True


_ENTRY_LENGTHS = struct.Struct("!ii")
_SLOT = struct.Struct("!Iq")
_EMPTY_SLOT = _SLOT.pack(0, 0)


class _TermTable(OrderedHashWriter):
    """Whoosh's term table writer, the same bytes with fewer calls a term."""

    lastkey: bytes

    def __init__(self, dbfile: Any) -> None:
        super().__init__(dbfile)
        # each hash bucket as one array of (digest, position) pairs, not a tuple a term:
        # a segment of 100,000 terms held 13 MB of tuples until it was written
        self.buckets = [array("q") for _ in range(256)]

    def add(self, key: bytes, value: bytes) -> None:
        """Add one entry (keys in increasing order)."""
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        held = self.dbfile.file  # the _Spilling buffer behind the StructFile
        pos = held.tell()
        try:
            self.index.array.append(pos)
        except OverflowError:  # the GrowableArray takes a wider type
            self.index.append(pos)
        held.write(_ENTRY_LENGTHS.pack(len(key), len(value)) + key + value)
        # Whoosh's md5_hash: the low 32 bits of the digest as a number
        digest = int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")
        self.buckets[digest & 255].extend((digest, pos))
        self.lastkey = key

    def _write_hashes(self) -> None:
        """Whoosh's HashWriter._write_hashes, each table written at once, fuller."""
        dbfile, pack, empty = self.dbfile, _SLOT.pack, _EMPTY_SLOT
        for entries in self.buckets:
            # a slot and a half a term where Whoosh gives two (the reader takes any count):
            # 6 bytes less a term, a look-up for a word the index lacks probes 5 slots, not 2.5
            terms = len(entries) // 2
            slots = terms + terms // 2 + 1
            self.directory.append((dbfile.tell(), slots))
            table = [empty] * slots
            for digest, position in zip(entries[0::2], entries[1::2], strict=True):
                slot = (digest >> 8) % slots
                while table[slot] is not empty:
                    slot = (slot + 1) % slots
                table[slot] = pack(digest, position)
            dbfile.write(b"".join(table))


class _FieldWriter(W3FieldWriter):
    """W3FieldWriter fed by a length table, and able to write a whole term at once."""

    _fieldname: Any
    _fieldid: Any
    _btext: Any
    _fieldobj: Any
    _format: Any
    _fieldmap: dict[str, int]
    _postwriter: Any

    def __init__(self, codec: Any, storage: Any, segment: Any) -> None:
        # W3FieldWriter.__init__ with our term table writer
        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = _TermTable(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

    def _create_file(self, ext):
        return _HeldFile(super()._create_file(ext))

    def add_info(self, btext: bytes, info: bytes) -> None:
        """Write a term-table entry as given (a term whose postings it holds inline)."""
        self._tindex.add(pack_ushort(self._fieldid) + btext, info)

    def add_term_after(self, btext: bytes, prefix: Any, minid: int, ids: list[int],
                       weights: list[float], values: list[bytes],
                       lengths: list[int] | None) -> None:  # fmt: skip
        """Write a term: the blocks of ``prefix`` (rawread.Prefix) as they are, then these."""
        info = W3TermInfo(
            weight=prefix.weight, df=prefix.postings, minlength=prefix.minlength,
            maxlength=prefix.maxlength, maxweight=prefix.maxweight, minid=minid,
        )  # fmt: skip
        self._btext = btext
        writer = self._postwriter
        writer.start_postings(self._format, info)
        self._postfile.write(prefix.blocks)
        writer._blockcount = prefix.count
        writer.add_many(ids, weights, values, lengths)
        self.finish_term()

    def add_blocks(self, btext: bytes, header: bytes, blocks: bytes) -> None:
        """Write a term's posting blocks as given, its entry ``header`` and where they are."""
        offset = self._postfile.tell()
        self._postfile.write(blocks)
        self.add_info(btext, header + pack_long(offset) + pack_int(len(blocks)))

    def add_postings(self, schema, lengths, items):
        return super().add_postings(schema, LengthTable(lengths) if lengths else None, items)

    def add_term(self, btext: bytes, ids: list[int], weights: list[float],
                 values: list[bytes], lengths: list[int] | None) -> None:  # fmt: skip
        """Write one term's postings (sorted by document) and its term-table entry."""
        if len(ids) < self._codec._inlinelimit:
            info = _inline_term_info(ids, weights, values, lengths)
            self._tindex.add(pack_ushort(self._fieldid) + btext, info)
            return
        self._btext = btext
        writer = self._postwriter
        writer.start_postings(self._format, W3TermInfo())
        writer.add_many(ids, weights, values, lengths)
        self.finish_term()


def _inline_term_info(ids: list[int], weights: list[float], values: list[bytes],
                      lengths: list[int] | None) -> bytes:  # fmt: skip
    """The term-table entry of a short posting list kept inline: the bytes Whoosh's
    postings writer and W3TermInfo.to_bytes() make for it, without their per-posting calls."""
    present = [n for n in lengths if n] if lengths else []
    low = length_to_byte(min(present)) if present else 0
    high = length_to_byte(max(present)) if present else 0
    return inline_info(ids, weights, values, low, high)


def inline_info(ids: list[int], weights: list[float], values: list[bytes],
                low: int, high: int) -> bytes:  # fmt: skip
    """An inline term's entry, given its shortest and longest field length as bytes: the
    compact form (``inline``) when it can hold the postings, else Whoosh's."""
    if not all(values):
        values = [v for v in values if v]
        if len(values) != len(ids):
            values = [b""] * len(ids)
    compact = inline.encode(ids, weights, values, low, high)
    if compact is not None:
        return compact
    stored_weights = array("f", weights)  # blocks keep weights as 32-bit floats
    header = W3TermInfo._struct.pack(
        1, sum(stored_weights), len(ids), low, high, max(0, max(weights)), ids[0], ids[-1]
    )
    return header + pickles.inline_postings(ids, stored_weights, values)


class Codec(W3Codec):
    """W3Codec that keeps posting lists of up to 23 entries inline in the term table.

    Most terms of a news archive occur in a handful of documents; writing each as its own
    compressed block made index commits the slowest part of an import.
    """

    def __init__(self) -> None:
        super().__init__(blocklimit=BLOCK_LIMIT, compression=COMPRESSION, inlinelimit=INLINE_LIMIT)

    def terms_reader(self, storage, segment):
        name = segment.make_filename(self.TERMS_EXT)
        postfile = segment.open_file(storage, self.POSTS_EXT)
        return TermsReader(self, storage.open_file(name), storage.file_length(name), postfile)

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return _InlinePostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )
