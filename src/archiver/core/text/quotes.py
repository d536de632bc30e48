"""Quotes in a document's text: finding a quoted passage, and spans that keep words whole."""

from __future__ import annotations

import unicodedata

from archiver.core.errors import Ambiguous, BadSpan
from archiver.core.text import arabic
from archiver.core.text.scripts import trim_selection

TATWEEL = "\u0640"


def is_word_char(char: str) -> bool:
    """True for a letter, digit, combining mark (harakat) or tatweel: part of a word."""
    return char == TATWEEL or unicodedata.category(char)[0] in "LNM"


def find_quote(text: str, quote: str, where: str = "the document") -> tuple[int, int]:
    """The one span of ``text`` equal to ``quote``, or else the one that reads the same with
    harakat, tatweel, hamza seats, ة/ه, ى/ي, case and spacing folded (a quote typed without
    the shadda of عمّان finds it); BadSpan when absent, Ambiguous (naming how many places,
    with their spans as candidates) when it occurs more than once."""
    wanted = quote.strip()
    if not wanted:
        raise BadSpan("the quote is empty")
    found = [(a, _past_marks(text, b)) for a, b in _occurrences(text, wanted)]
    found = found or _folded_occurrences(text, wanted)
    if not found:
        raise BadSpan(
            f"«{wanted}» does not occur in {where} (even with harakat, tatweel, hamza forms"
            " and spacing left aside)"
        )
    if len(found) > 1:
        places = ", ".join(f"{a}:{b}" for a, b in found[:5]) + (", …" if len(found) > 5 else "")
        raise Ambiguous(
            f"«{wanted}» occurs in {len(found)} places in {where} ({places}); quote more of the"
            " passage, or give --quote START:END",
            found,
        )
    return found[0]


def _occurrences(text: str, wanted: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    at = text.find(wanted)
    while at >= 0:
        found.append((at, at + len(wanted)))
        at = text.find(wanted, at + 1)
    return found


def _folded_occurrences(text: str, wanted: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose folded letters are those of ``wanted``, each ending after
    the marks that follow its last letter."""
    folded, sources = _folded(text)
    needle = _folded(wanted)[0].strip()
    if not needle:
        return []
    return [
        (sources[start], _past_marks(text, sources[end - 1] + 1))
        for start, end in _occurrences(folded, needle)
    ]


def _past_marks(text: str, end: int) -> int:
    """``end`` moved past the harakat and tatweel that follow it: a quote keeps its last
    letter's marks."""
    while end < len(text) and _folded_char(text[end]) == "":
        end += 1
    return end


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded a character at a time (a run of spaces is one), and for each folded
    character the position of the character of ``text`` it came from."""
    out: list[str] = []
    sources: list[int] = []
    for at, char in enumerate(text):
        piece = " " if char.isspace() else _folded_char(char)
        if piece == " " and out and out[-1] == " ":
            continue
        out.extend(piece)
        sources.extend([at] * len(piece))
    return "".join(out), sources


_FOLDED: dict[str, str] = {}


def _folded_char(char: str) -> str:
    """One character as the index folds it, lower-cased ('' for a haraka, tatweel or a
    direction mark)."""
    piece = _FOLDED.get(char)
    if piece is None:
        if char.isspace():
            piece = " "
        elif unicodedata.category(char) == "Cf":  # a direction mark or joiner: no letter
            piece = ""
        else:
            piece = arabic.fold(char).lower()
        _FOLDED[char] = piece
    return piece


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` begins or ends inside a word."""
    return _inside(text, start) or _inside(text, end)


def _inside(text: str, at: int) -> bool:
    """True when position ``at`` falls between two characters of one word."""
    return 0 < at < len(text) and is_word_char(text[at - 1]) and is_word_char(text[at])


def nearest_whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span nearest to ``start:end`` whose ends fall between words (each end moved to the
    closer edge of the word it cuts; outwards when that would leave nothing)."""
    new_start = _nearest_edge(text, start)
    new_end = _nearest_edge(text, end)
    if new_end <= new_start:
        new_start, new_end = _word_start(text, start), _word_end(text, end)
    return trim_selection(text, new_start, new_end)


def _word_start(text: str, at: int) -> int:
    while at > 0 and is_word_char(text[at - 1]):
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while at < len(text) and is_word_char(text[at]):
        at += 1
    return at


def _nearest_edge(text: str, at: int) -> int:
    if not _inside(text, at):
        return at
    back, forward = _word_start(text, at), _word_end(text, at)
    return back if at - back <= forward - at else forward


def check_whole_words(text: str, start: int, end: int, where: str = "the document") -> None:
    """BadSpan, naming the nearest span of whole words, when ``start:end`` cuts a word."""
    if not (0 <= start < end <= len(text)):
        raise BadSpan(f"span {start}:{end} is outside {where} (0:{len(text)})")
    if cuts_a_word(text, start, end):
        near = nearest_whole_words(text, start, end)
        raise BadSpan(
            f"span {start}:{end} cuts a word in two («{text[start:end]}»); the nearest span of"
            f" whole words is {near[0]}:{near[1]} («{text[near[0] : near[1]]}»)"
        )
