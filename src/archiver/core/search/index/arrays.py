"""Queries scored in arrays: Whoosh's BM25F, with every posting handled at C speed.

Whoosh scores a query by walking a tree of matchers, a few Python calls per posting per
level of the tree: at 100,000 articles a common word's readings in three fields are tens of
thousands of postings, and a search took tens of milliseconds. Here a term's postings are
read a block at a time into arrays (ids, weights), scored by the formula Whoosh's BM25F
uses (the same statistics: the index's document count and frequencies, each field's
average length, each document's stored length), and combined per query node: an OR adds
its parts' scores, an AND keeps the documents every part has and adds their scores, a NOT
removes its documents. Scores equal Whoosh's to the last bits of a double (the order of
the additions may differ), so hits rank as before, and the total is every matching
document, exactly.

Phrases intersect their words' postings and check positions only in the documents that
have every word; a date range tests the ``sortdate`` column. Query nodes this module does
not know (a phrase with slop, another numeric range) are run by Whoosh's own matchers,
segment by segment, and their (document, score) pairs join the arrays.
"""

from __future__ import annotations

import functools
import math
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import NumericColumn
from whoosh.reading import IndexReader, SegmentReader, TermNotFound
from whoosh.searching import Searcher

from archiver.core.search.index.codec import BYTE_LENGTHS, length_bytes
from archiver.core.search.index.dates import DATE_FIELD, segment_id
from archiver.core.search.index.prefixes import ListedPrefix, words_of_prefixes
from archiver.core.search.index.rawread import block_values, stored_blocks

B, K1 = 0.75, 1.2  # Whoosh's BM25F defaults, which the index searches with
_LENGTHS = np.array(BYTE_LENGTHS, dtype=np.float64)  # a length byte's length
CACHED_POSTINGS = 1_000_000  # postings kept between queries (typing repeats its words): 16 MB


@dataclass
class Hits:
    """Matching documents (top-level numbers, sorted) and their scores."""

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def none(cls) -> Hits:
        """No document."""
        return cls(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


class SegmentArrays:
    """Per segment (they never change once written): field lengths, deletions, dates; and
    the postings of recently searched terms."""

    def __init__(self) -> None:
        self._segments: dict[str, dict[str, np.ndarray]] = {}
        self._postings: OrderedDict[tuple[str, str, bytes], tuple[np.ndarray, np.ndarray]]
        self._postings = OrderedDict()
        self._held = 0

    def forget_except(self, live: set[str]) -> None:
        """Drop what is kept for segments no longer in the index."""
        for gone in self._segments.keys() - live:
            del self._segments[gone]
        for key in [k for k in self._postings if k[0] not in live]:
            self._held -= len(self._postings.pop(key)[0])

    def lengths(self, leaf: IndexReader, fieldname: str) -> np.ndarray:
        """Every document's stored length of ``fieldname`` in this segment."""
        table = self._table(leaf)
        if fieldname not in table:
            column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            count = leaf.doc_count_all()
            codes = bytes(count) if column is None else length_bytes(column, count)
            table[fieldname] = _LENGTHS[np.frombuffer(codes, dtype=np.uint8)]
        return table[fieldname]

    def live(self, leaf: IndexReader) -> np.ndarray:
        """True for every document of this segment that is not deleted."""
        table = self._table(leaf)
        segment = leaf.segment()
        key = f"live {segment.deleted_count()}"  # a segment's deletions grow, nothing else
        if key not in table:
            for old in [k for k in table if k.startswith("live ")]:
                del table[old]
            mask = np.ones(leaf.doc_count_all(), dtype=bool)
            mask[list(segment.deleted_docs() or ())] = False
            table[key] = mask
        return table[key]

    def dates(self, leaf: IndexReader) -> np.ndarray:
        """Every document's day number (YYYYMMDD, 0 undated) in this segment."""
        table = self._table(leaf)
        if DATE_FIELD not in table:
            field = leaf.schema[DATE_FIELD]
            column = leaf.column_reader(DATE_FIELD, translate=False)
            # the sortable encoding shifts every number by the code of 0
            shift = field.to_column_value(0)
            table[DATE_FIELD] = _numbers(column, leaf.doc_count_all()) - shift
        return table[DATE_FIELD]

    def _table(self, leaf: IndexReader) -> dict[str, np.ndarray]:
        return self._segments.setdefault(segment_id(leaf), {})

    def postings(self, leaf: IndexReader, fieldname: str, btext: bytes) -> tuple[Any, Any]:
        """A term's (ids, weights) in this segment, deleted documents included."""
        key = (segment_id(leaf), fieldname, btext)
        found = self._postings.get(key)
        if found is not None:
            self._postings.move_to_end(key)
            return found
        ids, weights, _ = read_postings(leaf, fieldname, btext, values=False)
        found = (ids, weights)
        self.keep(leaf, fieldname, btext, found)
        return found

    def keep(self, leaf: IndexReader, fieldname: str, btext: bytes, found: tuple[Any, Any]) -> None:
        """Remember a term's (ids, weights) in this segment, read by the caller."""
        key = (segment_id(leaf), fieldname, btext)
        if key in self._postings:
            return
        self._postings[key] = found
        self._held += len(found[0])
        while self._held > CACHED_POSTINGS and len(self._postings) > 1:
            self._held -= len(self._postings.popitem(last=False)[1][0])


def _numbers(column: Any, count: int) -> np.ndarray:
    """A numeric column's ``count`` values, read as one block of bytes (Whoosh's reader
    unpacks one value a call: 0.15 s for the dates of 100,000 documents)."""
    if not isinstance(column, NumericColumn.Reader):
        return np.fromiter(column, dtype=np.int64, count=count)
    stored = column._count  # the values after the last stored one are the default
    raw = column._dbfile.get(column._basepos, stored * column._fixedlen)
    values = np.full(count, column._default, dtype=np.int64)
    values[:stored] = np.frombuffer(raw, dtype=np.dtype(">" + column._typecode))
    return values


def read_postings(
    leaf: IndexReader, fieldname: str, btext: bytes, *, values: bool = True
) -> tuple[Any, Any, list[bytes]]:
    """(ids, weights, values) of one term in one segment (values only when asked for)."""
    terms = leaf._terms
    try:
        info = terms.term_info(fieldname, btext)
    except TermNotFound:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64), []
    if info.is_inlined():
        ids, weights, kept = info.inlined_postings()
        found = list(kept) if values else []
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64), found
    offset, length = info.extent()
    if isinstance(length, tuple):  # Whoosh's from_bytes leaves the length unpacked
        length = length[0]
    data = terms._postfile.get(offset, length)  # one read, not a few per block
    fixedsize = leaf.schema[fieldname].format.fixed_value_size()
    id_parts, weight_parts, value_list = [], [], []
    for count, gaps, weights, kept in stored_blocks(data):
        id_parts.append(np.cumsum(np.asarray(gaps, dtype=np.int64)))
        if weights is None or isinstance(weights, float):
            weight_parts.append(np.full(count, 1.0 if weights is None else weights))
        else:
            weight_parts.append(np.asarray(weights, dtype=np.float64))  # a tuple or an array
        if values:
            value_list.extend(block_values(kept, count, fixedsize))
    return np.concatenate(id_parts), np.concatenate(weight_parts), value_list


class Scorer:
    """Scores one query over a searcher's segments (``run``)."""

    def __init__(self, searcher: Searcher, arrays: SegmentArrays) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        # (an empty index has one EmptyReader: no segment to read)
        leaves = self.reader.leaf_readers()
        self.leaves = [(leaf, base) for leaf, base in leaves if isinstance(leaf, SegmentReader)]
        self.arrays = arrays
        self.count = self.reader.doc_count_all()
        self._prefix_words: dict[tuple[str, str], list[list[bytes]]] = {}

    def _segments(self) -> list[IndexReader]:
        return [leaf for leaf, _ in self.leaves]

    def expand_prefixes(self, query: wq.Query, most: int) -> None:
        """List the words of ``query``'s prefixes once (QueryRefused past ``most`` words)."""
        self._prefix_words = words_of_prefixes(self._segments(), query, most)

    def run(self, query: wq.Query) -> Hits:
        """The documents matching ``query`` and their scores."""
        if isinstance(query, wq.Term):
            return self._term(query)
        if isinstance(query, wq.Or) and query.scale is None and not query.minmatch:
            return self._union([self.run(q) for q in query.subqueries], query.boost)
        if isinstance(query, wq.And):
            return self._intersection(query)
        if isinstance(query, ListedPrefix):
            return self._prefix(query)
        if isinstance(query, wq.Phrase) and query.slop == 1 and query.words:
            return self._phrase(query)
        if isinstance(query, wq.Every) and query.fieldname in (None, "*"):
            return self._every(query.boost)
        if isinstance(query, wq.NumericRange) and query.fieldname == DATE_FIELD:
            return self._days(query)
        if query is wq.NullQuery:
            return Hits.none()
        return self._by_whoosh(query)

    def _days(self, query: wq.NumericRange) -> Hits:
        """The live documents dated inside the range, each scoring the boost (as Whoosh's
        range, a constant-score union of its numeric terms)."""
        live = np.concatenate(
            [self.arrays.live(leaf) for leaf, _ in self.leaves] or [np.empty(0, dtype=bool)]
        )
        ids = np.flatnonzero(live & in_range(self.dates, query))
        return Hits(ids, np.full(len(ids), float(query.boost)))

    def _term(self, query: wq.Term) -> Hits:
        name = query.fieldname
        if name not in self.reader.schema:
            return Hits.none()
        field = self.reader.schema[name]
        btext = field.to_bytes(query.text)
        found = []
        for leaf, base in self.leaves:
            ids, weights = self.arrays.postings(leaf, name, btext)
            keep = self.arrays.live(leaf)[ids]
            if keep.any():
                found.append((leaf, base, ids[keep], weights[keep]))
        if not found:
            return Hits.none()
        parts = []
        if field.scorable:
            idf = math.log(self.count / (self.reader.doc_frequency(name, btext) + 1)) + 1
            average = (self.reader.field_length(name) / (self.count or 1)) or 1
        for leaf, base, ids, weights in found:
            scores = weights
            if field.scorable:
                lengths = self.arrays.lengths(leaf, name)[ids]
                scores = idf * (
                    (weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / average))
                )
            parts.append(Hits(ids + base, scores * query.boost if query.boost != 1 else scores))
        return _joined(parts)

    def _union(self, parts: list[Hits], boost: float = 1.0) -> Hits:
        parts = [p for p in parts if len(p.ids)]
        if not parts:
            return Hits.none()
        if len(parts) == 1:
            hits = parts[0]
        else:
            total = np.zeros(self.count, dtype=np.float64)
            matched = np.zeros(self.count, dtype=bool)
            for part in parts:
                total[part.ids] += part.scores
                matched[part.ids] = True
            ids = np.flatnonzero(matched)
            hits = Hits(ids, total[ids])
        return Hits(hits.ids, hits.scores * boost) if boost != 1 else hits

    def _intersection(self, query: wq.And) -> Hits:
        positive = [q for q in query.subqueries if not isinstance(q, wq.Not)]
        negative = [q.query for q in query.subqueries if isinstance(q, wq.Not)]
        if not positive:
            return self._by_whoosh(query)
        total = np.zeros(self.count, dtype=np.float64)
        seen = np.zeros(self.count, dtype=np.int32)
        for part in (self.run(q) for q in positive):
            if not len(part.ids):
                return Hits.none()
            total[part.ids] += part.scores
            seen[part.ids] += 1
        keep = seen == len(positive)
        for part in (self.run(q) for q in negative):
            keep[part.ids] = False
        ids = np.flatnonzero(keep)
        # Whoosh matches a NOT by the inverse of its documents, each scoring 1
        scores = total[ids] + len(negative) if negative else total[ids]
        return Hits(ids, scores * query.boost if query.boost != 1 else scores)

    def _phrase(self, query: wq.Phrase) -> Hits:
        """Documents with the words at consecutive positions; as Whoosh's phrase (a span
        match over the words' intersection) each scores the sum of its words' scores."""
        name = query.fieldname
        if name not in self.reader.schema:
            return Hits.none()
        field = self.reader.schema[name]
        words = [field.to_bytes(word) for word in query.words]
        matched = [self._phrase_in(leaf, base, name, field, words) for leaf, base in self.leaves]
        ids = np.concatenate(matched) if matched else np.empty(0, dtype=np.int64)
        if not len(ids):
            return Hits.none()
        scores = np.zeros(len(ids), dtype=np.float64)
        for word in query.words:  # each hit has every word: its score is at the hit's place
            hits = self._term(wq.Term(name, word))
            scores += hits.scores[np.searchsorted(hits.ids, ids)]
        return Hits(ids, scores * query.boost if query.boost != 1 else scores)

    def _phrase_in(
        self, leaf: IndexReader, base: int, name: str, field: Any, words: list[bytes]
    ) -> np.ndarray:
        """The top-level numbers of the documents of one segment holding the phrase."""
        lists = [read_postings(leaf, name, word) for word in dict.fromkeys(words)]
        for word, (ids, weights, _) in zip(dict.fromkeys(words), lists, strict=True):
            self.arrays.keep(leaf, name, word, (ids, weights))  # the words' scores read them
        if any(not len(ids) for ids, _, _ in lists):
            return np.empty(0, dtype=np.int64)
        by_word = dict(zip(dict.fromkeys(words), lists, strict=True))
        common = lists[0][0]
        for ids, _, _ in lists[1:]:
            common = np.intersect1d(common, ids, assume_unique=True)
        common = common[self.arrays.live(leaf)[common]]
        places = {w: np.searchsorted(by_word[w][0], common) for w in by_word}
        decode = field.format.decode_positions
        kept = [
            doc
            for n, doc in enumerate(common)
            if _consecutive([decode(by_word[w][2][places[w][n]]) for w in words])
        ]
        return np.array(kept, dtype=np.int64) + base

    def _prefix(self, query: ListedPrefix) -> Hits:
        """Every document with a word starting with the prefix, each scoring the boost."""
        found = np.zeros(self.count, dtype=bool)
        key = (query.fieldname, query.text)
        if key not in self._prefix_words:
            self._prefix_words.update(words_of_prefixes(self._segments(), query))
        for (leaf, base), words in zip(self.leaves, self._prefix_words[key], strict=True):
            live = self.arrays.live(leaf)
            for word in words:
                ids, _ = self.arrays.postings(leaf, query.fieldname, word)
                found[ids[live[ids]] + base] = True
        ids = np.flatnonzero(found)
        return Hits(ids, np.full(len(ids), float(query.boost)))

    def _every(self, boost: float) -> Hits:
        ids = np.concatenate(
            [np.flatnonzero(self.arrays.live(leaf)) + base for leaf, base in self.leaves]
            or [np.empty(0, dtype=np.int64)]
        )
        return Hits(ids, np.full(len(ids), float(boost)))

    def _by_whoosh(self, query: wq.Query) -> Hits:
        """A node this module does not score (a phrase, a range): Whoosh's matchers do."""
        ids: list[int] = []
        scores: list[float] = []
        context = self.searcher.context(needs_current=True)
        for sub, base in self.searcher.leaf_searchers():
            matcher = query.matcher(sub, context)
            while matcher.is_active():
                ids.append(matcher.id() + base)
                scores.append(matcher.score())
                matcher.next()
        order = np.argsort(np.array(ids, dtype=np.int64), kind="stable")
        return Hits(np.array(ids, dtype=np.int64)[order], np.array(scores, dtype=np.float64)[order])

    @functools.cached_property
    def dates(self) -> np.ndarray:
        """Every document's day number, by top-level document number (read once a query)."""
        return np.concatenate(
            [self.arrays.dates(leaf) for leaf, _ in self.leaves] or [np.empty(0, dtype=np.int64)]
        )


def in_range(days: np.ndarray, part: wq.NumericRange) -> np.ndarray:
    """True for each day number inside the range."""
    keep = np.ones(len(days), dtype=bool)
    if part.start is not None:
        keep &= days > part.start if part.startexcl else days >= part.start
    if part.end is not None:
        keep &= days < part.end if part.endexcl else days <= part.end
    return keep


def within(hits: Hits, days: np.ndarray, ranges: list[wq.NumericRange]) -> Hits:
    """The hits dated inside every one of ``ranges`` (``days``: by document number)."""
    if not ranges or not len(hits.ids):
        return hits
    dated = days[hits.ids]
    keep = np.ones(len(hits.ids), dtype=bool)
    for part in ranges:
        keep &= in_range(dated, part)
    return Hits(hits.ids[keep], hits.scores[keep])


def _consecutive(positions: list[list[int]]) -> bool:
    """True if some position of the first word is followed by the others, one by one."""
    ends = set(positions[0])
    for following in positions[1:]:
        ends = {p + 1 for p in ends} & set(following)
        if not ends:
            return False
    return True


def _joined(parts: list[Hits]) -> Hits:
    """Hits of consecutive segments (each sorted, bases increasing) as one."""
    if not parts:
        return Hits.none()
    if len(parts) == 1:
        return parts[0]
    return Hits(np.concatenate([p.ids for p in parts]), np.concatenate([p.scores for p in parts]))


def top(hits: Hits, count: int, dates: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The first ``count`` hits as (document number, score): by score (highest first) or,
    given ``dates``, by date (newest first) then score; ties by document number, as Whoosh."""
    if not len(hits.ids) or count <= 0:
        return []
    ids, scores = hits.ids, hits.scores
    if dates is None and len(ids) > count:
        cut = np.partition(scores, len(scores) - count)[len(scores) - count]
        near = scores >= cut  # the ties at the cut decide by document number below
        ids, scores = ids[near], scores[near]
    keys = (ids, -scores) if dates is None else (ids, -scores, -dates[ids])
    order = np.lexsort(keys)[:count]
    return [(int(ids[i]), float(scores[i])) for i in order]
