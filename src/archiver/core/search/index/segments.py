"""Writing Whoosh segments fast: a term-grouped posting pool and bulk posting writes.

Stock Whoosh puts every posting of a segment through a sorting pool (a tuple per posting,
spilled to disk and pickled back when memory runs short) and then through one Python call
per posting while the segment file is written. Our documents arrive as prepared term
streams, so the writer here groups postings by term as documents are added (they arrive
in document order, so each term's list is already sorted) and hands each term's postings
to the codec in blocks. The files written are the stock W3 format: stock Whoosh reads them.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import queue
from array import array
from collections import Counter
from io import BytesIO
from pickle import dumps
from typing import Any

from whoosh import formats
from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldWriter,
    W3PostingsWriter,
    W3TermInfo,
    length_to_byte,
)
from whoosh.filedb.structfile import StructFile
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.system import pack_uint, pack_ushort
from whoosh.writing import IndexingError, SegmentWriter

from archiver.core.workers import ORPHANED, next_job


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

    def finish_postings(self):
        if not self.written() and len(self) < self._inlinelimit:
            if len(self._values) != len(self._ids):
                self._values = [b""] * len(self._ids)
            terminfo = self._terminfo
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()


class _LengthTable:
    """Field lengths read once per field, instead of once per posting as Whoosh does."""

    def __init__(self, lengths: Any) -> None:
        self._lengths = lengths
        self._fields: dict[str, list[int]] = {}

    def field(self, fieldname: str) -> list[int]:
        """Every document's length in one field, by document number."""
        table = self._fields.get(fieldname)
        if table is None:
            read = self._lengths.doc_field_length
            count = self._lengths.doc_count_all()
            table = self._fields[fieldname] = [read(d, fieldname) for d in range(count)]
        return table

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        table = self.field(fieldname)
        return table[docnum] if docnum < len(table) else default


class _HeldFile(StructFile):
    """A segment file written in memory and saved to its real file when closed.

    Whoosh asks a file for its position around every term; a buffered disk file answers
    each time with a system call (several hundred thousand per import).
    """

    is_closed: bool

    def __init__(self, real: StructFile) -> None:
        super().__init__(BytesIO(), name=real._name)
        self._real = real

    def close(self) -> None:
        if self.is_closed:
            raise ValueError("This file is already closed")
        self._real.write(self.file.getbuffer())
        self._real.close()
        self.file.close()
        self.is_closed = True


class _FieldWriter(W3FieldWriter):
    """W3FieldWriter fed by a length table, and able to write a whole term at once."""

    def _create_file(self, ext):
        return _HeldFile(super()._create_file(ext))

    def add_postings(self, schema, lengths, items):
        return super().add_postings(schema, _LengthTable(lengths) if lengths else None, items)

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
    stored_weights = array("f", weights)  # blocks keep weights as 32-bit floats
    present = [n for n in lengths if n] if lengths else []
    if not all(values):
        values = [v for v in values if v]
        if len(values) != len(ids):
            values = [b""] * len(ids)
    header = W3TermInfo._struct.pack(
        1,
        sum(stored_weights),
        len(ids),
        length_to_byte(min(present)) if present else 0,
        length_to_byte(max(present)) if present else 0,
        max(0, max(weights)),
        ids[0],
        ids[-1],
    )
    return header + dumps((tuple(ids), tuple(stored_weights), tuple(values)), 2)


class Codec(W3Codec):
    """W3Codec that keeps posting lists of up to 23 entries inline in the term table.

    Most terms of a news archive occur in a handful of documents; writing each as its own
    compressed block made index commits the slowest part of an import.
    """

    def __init__(self) -> None:
        super().__init__(blocklimit=128, compression=1, inlinelimit=24)

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


class _TermPool:
    """A segment's postings grouped by field and term: each term holds a flat
    [docnum, weight, value, docnum, weight, value, ...] list."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, list[Any]]] = {}
        self.streams: dict[str, dict[str, list[Any]]] = {}  # terms as text, encoded once at flush
        self.fieldnames: set[str] = set()
        self.unordered = False  # set when postings may have come out of document order

    def stream_terms(self, fieldname: str) -> dict[str, list[Any]]:
        """The term table of one stream field, keyed by text (created empty)."""
        table = self.streams.get(fieldname)
        if table is None:
            table = self.streams[fieldname] = {}
            self.fieldnames.add(fieldname)
        return table

    def settle(self) -> None:
        """Fold the text-keyed stream tables into the byte-keyed ones, before writing."""
        for fieldname, table in self.streams.items():
            target = self.terms(fieldname)
            for term, postings in table.items():
                btext = term.encode("utf-8")
                if btext in target:  # the field also got postings from a merged segment
                    target[btext] += postings
                    self.unordered = True
                else:
                    target[btext] = postings
        self.streams = {}

    def terms(self, fieldname: str) -> dict[bytes, list[Any]]:
        """The term table of one field (created empty)."""
        table = self.fields.get(fieldname)
        if table is None:
            table = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return table

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        """Add one (fieldname, term bytes, docnum, weight, value) posting, Whoosh's pool API."""
        fieldname, btext, docnum, weight, value = item
        postings = self.terms(fieldname).setdefault(btext, [])
        if postings and postings[-3] > docnum:
            self.unordered = True
        postings += (docnum, weight, value)

    def iter_postings(self):
        """Postings sorted by field, term and document, as Whoosh's pool gives them."""
        for fieldname in sorted(self.fields):
            table = self.fields[fieldname]
            for btext in sorted(table):
                flat = table[btext]
                rows = sorted(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))
                for docnum, weight, value in rows:
                    yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        """Nothing on disk to remove."""
        self.fields, self.streams = {}, {}


_single_position: dict[int, bytes] = {}


def _positions_value(poslist: list[int]) -> bytes:
    """Whoosh's Positions encoding of one posting's positions (same bytes as Positions.encode)."""
    if len(poslist) == 1:
        pos = poslist[0]
        value = _single_position.get(pos)
        if value is None:
            value = _single_position[pos] = pack_uint(1) + dumps([pos], 2)
        return value
    deltas = [poslist[0]]
    deltas += [b - a for a, b in itertools.pairwise(poslist)]
    return pack_uint(len(deltas)) + dumps(deltas, 2)


_frequency_values: dict[int, bytes] = {}


def _frequency_value(freq: int) -> bytes:
    value = _frequency_values.get(freq)
    if value is None:
        value = _frequency_values[freq] = pack_uint(freq)
    return value


def _term_positions(stream: str) -> tuple[dict[str, list[int]], int]:
    """Positions of each term of a prepared stream ('|' joins readings at one position)."""
    positions: dict[str, list[int]] = {}
    count = 0
    for pos, group in enumerate(stream.split()):
        for term in group.split("|") if "|" in group else (group,):
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
            count += 1
    return positions, count


class FastSegmentWriter(SegmentWriter):
    """A Whoosh SegmentWriter that indexes prepared term streams without a sorting pool."""

    def __init__(self, ix: Any, stream_fields: frozenset[str], **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = _TermPool()
        self._stream_fields = stream_fields

    def add_document(self, **fields: Any) -> None:
        """Index one document; ``stream_fields`` values are prepared term streams."""
        self._check_state()
        docnum = self.docnum
        perdoc = self.perdocwriter
        schema = self.schema
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                if name in self._stream_fields:
                    length = self._add_stream(name, field, value, docnum)
                else:
                    length = self._add_generic(name, field, value, docnum)
                perdoc.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_stream(self, name: str, field: Any, stream: str, docnum: int) -> int:
        if not stream or stream.isspace():  # no terms: the field is not started at all
            return 0
        terms = self.pool.stream_terms(name)
        boost = field.format.field_boost
        if not isinstance(field.format, formats.Positions) and "|" not in stream:
            counts = Counter(stream.split())
            for term, freq in counts.items():
                value = _frequency_value(freq)
                postings = terms.get(term)
                if postings is None:
                    terms[term] = [docnum, freq * boost, value]
                else:
                    postings += (docnum, freq * boost, value)
            return sum(counts.values()) if field.scorable else 0
        positions, length = _term_positions(stream)
        with_positions = isinstance(field.format, formats.Positions)
        for term, poslist in positions.items():
            freq = len(poslist)
            value = _positions_value(poslist) if with_positions else _frequency_value(freq)
            postings = terms.get(term)
            if postings is None:
                terms[term] = [docnum, freq * boost, value]
            else:
                postings += (docnum, freq * boost, value)
        return length if field.scorable else 0

    def _add_generic(self, name: str, field: Any, value: Any, docnum: int) -> int:
        length = 0
        if field.indexed:
            add = self.pool.add
            for btext, freq, weight, vbytes in field.index(value):
                if field.scorable:
                    length += freq
                add((name, btext, docnum, weight, vbytes))
        return length

    def commit_with(self, segments: list[Any]) -> None:
        """Commit, adding segments finished by other writers (which hold no lock) to the index."""
        self._check_state()
        _commit_segments(self, self._merge_segments(None, None, None) + list(segments))

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = _LengthTable(self.per_document_reader()) if self.codec.length_stats else None
        writer = self.fieldwriter
        pool = self.pool
        pool.settle()
        if pool.unordered:
            writer.add_postings(self.schema, lengths and lengths._lengths, pool.iter_postings())
        else:
            for name in sorted(pool.fields):
                field = self.schema[name]
                table = pool.fields[name]
                by_doc = lengths.field(name) if lengths is not None and field.scorable else None
                writer.start_field(name, field)
                for btext in sorted(table):
                    flat = table[btext]
                    ids = flat[0::3]
                    doc_lengths = [by_doc[d] for d in ids] if by_doc is not None else None
                    writer.add_term(btext, ids, flat[1::3], flat[2::3], doc_lengths)
                writer.finish_field()
        writer.close()
        if lengths is not None:
            lengths._lengths.close()


def _commit_segments(writer: SegmentWriter, segments: list[Any]) -> None:
    """Write the index's table of segments: these, plus the writer's own if it added any."""
    if writer._added:
        segments.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()


_SPAWN = multiprocessing.get_context("spawn")


_CANCEL = "cancel"  # a job telling a sub-writer to drop its segment and stop


class _SpawnTask(SubWriterTask):
    """Whoosh's sub-writer process, started with spawn (fork is unsafe in a threaded GUI),
    taking documents straight from its queue and writing them with FastSegmentWriter."""

    _Popen = staticmethod(_SPAWN.Process._Popen)

    def run(self) -> None:
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = FastSegmentWriter(ix, _lk=False, **self.kwargs)
        while True:
            job = next_job(self.jobqueue)
            if job is ORPHANED:
                writer._close_segment()
                return
            if job is None:
                break
            if job == _CANCEL:  # the parent removes the shared temporary folder
                writer._close_segment()
                return
            for fields in job:
                writer.add_document(**fields)
        fieldnames = writer.pool.fieldnames
        segment = writer._finalize_segment()
        self.resultqueue.put((None, fieldnames, segment), timeout=5)


class SpawnMpWriter(MpWriter):
    """Whoosh's multi-process writer (one segment per process) with spawn-context queues.

    Documents go to the sub-writers through the queue, not through temporary files.
    """

    docbuffer: list[dict[str, Any]]

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, multisegment=True, **kwargs)
        self.jobqueue = _SPAWN.Queue(self.procs * 4)
        self.resultqueue = _SPAWN.Queue()

    def add_document(self, **fields: Any) -> None:
        self.docbuffer.append(fields)
        if len(self.docbuffer) >= self.batchsize:
            self._enqueue()
        self._added_sub = True

    def _enqueue(self) -> None:
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put(self.docbuffer)
        self.docbuffer = []

    def _put(self, job: Any) -> None:
        """Queue a job; a sub-writer that died would otherwise leave this waiting forever."""
        while True:
            try:
                self.jobqueue.put(job, timeout=0.5)
                return
            except queue.Full:
                self._check_tasks()

    def _check_tasks(self) -> None:
        for task in self.tasks:
            if task.exitcode not in (None, 0):
                raise IndexingError(f"an index sub-process stopped (exit code {task.exitcode})")

    def _new_task(self) -> SubWriterTask:
        task = _SpawnTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                          self.subargs, self.multisegment)  # fmt: skip
        self.tasks.append(task)
        task.start()
        return task

    def _commit(self, mergetype: Any, optimize: Any, merge: Any) -> None:
        # Whoosh joins its sub-processes before reading their results, which can wait forever
        # (a sub-process cannot exit while its result sits unread in the pipe), and commits
        # without the segment of one that died. Here results are read first, deaths raise.
        try:
            if self.docbuffer:
                self._enqueue()
            for _ in self.tasks:
                self._put(None)
            final = self._merge_segments(mergetype, optimize, merge)
            results: list[Any] = []
            while len(results) < len(self.tasks):
                try:
                    results.append(self.resultqueue.get(timeout=0.5))
                except queue.Empty:
                    self._check_tasks()
            for task in self.tasks:
                task.join()
        except BaseException:
            self.cancel()
            raise
        _commit_segments(self, final + [segment for _, _, segment in results])

    def cancel(self) -> None:
        """Stop the sub-writers (their segments are dropped) and release the index."""
        try:
            for _ in self.tasks:
                with contextlib.suppress(queue.Full):
                    self.jobqueue.put(_CANCEL, timeout=1)
            for task in self.tasks:
                task.join(timeout=30)
                if task.is_alive():
                    task.terminate()
            self.jobqueue.cancel_join_thread()
        finally:
            SegmentWriter.cancel(self)
