"""A capital named as a place, or standing for its government (``resources/place_cues.json``).

"من روما" and "in London" name a place: not a mention of Italy or the United Kingdom.
"دعم كييف" and "Washington said" name a government: a mention of its state. A capital heading a
line as a dateline ("برلين — أعلن", "LONDON (Reuters) -") is the place the story was filed
from, whatever follows. Then government cues
(before or after the capital) are looked at, then place cues before it and the
proclitic ب on the capital itself ("بروما"), and a place cue across one adjective ("العاصمة
الفرنسية باريس"); a capital with no cue stands for its government,
as capitals usually do in news text. Cues do not reach across punctuation.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from archiver.core.resources import resource_path
from archiver.core.text import arabic

_BREAK_RE = re.compile(r"[.!?;:،؛؟()\[\]\n\"“”«»,]")
# after a capital at the head of a line: a dateline's date or agency, then its dash
# ("برلين — أعلن", "London, 8 July 2025 —", "LONDON (Reuters) -", "تونس، 12 مارس 2024 -")
_DATELINE_AFTER = re.compile(r"(?:\s*[,،][^\n—–-]{1,40}?)?(?:\s*\([^()\n]{1,30}\))?\s*[—–-]")
_LINE_HEAD = re.compile(r"[\s\u200e\u200f*]*")
Cue = tuple[str, ...]


@dataclass(frozen=True)
class PlaceCues:
    """The cue lists, each cue its folded words."""

    government_before: frozenset[Cue]
    government_after: frozenset[Cue]
    place_before: frozenset[Cue]
    place_proclitics: tuple[str, ...]
    longest: int
    movement: frozenset[str]  # إلى / to: a place only after one of ``travel`` nearby
    travel: frozenset[str]


def _fold(word: str) -> str:
    return arabic.fold(word.lower())


@lru_cache(maxsize=1)
def load_cues() -> PlaceCues:
    """The place and government cues (resources/place_cues.json)."""
    data = json.loads(resource_path("place_cues.json").read_text(encoding="utf-8"))

    def cues(section: str) -> frozenset[Cue]:
        lists = data[section]
        return frozenset(tuple(_fold(w) for w in cue.split()) for cue in lists["ar"] + lists["en"])

    before, after, place = (cues(s) for s in ("government_before", "government_after",
                                              "place_before"))  # fmt: skip
    longest = max(len(c) for group in (before, after, place) for c in group)
    proclitics = tuple(_fold(p) for p in data["place_proclitics"]["ar"])
    moving = data["movement"]
    return PlaceCues(before, after, place, proclitics, max(longest, 4),
                     frozenset(_fold(w) for w in moving["prepositions"]),
                     frozenset(_fold(w) for w in moving["verbs"]))  # fmt: skip


def _readings(word: str) -> set[str]:
    """A folded word and its readings without a proclitic (لدعم is دعم, وأعلنت is أعلنت)."""
    out = {word}
    base = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    out.add(base)
    if base[:1] in "بلك" and len(base) > 3:
        out.add(base[1:])
    return out


class CapitalContext:
    """The words of one text, to tell a capital's place uses from its government uses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = arabic.words(text)
        self.starts = [start for _, start, _ in self.words]
        self.cues = load_cues()

    def is_place(self, start: int, end: int, alias: str) -> bool:
        """True when the capital written at [start, end) names a place, not a government."""
        first = bisect.bisect_left(self.starts, start)
        after = bisect.bisect_left(self.starts, end)
        if first >= len(self.words):
            return False
        if self._dateline(start, end):
            return True
        before = self._before(first)
        if self._ends_with(before, self.cues.government_before):
            return False
        if self._starts_with(self._after(after, end), self.cues.government_after):
            return False
        written, bare = _fold(self.words[first][0]), _fold(alias.split()[0])
        for clitic in self.cues.place_proclitics:
            if written != bare and written.removeprefix("و").removeprefix(clitic) == bare:
                return True
        if self._ends_with(before, self.cues.place_before) or self._travel(before):
            return True
        # العاصمة الفرنسية باريس: a place cue, then the capital's adjective
        return (
            bool(before)
            and before[-1].endswith(("ي", "يه"))
            and self._ends_with(before[:-1], self.cues.place_before)
        )

    def _dateline(self, start: int, end: int) -> bool:
        """True when the capital heads a line as a dateline's place: the city the story was
        filed from, not its government (whatever the lead then says it did)."""
        line = self.text.rfind("\n", 0, start) + 1
        if _LINE_HEAD.fullmatch(self.text, line, start) is None:
            return False
        return _DATELINE_AFTER.match(self.text, end) is not None

    def _travel(self, before: list[str]) -> bool:
        """وصل الوفد إلى باريس, flew to Paris: إلى / to after a verb of travel."""
        if not before or before[-1] not in self.cues.movement:
            return False
        return any(r in self.cues.travel for w in before[-4:-1] for r in _readings(w))

    def _before(self, first: int) -> list[str]:
        """The folded words before word ``first``, nearest last, up to a break."""
        out: list[str] = []
        i = first - 1
        while i >= 0 and len(out) < self.cues.longest:
            if _BREAK_RE.search(self.text, self.words[i][2], self.words[i + 1][1]):
                break
            out.insert(0, _fold(self.words[i][0]))
            i -= 1
        return out

    def _after(self, after: int, end: int) -> list[str]:
        """The folded words after the capital, nearest first, up to a break."""
        out: list[str] = []
        last = end
        for word, start, stop in self.words[after : after + self.cues.longest]:
            if _BREAK_RE.search(self.text, last, start):
                break
            out.append(_fold(word))
            last = stop
        return out

    @staticmethod
    def _ends_with(words: list[str], cues: frozenset[Cue]) -> bool:
        for n in range(1, len(words) + 1):
            tail = words[-n:]
            for reading in _readings(tail[0]):
                if (reading, *tail[1:]) in cues:
                    return True
        return False

    @staticmethod
    def _starts_with(words: list[str], cues: frozenset[Cue]) -> bool:
        for n in range(1, len(words) + 1):
            head = words[:n]
            for reading in _readings(head[0]):
                if (reading, *head[1:]) in cues:
                    return True
        return False
