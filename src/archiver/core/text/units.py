"""Sentences, clauses and words of a text, for selecting a quote by keyboard.

The cuts are data (``resources/text_units.json``): sentence ends, clause marks and the words
that open a clause, Arabic and English. Every span is in code points of the text and trimmed
as a hand-made selection is (``scripts.trim_selection``). Work is bounded by the paragraph
around the position, so a 300-page text costs what its paragraph costs.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from archiver.core.resources import resource_path
from archiver.core.text.arabic import fold
from archiver.core.text.scripts import trim_selection

TABLE = "text_units.json"
SENTENCE = "sentence"
CLAUSE = "clause"
Span = tuple[int, int]
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Cuts:
    """The compiled table: where sentences end and clauses begin."""

    sentence_end: re.Pattern[str]
    clause_mark: re.Pattern[str]
    openers: tuple[tuple[str, ...], ...]  # folded words of each opener, longest first


def _word_key(word: str) -> str:
    return fold(word.strip("\"'“”‘’«»()[]{}.,،؛;:!?؟").lower())


@functools.cache
def cuts() -> Cuts:
    """The table, loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))
    ends = "".join(re.escape(c) for c in data["sentence_ends"])
    closers = "".join(re.escape(c) for c in data["closers"])
    marks = data["clause_marks"]
    loose = "".join(re.escape(c) for c in marks if c in ",:")  # 1,000 and 10:30 stay whole
    tight = "".join(re.escape(c) for c in marks if c not in ",:")
    openers = {tuple(_word_key(w) for w in phrase.split())
               for phrases in data["clause_openers"].values() for phrase in phrases}  # fmt: skip
    return Cuts(
        re.compile(f"[{ends}]+[{closers}]*(?=\\s|$)"),
        re.compile(f"[{tight}]|[{loose}](?=\\s|$)"),
        tuple(sorted(openers, key=len, reverse=True)),
    )


def _paragraph(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _cut_points(text: str, start: int, end: int, kind: str) -> list[int]:
    """Where the pieces of ``text[start:end]`` (one paragraph) begin and end, in order."""
    table = cuts()
    piece = text[start:end]
    points = {start, end} | {start + m.end() for m in table.sentence_end.finditer(piece)}
    if kind == CLAUSE:
        points |= {start + m.end() for m in table.clause_mark.finditer(piece)}
        words = [(start + m.start(), _word_key(m.group())) for m in _WORD.finditer(piece)]
        keys = [key for _at, key in words]
        for i, (at, _key) in enumerate(words):
            if i and any(tuple(keys[i : i + len(o)]) == o for o in table.openers):
                points.add(at)
    return sorted(points)


def pieces(text: str, pos: int, kind: str) -> list[Span]:
    """The sentences (or clauses) of the paragraph around ``pos``, trimmed, none empty."""
    start, end = _paragraph(text, pos)
    points = _cut_points(text, start, end, kind)
    spans = (trim_selection(text, a, b) for a, b in itertools.pairwise(points))
    return [(a, b) for a, b in spans if a < b]


def piece_at(text: str, pos: int, kind: str) -> Span | None:
    """The sentence (or clause) at ``pos``: the one holding it, else the next, else the last
    of its paragraph; on a blank line the next paragraph's first."""
    pos = max(0, min(pos, len(text)))
    found = pieces(text, pos, kind)
    if not found:
        return step_from(text, pos, pos, kind, 1)
    for a, b in found:
        if pos <= b:
            return a, b
    return found[-1]


def step_from(text: str, start: int, end: int, kind: str, step: int) -> Span | None:
    """The sentence (or clause) after ``end`` (step 1) or before ``start`` (step -1), across
    paragraphs; None at the end (or the start) of the text."""
    pos = end if step > 0 else start
    while 0 <= pos <= len(text):
        found = pieces(text, pos, kind)
        after = (
            [p for p in found if p[0] >= end] if step > 0 else [p for p in found if p[1] <= start]
        )
        if after:
            return after[0] if step > 0 else after[-1]
        para_start, para_end = _paragraph(text, pos)
        pos = para_end + 1 if step > 0 else para_start - 1
        if step < 0 and pos < 0:
            return None
    return None


def grow(text: str, span: Span, kind: str, at_end: bool = True) -> Span:
    """The span with one more word (or clause) at its end, or at its start."""
    start, end = span
    if kind == CLAUSE:
        more = step_from(text, start, end, CLAUSE, 1 if at_end else -1)
        if more is None:
            return span
        return (start, more[1]) if at_end else (more[0], end)
    words = _words_after(text, end) if at_end else _words_before(text, start)
    word = next(words, None)
    if word is None:
        return span
    return trim_selection(text, start, word[1]) if at_end else trim_selection(text, word[0], end)


def shrink(text: str, span: Span, kind: str, at_end: bool = True) -> Span:
    """The span without its last (or first) word or clause; unchanged when that is all it has."""
    start, end = span
    if kind == CLAUSE:
        inside = [p for p in _clauses_over(text, start, end) if p[1] > start and p[0] < end]
        if len(inside) < 2:
            return span
        cut = trim_selection(text, start, inside[-2][1]) if at_end else trim_selection(
            text, inside[1][0], end)  # fmt: skip
        return cut if cut[0] < cut[1] else span
    words = [(a, b) for a, b in _word_spans(text, start, end) if a < b]
    if len(words) < 2:
        return span
    cut = trim_selection(text, start, words[-2][1]) if at_end else trim_selection(
        text, words[1][0], end)  # fmt: skip
    return cut if cut[0] < cut[1] else span


def _clauses_over(text: str, start: int, end: int) -> list[Span]:
    """The clauses of every paragraph the span touches."""
    found: list[Span] = []
    pos = start
    while pos <= end:
        found += pieces(text, pos, CLAUSE)
        pos = _paragraph(text, pos)[1] + 1
    return sorted(set(found))


def _word_spans(text: str, start: int, end: int) -> list[Span]:
    """Words of ``text[start:end]`` that hold more than punctuation, trimmed."""
    spans = (trim_selection(text, m.start(), m.end()) for m in _WORD.finditer(text, start, end))
    return [(a, b) for a, b in spans if a < b]


def _words_after(text: str, end: int) -> Iterator[Span]:
    for m in _WORD.finditer(text, end):
        a, b = trim_selection(text, m.start(), m.end())
        if a < b:
            yield a, b


def _words_before(text: str, start: int) -> Iterator[Span]:
    yield from reversed(_word_spans(text, _paragraph(text, max(0, start - 1))[0], start))
