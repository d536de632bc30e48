"""Participants two copies made on their own, told to be one person (or not) in a merge.

A participant of the payload this copy does not hold by UUID is matched to one of ours of the
same kind when a name of one (its name, Arabic or English name) is a name or an alias of the
other, in either direction, folded as the store folds aliases (Emmanuel Macron, made here on an
English text, is the إيمانويل ماكرون of the other copy that has "Emmanuel Macron" as an alias).
Failing that, a name in one script and a name or alias in the other with one consonant
skeleton (``text.skeleton``) match, unless their parents or roles say otherwise. A match must be
one to one: a participant of the payload that could be two of ours, or one of ours that two of
the payload's could be, is matched to none and reported, for the user to decide.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from archiver.core.store import participants as participant_rows
from archiver.core.store import portable
from archiver.core.text import scripts
from archiver.core.text.skeleton import skeletons

_NAME_FIELDS = ("name", "name_ar", "name_en")
SEVERAL_HERE = "several here"  # the payload's participant could be more than one of ours
SEVERAL_THERE = "several there"  # one of ours could be more than one of the payload's
_ALIAS_KINDS = ("name",)  # titles, demonyms and capitals name offices and places, not people


@dataclass
class Person:
    """One participant's names, as the matching compares them."""

    key: str  # the local id (as text) or the payload's UUID
    name: str
    kind: str
    parent: str | None  # the parent's (local) UUID
    role: str
    names: set[str] = field(default_factory=set)  # folded name, Arabic and English names
    aliases: set[str] = field(default_factory=set)  # the names and the name aliases, folded
    shapes: list[tuple[str, bool, bool]] = field(default_factory=list)  # (skeleton, Arabic, a name)


@dataclass
class Matching:
    """What matching found: payload UUID -> (local id, by what), and the ambiguous ones."""

    matched: dict[str, tuple[int, str]] = field(default_factory=dict)
    ambiguous: list[dict[str, Any]] = field(default_factory=list)


Fold = Callable[[str], str]


def match_people(
    db: sqlite3.Connection,
    theirs: Iterable[Mapping[str, Any]],
    their_aliases: Iterable[Mapping[str, Any]],
    local: Callable[[Any], Any],
    fold: Fold,
    held: set[str],
) -> Matching:
    """Match the payload's participants ``theirs`` (not held here by UUID) to ours, except
    ours the payload holds as other records (``held``: their local UUIDs); ``local`` maps a
    UUID the payload names to this copy's, ``fold`` folds a name as aliases are."""
    remote = {str(r["uuid"]): r for r in theirs}
    if not remote:
        return Matching()
    uuids = portable.uuid_map(db, "participant")
    mine = {r["id"]: _local(r, uuids, fold) for r in participant_rows.all_rows(db)
            if uuids.get(r["id"]) not in held}  # fmt: skip
    aliases_of: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for alias in their_aliases:
        aliases_of[str(alias.get("participant"))].append(alias)
    _local_aliases(db, mine)
    people = [_remote(row, aliases_of.get(uuid, []), local, fold) for uuid, row in remote.items()]
    index = _Index(list(mine.values()))
    found = Matching()
    undecided = people
    for by, candidates in (("name", index.by_name), ("skeleton", index.by_skeleton)):
        undecided = _decide(found, undecided, by, candidates)
    return found


def _local(row: sqlite3.Row, uuids: dict[int, str], fold: Fold) -> Person:
    parent = uuids.get(row["parent_id"]) if row["parent_id"] is not None else None
    person = Person(str(row["id"]), str(row["name"]), str(row["kind"]), parent,
                    str(row["role"] or ""))  # fmt: skip
    _add_names(person, [str(row[f] or "") for f in _NAME_FIELDS], fold)
    return person


def _local_aliases(db: sqlite3.Connection, people: dict[int, Person]) -> None:
    for alias in participant_rows.matcher_rows(db):
        person = people.get(int(alias["participant_id"]))
        if person is not None and alias["kind"] in _ALIAS_KINDS and alias["folded"]:
            person.aliases.add(str(alias["folded"]))
            _add_shapes(person, str(alias["alias"]), False)


def _remote(
    row: Mapping[str, Any], aliases: list[Mapping[str, Any]], local: Callable[[Any], Any],
    fold: Fold,
) -> Person:  # fmt: skip
    parent = local(row.get("parent")) if row.get("parent") else None
    person = Person(str(row["uuid"]), str(row.get("name") or ""), str(row.get("kind") or ""),
                    parent, str(row.get("role") or ""))  # fmt: skip
    _add_names(person, [str(row.get(f) or "") for f in _NAME_FIELDS], fold)
    for alias in aliases:
        text = str(alias.get("alias") or "").strip()
        folded = fold(text) if text and alias.get("kind", "name") in _ALIAS_KINDS else ""
        if folded:
            person.aliases.add(folded)
            _add_shapes(person, text, False)
    return person


def _add_names(person: Person, texts: list[str], fold: Fold) -> None:
    for text in dict.fromkeys(t.strip() for t in texts):
        folded = fold(text) if text else ""
        if folded:
            person.names.add(folded)
            person.aliases.add(folded)
            _add_shapes(person, text, True)


def _add_shapes(person: Person, text: str, whole: bool) -> None:
    arabic = scripts.has_letter(text)
    person.shapes += [(shape, arabic, whole) for shape in skeletons(text)]


class _Index:
    """Our participants by their folded names and aliases and by their names' skeletons."""

    def __init__(self, mine: list[Person]) -> None:
        self.people = {p.key: p for p in mine}
        self.names: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.shapes: dict[tuple[str, bool], list[tuple[str, bool]]] = defaultdict(list)
        for person in mine:
            for name in person.names:
                self.names[name].add(person.key)
            for alias in person.aliases:
                self.aliases[alias].add(person.key)
            for shape, arabic, whole in person.shapes:
                self.shapes[(shape, arabic)].append((person.key, whole))

    def by_name(self, theirs: Person) -> list[Person]:
        """Ours of whom a name is a name or an alias of theirs, or the other way (folded)."""
        keys = {k for n in theirs.names for k in self.aliases.get(n, ())}
        keys |= {k for a in theirs.aliases for k in self.names.get(a, ())}
        return [self.people[k] for k in sorted(keys, key=int)]

    def by_skeleton(self, theirs: Person) -> list[Person]:
        """Ours with a name or alias in the other script sharing a consonant skeleton with a
        name or alias of theirs, one of the two a name, and no parent or role of both that
        tells them apart."""
        keys = {k for shape, arabic, whole in theirs.shapes
                for k, named in self.shapes.get((shape, not arabic), ()) if whole or named}  # fmt: skip
        return [
            m for m in (self.people[k] for k in sorted(keys, key=int)) if _compatible(theirs, m)
        ]


def _compatible(theirs: Person, mine: Person) -> bool:
    if theirs.parent and mine.parent and theirs.parent != mine.parent:
        return False
    return not (theirs.role and mine.role and theirs.role.casefold() != mine.role.casefold())


def _decide(
    found: Matching, people: list[Person], by: str, candidates: Callable[[Person], list[Person]]
) -> list[Person]:
    """Match the one-to-one pairs ``candidates`` finds; the people it finds nothing for."""
    used = {i for i, _ in found.matched.values()} | {
        i for a in found.ambiguous for i in a["locals"]
    }
    could_be = {p.key: [m for m in candidates(p) if m.kind == p.kind and int(m.key) not in used]
                for p in people}  # fmt: skip
    claims: dict[str, int] = defaultdict(int)
    for found_for in could_be.values():
        for m in found_for:
            claims[m.key] += 1
    left: list[Person] = []
    for person in people:
        could = could_be[person.key]
        if not could:
            left.append(person)
        elif len(could) == 1 and claims[could[0].key] == 1:
            found.matched[person.key] = (int(could[0].key), _how(person, could[0], by))
        else:
            why = SEVERAL_HERE if len(could) > 1 else SEVERAL_THERE
            found.ambiguous.append({"remote": person.name, "uuid": person.key, "by": by,
                                    "why": why, "locals": [int(m.key) for m in could],
                                    "local_names": [m.name for m in could]})  # fmt: skip
    return left


def _how(theirs: Person, mine: Person, by: str) -> str:
    """ "name" when the names themselves meet, "alias" when an alias met a name."""
    if by == "name" and not theirs.names & mine.names:
        return "alias"
    return by
