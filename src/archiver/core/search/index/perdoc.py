"""Copying a segment's per-document data (stored fields, field lengths, columns) in a merge.

Whoosh's ``SegmentWriter.write_per_doc`` asks the reader, for every document and field, for
the field's length (looking on disk, each time, for the length file of a field that has
none) and unpickles, pickles again and compresses again each document's stored fields.
Here each column is read once, field by field, and stored fields whose pickle is what
Whoosh would write again are copied as stored.
"""

from __future__ import annotations

from pickle import dumps, loads
from typing import Any
from zlib import decompress

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, _lenfield
from whoosh.columns import TranslatingColumnReader, VarBytesColumn

from archiver.core.search.index.codec import BYTE_LENGTHS, length_bytes

STORED_PROTOCOL = 2  # Whoosh pickles stored fields with protocol 2


def copy_per_doc(writer: Any, reader: Any, names: set[str]) -> dict[int, int] | None:
    """Whoosh's ``writer.write_per_doc(names, reader)``, the same data, a column at a time."""
    schema = writer.schema
    if schema._dyn_fields or any(schema[name].vector for name in names):
        return writer.write_per_doc(names, reader)  # not in our schema: Whoosh's way
    live = list(reader.all_doc_ids())
    base = writer.docnum
    targets = range(base, base + len(live))
    pdw, perdoc = writer.perdocwriter, reader._perdoc
    _copy_stored(pdw, perdoc, live, targets, names)
    for name in sorted(names):
        _copy_lengths(pdw, perdoc, name, live, targets)
        column = schema[name].column_type
        if column and live and reader.has_column(name):
            _copy_column(pdw, reader, name, column, live, targets)
    pdw._doccount += len(live)
    writer.docnum += len(live)
    return dict(zip(live, targets, strict=True)) if reader.has_deletions() else None


def _copy_stored(pdw: Any, perdoc: Any, live: list[int], targets: range,
                 names: set[str]) -> None:  # fmt: skip
    source = perdoc._cached_reader("_stored", STORED_COLUMN)
    if source is None:
        return
    raw_of = VarBytesColumn.Reader.__getitem__
    add_raw = VarBytesColumn.Writer.add
    for old, new in zip(live, targets, strict=True):
        raw = raw_of(source._child, old)
        if not raw:
            continue
        pickled = decompress(raw)
        stored = loads(pickled)
        kept = {
            name: value for name, value in stored.items() if name in names and value is not None
        }
        if not kept:
            continue
        if not pdw._has_column("_stored"):
            pdw._create_column("_stored", STORED_COLUMN)
        target = pdw._get_column("_stored")
        if kept == stored and dumps(kept, STORED_PROTOCOL) == pickled:
            add_raw(target._child, new, raw)  # what compressing them again would give
        else:
            target.add(new, kept)


def _copy_lengths(pdw: Any, perdoc: Any, name: str, live: list[int], targets: range) -> None:
    lenfield = _lenfield(name)
    source = perdoc._cached_reader(lenfield, LENGTHS_COLUMN)
    if source is None:
        return
    every = length_bytes(source, perdoc.doc_count_all())
    # a length's byte, read back and written again, is the same byte
    data = bytes(map(every.__getitem__, live)) if len(live) < len(every) else every
    data = data.rstrip(b"\0")  # the column writer leaves trailing defaults out
    if not data:
        return
    if not pdw._has_column(lenfield):
        pdw._create_column(lenfield, LENGTHS_COLUMN)
    target = pdw._get_column(lenfield)
    target.fill(targets.start)
    target._dbfile.write(data)
    target._count = targets.start + len(data)
    pdw._fieldlengths[name] += sum(map(BYTE_LENGTHS.__getitem__, data))


def _copy_column(pdw: Any, reader: Any, name: str, column: Any, live: list[int],
                 targets: range) -> None:  # fmt: skip
    source = reader.column_reader(name, column)
    if isinstance(source, TranslatingColumnReader):
        source = source.raw_column()
    if not pdw._has_column(name):
        pdw._create_column(name, column)
    target = pdw._get_column(name)
    for old, new in zip(live, targets, strict=True):
        target.add(new, source[old])
