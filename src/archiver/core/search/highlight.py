"""Where a query matched inside a document's canonical text, and the snippet around it."""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import operator
import re
import threading
from dataclasses import dataclass, field

from archiver.core.search import query as q
from archiver.core.text import arabic, spellings

Span = tuple[int, int]
SNIPPET_CHARS = 220
_LINE_BREAKS = re.compile(r"[ \t\r]*\n\s*")  # a blank line is one break, not "·  ·"
LIST_SCAN_CHARS = 300_000  # result lists scan this much of a very long text; the reader scans all
VERDICTS_KEPT = 200_000  # words a query remembers the verdict on (a result page's vocabulary)


@dataclass
class _Verdicts:
    """The words a query already decided on: each page's texts share most of their words."""

    matched: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)  # the app's threads share it


@dataclass(frozen=True)
class _Wanted:
    """What a query's positive parts look for in a text, analysed once per query."""

    readings: frozenset[str]  # a word's reading that matches alone (the Words leaves)
    phrases: tuple[tuple[frozenset[str], ...], ...]  # readings allowed at each place
    exact: frozenset[str]  # folded, unstemmed forms (=word)
    prefixes: tuple[tuple[str, str], ...]  # (folded prefix, the same without its article)
    # a piece of each term and form above, held by every word that can match one (see
    # _matching_words)
    cores: tuple[str, ...]
    phrase_cores: tuple[tuple[str, ...], ...]  # each phrase's, the same way
    verdicts: _Verdicts = field(default_factory=_Verdicts, compare=False)


@functools.lru_cache(maxsize=1024)
def _readings(analysis: arabic.Analysis, generation: int) -> frozenset[str]:
    """A query word's readings, its other spellings' included (a text's word is matched by
    its own: the index holds no other spellings of it); kept by the names' ``generation``."""
    return frozenset(spellings.readings(analysis))


TEXT_FIELDS: tuple[str | None, ...] = (None, "title")  # the parts of a query a text shows


@functools.lru_cache(maxsize=64)
def _wanted(node: q.Node, fields: tuple[str | None, ...], generation: int) -> _Wanted:
    """The readings, phrases, exact forms and prefixes ``node`` highlights in a text holding
    these fields (a document's title and text, or a memo's), as the analysis of this
    ``generation`` of the archive's names reads them."""
    readings: set[str] = set()
    phrases, exact, prefixes = [], set(), []
    for leaf in q.positive_words(node):
        shown = getattr(leaf, "field", None) in fields
        if isinstance(leaf, q.Exact) and None in fields:
            exact |= {arabic.fold(w.lower()) for w, _, _ in arabic.words(leaf.text)}
        elif isinstance(leaf, q.Words) and shown:
            for _, _, analysis in arabic.analysed_spans(leaf.text):
                readings |= _readings(analysis, generation)
        elif isinstance(leaf, q.Phrase) and shown:
            sequence = tuple(
                _readings(a, generation) for _, _, a in arabic.analysed_spans(leaf.text)
            )
            if sequence:
                phrases.append(sequence)
        elif isinstance(leaf, q.Prefix) and shown:
            folded = arabic.prefix_form(leaf.text)
            prefixes.append((folded, arabic.strip_article(folded)))
    looked_for = readings | exact | {part for pair in prefixes for part in pair}
    phrase_cores = tuple(_cores(set().union(*sequence)) for sequence in phrases)
    return _Wanted(frozenset(readings), tuple(phrases), frozenset(exact), tuple(prefixes),
                   _cores(looked_for), phrase_cores)  # fmt: skip


def _cores(forms: set[str]) -> tuple[str, ...]:
    """A piece of each form that every word able to match it holds (see _matching_words);
    a form folded to nothing (``=ـ``) gives the empty piece, which every word holds."""
    return tuple(sorted({form[:-1] if len(form) > 1 else form for form in forms}))


def _word_spans(tokens: list[tuple[int, int, arabic.Analysis]], wanted: _Wanted) -> set[Span]:
    """The tokens matching a Words, Exact or Prefix part of the query (one pass, no call
    per token: a page of results is thousands of tokens)."""
    readings, exact = wanted.readings, wanted.exact
    spans = {
        (start, end)
        for start, end, (term, form, alts) in tokens
        if term in readings or form in exact or (alts and not readings.isdisjoint(alts))
    }
    for folded, bare in wanted.prefixes:
        spans.update(
            (start, end)
            for start, end, (term, form, _) in tokens
            if form.startswith(folded) or term.startswith(bare)
        )
    return spans


_ANALYSE = "\x01"  # the searched form of a word that is always analysed


@functools.lru_cache(maxsize=100_000)
def _searched_forms(word: str) -> str:
    """The word lowered, and folded when that differs (a NUL between); ``_ANALYSE`` when it
    holds digits or marks, which folding rewrites or drops (such a word is always analysed)."""
    lowered = word.lower()
    if not lowered.isalpha():
        return _ANALYSE
    folded = arabic.fold(lowered)
    return lowered if folded == lowered else f"{folded}\0{lowered}"


def _holding_a_core(words: list[str], cores: tuple[str, ...]) -> list[str]:
    """The ``words`` whose searched forms hold one of ``cores`` (or are ``_ANALYSE``): one
    search per core through all the forms joined, not one per word."""
    if "" in cores:
        return words
    forms = list(map(_searched_forms, words))
    joined = "\n".join(forms)
    starts = [0, *itertools.accumulate(map(operator.add, map(len, forms), itertools.repeat(1)))]
    held: set[int] = set()
    for core in (*cores, _ANALYSE):
        at = joined.find(core)
        while at >= 0:
            line = bisect.bisect_right(starts, at) - 1
            held.add(line)
            at = joined.find(core, starts[line + 1])  # the next word's forms
    return [words[i] for i in held]


def _matching_words(words: list[str], wanted: _Wanted) -> set[str]:
    """The distinct ``words`` matching a Words, Exact or Prefix part of the query.

    A word is decided once per query (the verdicts are kept), and only a word that holds a
    core is analysed. An Arabic word's terms are pieces of its folded form (the stemmer only
    cuts letters off), and an English word's stem less its last letter starts it (the
    stemmer only rewrites the ending): a word holding no core cannot match, and a result
    page's other words, most of them, are never analysed. Digits and marks (which folding
    rewrites or drops) send a word to the analysis.
    """
    distinct, verdicts = set(words), wanted.verdicts
    with verdicts.lock:
        matched, rejected = verdicts.matched, verdicts.rejected
        if len(matched) + len(rejected) > VERDICTS_KEPT:
            matched.clear()
            rejected.clear()
        new = distinct - matched - rejected
        for word in _holding_a_core(list(new), wanted.cores):
            analysis = arabic.analysis_of(word)
            if analysis is not None and _word_spans([(0, 0, analysis)], wanted):
                matched.add(word)
        rejected |= new - matched
        return distinct & matched


def _stop_words_among(words: set[str]) -> set[str]:
    """The stop words among ``words``: what the analysis leaves out, found without it where
    folding leaves the lowered word as it is (a stop word is one folded)."""
    stops, found = arabic.stop_words(), set()
    for word in words:
        forms = _searched_forms(word)
        if forms == _ANALYSE or "\0" in forms:  # folding changed it: as the analysis reads it
            if arabic.analysis_of(word) is None:
                found.add(word)
        elif forms in stops:  # lowered, and folded the same
            found.add(word)
    return found


def _fitting(
    words: set[str], sequence: tuple[frozenset[str], ...], cores: tuple[str, ...]
) -> list[set[str]]:
    """For each place of a phrase, the ``words`` whose own readings are allowed there (only
    those holding one of the phrase's cores are analysed)."""
    fits: list[set[str]] = [set() for _ in sequence]
    for word in _holding_a_core(list(words), cores):
        analysis = arabic.analysis_of(word)
        if analysis is None:
            continue
        own = {analysis[0], *analysis[2]}
        for place, allowed in enumerate(sequence):
            if not allowed.isdisjoint(own):
                fits[place].add(word)
    return fits


def _phrase_spans(found: tuple[list[str], list[int], list[int]], wanted: _Wanted) -> set[Span]:
    """The spans of the words where a phrase of the query matches: its words in order, the
    stop words between them left out as the index leaves them out."""
    words, starts, ends = found
    distinct = set(words)
    stops = _stop_words_among(distinct)
    kept = list(
        itertools.compress(range(len(words)), map(operator.not_, map(stops.__contains__, words)))
    )
    kept_words = list(map(words.__getitem__, kept))
    spans: set[Span] = set()
    for sequence, cores in zip(wanted.phrases, wanted.phrase_cores, strict=True):
        fits, n = _fitting(distinct - stops, sequence, cores), len(sequence)
        heads = itertools.compress(range(len(kept_words)), map(fits[0].__contains__, kept_words))
        for i in heads:
            if i + n <= len(kept) and all(kept_words[i + k] in fits[k] for k in range(1, n)):
                spans.update((starts[kept[i + k]], ends[kept[i + k]]) for k in range(n))
    return spans


def spans_for(
    text: str,
    node: q.Node,
    limit_chars: int | None = None,
    fields: tuple[str | None, ...] = TEXT_FIELDS,
) -> list[Span]:
    """Sorted, non-overlapping spans of ``text`` where the positive parts of ``node`` on these
    fields match (a memo's text: ``fields=("memo",)``)."""
    scanned = text if limit_chars is None else text[:limit_chars]
    wanted = _wanted(node, fields, arabic.generation())
    found = arabic.word_spans(scanned)  # only the words that can match are analysed
    spans = arabic.spans_of_words(found, _matching_words(found[0], wanted))
    if not wanted.phrases:
        return spans
    return sorted({*spans, *_phrase_spans(found, wanted)})


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
    return _LINE_BREAKS.sub(" · ", "".join(out))
