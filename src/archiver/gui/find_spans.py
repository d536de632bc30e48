"""Find in document: where the find bar's text occurs in the open document."""

from __future__ import annotations

from collections.abc import Callable

Span = tuple[int, int]


def find_spans(text: str, typed: str, highlights: Callable[[str], list[Span]]) -> list[Span]:
    """The matches of ``typed`` in ``text``: the exact phrase, else the query's hits, else literal."""
    if not typed.strip():
        return []
    phrase = typed.strip().strip('"').strip()
    several = len(phrase.split()) > 1
    # Several words: the exact phrase first, so one match selects the whole quote.
    spans = literal_spans(text, phrase) if several else []
    if not spans:
        spans = highlights(typed)
        spans = merge_adjacent(text, spans) if several else spans
    if not spans:  # fall back to the literal characters
        spans = literal_spans(text, typed)
    return spans


def merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Join spans separated only by spaces and punctuation (the words of one phrase)."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and not any(ch.isalnum() for ch in text[merged[-1][1] : start]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def literal_spans(text: str, needle: str) -> list[Span]:
    """Every occurrence of ``needle``, ignoring case where casefolding keeps the lengths."""
    spans: list[Span] = []
    low, pat, start = text.casefold(), needle.casefold(), 0
    if len(low) != len(text):  # casefold changed lengths: search as typed
        low, pat = text, needle
    while (found := low.find(pat, start)) >= 0:
        spans.append((found, found + len(pat)))
        start = found + max(1, len(pat))
    return spans
