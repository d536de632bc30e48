"""Where a query matched inside a document's canonical text, and the snippet around it."""

from __future__ import annotations

import html

from archiver.core.search import query as q
from archiver.core.text import arabic

Span = tuple[int, int]
SNIPPET_CHARS = 220
LIST_SCAN_CHARS = 300_000  # result lists scan this much of a very long text; the reader scans all


def _readings(token: arabic.Token) -> set[str]:
    return {token.term, *token.alts}


def _leaf_matcher(leaf: q.Node) -> list[list[set[str]]] | None:
    """Sequences of allowed terms for Words/Phrase leaves (a Words leaf: each token alone)."""
    if isinstance(leaf, q.Words) and leaf.field in (None, "title"):
        return [[_readings(t)] for t in arabic.analyze(leaf.text)]
    if isinstance(leaf, q.Phrase) and leaf.field in (None, "title"):
        return [[_readings(t) for t in arabic.analyze(leaf.text)]]
    return None


def _sequence_spans(
    readings: list[set[str]], where: dict[str, list[int]], seq: list[set[str]]
) -> list[int]:
    """Token indices where ``seq`` matches, each token of each match; found through ``where``
    (reading -> positions), so a word costs its own occurrences, not a pass over the text."""
    n = len(seq)
    if n == 0:
        return []
    starts = sorted({i for term in seq[0] for i in where.get(term, ())})
    found: list[int] = []
    for i in starts:
        if i + n <= len(readings) and all(readings[i + k] & seq[k] for k in range(1, n)):
            found.extend(range(i, i + n))
    return found


def _positions(tokens: list[arabic.Token]) -> tuple[list[set[str]], dict[str, list[int]]]:
    """Each token's readings, and the positions of each reading."""
    readings = [_readings(t) for t in tokens]
    where: dict[str, list[int]] = {}
    for i, terms in enumerate(readings):
        for term in terms:
            where.setdefault(term, []).append(i)
    return readings, where


def _other_leaf_spans(tokens: list[arabic.Token], leaf: q.Node) -> list[Span]:
    if isinstance(leaf, q.Exact):
        wanted = {arabic.fold(w.lower()) for w, _, _ in arabic.words(leaf.text)}
        return [(t.start, t.end) for t in tokens if t.exact in wanted]
    if isinstance(leaf, q.Prefix) and leaf.field in (None, "title"):
        folded = arabic.prefix_form(leaf.text)
        bare = arabic.strip_article(folded)
        return [
            (t.start, t.end)
            for t in tokens
            if t.exact.startswith(folded) or t.term.startswith(bare)
        ]
    return []


def spans_for(text: str, node: q.Node, limit_chars: int | None = None) -> list[Span]:
    """Sorted, non-overlapping spans of ``text`` where the positive parts of ``node`` match."""
    scanned = text if limit_chars is None else text[:limit_chars]
    tokens = arabic.analyze(scanned)
    readings, where = _positions(tokens)
    spans: list[Span] = []
    for leaf in q.positive_words(node):
        sequences = _leaf_matcher(leaf)
        if sequences is None:
            spans.extend(_other_leaf_spans(tokens, leaf))
            continue
        for seq in sequences:
            spans.extend(
                (tokens[i].start, tokens[i].end) for i in _sequence_spans(readings, where, seq)
            )
    return sorted(set(spans))


def _window(text: str, spans: list[Span]) -> tuple[int, int]:
    """The snippet window: the stretch of SNIPPET_CHARS holding the most matches."""
    if not spans:
        return 0, min(len(text), SNIPPET_CHARS)
    best_start, best_count, last = spans[0][0], 0, 0
    for i, (start, _) in enumerate(spans):  # spans are sorted: the window's end only moves on
        last = max(last, i)
        while last < len(spans) and spans[last][0] - start < SNIPPET_CHARS * 0.7:
            last += 1
        if last - i > best_count:
            best_start, best_count = start, last - i
    begin = max(0, best_start - SNIPPET_CHARS // 4)
    space = text.rfind(" ", 0, begin)
    newline = text.rfind("\n", 0, best_start)
    begin = max(begin if space < 0 else space + 1, newline + 1)
    return begin, min(len(text), begin + SNIPPET_CHARS)


def snippet(text: str, spans: list[Span]) -> str:
    """HTML-escaped excerpt with the matched words in <b>…</b>, on one line."""
    begin, end = _window(text, spans)
    if end < len(text):
        cut = text.rfind(" ", begin, end)
        end = cut if cut > begin + SNIPPET_CHARS // 2 else end
    out = ["…" if begin > 0 else ""]
    cursor = begin
    for start, stop in spans:
        if start < cursor or stop > end:
            continue
        out += [html.escape(text[cursor:start]), "<b>", html.escape(text[start:stop]), "</b>"]
        cursor = stop
    out.append(html.escape(text[cursor:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out).replace("\n", " · ")
