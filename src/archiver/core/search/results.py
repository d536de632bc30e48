"""Running a query: parse it, ask the index for a page, and dress the hits from the store."""

from __future__ import annotations

import sqlite3
import time

from archiver.core.model import Hit, SearchResult
from archiver.core.search import highlight
from archiver.core.search import query as q
from archiver.core.search.index import SearchIndex
from archiver.core.search.index.translate import Resolver
from archiver.core.store import documents
from archiver.core.text import arabic

SUGGEST_MAX_WORDS = 8  # "did you mean" for queries of up to this many words


def search(
    db: sqlite3.Connection,
    index: SearchIndex,
    text: str,
    *,
    resolve: Resolver,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    snippets: bool = True,
    snippets_for: int | None = None,
) -> SearchResult:
    """One page of hits for a query in the query language, with snippets and highlight spans
    (for the first ``snippets_for`` hits only when given: ``snippets`` gives the others')."""
    started = time.perf_counter()
    node = q.parse(text)
    total, page = index.search(node, limit=limit, offset=offset, sort=sort, resolve=resolve)
    dressed = 0 if not snippets else len(page) if snippets_for is None else snippets_for
    hits = _hits(db, page, node, dressed)
    suggestion = suggest(index, node) if total == 0 else None
    understood = [t.term for t in arabic.analyze(text)]
    elapsed = (time.perf_counter() - started) * 1000
    return SearchResult(text, total, hits, elapsed, suggestion, understood, ignored_words(text))


def ignored_words(text: str) -> list[str]:
    """The query's stop words, once each: the index holds none, so they match nothing."""
    words = (word for word, _start, _end in arabic.words(text))
    return list(dict.fromkeys(w for w in words if not arabic.analyze(w)))


def snippets_of(
    db: sqlite3.Connection, text: str, ids: list[int]
) -> dict[int, tuple[str, list[tuple[int, int]]]]:
    """The snippet and highlight spans of these documents for a query (the rows a list shows)."""
    node = q.parse(text)
    rows = documents.hit_rows(db, ids, text=True)
    return {doc_id: _snippet(row["text"], node) for doc_id, row in rows.items()}


def _snippet(text: str, node: q.Node) -> tuple[str, list[tuple[int, int]]]:
    spans = highlight.spans_for(text, node, highlight.LIST_SCAN_CHARS)
    return highlight.snippet(text, spans), spans


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
    hits = []
    for doc_id, score in page:
        row = rows.get(doc_id)
        if row is None:  # index ahead of the store: check --repair mends it
            continue
        spans: list[tuple[int, int]] = []
        snip = ""
        if doc_id in texts:
            snip, spans = _snippet(texts[doc_id]["text"], node)
        hits.append(
            Hit(doc_id, row["title"], score, row["published"], snip, spans,
                row["language"], row["source"], row["kind"], row["published_source"],
                row["quality"])
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
