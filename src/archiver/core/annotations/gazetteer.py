"""Alias matching: which participants a text mentions, and where (no database here).

Aliases and texts go through the same analysis as search (``arabic.analyze``), so الفرنسية,
وفرنسا and لفرنسا meet France's aliases on their stems or clitic readings. Matching is on
whole tokens only, longest alias first, in one pass over the tokens (a dict from an alias's
first term to the aliases starting with it).

Precision rules (a word that only looks like an alias must not be suggested):

1. Whole tokens only, and a multi-word alias must not straddle punctuation or a line break.
2. Case-sensitive aliases (Latin abbreviations written in capitals: US, UK, EU, NATO...) match
   the surface text, never the lowercased term: "us" in English is the pronoun. Aliases of
   four or more letters also match in title case ("Nato").
3. A one-word Arabic demonym matches only a word that carries the nisba ending (ي، ية، يون،
   يين، يات) or the demonym's own broken plural (الروس): the verb ترك ("left") has the stem of
   التركي but is not Turkish.
4. Ambiguous common words (``AMBIGUOUS``: مالي "my money / financial", المغرب "sunset prayer /
   the Maghreb") are suggested only with a cue: a cue word just before them (دولة، جمهورية،
   حكومة، شمال...) or another, unambiguous alias of the same participant in the same text.
5. A one-word name or capital does not match its nisba form: البغدادي (a surname, or
   "of Baghdad") is not Baghdad, العراقي is Iraqi only through Iraq's demonym aliases.
6. A capital named as a place ("من روما", "in London") is not its state; used for its
   government ("دعم كييف", "Washington said") it is (``places.CapitalContext``).
7. Context exclusions (``NOT_BEFORE`` / ``NOT_AFTER``): مجلس الأمن القومي is a national
   security council, not the UN Security Council; المحيط الهندي and Latin America are not
   India or the United States.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from archiver.core.annotations.places import CapitalContext
from archiver.core.resources import resource_path
from archiver.core.text import arabic, scripts

_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات")
_BREAK_RE = re.compile(r"[.!?;:،؛؟()\[\]\n]")

# Analysed terms of one-word aliases that are also common words; see rule 4.
# عمان is Oman and, with its shadda folded away, also Amman, Jordan's capital.
AMBIGUOUS: frozenset[str] = frozenset({"مالي", "مغرب", "عمان"})
# Terms (analysed) that, just before an ambiguous alias, show that a place is meant.
CUES: frozenset[str] = frozenset(
    [
        "دول",
        "دوله",
        "سلطن",
        "جمهوري",
        "جمهوريه",
        "حكومه",
        "حكوم",
        "رئيس",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "عاصمه",
        "سلطات",
        "بلد",
        "بلاد",
        "مملكه",
        "سفير",
        "سفاره",
        "وزير",
        "جيش",
    ]
)
# Alias terms -> terms that, right after / right before the alias, mean something else.
NOT_BEFORE: dict[tuple[str, ...], frozenset[str]] = {
    ("مجلس", "امن"): frozenset({"قوم", "وطن"}),
    ("امريكا",): frozenset({"لاتين", "لاتيني", "جنوب", "شمال", "وسط"}),
    ("اميركا",): frozenset({"لاتين", "لاتيني", "جنوب", "شمال", "وسط"}),
    ("indian",): frozenset({"ocean"}),
    ("هند",): frozenset({"صين"}),  # الهند الصينية: Indochina
}
NOT_AFTER: dict[tuple[str, ...], frozenset[str]] = {
    ("هند",): frozenset({"محيط"}),
    ("صين",): frozenset({"هند"}),  # الهند الصينية: Indochina
    ("america",): frozenset({"latin", "south", "north", "central"}),
    ("american",): frozenset({"latin", "south", "north", "central"}),
}


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One alias ready for matching: its participant and its analysed terms."""

    alias_id: int
    participant_id: int
    alias: str
    terms: tuple[str, ...]
    kind: str = "name"
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """An alias found at [start, end) of a text."""

    participant_id: int
    alias_id: int
    alias: str
    start: int
    end: int
    weak: bool = False  # an ambiguous word, kept only with a cue (rule 4)
    place: bool = False  # a capital named as a place (rule 6), found only when asked for


@dataclass
class Found:
    """All matches of one participant in a text."""

    participant_id: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Number of places the participant is mentioned."""
        return len(self.spans)


def alias_terms(alias: str) -> tuple[str, ...]:
    """The analysed term sequence of an alias (what ``folded`` stores, space-joined)."""
    return tuple(t.term for t in arabic.analyze(alias))


def is_case_sensitive(alias: str) -> bool:
    """Latin abbreviations in capitals (US, EU, NATO, G7) must match as written."""
    letters = [c for c in alias if c.isalpha()]
    return (
        bool(letters)
        and not scripts.has_letter(alias)
        and " " not in alias.strip()
        and len(alias) <= 6
        and all(c.isupper() for c in letters)
    )


def language_of(alias: str) -> str:
    """'ar' for Arabic script, else 'en'."""
    return "ar" if scripts.has_letter(alias) else "en"


def _bare(exact: str) -> str:
    """A folded word without its article or one-letter proclitic cluster."""
    stripped = arabic.strip_article(exact)
    if stripped == exact and exact[:1] in "وفبلك" and len(exact) > 4:
        stripped = arabic.strip_article(exact[1:])
    return stripped


class Matcher:
    """Finds aliases in texts; build once per alias set, reuse for every document."""

    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        self._by_first: dict[str, list[AliasEntry]] = {}
        self._by_surface: dict[str, list[AliasEntry]] = {}
        self._strong: dict[int, bool] = {}
        self._capitals: set[int] = set()
        for entry in entries:
            if entry.kind == "capital":
                self._capitals.add(entry.alias_id)
            if entry.case_sensitive:
                self._by_surface.setdefault(entry.alias, []).append(entry)
                if len(entry.alias) >= 4:
                    self._by_surface.setdefault(entry.alias.capitalize(), []).append(entry)
            elif entry.terms:
                self._by_first.setdefault(entry.terms[0], []).append(entry)
        for group in self._by_first.values():
            group.sort(key=lambda e: -len(e.terms))
        self._demonym_bare = {
            e.alias_id: _bare(arabic.fold(e.alias.lower()))
            for group in self._by_first.values()
            for e in group
            if e.kind == "demonym" and len(e.terms) == 1
        }
        self._place_bare = {
            e.alias_id: _bare(arabic.fold(e.alias.lower()))
            for group in self._by_first.values()
            for e in group
            if e.kind in ("name", "capital") and len(e.terms) == 1 and scripts.has_letter(e.alias)
        }

    def find(
        self, text: str, tokens: list[arabic.Token] | None = None, *, places: bool = False
    ) -> list[Match]:
        """Every alias occurrence in ``text`` after the precision rules, in text order; with
        ``places``, the capitals named as places too (marked ``place``)."""
        tokens = arabic.analyze(text) if tokens is None else tokens
        found = self._term_matches(text, tokens) + self._surface_matches(text)
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Match] = []
        for match in found:  # overlapping matches: the longer one, found first, wins
            if kept and match.start < kept[-1].end:
                continue
            kept.append(match)
        kept = self._mark_places(text, kept, keep=places)
        strong = {m.participant_id for m in kept if not m.weak}
        return [m for m in kept if not m.weak or m.participant_id in strong]

    def _mark_places(self, text: str, matches: list[Match], *, keep: bool) -> list[Match]:
        """The matches less the capitals named as places (rule 6), or with them marked."""
        if not any(m.alias_id in self._capitals for m in matches):
            return matches
        context = CapitalContext(text)
        out = []
        for m in matches:
            if m.alias_id in self._capitals and context.is_place(m.start, m.end, m.alias):
                if keep:
                    out.append(replace(m, place=True))
            else:
                out.append(m)
        return out

    def group(self, matches: Iterable[Match]) -> dict[int, Found]:
        """Matches gathered by participant, spans in text order."""
        out: dict[int, Found] = {}
        for m in matches:
            found = out.setdefault(m.participant_id, Found(m.participant_id))
            found.spans.append((m.start, m.end))
            if m.alias not in found.aliases:
                found.aliases.append(m.alias)
        return out

    def _term_matches(self, text: str, tokens: list[arabic.Token]) -> list[Match]:
        out = []
        for i, token in enumerate(tokens):
            seen: set[int] = set()
            for reading in (token.term, *token.alts):
                for entry in self._by_first.get(reading, ()):
                    if entry.alias_id in seen:
                        continue
                    seen.add(entry.alias_id)
                    match = self._try(text, tokens, i, entry)
                    if match is not None:
                        out.append(match)
                        break  # longest alias first: the rest of this group is shorter
        return out

    def _try(
        self, text: str, tokens: list[arabic.Token], i: int, entry: AliasEntry
    ) -> Match | None:
        n = len(entry.terms)
        if i + n > len(tokens):
            return None
        for k in range(1, n):
            tok = tokens[i + k]
            if entry.terms[k] != tok.term and entry.terms[k] not in tok.alts:
                return None
            if _BREAK_RE.search(text, tokens[i + k - 1].end, tok.start):
                return None
        first, last = tokens[i], tokens[i + n - 1]
        if entry.alias_id in self._demonym_bare and not self._nisba_ok(entry, first):
            return None
        if entry.alias_id in self._place_bare and self._is_nisba_of(entry, first):
            return None
        if not self._context_ok(tokens, i, n, entry.terms):
            return None
        weak = n == 1 and entry.terms[0] in AMBIGUOUS and not _cue_before(tokens, i)
        return Match(entry.participant_id, entry.alias_id, entry.alias, first.start, last.end, weak)

    def _nisba_ok(self, entry: AliasEntry, token: arabic.Token) -> bool:
        if not scripts.has_letter(token.exact):
            return True
        bare = _bare(token.exact)
        return bare.endswith(_NISBA_ENDINGS) or bare == self._demonym_bare[entry.alias_id]

    def _is_nisba_of(self, entry: AliasEntry, token: arabic.Token) -> bool:
        """True when the word is the place's adjective (بغداد -> البغدادي), not the place."""
        bare = _bare(token.exact)
        return bare != self._place_bare[entry.alias_id] and bare.endswith(_NISBA_ENDINGS)

    @staticmethod
    def _context_ok(tokens: list[arabic.Token], i: int, n: int, terms: tuple[str, ...]) -> bool:
        after = NOT_BEFORE.get(terms)
        if after and i + n < len(tokens) and tokens[i + n].term in after:
            return False
        before = NOT_AFTER.get(terms)
        return not (before and i > 0 and tokens[i - 1].term in before)

    def _surface_matches(self, text: str) -> list[Match]:
        if not self._by_surface:
            return []
        out = []
        for word, start, end in arabic.words(text):
            for entry in self._by_surface.get(word, ()):
                out.append(Match(entry.participant_id, entry.alias_id, entry.alias, start, end))
        return out


def _cue_before(tokens: list[arabic.Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].term in CUES or any(a in CUES for a in tokens[i - 1].alts))


@lru_cache(maxsize=1)
def load_gazetteer() -> dict[str, Any]:
    """The starter gazetteer (resources/gazetteer.json)."""
    data: dict[str, Any] = json.loads(resource_path("gazetteer.json").read_text(encoding="utf-8"))
    return data
