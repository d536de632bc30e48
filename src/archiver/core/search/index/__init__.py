"""The full-text index: the only module that imports Whoosh.

Documents reach the index already analysed (``arabic.index_terms`` runs in the import
workers), so the Whoosh fields only split a prepared term stream. The query tree from
``archiver.core.search.query`` is translated here; another engine could serve the same interface.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from whoosh import analysis, fields, index, sorting
from whoosh import query as wq
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from archiver.core.search import query as q
from archiver.core.search.index.segments import Codec, FastSegmentWriter, SpawnMpWriter
from archiver.core.text import arabic, scripts

SCHEMA_VERSION = 7
TEXT_FIELDS = ("title", "body", "layout")
STREAM_FIELDS = frozenset({*TEXT_FIELDS, "exact", "source"})  # values are prepared term streams
KEYWORD_FIELDS = ("participant", "tag", "status", "category")
PARALLEL_INDEX_FROM = 1000  # documents in one batch from which Whoosh writes in sub-processes
Resolver = Callable[[str, str], list[str]]
_NOTHING = wq.Term("id", "")  # matches no document (unlike NullQuery, which And drops)


class PreAnalyzedTokenizer(analysis.Tokenizer):
    """Splits a prepared stream: terms by spaces, same-position alternatives by '|'.

    Whoosh pickles this class into the index: keep its name and module stable.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[analysis.Token]:
        token = analysis.Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.stopped = False
        token.boost = 1.0
        for pos, group in enumerate(value.split(), start_pos):
            for term in group.split("|"):
                token.text = term
                if positions:
                    token.pos = pos
                yield token


def _schema() -> fields.Schema:
    pre = PreAnalyzedTokenizer()
    exact = fields.TEXT(analyzer=pre, phrase=False)
    exact.scorable = False  # used to select and prefix-match, never to rank: keep no lengths
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=pre, phrase=True, field_boost=2.5),
        body=fields.TEXT(analyzer=pre, phrase=True),
        layout=fields.TEXT(analyzer=pre, phrase=True, field_boost=0.5),
        exact=exact,
        source=fields.TEXT(analyzer=pre, phrase=True),
        lang=fields.ID,
        kind=fields.ID,
        # YYYYMMDD, 0 when undated: sorts by date and answers date ranges
        sortdate=fields.NUMERIC(int, bits=32, shift_step=8, sortable=True),
        participant=fields.KEYWORD(commas=True, lowercase=True),
        tag=fields.KEYWORD(commas=True, lowercase=True),
        status=fields.KEYWORD(commas=True, lowercase=True),
        category=fields.KEYWORD(commas=True, lowercase=True),
    )


def index_format() -> str:
    """A fingerprint of schema + analysis; a change means the index must be rebuilt."""
    protected = "\n".join(sorted(arabic.protected_words() | arabic.stop_words()))
    digest = hashlib.sha1(protected.encode("utf-8")).hexdigest()[:10]
    return f"s{SCHEMA_VERSION}.a{arabic.ANALYSIS_VERSION}.{digest}"


@dataclass
class IndexDoc:
    """Everything the index holds about one document (text fields already analysed)."""

    id: int
    title: tuple[str, str]  # (body stream, exact stream) from arabic.index_terms
    body: tuple[str, str]
    layout: tuple[str, str] = ("", "")
    source: str = ""
    lang: str = ""
    kind: str = ""
    published: str | None = None  # ISO date
    imported: str | None = None  # ISO datetime
    participant: list[str] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)


def _iso_to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:19]).replace(tzinfo=None)
    except ValueError:
        return None


def _fields_of(doc: IndexDoc) -> dict[str, object]:
    values: dict[str, object] = {
        "id": str(doc.id),
        "title": doc.title[0],
        "body": doc.body[0],
        "layout": doc.layout[0],
        "exact": " ".join(part for part in (doc.title[1], doc.body[1], doc.layout[1]) if part),
        "source": arabic.index_terms(doc.source)[1],
        "lang": doc.lang,
        "kind": doc.kind,
    }
    for name in KEYWORD_FIELDS:
        values[name] = ",".join(v.replace(",", " ") for v in getattr(doc, name))
    published = _iso_to_datetime(doc.published)
    values["sortdate"] = int(published.strftime("%Y%m%d")) if published else 0
    return values


class IndexWriter:
    """A batch of changes to the index, applied on commit()."""

    def __init__(self, ix: index.Index, procs: int = 1) -> None:
        self._writer: SegmentWriter
        if procs > 1:
            sub = {"codec": Codec(), "stream_fields": STREAM_FIELDS}
            self._writer = SpawnMpWriter(ix, procs=procs, subargs=sub, codec=Codec())
        else:
            self._writer = FastSegmentWriter(ix, STREAM_FIELDS, codec=Codec())

    def add(self, doc: IndexDoc) -> None:
        """Add or replace one document."""
        self._writer.update_document(**_fields_of(doc))

    def add_new(self, doc: IndexDoc) -> None:
        """Add a document known not to be in the index yet (faster than add)."""
        self._writer.add_document(**_fields_of(doc))

    def delete(self, doc_id: int) -> None:
        """Remove a document."""
        self._writer.delete_by_term("id", str(doc_id))

    def commit(self, optimize: bool = False) -> None:
        """Make the changes visible."""
        self._writer.commit(optimize=optimize)

    def commit_with(self, segments: list[object]) -> None:
        """Make the changes visible, with the segments SegmentBuilders finished elsewhere."""
        assert isinstance(self._writer, FastSegmentWriter)
        self._writer.commit_with(segments)

    def cancel(self) -> None:
        """Drop the changes."""
        self._writer.cancel()


class SegmentBuilder:
    """Documents indexed into a segment of their own, in an import worker process.

    It never takes the index's write lock: the main process holds it (an IndexWriter) and
    commits the finished segments with ``IndexWriter.commit_with``.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._writer: FastSegmentWriter | None = None

    def add(self, doc: IndexDoc) -> None:
        """Index one document into this builder's segment."""
        if self._writer is None:
            ix = index.open_dir(str(self._folder))
            self._writer = FastSegmentWriter(ix, STREAM_FIELDS, _lk=False, codec=Codec())
        self._writer.add_document(**_fields_of(doc))

    def finish(self) -> object | None:
        """The written segment, to hand to the main process; None when nothing was added."""
        if self._writer is None:
            return None
        segment = self._writer._finalize_segment()
        self._writer = None
        return segment

    def cancel(self) -> None:
        """Drop the segment (its files are cleared by the index's next commit)."""
        if self._writer is not None:
            self._writer._close_segment()
            self._writer = None


class SearchIndex:
    """The Whoosh index in an archive's ``index/`` folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: index.Index | None = None
        self._searcher: Searcher | None = None

    @property
    def _stamp(self) -> Path:
        return self.folder / "archiver-index.json"

    def is_current(self) -> bool:
        """True when the index exists, opens, and was built by this analysis and schema."""
        try:
            stamp = json.loads(self._stamp.read_text(encoding="utf-8"))
            if stamp.get("format") != index_format():
                return False
            self._open()
            return True
        except Exception:  # a missing, foreign or damaged index is rebuilt, whatever broke
            return False

    def create(self) -> None:
        """Start a new, empty index (the old one is removed)."""
        self.close()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self._ix = index.create_in(str(self.folder), _schema())
        self._stamp.write_text(json.dumps({"format": index_format()}), encoding="utf-8")

    def _open(self) -> index.Index:
        if self._ix is None:
            self._ix = index.open_dir(str(self.folder))
        return self._ix

    def writer(self, procs: int = 1) -> IndexWriter:
        """A writer for a batch of changes; only one may be open at a time."""
        self._drop_searcher()
        return IndexWriter(self._open(), procs)

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def searcher(self) -> Searcher:
        """A searcher over the latest committed state."""
        if self._searcher is not None and self._searcher.reader().segments() is None:
            # Whoosh cannot refresh a reader opened on an empty index (EmptyReader has no
            # segments to reuse): open a new one instead.
            self._drop_searcher()
        if self._searcher is None:
            self._searcher = self._open().searcher()
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    def close(self) -> None:
        """Release files held open."""
        self._drop_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def doc_ids(self) -> set[int]:
        """Ids of every live document in the index."""
        reader = self.searcher().reader()
        return {int(stored["id"]) for stored in reader.all_stored_fields()}

    def count(self) -> int:
        """Number of documents in the index."""
        return int(self.searcher().doc_count())

    def search(
        self,
        node: q.Node,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        resolve: Resolver | None = None,
    ) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(id, score)]) for one page of results."""
        wquery = to_whoosh(node, resolve)
        if wquery is wq.NullQuery:
            return 0, []
        searcher = self.searcher()
        sortedby = None
        if sort == "date":
            sortedby = sorting.MultiFacet(
                [sorting.FieldFacet("sortdate", reverse=True), sorting.ScoreFacet()]
            )
        # optimize=False: Whoosh's block-quality pruning drops better hits from OR queries
        results = searcher.search(wquery, limit=offset + limit, sortedby=sortedby, optimize=False)
        page = [(int(hit["id"]), _score(hit.score)) for hit in results[offset:]]
        return len(results), page

    def suggest(self, word: str) -> str | None:
        """The most frequent indexed word one edit away from ``word``, for "did you mean"."""
        tokens = arabic.analyze(word)
        if len(tokens) != 1 or len(tokens[0].exact) < 3:
            return None
        reader = self.searcher().reader()
        target = tokens[0].exact
        best = max(
            ((reader.doc_frequency("exact", c), c) for c in _one_edit(target)),
            default=(0, ""),
        )
        return best[1] if best[0] > 0 else None


def _score(value: object) -> float:
    """A hit's relevance score (date-sorted hits carry sort keys instead: 0)."""
    return float(value) if isinstance(value, int | float) else 0.0


_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = _LATIN_LETTERS if word.isascii() else scripts.FOLDED_LETTERS
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return edits


def _text_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    """Each analysed token must match in one of the fields (any of its readings)."""
    names = tuple(fieldnames)
    per_token = []
    for token in arabic.analyze(text):
        terms = (token.exact,) if names == ("source",) else (token.term, *token.alts)
        per_token.append(wq.Or([wq.Term(f, t) for f in names for t in terms]))
    return _combine(wq.And, per_token)


def _phrase_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    terms = [token.term for token in arabic.analyze(text)]
    if len(terms) <= 1:
        return _text_query(text, fieldnames)
    return wq.Or([wq.Phrase(f, terms) for f in fieldnames])


def _prefix_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    tokens = arabic.words(text)
    if not tokens:
        return wq.NullQuery
    folded = arabic.prefix_form(tokens[0][0])
    names = tuple(fieldnames)
    if names == ("source",):
        return wq.Prefix("source", folded)
    # Stems lack the article; the unstemmed exact forms keep it and every suffix.
    parts = [wq.Prefix(name, arabic.strip_article(folded)) for name in names]
    if names == TEXT_FIELDS:
        parts.append(wq.Prefix("exact", folded))
    return wq.Or(parts)


def _date_query(node: q.DateRange) -> wq.Query:
    if node.start == date.max:
        return _NOTHING
    low = _day_number(node.start) if node.start else 1  # 0 marks undated documents
    high = _day_number(node.end) if node.end else None
    return wq.NumericRange("sortdate", low, high)


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _fields_for(name: str | None) -> tuple[str, ...]:
    return TEXT_FIELDS if name is None else (name,)


def _combine(kind: type[wq.CompoundQuery], parts: list[wq.Query]) -> wq.Query:
    parts = [p for p in parts if p is not wq.NullQuery]
    if not parts:
        return wq.NullQuery
    return parts[0] if len(parts) == 1 else kind(parts)


def _filter_query(node: q.Filter, resolve: Resolver | None) -> wq.Query:
    if node.field in ("lang", "kind"):
        return wq.Term(node.field, node.value.lower())
    values = resolve(node.field, node.value) if resolve else [node.value.lower()]
    if not values:
        return _NOTHING
    return _combine(wq.Or, [wq.Term(node.field, v.lower()) for v in values])


def to_whoosh(node: q.Node, resolve: Resolver | None = None) -> wq.Query:
    """Translate a query tree into a Whoosh query (NullQuery when nothing can match)."""
    match node:
        case q.Words(text, name):
            return _text_query(text, _fields_for(name) if name != "source" else ("source",))
        case q.Phrase(text, name):
            return _phrase_query(text, _fields_for(name))
        case q.Exact(text):
            words = arabic.words(text)
            folded = [arabic.fold(w.lower()) for w, _, _ in words]
            return _combine(wq.And, [wq.Term("exact", f) for f in folded])
        case q.Prefix(text, name):
            return _prefix_query(text, _fields_for(name))
        case q.Filter():
            return _filter_query(node, resolve)
        case q.DateRange():
            return _date_query(node)
        case q.And(children):
            return _and_query([to_whoosh(c, resolve) for c in children])
        case q.Or(children):
            return _combine(wq.Or, [to_whoosh(c, resolve) for c in children])
        case q.Not(child):
            inner = to_whoosh(child, resolve)
            return wq.NullQuery if inner is wq.NullQuery else wq.Not(inner)
    return wq.NullQuery


def _and_query(parts: list[wq.Query]) -> wq.Query:
    positive = [p for p in parts if not isinstance(p, wq.Not)]
    negative = [p for p in parts if isinstance(p, wq.Not)]
    if not positive:
        positive = [wq.Every()] if negative else []
    return _combine(wq.And, positive + negative)
