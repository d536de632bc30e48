"""Sources and recipients among the participants named in a quote, by the words before them.

"ترفض الولايات المتحدة تزويد أوكرانيا" has the United States as source (the subject of the
verb) and Ukraine as recipient ("تزويد" before its name); "لبنان سيتلقى" has Lebanon as
recipient (the subject of a receiving verb), and so has "للأردن" (ل joined to the name). A
place ("في الأردن") and a people ("بتهجير الفلسطينيين") are no actor. The cues are data
(``resources/actor_roles.json``), Arabic and English; nothing here reads the archive.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from archiver.core.resources import resource_path
from archiver.core.text.arabic import fold

TABLE = "actor_roles.json"
SOURCE, RECIPIENT = "source", "recipient"
_WORD = re.compile(r"[^\s\"'“”«»()\[\].,،؛;:!?؟-]+")


@dataclass(frozen=True)
class Cues:
    """The folded cue words of the table."""

    recipient: frozenset[str]
    not_actor: frozenset[str]
    prefixes: tuple[str, ...]  # joined prepositions of a recipient ("ل"), longest first
    clitics: tuple[str, ...]  # what an Arabic cue may carry in front ("و", "لل"), longest first
    skip: frozenset[str]
    receiving: frozenset[str]  # verbs whose subject receives: تلقى, would receive
    receiving_ar: frozenset[str]  # the Arabic ones, which may come before the subject too
    helpers: frozenset[str]  # words between a subject and its verb: would, will, is to
    people: frozenset[str]  # a name beside one is a people: "Syrian refugees"


def _key(word: str) -> str:
    return fold(word.lower())


@functools.cache
def cues() -> Cues:
    """The table, loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))

    def words(name: str, lang: str | None = None) -> frozenset[str]:
        return frozenset(_key(w) for code, ws in data[name].items() if lang in (None, code)
                         for w in ws)  # fmt: skip

    def longest(name: str) -> tuple[str, ...]:
        return tuple(sorted(words(name), key=len, reverse=True))

    return Cues(words("recipient_cues"), words("not_actor_cues"), longest("recipient_prefixes"),
                longest("cue_clitics"), words("skip"), words("receiving_verbs"),
                words("receiving_verbs", "ar"), words("verb_helpers"),
                words("people_nouns"))  # fmt: skip


def _is_cue(word: str, cue_words: frozenset[str], table: Cues) -> bool:
    key = _key(word)
    if key in cue_words:
        return True
    return any(key.startswith(c) and key[len(c) :] in cue_words for c in table.clitics)


def role_at(text: str, start: int, end: int, names: Iterable[str] = ()) -> str | None:
    """The role of the participant named at ``text[start:end]``: recipient, source, or None
    (no actor: "بين أوكرانيا", "في الأردن", a people: "بتهجير الفلسطينيين"); ``names`` are its
    names and aliases (to tell "لأوكرانيا" and "للأردن", ل joined to the name, from a name
    that starts with ل, "لبنان")."""
    table = cues()
    named = _key(text[start:end])
    folded_names = {_key(n) for n in names}
    if named not in folded_names and _joined_to(named, folded_names, table):
        return RECIPIENT
    before = [m.group() for m in _WORD.finditer(text, max(0, start - 80), start)]
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if (before and text[start - 1 : start] == " " and _key(before[-1]) in table.people) or (
        after is not None and _key(after.group()) in table.people
    ):
        return None
    while before and _key(before[-1]) in table.skip:
        before.pop()
    if before and _is_cue(before[-1], table.recipient | table.receiving_ar, table):
        return RECIPIENT
    if _receives(text, end, table):
        return RECIPIENT
    if before and _is_cue(before[-1], table.not_actor, table):
        return None
    if _people(named, folded_names):
        return None
    return SOURCE


def _joined_to(named: str, folded_names: set[str], table: Cues) -> bool:
    """Whether a recipient's ل is joined to the name: لأوكرانيا, وللأردن (ل + الأردن, whose
    article's alef the ل takes)."""
    for prefix in table.prefixes:
        rest = named[len(prefix) :]
        if named.startswith(prefix) and (
            rest in folded_names or (prefix.endswith("لل") and "ال" + rest in folded_names)
        ):
            return True
    return False


def _people(named: str, folded_names: set[str]) -> bool:
    """Whether the name is one word, a people's plural (الفلسطينيين, السوريون, Palestinians):
    the object or attribute of a noun (تهجير الفلسطينيين, اللاجئين السوريين), not who commits
    (a name of more words, نقابة الصحفيين, is not one)."""
    if " " in named:
        return False
    if named.endswith(("يين", "يون")) and len(named) > 5:
        return True
    return named.endswith("s") and named not in folded_names and named[:-1] in folded_names


def _receives(text: str, end: int, table: Cues) -> bool:
    """Whether the name ending at ``end`` is the subject of a receiving verb that follows it
    with only helpers between ("لبنان سيتلقى", "Ukraine would receive"; not across a comma)."""
    for match in _WORD.finditer(text, end, min(len(text), end + 80)):
        if text[end : match.start()].strip():
            return False
        if _is_cue(match.group(), table.receiving, table):
            return True
        if _key(match.group()) not in table.helpers:
            return False
        end = match.end()
    return False


def roles(
    text: str,
    mentions: Iterable[tuple[int, int, int]],
    names: Callable[[int], Iterable[str]] = lambda _pid: (),
    statement: tuple[int, int] | None = None,
) -> list[tuple[int, str]]:
    """(participant, role) for the mentions (participant, start, end) of a quote, each
    participant once in the order first named: a recipient anywhere is a recipient, else a
    source anywhere is a source; one named only as no actor is left out. A name joined to
    the one before by "و" or "and" ("تزويد أوكرانيا ومولدوفا") takes that one's role. A name
    outside the commitment's ``statement`` (another one of the quote: "، وقالت المفوضية …",
    "، فيما أدان الأمين العام للأمم المتحدة") is no actor of it."""
    found: dict[int, set[str | None]] = {}
    last: tuple[int, str | None] | None = None  # where the previous mention ended, its role
    for pid, start, end in sorted(mentions, key=lambda m: m[1]):
        all_names = list(names(pid))
        role = role_at(text, start, end, all_names)
        if last is not None and _joined(text, last[0], start, end, all_names):
            role = last[1]
        found.setdefault(pid, set()).add(role if within(statement, start) else None)
        last = (end, role)
    out = []
    for pid, said in found.items():
        if RECIPIENT in said:
            out.append((pid, RECIPIENT))
        elif SOURCE in said:
            out.append((pid, SOURCE))
    return out


def within(statement: tuple[int, int] | None, start: int) -> bool:
    """Whether a name starting at ``start`` is inside the statement (any, when None)."""
    return statement is None or statement[0] <= start < statement[1]


_AND = re.compile(r"\s*(?:,|،)?\s*(?:and|&)?\s*", re.IGNORECASE)


def _joined(text: str, after: int, start: int, end: int, names: Iterable[str]) -> bool:
    """True when the name at [start, end) follows the previous one with only "and" (or a
    joined "و") between them."""
    gap = text[after:start]
    if not _AND.fullmatch(gap):
        return False
    if re.search("and|&", gap, re.IGNORECASE):
        return True
    named = _key(text[start:end])
    return named.startswith("و") and named[1:] in {_key(n) for n in names}
