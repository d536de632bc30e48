"""Merging an import's segments: fewer segments for every later query, in bounded memory.

A large import leaves a segment per worker per commit interval (six at 30,000 articles), and
every query pays for each segment it opens. After the batch the newest segments are merged
into one by the rule of ``plan``: a segment stays as it is while it is twice as large as all
the segments after it together, so a document is rewritten a logarithmic number of times over
the archive's life, not at every import.

The merge streams: for each field, the segments' term lists are merged in order and each
term's postings are copied block by block (document numbers shifted, deleted documents
left out) into the new segment, which goes to disk as it is written; what re-encoding
would write unchanged (a term of one source whose documents keep their numbers, the first
blocks of the first source's terms) is copied as stored (``rawread``). Memory holds one
term's postings at a time, whatever the size of the segments. It runs in a process of its
own (``write_merged``), so an app's window is never held by it; the caller holds the
index's write lock meanwhile, so no other writer changes the segments being merged.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from operator import add, itemgetter
from pathlib import Path
from typing import Any

from whoosh.reading import SegmentReader

from archiver.core.search.index.codec import Codec, LengthTable
from archiver.core.search.index.perdoc import copy_per_doc
from archiver.core.search.index.rawread import (
    HEADER,
    Block,
    blocks_are_ours,
    copied_prefix,
    decoded_blocks,
    field_chunks,
    inline_is_ours,
    inline_postings,
    is_inline,
    merged_inline,
    postings_bytes,
    shifted_inline,
)
from archiver.core.search.index.schema import STREAM_FIELDS
from archiver.core.search.index.segments import FastSegmentWriter
from archiver.core.search.index.storage import open_index
from archiver.core.search.index.terms import TermInfo

Remap = tuple[int, dict[int, int] | None]  # (base, old -> new docnum when some are deleted)


@dataclass(frozen=True)
class Merged:
    """A segment written from ``sources`` (segment ids), not listed in the index yet."""

    segment: Any
    sources: tuple[str, ...]


OUTWEIGHS = 2  # a segment stays whole while this many times larger than all later ones


def plan(sizes: list[tuple[str, int]], since: int | None = None) -> list[str]:
    """The ids of the segments to merge, from (id, live documents) in the index's order.

    The segments from the first one that is not twice as large as all later ones together,
    to the end: at least two, or none. (Not "larger": the two segments of one batch, 550 and
    548 documents, would then stay apart.) Every segment from the ``since``-th on (those one
    batch wrote, however its workers shared the files) is merged whatever its size.
    """
    start = next(
        (i for i, (_, n) in enumerate(sizes) if n <= OUTWEIGHS * sum(m for _, m in sizes[i + 1 :])),
        len(sizes),
    )
    if since is not None:
        start = min(start, since)
    chosen = [segment_id for segment_id, _ in sizes[start:]]
    return chosen if len(chosen) >= 2 else []


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
        remaps: list[Remap] = []
        for reader in readers:
            base = writer.docnum
            remaps.append((base, copy_per_doc(writer, reader, names)))
        writer.perdocwriter.close()
        lengths = LengthTable(writer.per_document_reader())
        fieldwriter = writer.fieldwriter
        for name in sorted(n for n in names if ix.schema[n].indexed):
            field = ix.schema[name]
            by_doc = lengths.field(name) if field.scorable else None
            fieldwriter.start_field(name, field)
            _write_terms(fieldwriter, readers, remaps, name, field, by_doc)
            fieldwriter.finish_field()
        fieldwriter.close()
        lengths._lengths.close()
        writer._close_segment()
        writer._assemble_segment()
        return Merged(writer.get_segment(), tuple(sources))
    finally:
        for reader in readers:
            reader.close()


Entry = tuple[bytes, int, bytes]  # term bytes, source, its term info bytes


def _write_terms(fieldwriter: Any, readers: list[SegmentReader], remaps: list[Remap],
                 name: str, field: Any, by_doc: list[int] | None) -> None:  # fmt: skip
    """Write each term of field ``name`` in order, with its postings from every reader."""
    fixedsize = field.format.fixed_value_size()
    for btext, entries in _grouped(readers, name):
        if len(entries) == 1:
            k, info = entries[0]
            if _copied(fieldwriter, btext, k, info, readers, remaps):
                continue
        elif _inline_merged(fieldwriter, btext, entries, remaps):
            continue
        _write_term(fieldwriter, btext, entries, readers, remaps, fixedsize, by_doc)


def _write_term(fieldwriter: Any, btext: bytes, entries: list[tuple[int, bytes]],
                readers: list[SegmentReader], remaps: list[Remap], fixedsize: int | None,
                by_doc: list[int] | None) -> None:  # fmt: skip
    """Write a term decoded from its sources, but for the blocks of its first source that
    it starts with as they are stored (when that source's documents keep their numbers)."""
    first, info = entries[0]
    prefix = None
    if remaps[first] == (0, None) and not is_inline(info):
        data = postings_bytes(readers[first]._terms._postfile, info)
        prefix = copied_prefix(data, info)
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    for k, info in entries:
        if prefix is not None and k == first:
            blocks: Iterator[Block] = decoded_blocks(data, fixedsize, prefix.rest)
        else:
            blocks = _blocks(readers[k]._terms, info, fixedsize)
        for block in blocks:
            _extend(block, remaps[k], ids, weights, values)
    if not ids:  # every posting of the term may be of deleted documents
        return
    doc_lengths = list(map(by_doc.__getitem__, ids)) if by_doc is not None else None
    if prefix is None:
        fieldwriter.add_term(btext, ids, weights, values, doc_lengths)
    else:
        minid = TermInfo.from_bytes(entries[0][1]).min_id()
        fieldwriter.add_term_after(btext, prefix, minid, ids, weights, values, doc_lengths)


def _grouped(readers: list[SegmentReader], name: str) -> Iterator[tuple[bytes, list[Any]]]:
    """Each term of field ``name`` in order, with its (source, term info) in each source."""
    chunks = [field_chunks(reader._terms, name) for reader in readers]
    if len(chunks) == 1:
        for chunk in chunks[0]:
            for btext, info in chunk:
                yield btext, [(0, info)]
        return
    pending = [next(source, []) for source in chunks]
    while any(pending):
        # every source's terms up to the least of the chunks' last terms are at hand
        frontier = min(chunk[-1][0] for chunk in pending if chunk)
        groups: dict[bytes, list[tuple[int, bytes]]] = {}
        for k, chunk in enumerate(pending):
            cut = bisect.bisect_right(chunk, frontier, key=itemgetter(0))
            for btext, info in chunk[:cut]:
                group = groups.get(btext)
                if group is None:
                    groups[btext] = [(k, info)]
                else:
                    group.append((k, info))
            pending[k] = chunk[cut:] or next(chunks[k], [])
        for btext in sorted(groups):
            yield btext, groups[btext]


def _copied(fieldwriter: Any, btext: bytes, k: int, info: bytes,
            readers: list[SegmentReader], remaps: list[Remap]) -> bool:  # fmt: skip
    """Whether a term found in one source with none of its documents deleted was written
    from its bytes: those our codec writes for it, with document numbers shifted (else it
    must be decoded and written again)."""
    base, docmap = remaps[k]
    if docmap is not None:
        return False
    if is_inline(info):
        if not inline_is_ours(info):
            return False
        fieldwriter.add_info(btext, shifted_inline(info, base) if base else info)
        return True
    if base:
        return False
    blocks = postings_bytes(readers[k]._terms._postfile, info)
    if not blocks_are_ours(blocks, info):
        return False
    fieldwriter.add_blocks(btext, info[:HEADER], blocks)
    return True


def _inline_merged(fieldwriter: Any, btext: bytes, entries: list[tuple[int, bytes]],
                   remaps: list[Remap]) -> bool:  # fmt: skip
    """Whether a term found in several sources, with none of its documents deleted, inline
    in each as our codec writes it and in few enough documents to stay inline, was written
    from its inline postings (without their field lengths: the term infos hold them)."""
    parts = []
    for k, info in entries:
        base, docmap = remaps[k]
        if docmap is not None:
            return False
        parts.append((info, base))
    merged = merged_inline(parts)
    if merged is None:
        return False
    fieldwriter.add_info(btext, merged)
    return True


def _blocks(terms: Any, info: bytes, fixedsize: int | None) -> Iterator[Block]:
    """A term's postings in one segment, as (ids, weights, values) blocks."""
    if is_inline(info):
        yield inline_postings(info)
    else:
        yield from decoded_blocks(postings_bytes(terms._postfile, info), fixedsize)


def _extend(
    block: Block, remap: Remap, ids: list[int], weights: list[float], values: list[Any]
) -> None:
    """Append one block's postings, renumbered into the merged segment."""
    block_ids, block_weights, block_values = block
    base, docmap = remap
    if docmap is None:
        ids.extend(map(add, block_ids, itertools.repeat(base)) if base else block_ids)
        weights.extend(block_weights)
        values.extend(block_values)
        return
    for n, weight, value in zip(block_ids, block_weights, block_values, strict=True):
        new = docmap.get(n)
        if new is not None:
            ids.append(new)
            weights.append(weight)
            values.append(value)
