"""Spellings the Arabic press writes one word in (أمريكا and أميركا, ترامب and ترمب): a query
word in one of them finds the others. The groups are in ``resources/spelling_variants.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from archiver.core.resources import resource_path
from archiver.core.text import arabic

_LEAD = "[وفبلك]{0,2}(?:ال)?"  # clitics and the article before the listed form


@lru_cache(maxsize=1)
def _groups() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """Each listed form with the other forms of its group, and one pattern finding any."""
    data = json.loads(resource_path("spelling_variants.json").read_text(encoding="utf-8"))
    others: dict[str, tuple[str, ...]] = {}
    for group in data["groups"]:
        forms = [arabic.fold(form) for form in group]
        for form in forms:
            others[form] = tuple(f for f in forms if f != form)
    longest_first = sorted(others, key=len, reverse=True)
    pattern = re.compile(f"^({_LEAD})({'|'.join(map(re.escape, longest_first))})")
    return others, pattern


def other_spellings(exact: str) -> tuple[str, ...]:
    """The folded word ``exact`` (as ``Token.exact``) in the group's other spellings; () when
    it holds none of the listed forms."""
    others, pattern = _groups()
    found = pattern.match(exact)
    if found is None:
        return ()
    lead, form = found.groups()
    rest = exact[found.end() :]
    return tuple(lead + other + rest for other in others[form])


def _other_analyses(exact: str) -> list[arabic.Analysis]:
    """The analyses of the folded word ``exact`` in its group's other spellings."""
    found = (arabic.analysis_of(spelling) for spelling in other_spellings(exact))
    return [analysis for analysis in found if analysis is not None]


def readings(analysis: arabic.Analysis) -> tuple[str, ...]:
    """A query word's index terms: its own readings, then those of its other spellings."""
    term, exact, alts = analysis
    terms = [term, *alts]
    for other in _other_analyses(exact):
        terms += [other[0], *other[2]]
    return tuple(dict.fromkeys(terms))


def phrase_terms(analysis: arabic.Analysis) -> tuple[str, ...]:
    """A phrase word's terms: its own stem, then those of its other spellings."""
    term, exact, _ = analysis
    return tuple(dict.fromkeys([term, *(other[0] for other in _other_analyses(exact))]))
