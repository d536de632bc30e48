"""Writing Whoosh segments fast: a term-grouped posting pool instead of a sorting pool.

Stock Whoosh puts every posting of a segment through a sorting pool (a tuple per posting,
spilled to disk and pickled back when memory runs short). Our documents arrive as prepared
term streams, so the writer here groups postings by term as documents are added (they arrive
in document order, so each term's list is already sorted) and hands each term's postings to
the codec (``codec``) in blocks.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from whoosh import formats
from whoosh.index import TOC
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from archiver.core.search.index.codec import LengthTable
from archiver.core.search.index.schema import positions_value


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
            while table:  # each text key let go as its bytes key is made
                term, postings = table.popitem()
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
    """The format's encoding of one posting's positions (one position: shared bytes)."""
    if len(poslist) == 1:
        pos = poslist[0]
        value = _single_position.get(pos)
        if value is None:
            value = _single_position[pos] = positions_value(poslist)
        return value
    return positions_value(poslist)


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


POSTING_BYTES = 56  # a posting held in a term's list: three slots, its value mostly shared
TERM_BYTES = 220  # a term held: its text, its list, its slot in the field's table
GENERIC_KEPT = 4096  # field values (language, kind, date) whose terms a writer keeps


class FastSegmentWriter(SegmentWriter):
    """A Whoosh SegmentWriter that indexes prepared term streams without a sorting pool."""

    def __init__(self, ix: Any, stream_fields: frozenset[str], **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = _TermPool()
        self._stream_fields = stream_fields
        self._weight_tables: dict[float, dict[int, float]] = {}  # one float a boost and count
        self._generic: dict[tuple[str, Any], list[Any]] = {}  # a field value's terms
        self.held_postings = 0
        self.held_terms = 0

    def held_bytes(self) -> int:
        """About how much memory the postings held for this segment take."""
        return self.held_postings * POSTING_BYTES + self.held_terms * TERM_BYTES

    def _weight(self, boost: float, freq: int) -> float:
        weight = self._weight_table(boost).get(freq)
        if weight is None:
            weight = self._weight_tables[boost][freq] = freq * boost
        return weight

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
        weights = self._weight_table(field.format.field_boost)
        if not isinstance(field.format, formats.Positions) and "|" not in stream:
            counts = Counter(stream.split())
            items = [(term, _frequency_value(freq), freq) for term, freq in counts.items()]
            length = sum(counts.values())
        else:
            positions, length = _term_positions(stream)
            if isinstance(field.format, formats.Positions):
                single = _single_position
                items = [
                    (term, single.get(poslist[0]) or _positions_value(poslist), 1)
                    if len(poslist) == 1
                    else (term, positions_value(poslist), len(poslist))
                    for term, poslist in positions.items()
                ]
            else:
                items = [
                    (term, _frequency_value(len(poslist)), len(poslist))
                    for term, poslist in positions.items()
                ]
        new_terms = 0
        for term, value, freq in items:
            postings = terms.get(term)
            weight = weights.get(freq) or self._weight(field.format.field_boost, freq)
            if postings is None:
                terms[term] = [docnum, weight, value]
                new_terms += 1
            else:
                postings += (docnum, weight, value)
        self.held_postings += len(items)
        self.held_terms += new_terms
        return length if field.scorable else 0

    def _weight_table(self, boost: float) -> dict[int, float]:
        table = self._weight_tables.get(boost)
        if table is None:
            table = self._weight_tables[boost] = {}
        return table

    def _add_generic(self, name: str, field: Any, value: Any, docnum: int) -> int:
        if not field.indexed:
            return 0
        terms = self._generic_terms(name, field, value)
        add = self.pool.add
        for btext, _freq, weight, vbytes in terms:
            add((name, btext, docnum, weight, vbytes))
        return sum(freq for _, freq, _, _ in terms) if field.scorable else 0

    def _generic_terms(self, name: str, field: Any, value: Any) -> list[Any]:
        """A field value's terms, each value analysed once (the same few languages, kinds
        and dates come again and again)."""
        if not isinstance(value, str | int):
            return list(field.index(value))
        key = (name, value)
        terms = self._generic.get(key)
        if terms is None:
            if len(self._generic) > GENERIC_KEPT:
                self._generic.clear()
            terms = self._generic[key] = list(field.index(value))
        return terms

    def commit_with(self, segments: list[Any], *, clean: bool = True) -> None:
        """Commit, adding segments finished by other writers (which hold no lock) to the index.

        Nothing is merged: an import's segments would be merged in this process, holding
        their postings in memory. ``clean=False`` while other writers still write segments:
        the files of segments the index does not list yet are theirs, and must stay.
        """
        self._check_state()
        commit_segments(self, list(self.segments) + list(segments), clean=clean)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = LengthTable(self.per_document_reader()) if self.codec.length_stats else None
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


def commit_segments(writer: SegmentWriter, segments: list[Any], *, clean: bool = True) -> None:
    """Write the index's table of segments: these, plus the writer's own if it added any;
    ``clean``: remove the files of segments it does not list (and older tables)."""
    if writer._added:
        segments.append(writer._finalize_segment())
    else:
        writer._close_segment()
    if clean:
        writer._commit_toc(segments)
    else:
        TOC(writer.schema, segments, writer.generation).write(writer.storage, writer.indexname)
    writer._finish()
