"""Suggestions turned down: for one document, or for the whole archive ("never suggest Italy
from روما"), each one journaled step (undoable) whose rows travel in bundles.

An existing participant rejected in one document is a ``rejected`` mention (``Mentions.reject``);
rejected everywhere, it is one ``suggestion_block`` row per alias that matched in the document
(or one for the participant as a whole when none did, or for the alias given). A person the
document names after a title who is not in the archive is blocked by name, in the document or
everywhere.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.people import person_words
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid
from archiver.core.store import participants as participant_rows
from archiver.core.store import suggestion_blocks as rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal
    from archiver.core.annotations.mentions import Mentions


@dataclass
class Block:
    """A suggestion turned down: a participant (from one alias, or at all) or a new person's
    name, in one document or everywhere (``document_id`` None)."""

    id: int
    participant_id: int | None
    participant: str  # its name ('' for a person not in the archive)
    alias: str  # the alias it is not suggested from ('' for every alias, or for a name)
    document_id: int | None
    words: str  # a new person's name, folded
    created_at: str

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape (``archiver rejections list --json``)."""
        return asdict(self)


class Blocks:
    """Rejections of suggestions, in one document or everywhere."""

    def __init__(self, journal: Journal, mentions: Mentions) -> None:
        self.journal = journal
        self.db = journal.db
        self.mentions = mentions

    def all(self) -> list[Block]:
        """Every block, oldest first."""
        return [Block(r[0], r[1], r[6] or "", r[7] or "", r[3], r[4], r[5])
                for r in rows.listing(self.db)]  # fmt: skip

    def reject(self, doc_id: int, key: str, *, everywhere: bool = False,
               alias: str | None = None) -> Change:  # fmt: skip
        """Turn down the suggestion ``key`` names ("p12" or a new person's name) in a document,
        or everywhere (for an existing participant: from the aliases that matched in the
        document, or from ``alias`` alone)."""
        if key.startswith("p") and key[1:].isdigit():
            pid = int(key[1:])
            if not everywhere:
                return self.mentions.reject(doc_id, pid)
            return self._participant_everywhere(doc_id, pid, alias)
        person = self.mentions.reading(doc_id).person(key)
        values = {"words": person_words(person.name),
                  "document_id": None if everywhere else doc_id}  # fmt: skip
        kind = ChangeKind.REJECT_EVERYWHERE if everywhere else ChangeKind.REJECT
        with self.journal.change(kind, documents=[doc_id], names=[person.name]) as step:
            if rows.find(self.db, values) is None:
                rows.add(step.log, values)
        return step.result

    def _participant_everywhere(self, doc_id: int, pid: int, alias: str | None) -> Change:
        person = self.mentions.participants.get(pid)
        if alias is not None:
            alias_id = participant_rows.alias_id(self.db, pid, alias.strip())
            if alias_id is None:
                raise Invalid(f"{person.name} has no alias {alias!r}")
            alias_ids: list[int | None] = [alias_id]
            names = [alias.strip()]
        else:
            doc = self.mentions.reading(doc_id)
            alias_ids = list(doc.alias_ids.get(pid, [])) or [None]
            names = doc.aliases.get(pid, [])
        with self.journal.change(ChangeKind.REJECT_EVERYWHERE, participants=[pid],
                                 documents=[doc_id], names=[person.name, *names]) as step:  # fmt: skip
            for alias_id in alias_ids:
                values = {"participant_id": pid, "blocked_alias_id": alias_id}
                if rows.find(self.db, values) is None:
                    rows.add(step.log, values)
        return step.result

    def lift(self, block_id: int) -> Change:
        """Suggest again what a block turned down (one undoable step)."""
        block = next((b for b in self.all() if b.id == block_id), None)
        if block is None:
            raise Invalid(f"no rejection {block_id}")
        names = [block.participant or block.words] + ([block.alias] if block.alias else [])
        pids = [block.participant_id] if block.participant_id is not None else []
        docs = [block.document_id] if block.document_id is not None else []
        with self.journal.change(ChangeKind.LIFT_BLOCK, participants=pids, documents=docs,
                                 names=names) as step:  # fmt: skip
            rows.delete(step.log, block_id)
        return step.result
