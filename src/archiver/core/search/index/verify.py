"""Reading every part of every segment, to find damage before a search trips on it.

Opening an index reads only its table of contents; a damaged term dictionary, postings
block, stored-fields or lengths column shows only when a query reaches it (as an
UnpicklingError, a struct.error or nonsense ids). ``damage`` decodes all of them: the term
dictionary with each term's information, every postings block (ids, weights, values), the
stored fields and field lengths of every document and every column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh import index
from whoosh.codec.whoosh3 import W3LeafMatcher

Progress = Callable[[int, int, str], None]


def damage(ix: index.Index, progress: Progress | None = None) -> list[str]:
    """What is damaged in the index, one sentence per segment (empty when all reads well)."""
    try:
        reader = ix.reader()
    except Exception as exc:
        return [f"its table of contents cannot be read ({describe(exc)})"]
    problems = []
    try:
        leaves = [r for r, _ in reader.leaf_readers()] if reader.doc_count_all() else []
        for done, leaf in enumerate(leaves, 1):
            try:
                _read_segment(leaf)
            except Exception as exc:
                problems.append(
                    f"segment {leaf.segment().segment_id()} is damaged ({describe(exc)})"
                )
            if progress is not None:
                progress(done, len(leaves), "checking the search index")
    except Exception as exc:
        problems.append(f"its segments cannot be listed ({describe(exc)})")
    finally:
        reader.close()
    return problems


def describe(exc: BaseException) -> str:
    """An exception as ``Type: message``, short (the messages of damaged pickles are long)."""
    text = str(exc).strip().replace("\n", " ")
    text = text if len(text) <= 120 else text[:117] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _read_segment(reader: Any) -> None:
    count = reader.doc_count_all()
    schema = reader.schema
    for docnum in range(count):
        if not isinstance(reader.stored_fields(docnum), dict):
            raise ValueError(f"stored fields of document {docnum} unreadable")
    for name in schema.scorable_names():
        for docnum in range(count):
            length = reader.doc_field_length(docnum, name)  # None: the field is empty
            if length is not None and length < 0:
                raise ValueError(f"negative {name} length of document {docnum}")
    for name, field in schema.items():
        if field.column_type is not None and reader.has_column(name):
            values = list(reader.column_reader(name))
            if len(values) != count:
                raise ValueError(f"column {name} holds {len(values)} values for {count} documents")
    for (name, btext), info in reader._terms.items():
        _read_postings(reader, name, btext, info, count)


def _read_postings(reader: Any, name: str, btext: bytes, info: Any, count: int) -> None:
    """Decode every block of one term's postings; their ids must rise and stay in the segment."""
    matcher = reader._terms.matcher(name, btext, reader.schema[name].format)
    seen, last = 0, -1
    if isinstance(matcher, W3LeafMatcher):  # on disk: whole blocks at a time
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            ids = matcher._ids
            seen, last = _checked(ids, last, count, seen, name)
            matcher._next_block()
    else:  # inlined in the term dictionary
        ids = []
        while matcher.is_active():
            ids.append(matcher.id())
            matcher.weight()
            matcher.value()
            matcher.next()
        seen, last = _checked(ids, last, count, seen, name)
    if seen != info.doc_frequency():
        raise ValueError(
            f"a {name} term lists {seen} documents, its entry says {info.doc_frequency()}"
        )


def _checked(ids: Any, last: int, count: int, seen: int, name: str) -> tuple[int, int]:
    for docnum in ids:
        if not last < docnum < count:
            raise ValueError(f"a {name} term's postings name document {docnum} out of order")
        last = docnum
    return seen + len(ids), last
