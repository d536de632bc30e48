"""The category a commitment's quote tells by its words: "250 مليون دولار" is financial.

The cue words are data (``resources/commitment_categories.json``), matched by the analysis
search uses; the words found are the reason the dialog shows. No SQL.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass

from archiver.core.annotations.gazetteer import alias_terms
from archiver.core.annotations.model import CATEGORIES
from archiver.core.resources import resource_path
from archiver.core.text import arabic

TABLE = "commitment_categories.json"
_SYMBOLS = {"$": "financial", "€": "financial", "£": "financial"}


@dataclass(frozen=True)
class Likely:
    """A category told from a quote, and the quote's words that told it."""

    category: str
    words: tuple[str, ...]


@functools.cache
def cue_terms() -> dict[str, str]:
    """Analysed cue term → its category; loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for category, scripts in data.items():
        if category == "about":
            continue
        if category not in CATEGORIES:
            raise ValueError(f"{TABLE}: {category!r} is no category ({', '.join(CATEGORIES)})")
        for words in scripts.values():
            for word in words:
                for term in alias_terms(word):
                    found.setdefault(term, category)
    return found


def likely_category(quote: str) -> Likely | None:
    """The category most of the quote's cue words name, with those words; None when none
    does or two tie."""
    cues = cue_terms()
    said: dict[str, list[str]] = {}
    for token in arabic.analyze(quote):
        category = cues.get(token.term) or cues.get(token.exact)
        if category is not None:
            said.setdefault(category, []).append(quote[token.start : token.end])
    for symbol, category in _SYMBOLS.items():
        if symbol in quote:
            said.setdefault(category, []).append(symbol)
    counts = Counter({c: len(w) for c, w in said.items()}).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    best = counts[0][0]
    return Likely(best, tuple(dict.fromkeys(said[best])))
