"""Participants and their aliases: add, update, rename, remove, find and resolve by any name.

Every change is one journaled step (undoable). A rename keeps the old name as an alias, so
documents and queries that used it still find the participant. The index stores participants
by id ("p12"), so renaming or adding an alias needs no re-indexing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from archiver.core.annotations import kinds, merging
from archiver.core.annotations.commitments import drop_commitment
from archiver.core.annotations.memos import drop_memos_on
from archiver.core.annotations.model import (
    ALIAS_KINDS,
    KINDS,
    Alias,
    Participant,
    alias_from_row,
    participant_from_row,
)
from archiver.core.annotations.names import by_script
from archiver.core.annotations.setup import alias_row
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Ambiguous, InUse, Invalid, NotFound, UnknownParticipant
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as rows
from archiver.core.store import suggestion_blocks as block_rows
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal, Step
    from archiver.core.annotations.setup import Setup


_ID_RE = re.compile(r"^[pP]?(\d+)$")
_EDITABLE = {"name", "name_ar", "name_en", "kind", "iso", "parent_id", "color", "notes", "role"}
_NAMES = ("name", "name_ar", "name_en")  # a new one is a rename: the old one stays an alias
_FIELD_ORDER = ("name", "name_ar", "name_en", "kind", "parent_id", "role", "iso", "color", "notes")
"""The fields an edit's label names, in the editor's order (then "aliases")."""


class AmbiguousParticipant(Ambiguous):
    """A name that several participants answer to."""

    def __init__(self, text: str, candidates: list[Participant]) -> None:
        names = ", ".join(f"p{p.id} {p.name}" for p in candidates)
        super().__init__(f"{text!r} is ambiguous: {names}", candidates)


class ParticipantInUse(InUse):
    """A participant still named as actor of commitments."""

    def __init__(self, participant: Participant, commitment_ids: list[int]) -> None:
        ids = ", ".join(f"#{c}" for c in commitment_ids)
        super().__init__(
            f"{participant.name} is an actor of {len(commitment_ids)} commitment(s): {ids}; "
            "delete or detach them first (cascade)"
        )
        self.participant = participant
        self.commitment_ids = commitment_ids


class ParentCycle(Invalid):
    """A parent that is the participant itself or one of the participants under it."""


class Participants:
    """The participants of one archive and their aliases."""

    def __init__(self, journal: Journal, setup: Setup) -> None:
        self.journal = journal
        self.db = journal.db
        self._setup = setup

    # -- reads -----------------------------------------------------------------------------

    def all(self, kind: str | None = None) -> list[Participant]:
        """All participants (of one kind), by name."""
        self._setup.ensure_ready()
        return [participant_from_row(r) for r in rows.all_rows(self.db, kind)]

    def in_use(self) -> list[tuple[Participant, int]]:
        """The participants confirmed or tagged in some document, by name, with how many."""
        counts = mention_rows.document_counts(self.db)
        return [(p, counts[p.id]) for p in self.all() if p.id in counts]

    def get(self, pid: int) -> Participant:
        """One participant; UnknownParticipant when there is none."""
        self._setup.ensure_ready()
        found = rows.row(self.db, pid)
        if found is None:
            raise UnknownParticipant(f"no participant p{pid}")
        return participant_from_row(found)

    def by_ids(self, ids: Iterable[int]) -> dict[int, Participant]:
        """These participants by id (unknown ids left out)."""
        return {r["id"]: participant_from_row(r) for r in rows.rows_by_ids(self.db, ids)}

    def office_holders(self, parent_id: int | None, role: str) -> list[Participant]:
        """The persons who hold the office ``role`` of the state (or body) ``parent_id``, or
        of any state (None)."""
        return [participant_from_row(r) for r in rows.office_holder_rows(self.db, parent_id, role)]

    def members(self, pid: int) -> list[Participant]:
        """Participants whose parent this is (a state's leaders), by name."""
        return [participant_from_row(r) for r in rows.member_rows(self.db, pid)]

    def aliases(self, pid: int | None = None) -> list[Alias]:
        """Aliases of one participant (or of all), Arabic first."""
        self._setup.ensure_ready()
        return [alias_from_row(r) for r in rows.alias_rows(self.db, pid)]

    def find(self, text: str) -> list[Participant]:
        """Participants a user may mean by ``text``: id, then exact name, alias, analysed alias."""
        self._setup.ensure_ready()
        text = text.strip()
        match = _ID_RE.match(text)
        if match:
            found = rows.row(self.db, int(match.group(1)))
            if found is not None:
                return [participant_from_row(found)]
        hits = rows.by_name(self.db, text) or rows.by_alias(self.db, text)
        if not hits:
            tokens = arabic.analyze(text)
            readings = [" ".join(t.term for t in tokens)]
            if len(tokens) == 1:
                readings += list(tokens[0].alts)
            hits = rows.by_folded(self.db, readings) if readings[0] else []
        return [participant_from_row(r) for r in hits]

    def resolve(self, text: str) -> Participant:
        """The one participant ``text`` names; UnknownParticipant or AmbiguousParticipant."""
        found = self.find(text)
        if not found:
            raise UnknownParticipant(f"no participant called {text!r}")
        if len(found) > 1:
            raise AmbiguousParticipant(text, found)
        return found[0]

    def likely_kind(self, *names: str) -> str:
        """The kind a new participant called ``names`` (typed, selected) is likely of: that
        of the participants already called so, else what the words tell (``kinds``)."""
        return kinds.likely_kind(names, lambda name: [p.kind for p in self.find(name)])

    # -- changes ---------------------------------------------------------------------------

    def add(
        self,
        name: str,
        kind: str = "other",
        *,
        name_ar: str = "",
        name_en: str = "",
        iso: str | None = None,
        parent: int | None = None,
        aliases: Iterable[str] = (),
        notes: str = "",
        color: str = "",
        role: str = "",
    ) -> Participant:
        """Create a participant; its names become aliases too."""
        with self.journal.change(ChangeKind.ADD_PARTICIPANT, names=[name.strip()]) as step:
            pid = self.create(step, name, kind, name_ar=name_ar, name_en=name_en, iso=iso,
                              parent=parent, aliases=aliases, notes=notes, color=color,
                              role=role)  # fmt: skip
        return self.get(pid)

    def create(
        self,
        step: Step,
        name: str,
        kind: str = "other",
        *,
        name_ar: str = "",
        name_en: str = "",
        iso: str | None = None,
        parent: int | None = None,
        aliases: Iterable[str] = (),
        notes: str = "",
        color: str = "",
        role: str = "",
        written: Iterable[str] = (),
    ) -> int:
        """Within a step, create a participant (its names become aliases too); its id.

        An Arabic or English name not given is the first of ``written`` (the words it was
        made from: the name found or typed, the selection) written in that script.
        """
        name = name.strip()
        if not name:
            raise Invalid("a participant needs a name")
        arabic_form, latin_form = by_script(*written)
        name_ar, name_en = name_ar.strip() or arabic_form, name_en.strip() or latin_form
        if kind not in KINDS:
            raise Invalid(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
        if parent is not None:
            self.get(parent)
        pid = rows.add(step.log, {
            "name": name, "name_ar": name_ar.strip(), "name_en": name_en.strip(), "kind": kind,
            "iso": iso, "parent_id": parent, "color": color, "notes": notes, "role": role.strip(),
        })  # fmt: skip
        step.name(participant=pid)
        for text in dict.fromkeys(a.strip() for a in (name, name_ar, name_en, *aliases)):
            if text:
                self.insert_alias(step, alias_row(pid, text, "name"))
        return pid

    def update(self, pid: int, **changes: Any) -> Participant:
        """Change name, name_ar, name_en, kind, iso, parent_id, color or notes (one undoable
        step; see ``edit``)."""
        self.edit(pid, **changes)
        return self.get(pid)

    def edit(
        self,
        pid: int,
        *,
        add_aliases: Iterable[str] = (),
        remove_aliases: Iterable[str] = (),
        **changes: Any,
    ) -> Change | None:
        """Change fields (as ``update``) and aliases of a participant in one undoable step;
        None when nothing changes.

        A new name, Arabic or English name is a rename: the old one stays an alias (unless it
        is in ``remove_aliases``), the new one is added as an alias. A parent under the
        participant itself is refused (ParentCycle); nothing is stored on any refusal.
        """
        old = self.get(pid)
        changes = self._checked(old, changes)
        adding = [alias_row(pid, a, "name") for a in dict.fromkeys(t.strip() for t in add_aliases)
                  if a]  # fmt: skip
        for row in adding:
            if not row[2] and not row[5]:
                raise Invalid(f"{row[1]!r} has only stop words; it cannot be matched")
        removing = [a for a in dict.fromkeys(t.strip() for t in remove_aliases) if a]
        if not (changes or adding or removing):
            return None
        kind, names = self._edit_kind(old, changes, [r[1] for r in adding], removing)
        with self.journal.change(kind, participants=[pid], names=names) as step:
            if kind is ChangeKind.UPDATE_PARTICIPANT:  # the label says what changed
                step.extra["fields"] = [k for k in _FIELD_ORDER if k in changes] + (
                    ["aliases"] if adding or removing else [])  # fmt: skip
            rows.update(step.log, pid, changes)
            for key in (k for k in _NAMES if k in changes):
                for text in (getattr(old, key), changes[key]):
                    if text:
                        self.insert_alias(step, alias_row(pid, text, "name"))
            for alias in removing:
                found = rows.alias_id(self.db, pid, alias)
                if found is None:
                    raise NotFound(f"{old.name} (p{pid}) has no alias {alias!r}")
                rows.delete_alias(step.log, found)
            for row in adding:
                self.insert_alias(step, row)
            step.aliases_changed = True
        return step.result

    def _checked(self, old: Participant, changes: dict[str, Any]) -> dict[str, Any]:
        """The changes that change something, checked."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise Invalid(f"not editable: {', '.join(sorted(unknown))}")
        if "kind" in changes and changes["kind"] not in KINDS:
            raise Invalid(f"unknown kind {changes['kind']!r}; one of: {', '.join(KINDS)}")
        for key in _NAMES:
            if key in changes:
                changes[key] = (changes[key] or "").strip()
        if changes.get("name") == "":
            raise Invalid("a participant needs a name")
        if changes.get("parent_id") is not None:
            self.check_parent(old, int(changes["parent_id"]))
        return {k: v for k, v in changes.items() if getattr(old, k) != v}

    @staticmethod
    def _edit_kind(
        old: Participant, changes: dict[str, Any], adding: list[str], removing: list[str]
    ) -> tuple[ChangeKind, list[str]]:
        """The kind of an edit and the names its label is built from: a rename when only
        names change (the name, or a name it had: one set where there was none is an edit);
        else an update, whose label names the fields."""
        renamed = [k for k in _NAMES if k in changes]
        if (renamed and len(renamed) == len(changes) and not (adding or removing)
                and ("name" in changes or all(getattr(old, k) for k in renamed))):  # fmt: skip
            key = renamed[0]
            return ChangeKind.RENAME_PARTICIPANT, [getattr(old, key) or old.name, changes[key]]
        if not changes and len(adding) + len(removing) == 1:
            if adding:
                return ChangeKind.ADD_ALIAS, adding
            return ChangeKind.REMOVE_ALIAS, removing
        return ChangeKind.UPDATE_PARTICIPANT, [old.name]

    def check_parent(self, person: Participant, parent: int) -> None:
        """Refuse a parent that is ``person`` or under it (ParentCycle, naming the chain)."""
        chain = [self.get(parent)]
        while chain[-1].id != person.id and chain[-1].parent_id is not None:
            if len(chain) > 1000 or any(p.id == chain[-1].parent_id for p in chain):
                break  # a cycle already stored (not by us): leave it to the check below
            chain.append(self.get(chain[-1].parent_id))
        if chain[-1].id == person.id:
            if len(chain) == 1:
                raise ParentCycle(f"{person.name} (p{person.id}) cannot be its own parent")
            path = " → ".join(f"{p.name} (p{p.id})" for p in reversed(chain))
            raise ParentCycle(
                f"{chain[0].name} (p{parent}) cannot be the parent of {person.name}: it is "
                f"under {person.name} already ({path})"
            )

    def merge(self, keep: int, other: int) -> Change:
        """Merge ``other`` into ``keep`` in one undoable step (see ``merging.merge``)."""
        return merging.merge(self, keep, other)

    def rename(self, pid: int, name: str) -> Participant:
        """Give a participant a new name; the old one stays an alias (undoable)."""
        return self.update(pid, name=name)

    def add_alias(
        self,
        pid: int,
        alias: str,
        *,
        kind: str = "name",
        lang: str | None = None,
        case_sensitive: bool | None = None,
    ) -> Alias:
        """Add a way of writing a participant (analysed like search when matched)."""
        self.get(pid)
        alias = alias.strip()
        if not alias:
            raise Invalid("an alias cannot be empty")
        if kind not in ALIAS_KINDS:
            raise Invalid(f"unknown alias kind {kind!r}; one of: {', '.join(ALIAS_KINDS)}")
        row = alias_row(pid, alias, kind, lang, case_sensitive)
        if not row[2] and not row[5]:
            raise Invalid(f"{alias!r} has only stop words; it cannot be matched")
        with self.journal.change(ChangeKind.ADD_ALIAS, participants=[pid], names=[alias]) as step:
            self.insert_alias(step, row)
        return next(a for a in self.aliases(pid) if a.alias == alias)

    def insert_alias(self, step: Step, row: rows.AliasRow) -> None:
        """Within a step, add an alias unless the participant has it already."""
        if rows.alias_id(self.db, row[0], row[1]) is not None:
            return
        rows.add_alias(step.log, row)
        step.aliases_changed = True

    def unalias(self, pid: int, alias: str) -> Change:
        """Drop the alias written ``alias`` of a participant; NotFound when it has none."""
        person = self.get(pid)
        found = rows.alias_id(self.db, pid, alias.strip())
        if found is None:
            raise NotFound(f"{person.name} (p{pid}) has no alias {alias.strip()!r}")
        return self.remove_alias(found)

    def remove_alias(self, alias_id: int) -> Change:
        """Drop one alias."""
        found = rows.alias_by_id(self.db, alias_id)
        old = alias_from_row(found) if found is not None else None
        with self.journal.change(
            ChangeKind.REMOVE_ALIAS,
            participants=[old.participant_id] if old else [],
            names=[old.alias] if old else [],
        ) as step:
            for block in block_rows.ids_naming(self.db, alias=alias_id):
                block_rows.delete(step.log, block)
            if rows.delete_alias(step.log, alias_id):
                step.aliases_changed = True
        return step.result

    def remove(self, pid: int, cascade: bool | str = False) -> Change:
        """Delete a participant, its aliases, mentions and memos in one undoable step.

        A participant named in commitments is refused (ParticipantInUse, listing them) unless
        ``cascade`` is 'delete' (or True: those commitments go too) or 'detach' (the
        participant is taken off them; a commitment left with no actor is deleted).
        The Change names the deleted commitments and the documents touched.
        """
        person = self.get(pid)
        used = commitment_rows.naming(self.db, pid)
        if used and not cascade:
            raise ParticipantInUse(person, used)
        mode = "delete" if cascade is True else cascade
        if used and mode not in ("delete", "detach"):
            raise Invalid(f"cascade must be 'delete' or 'detach', not {cascade!r}")
        docs = mention_rows.documents_of(self.db, pid) | commitment_rows.documents_naming(
            self.db, pid
        )
        doomed = used if mode == "delete" else [
            c for c in used if not commitment_rows.has_actor(self.db, c, besides=pid)
        ]  # fmt: skip
        with self.journal.change(ChangeKind.REMOVE_PARTICIPANT, participants=[pid],
                                 commitments=doomed, documents=docs,
                                 names=[person.name]) as step:  # fmt: skip
            step.extra = {"cascade": mode or None, "detached": [c for c in used if c not in doomed]}
            commitment_rows.remove_actor(step.log, pid)
            for cid in doomed:
                drop_commitment(step, cid)
            spans = mention_rows.span_ids(self.db, pid)
            mention_rows.delete_mentions(step.log, pid)
            for span_id in spans:
                mention_rows.delete_span(step.log, span_id)
            for block in block_rows.ids_naming(self.db, participant=pid):
                block_rows.delete(step.log, block)
            rows.delete_aliases(step.log, pid)
            rows.detach_members(step.log, pid)
            drop_memos_on(step, participant=pid)
            rows.delete(step.log, pid)
            step.aliases_changed = True
        return step.result
