"""Running a query: parse it, ask the index for a page, and dress the hits from the store."""

from __future__ import annotations

import sqlite3
import time

from archiver.core.model import DAMAGED_TEXT, Hit, SearchResult
from archiver.core.search import field_values, highlight
from archiver.core.search import query as q
from archiver.core.search.index import SearchIndex
from archiver.core.search.index.translate import Resolver
from archiver.core.store import documents
from archiver.core.store import memos as memo_rows
from archiver.core.text import arabic

SUGGEST_MAX_WORDS = 8  # "did you mean" for queries of up to this many words


def search(
    db: sqlite3.Connection,
    index: SearchIndex,
    text: str,
    *,
    resolve: Resolver,
    known: field_values.Known | None = None,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    snippets: bool = True,
    snippets_for: int | None = None,
) -> SearchResult:
    """One page of hits for a query in the query language, with snippets and highlight spans
    (for the first ``snippets_for`` hits only when given: ``snippets`` gives the others').
    With ``known``, a filter's value of several words typed without quotes is read whole when
    the archive knows it, and hinted at otherwise (``field_values``)."""
    started = time.perf_counter()
    typed, hint = text, None
    if known is not None:
        text, hint = field_values.read_whole(text, known)
    node = q.parse(text)
    total, page = index.search(node, limit=limit, offset=offset, sort=sort, resolve=resolve)
    dressed = 0 if not snippets else len(page) if snippets_for is None else snippets_for
    hits = _hits(db, page, node, dressed)
    suggestion = suggest(index, node) if total == 0 else None
    understood = [t.term for t in arabic.analyze(text)]
    elapsed = (time.perf_counter() - started) * 1000
    return SearchResult(typed, total, hits, elapsed, suggestion, understood, ignored_words(text),
                        hint)  # fmt: skip


def hit_ids(
    db: sqlite3.Connection,
    index: SearchIndex,
    text: str,
    *,
    resolve: Resolver,
    known: field_values.Known | None = None,
) -> list[int]:
    """Every hit of a query, best first, as the ids of documents out of the trash (the whole
    set, for a list sorted by a column); ``known`` as for ``search``."""
    if known is not None:
        text, _hint = field_values.read_whole(text, known)
    _total, every = index.search(q.parse(text), limit=max(index.count(), 1), resolve=resolve)
    ids = [doc_id for doc_id, _score in every]
    trashed = documents.trashed_state(db, ids)  # by IN lists: hits are scattered, not runs
    return [doc_id for doc_id in ids if doc_id in trashed and trashed[doc_id] is None]


def ignored_words(text: str) -> list[str]:
    """The query's stop words, once each: the index holds none, so they match nothing."""
    words = (word for word, _start, _end in arabic.words(text))
    return list(dict.fromkeys(w for w in words if not arabic.analyze(w)))


Snippet = tuple[str, list[tuple[int, int]], str]  # HTML, spans in the text, "text" or "memo"


def snippets_of(db: sqlite3.Connection, text: str, ids: list[int]) -> dict[int, Snippet]:
    """The snippet, highlight spans and snippet's origin ("text", "memo") of these documents for
    a query (the rows a list shows)."""
    node = q.parse(text)
    rows = documents.hit_rows(db, ids, text=True)
    memos = _memo_texts(db, node, list(rows))
    return {
        doc_id: _snippet(row["text"], node, memos.get(doc_id, [])) for doc_id, row in rows.items()
    }


def _memo_texts(db: sqlite3.Connection, node: q.Node, ids: list[int]) -> dict[int, list[str]]:
    """The memos of these documents, when the query looks in memos (memo:…)."""
    if not ids or not any(getattr(leaf, "field", None) == q.MEMO_FIELD
                          for leaf in q.positive_words(node)):  # fmt: skip
        return {}
    return memo_rows.texts_of_documents(db, ids)


def _snippet(text: str | None, node: q.Node, memos: list[str]) -> Snippet:
    """The text's snippet; a memo's, where the query's memo: words matched, when the text has
    no matched words (a memo: hit showed the document's start); none from a damaged text."""
    if text is None:
        return "", [], DAMAGED_TEXT
    spans = highlight.spans_for(text, node, highlight.LIST_SCAN_CHARS)
    if not spans:
        for memo in memos:
            in_memo = highlight.spans_for(memo, node, fields=(q.MEMO_FIELD,))
            if in_memo:
                return highlight.snippet(memo, in_memo), [], "memo"
    return highlight.snippet(text, spans), spans, "text"


def _hits(
    db: sqlite3.Connection, page: list[tuple[int, float]], node: q.Node, with_snippets: int
) -> list[Hit]:
    """The page's hits dressed from the store, the first ``with_snippets`` with snippets."""
    if not page:
        return []
    ids = [doc_id for doc_id, _ in page]
    every = with_snippets >= len(ids)
    rows = documents.hit_rows(db, ids, text=every)
    texts = rows if every else documents.hit_rows(db, ids[:with_snippets], text=True)
    memos = _memo_texts(db, node, list(texts))
    hits = []
    for doc_id, score in page:
        row = rows.get(doc_id)
        if row is None:  # index ahead of the store: check --repair mends it
            continue
        spans: list[tuple[int, int]] = []
        snip, origin = "", "text"
        if doc_id in texts:
            snip, spans, origin = _snippet(texts[doc_id]["text"], node, memos.get(doc_id, []))
        hits.append(
            Hit(doc_id, row["title"], score, row["published"], snip, spans,
                row["language"], row["source"], row["kind"], row["published_source"],
                row["quality"], origin)
        )  # fmt: skip
    return hits


def suggest(index: SearchIndex, node: q.Node) -> str | None:
    """A corrected query when some typed words are unknown to the index (short queries only:
    each word costs a few thousand look-ups)."""
    leaves = q.positive_words(node)
    if len(leaves) > SUGGEST_MAX_WORDS:
        return None
    changed, parts = False, []
    for leaf in leaves:
        if isinstance(leaf, q.Words) and leaf.field is None:
            better = index.suggest(leaf.text)
            changed |= better is not None
            parts.append(better or leaf.text)
    return " ".join(parts) if changed else None
