"""Merging an import's segments: fewer segments for every later query, in bounded memory.

A large import leaves a segment per worker per commit interval (six at 30,000 articles), and
every query pays for each segment it opens. After the batch the newest segments are merged
into one by the rule of ``plan``: a segment stays as it is while it is larger than all the
segments after it together, so a document is rewritten a logarithmic number of times over
the archive's life, not at every import.

The merge streams: for each field, the segments' term lists are merged in order and each
term's postings are copied block by block (document numbers shifted, deleted documents
left out) into the new segment, which goes to disk as it is written. Memory holds one
term's postings at a time, whatever the size of the segments. It runs in a process of its
own (``write_merged``), so an app's window is never held by it; the caller holds the
index's write lock meanwhile, so no other writer changes the segments being merged.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import TranslatingColumnReader
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

from archiver.core.search.index.codec import Codec, LengthTable
from archiver.core.search.index.schema import STREAM_FIELDS
from archiver.core.search.index.segments import FastSegmentWriter
from archiver.core.search.index.storage import open_index

Remap = tuple[int, dict[int, int] | None]  # (base, old -> new docnum when some are deleted)


@dataclass(frozen=True)
class Merged:
    """A segment written from ``sources`` (segment ids), not listed in the index yet."""

    segment: Any
    sources: tuple[str, ...]


def plan(sizes: list[tuple[str, int]]) -> list[str]:
    """The ids of the segments to merge, from (id, live documents) in the index's order.

    The segments from the first one that is not larger than all later ones together, to
    the end: at least two, or none.
    """
    for start, (_, size) in enumerate(sizes):
        if size <= sum(n for _, n in sizes[start + 1 :]):
            chosen = [segment_id for segment_id, _ in sizes[start:]]
            return chosen if len(chosen) >= 2 else []
    return []


def write_merged(folder: Path, sources: list[str]) -> Merged:
    """Write one segment holding the live documents of the ``sources`` segments, in order.

    Runs in a worker process: it takes no lock (the caller holds it) and lists the new
    segment nowhere; ``replace`` in the caller's writer does.
    """
    ix = open_index(folder)
    by_id = {s.segment_id(): s for s in ix._segments()}
    readers = [SegmentReader(ix.storage, ix.schema, by_id[sid]) for sid in sources]
    writer = FastSegmentWriter(ix, STREAM_FIELDS, _lk=False, codec=Codec())
    try:
        names = set(ix.schema.names())
        remaps = [_copy_per_doc(writer, reader) for reader in readers]
        writer.perdocwriter.close()
        lengths = LengthTable(writer.per_document_reader())
        fieldwriter = writer.fieldwriter
        for name in sorted(n for n in names if ix.schema[n].indexed):
            field = ix.schema[name]
            by_doc = lengths.field(name) if field.scorable else None
            fieldwriter.start_field(name, field)
            for btext, ids, weights, values in _merged_terms(readers, remaps, name, field):
                doc_lengths = [by_doc[d] for d in ids] if by_doc is not None else None
                fieldwriter.add_term(btext, ids, weights, values, doc_lengths)
            fieldwriter.finish_field()
        fieldwriter.close()
        lengths._lengths.close()
        writer._close_segment()
        writer._assemble_segment()
        return Merged(writer.get_segment(), tuple(sources))
    finally:
        for reader in readers:
            reader.close()


Postings = tuple[bytes, list[int], list[float], list[Any]]


def _copy_per_doc(writer: FastSegmentWriter, reader: SegmentReader) -> Remap:
    """Append ``reader``'s live documents (stored fields, lengths, columns) to ``writer``.

    What Whoosh's ``write_per_doc`` writes, with each field's length and column readers
    looked up once: Whoosh looks for a field's length file on disk for every document.
    """
    schema, perdoc, out = writer.schema, reader._perdoc, writer.perdocwriter
    fields = [(name, schema[name]) for name in sorted(schema.names())]
    assert not any(field.vector for _, field in fields)  # no field of ours keeps vectors
    lengths = {name: perdoc._cached_reader(_lenfield(name), LENGTHS_COLUMN) for name, _ in fields}
    columns = {
        name: _raw(reader.column_reader(name, field.column_type))
        for name, field in fields
        if field.column_type and reader.has_column(name)
    }
    docmap: dict[int, int] | None = {} if reader.has_deletions() else None
    base = writer.docnum
    for docnum, stored in reader.iter_docs():
        if docmap is not None:
            docmap[docnum] = writer.docnum
        out.start_doc(writer.docnum)
        for name, field in fields:
            column = lengths[name]
            lbyte = column[docnum] if column is not None else 0
            out.add_field(name, field, stored.get(name), byte_to_length(lbyte) if lbyte else 0)
            if name in columns:
                out.add_column_value(name, field.column_type, columns[name][docnum])
        out.finish_doc()
        writer.docnum += 1
    return base, docmap


def _raw(column: Any) -> Any:
    return column.raw_column() if isinstance(column, TranslatingColumnReader) else column


def _merged_terms(
    readers: list[SegmentReader], remaps: list[Remap], name: str, field: Any
) -> Iterator[Postings]:
    """Each term of field ``name`` in order, with its postings from every reader."""
    lexicons = [_numbered(reader._terms, name, k) for k, reader in enumerate(readers)]
    for btext, group in itertools.groupby(heapq.merge(*lexicons), key=lambda item: item[0]):
        ids: list[int] = []
        weights: list[float] = []
        values: list[Any] = []
        for _, k, info in group:
            for block in _blocks(readers[k]._terms, info, field.format):
                _extend(block, remaps[k], ids, weights, values)
        if ids:  # every posting of the term may be of deleted documents
            yield btext, ids, weights, values


def _numbered(terms: Any, name: str, k: int) -> Iterator[tuple[bytes, int, Any]]:
    """(term, ``k``, term info) for each term of field ``name`` in reader ``k``'s table."""
    for (fieldname, btext), info in terms.items_from(name, b""):
        if fieldname != name:
            return
        yield btext, k, info


def _blocks(terms: Any, info: Any, fmt: Any) -> Iterator[tuple[Any, Any, Any]]:
    """A term's postings in one segment, as (ids, weights, values) blocks."""
    if info.is_inlined():
        yield info.inlined_postings()
        return
    matcher = terms._codec.postings_reader(terms._postfile, info, fmt)
    assert isinstance(matcher, W3LeafMatcher)
    while True:
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        yield matcher._ids, matcher._weights, matcher._values
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _extend(
    block: tuple[Any, Any, Any], remap: Remap, ids: list[int], weights: list[float],
    values: list[Any],
) -> None:  # fmt: skip
    """Append one block's postings, renumbered into the merged segment."""
    block_ids, block_weights, block_values = block
    base, docmap = remap
    if docmap is None:
        ids.extend([n + base for n in block_ids] if base else block_ids)
        weights.extend(block_weights)
        values.extend(block_values)
        return
    for n, weight, value in zip(block_ids, block_weights, block_values, strict=True):
        new = docmap.get(n)
        if new is not None:
            ids.append(new)
            weights.append(weight)
            values.append(value)
