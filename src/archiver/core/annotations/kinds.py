"""The kind a new participant is likely of, from the words that name it (no SQL).

"تحالف الراغبين" and "Coalition of the Willing" name a coalition, "وزارة الدفاع" an
organisation: the kinds' words are data (``resources/participant_kinds.json``), matched by the
analysis search uses (so "للتحالف" and "alliances" count). A name the archive's participants
already answer to is of their kind, a state's name of the gazetteer a state; anything else is
a person's, what users add most.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable

from archiver.core.annotations.gazetteer import alias_terms, load_gazetteer
from archiver.core.annotations.model import KINDS
from archiver.core.resources import resource_path
from archiver.core.text import arabic

TABLE = "participant_kinds.json"
DEFAULT = "person"


@functools.cache
def kind_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(kind, its words as analysed), in the table's order; loaded once per process."""
    data = json.loads(resource_path(TABLE).read_text(encoding="utf-8"))
    found = []
    for kind, scripts in data.items():
        if kind == "about":
            continue
        if kind not in KINDS:
            raise ValueError(f"{TABLE}: {kind!r} is no kind (one of: {', '.join(KINDS)})")
        found.append((kind, frozenset(term for words in scripts.values() for word in words
                                      for term in alias_terms(word))))  # fmt: skip
    return tuple(found)


@functools.cache
def gazetteer_states() -> frozenset[tuple[str, ...]]:
    """The analysed names and aliases of the gazetteer's states."""
    return frozenset(
        alias_terms(a["alias"])
        for p in load_gazetteer()["participants"] if p["kind"] == "state"
        for a in p["aliases"]
    )  # fmt: skip


def kind_of(name: str, known: Iterable[str] = ()) -> str | None:
    """The kind ``name`` tells (None: it tells none): the one of ``known`` (the kinds of the
    participants already called so) when they agree, else the first kind whose word it holds,
    else state for a state of the gazetteer."""
    kinds = set(known)
    if len(kinds) == 1:
        return kinds.pop()
    tokens = arabic.analyze(name)
    readings = {term for t in tokens for term in (t.term, *t.alts)}
    for kind, words in kind_words():
        if readings & words:
            return kind
    if tokens and tuple(t.term for t in tokens) in gazetteer_states():
        return "state"
    return None


def likely_kind(names: Iterable[str], known: Callable[[str], Iterable[str]]) -> str:
    """The kind of a participant to be made from ``names`` (what is typed, what is selected):
    the first that tells one (``known(name)``: the kinds of the participants it names), else
    a person."""
    for name in names:
        if name.strip() and (kind := kind_of(name, known(name))) is not None:
            return kind
    return DEFAULT
