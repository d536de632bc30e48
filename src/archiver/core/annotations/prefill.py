"""What a commitment's quote tells besides its actors: the statement that holds the commitment
(its "what"), the status its verb gives, and the quantity with its unit.

"تعهدت ألمانيا بمبلغ ٣٠ مليون يورو لدعم اللاجئين، وقالت المفوضية إنها ستوسع برامجها" holds
two statements; the first has the pledge: status pledged (تعهدت), 30,000,000 EUR, and the
UNHCR of the second is no source of it. The words are data
(``resources/commitment_prefill.json``); the cuts into sentences and clauses are the reader's
(``core/text/units.py``). Nothing here reads the archive.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass

from archiver.core.annotations.quantities import read_quantity
from archiver.core.errors import Invalid
from archiver.core.resources import resource_path
from archiver.core.text import units
from archiver.core.text.arabic import fold
from archiver.core.text.scripts import trim_selection

TABLE = "commitment_prefill.json"
Span = tuple[int, int]
_TOKEN = re.compile(r"\S+")
_PUNCT = "\"'“”‘’«»()[]{}.,،؛;:!?؟…—–"
_NUMBER = re.compile(r"[0-9٠-٩۰-۹](?:[0-9٠-٩۰-۹.,٫٬']*[0-9٠-٩۰-۹])?[a-z]*")
_REPORT_REACH = 4  # a reporting word among the first four of a clause: ", the prime minister said"
_NEGATION_REACH = 2  # لن يقدم, will not send, did not provide


@dataclass(frozen=True)
class Words:
    """The folded words of the table."""

    reporting: frozenset[str]
    contrast: tuple[tuple[str, ...], ...]  # each opener's words, longest first
    clitics: tuple[str, ...]
    verbs: dict[str, str]  # a verb's folded form -> the status it tells
    giving: frozenset[str]  # the statuses a negation turns into "refused"
    negations: frozenset[str]
    units: dict[str, str]  # a unit word or symbol -> the unit stored (USD, troops)
    as_written: frozenset[str]  # units kept as the quote writes them (دينار)


@dataclass(frozen=True)
class Prefill:
    """What the commitment dialog fills in from a quote, besides its actors."""

    statement: Span  # the commitment's statement in the text: its "what"
    status: str | None
    status_word: str  # the word that told the status, as written
    quantity: float | None
    unit: str
    amount: str  # the words the quantity was read from, as written


def _key(word: str) -> str:
    return fold(word.strip(_PUNCT).lower())


@functools.cache
def words() -> Words:
    """The table, loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))

    def flat(name: str) -> frozenset[str]:
        return frozenset(_key(w) for ws in data[name].values() for w in ws)

    contrast = {tuple(_key(w) for w in phrase.split())
                for phrases in data["contrast"].values() for phrase in phrases}  # fmt: skip
    verbs = {_key(w): status for status, langs in data["status_verbs"].items()
             for ws in langs.values() for w in ws}  # fmt: skip
    unit_words = {_key(w): unit for unit, ws in data["units"].items() for w in ws}
    return Words(flat("reporting"), tuple(sorted(contrast, key=len, reverse=True)),
                 tuple(sorted(flat("clitics"), key=len, reverse=True)), verbs,
                 frozenset(data["giving"]), flat("negations"), unit_words,
                 frozenset(_key(w) for w in data["units_as_written"]))  # fmt: skip


def _bare(key: str, table: Words) -> list[str]:
    """The word, then without a clitic in front (وتعهدت: تعهدت) or its article."""
    out = [key]
    out += [key[len(c) :] for c in table.clitics if key.startswith(c) and len(key) - len(c) > 1]
    return out + [k[2:] for k in list(out) if k.startswith("ال") and len(k) > 3]


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, folded key) of the words of ``text[start:end]``."""
    return [(m.start(), m.end(), _key(m.group())) for m in _TOKEN.finditer(text, start, end)]


def statements(text: str, start: int, end: int) -> list[Span]:
    """The statements of ``text[start:end]``, trimmed: cut at sentence ends and line breaks,
    before a contrast word, and at a clause mark a reporting word follows ("، وقال")."""
    table, cuts = words(), units.cuts()
    piece = text[start:end]
    points = {start, end} | {start + m.end() for m in re.finditer("\n", piece)}
    points |= {start + m.end() for m in cuts.sentence_end.finditer(piece)}
    tokens = _tokens(text, start, end)
    keys = [k for _a, _b, k in tokens]
    for i, at in enumerate(t[0] for t in tokens):
        if i and any(tuple(keys[i : i + len(c)]) == c for c in table.contrast):
            points.add(at)
    for mark in cuts.clause_mark.finditer(piece):
        after = [i for i, t in enumerate(tokens) if t[0] >= start + mark.end()]
        if after and any(set(_bare(k, table)) & table.reporting
                         for k in keys[after[0] : after[0] + _REPORT_REACH]):  # fmt: skip
            points.add(tokens[after[0]][0])
    spans = (trim_selection(text, a, b) for a, b in itertools.pairwise(sorted(points)))
    return [(a, b) for a, b in spans if a < b]


def _status(text: str, tokens: list[tuple[int, int, str]]) -> tuple[str | None, str]:
    """The status the first status verb tells, and that word; refused after a negation."""
    table = words()
    for i, (a, b, key) in enumerate(tokens):
        status = next((table.verbs[k] for k in _bare(key, table) if k in table.verbs), None)
        if status is None:
            continue
        before = {k for _a, _b, k in tokens[max(0, i - _NEGATION_REACH) : i]}
        if status in table.giving and before & table.negations:
            status = "refused"
        return status, text[a:b].strip(_PUNCT)
    return None, ""


def _unit(tokens: list[tuple[int, int, str]], at: int) -> tuple[str, int]:
    """The unit the words from ``at`` name ("" if none) and how many words it took: جنيه
    إسترليني is GBP, دينار is kept as written."""
    table = words()
    for k in _bare(tokens[at][2], table) if at < len(tokens) else []:
        if k in table.units:
            return table.units[k], 1
        if k in table.as_written:
            following, _n = _unit(tokens, at + 1)
            return (following, 2) if following in table.units.values() else (k, 1)
    return "", 0


def _quantity(text: str, tokens: list[tuple[int, int, str]]) -> tuple[float | None, str, str]:
    """The first amount with its unit: (value, unit, the words as written)."""
    table = words()
    for i, (a, _b, key) in enumerate(tokens):
        symbol = table.units.get(key[:1], "") if key[:1] in "$€£" else ""
        number = _NUMBER.fullmatch(key[1:] if symbol else key)
        if number is None:
            continue
        amount, j = [number.group()], i + 1
        while j < len(tokens) and _reads(" ".join([*amount, tokens[j][2]])):
            amount.append(tokens[j][2])
            j += 1
        unit, taken = (symbol, 0) if symbol else _unit(tokens, j)
        if unit and _reads(" ".join(amount)):
            end = tokens[j - 1 + taken][1]
            return read_quantity(" ".join(amount)), unit, text[a:end].strip(_PUNCT)
    return None, "", ""


def _reads(amount: str) -> bool:
    try:
        read_quantity(amount)
    except Invalid:
        return False
    return True


def read_quote(text: str, start: int, end: int) -> Prefill:
    """What the quote ``text[start:end]`` tells: its commitment's statement (the first with a
    status verb, else the first), that statement's status, quantity and unit."""
    found = statements(text, start, end) or [(start, end)]
    told = [(span, _status(text, _tokens(text, *span))) for span in found]
    span, (status, word) = next((t for t in told if t[1][0] is not None), told[0])
    value, unit, amount = _quantity(text, _tokens(text, *span))
    return Prefill(span, status, word, value, unit, amount)
