"""Words OCR read in the wrong script: a page of one script read again with that model alone.

Reading Arabic and English at once (``-l ara+eng``), Tesseract sometimes takes an Arabic word
for a Latin one (يومياً came out as "lags", للبنان. as "gla)").  A page whose words are
mostly of one script, with a few of the other, is read again with the one model of its
script, and each run of other-script words is replaced by what that reading has in its
place, when that is words of the page's script.  A real Latin name in an Arabic page reads
as junk with the Arabic model alone (digits, signs), so it stays as first read.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from archiver.core.text import scripts

_ARABIC = re.compile(f"[{scripts.LETTERS}]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_PUNCTUATION = "\"'()[]{}«».,;:!?،؛؟…-–—"
_CLEAN = {  # a word as the model of the page's script writes one: its letters only
    "ara": re.compile(f"[{scripts.WORD_CHARS}]+"),
    "eng": re.compile("[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*"),
}
_DOMINANCE = 3  # one script's words outnumber the other's this many times: the page's script

Reread = Callable[[list[int], str], list[str]]
"""Read the pages at these indices again with this one language: their texts, in order."""


def script_of(word: str) -> str | None:
    """'ara' for a word with Arabic letters, 'eng' for one with Latin letters only, else None."""
    if _ARABIC.search(word):
        return "ara"
    return "eng" if _LATIN.search(word) else None


def page_script(text: str) -> str | None:
    """The script of a page that holds a few words of the other: None when it holds none, or
    when neither script clearly outnumbers the other (a page of two languages)."""
    counts = {"ara": 0, "eng": 0}
    for word in text.split():
        found = script_of(word)
        if found:
            counts[found] += 1
    main, other = sorted(counts, key=counts.__getitem__, reverse=True)
    if not counts[other] or counts[main] < _DOMINANCE * counts[other]:
        return None
    return main


def fix_scripts(pages: list[str], reread: Reread, languages: tuple[str, ...]) -> list[str]:
    """The pages, each stray run of other-script words replaced from the reading of its
    page with the one model of its script (``languages``: the models installed)."""
    wanted: dict[str, list[int]] = {}
    for index, text in enumerate(pages):
        found = page_script(text)
        if found in languages and len(languages) > 1:
            wanted.setdefault(found, []).append(index)
    out = list(pages)
    for language, indices in wanted.items():
        for index, again in zip(indices, reread(indices, language), strict=False):
            out[index] = replace_strays(pages[index], again, language)
    return out


def replace_strays(first: str, again: str, language: str) -> str:
    """``first`` with each run of words not in ``language``'s script taken from ``again``,
    where ``again`` has words of that script (and nothing else) in their place."""
    parts = re.split(r"(\s+)", first)
    words, spaces = parts[0::2], ["", *parts[1::2]]  # spaces[k]: what comes before words[k]
    other = again.split()
    matcher = difflib.SequenceMatcher(None, words, other, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        strays = op == "replace" and all(_stray(w, language) for w in words[i1:i2])
        if strays and all(_clean(w, language) for w in other[j1:j2]):
            words[i1] = " ".join(other[j1:j2])
            for k in range(i1 + 1, i2):  # the run's other words and the spaces before them go
                words[k] = spaces[k] = ""
    return "".join(space + word for space, word in zip(spaces, words, strict=True))


def _stray(word: str, language: str) -> bool:
    found = script_of(word)
    return found is not None and found != language


def _clean(word: str, language: str) -> bool:
    return bool(_CLEAN[language].fullmatch(word.strip(_PUNCTUATION)))
