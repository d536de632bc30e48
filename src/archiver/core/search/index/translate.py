"""The query tree of ``archiver.core.search.query`` as a Whoosh query."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import date

from whoosh import query as wq

from archiver.core.search import query as q
from archiver.core.search.index.prefixes import ListedPrefix
from archiver.core.search.index.schema import TEXT_FIELDS
from archiver.core.text import arabic, spellings

Resolver = Callable[[str, str], list[str]]
PHRASE_SPELLINGS_MAX = 8  # phrases a quoted phrase becomes, at most, for its words' spellings
_NOTHING = wq.Term("kind", "")  # matches no document (unlike NullQuery, which And drops)


def _text_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    """Each analysed token must match in one of the fields (any of its readings, any of its
    spellings)."""
    names = tuple(fieldnames)
    per_token = []
    for _, _, analysis in arabic.analysed_spans(text):
        terms = (analysis[1],) if names == ("source",) else spellings.readings(analysis)
        per_token.append(wq.Or([wq.Term(f, t) for f in names for t in terms]))
    return _combine(wq.And, per_token)


def _phrase_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    positions = [spellings.phrase_terms(a) for _, _, a in arabic.analysed_spans(text)]
    if len(positions) <= 1:
        return _text_query(text, fieldnames)
    # one phrase a way of spelling it: few, as few words have more than one spelling
    ways = list(itertools.islice(itertools.product(*positions), PHRASE_SPELLINGS_MAX))
    return wq.Or([wq.Phrase(f, list(terms)) for terms in ways for f in fieldnames])


def _prefix_query(text: str, fieldnames: Iterable[str]) -> wq.Query:
    tokens = arabic.words(text)
    if not tokens:
        return wq.NullQuery
    folded = arabic.prefix_form(tokens[0][0])
    names = tuple(fieldnames)
    if names == ("source",):
        return ListedPrefix("source", folded)
    # Stems lack the article; the unstemmed exact forms keep it and every suffix.
    parts: list[wq.Query] = [ListedPrefix(name, arabic.strip_article(folded)) for name in names]
    if names == TEXT_FIELDS:
        parts.append(ListedPrefix("exact", folded))
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
    if node.field in q.CODE_FIELDS:
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
