"""Two participants made one: everything that names the other moves to the one kept.

One journaled step (undoable, and travelling in bundles as its row operations): the other's
aliases, mentions (document tags, confirmations and rejections), commitment roles and the
participants under it move to the kept one; its names become aliases of the kept one, which
also takes its Arabic and English names and ISO code where it has none; then the other is
deleted. What would be there twice is folded: a mention of the same place of a document, the
same role on a commitment, the same alias. Its rejections everywhere become the kept one's. A rejection in a document where the other one is
confirmed goes (the user confirmed it under the other name), and so does a rejection where
the kept one is confirmed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from archiver.core.annotations.memos import move_memos
from archiver.core.annotations.model import Participant
from archiver.core.annotations.setup import alias_row
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as rows
from archiver.core.store import suggestion_blocks as block_rows

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.journal import Step
    from archiver.core.annotations.participants import Participants

_POSITIVE = ("manual", "confirmed", "suggested")
_FILLED = ("name_ar", "name_en", "iso", "color")  # taken from the other when the kept lacks it


def merge(people: Participants, keep: int, other: int) -> Change:
    """Merge participant ``other`` into ``keep``; the Change names both (kept first), the
    documents touched, and in ``extra`` how many rows moved and folded."""
    kept, gone = people.get(keep), people.get(other)
    if kept.id == gone.id:
        raise Invalid(f"{kept.name} (p{keep}) cannot be merged with itself")
    with people.journal.change(ChangeKind.MERGE_PARTICIPANTS, participants=[keep, other],
                               names=[kept.name, gone.name]) as step:  # fmt: skip
        _move_blocks(step, kept, gone)
        moved = {"aliases": _move_aliases(people, step, kept, gone)}
        moved["mentions"], folded = _move_mentions(step, kept.id, gone.id)
        moved["roles"], folded_roles = _move_roles(step, kept.id, gone.id)
        moved["members"] = _move_members(step, kept, gone)
        moved["memos"] = move_memos(step, participant=gone.id, to=kept.id)
        _take_fields(step, kept, gone)
        _forget(step, kept, gone)
        step.aliases_changed = True
        step.extra = {**moved, "folded": folded + folded_roles}
        step.count = sum(moved.values())
    return step.result


def _move_blocks(step: Step, kept: Participant, gone: Participant) -> None:
    """The other's rejections everywhere become the kept one's, from the same words."""
    have = {a["alias"]: a["id"] for a in rows.alias_rows(step.db, kept.id)}
    for block_id, alias in block_rows.of_participant(step.db, gone.id):
        alias_id = None if alias is None else have.get(alias)
        if alias_id is None and alias is not None:  # the other's alias, moved to the kept
            alias_id = rows.alias_id(step.db, gone.id, alias)
        block_rows.move(step.log, block_id, kept.id, alias_id)


def _move_aliases(people: Participants, step: Step, kept: Participant, gone: Participant) -> int:
    db = step.db
    have = {a["alias"] for a in rows.alias_rows(db, kept.id)}
    moved = 0
    for alias in rows.alias_rows(db, gone.id):
        if alias["alias"] in have:
            rows.delete_alias(step.log, alias["id"])
        else:
            rows.move_alias(step.log, alias["id"], kept.id)
            have.add(alias["alias"])
            moved += 1
    for name in (gone.name, gone.name_ar, gone.name_en):
        if name and name not in have:
            people.insert_alias(step, alias_row(kept.id, name, "name"))
            have.add(name)
            moved += 1
    return moved


def _move_mentions(step: Step, keep: int, other: int) -> tuple[int, int]:
    """Move the other's mentions; (moved, folded)."""
    db = step.db
    held: dict[int, set[tuple[str, int | None, int | None]]] = {}
    rejected: dict[int, int] = {}  # document -> the kept one's rejection
    for m in mention_rows.placed_rows(db, keep):
        held.setdefault(m["document_id"], set()).add(_place(m))
        if m["method"] == "rejected":
            rejected[m["document_id"]] = m["id"]
    moved = folded = 0
    for m in mention_rows.placed_rows(db, other):
        doc, place = m["document_id"], _place(m)
        step.documents.add(doc)
        places = held.setdefault(doc, set())
        positive_here = any(p[0] == "positive" for p in places)
        whole_document = place == ("positive", None, None)
        if place in places or (positive_here and (m["method"] == "rejected" or whole_document)):
            _drop_mention(step, m)
            folded += 1
            continue
        if place[0] == "positive" and doc in rejected:
            mention_rows.delete_mention(step.log, rejected.pop(doc))
            places.discard(("rejected", None, None))
            folded += 1
        mention_rows.move_mention(step.log, m["id"], keep)
        places.add(place)
        moved += 1
    return moved, folded


def _place(m: sqlite3.Row) -> tuple[str, int | None, int | None]:
    kind = "positive" if m["method"] in _POSITIVE else "rejected"
    return kind, m["start"], m["end"]


def _drop_mention(step: Step, m: sqlite3.Row) -> None:
    mention_rows.delete_mention(step.log, m["id"])
    if m["span_id"] is not None:
        mention_rows.delete_span(step.log, m["span_id"])


def _move_roles(step: Step, keep: int, other: int) -> tuple[int, int]:
    """Move the other's commitment roles; (moved, folded)."""
    moved = folded = 0
    for cid, role, position in commitment_rows.roles_of(step.db, other):
        step.name(commitment=cid)
        found = commitment_rows.row(step.db, cid)
        if found is not None:
            step.documents.add(found["document_id"])
        if commitment_rows.has_role(step.db, cid, keep, role):
            folded += 1
        else:
            moved += 1
        commitment_rows.move_actor(step.log, cid, role, other, keep, position)
    return moved, folded


def _move_members(step: Step, kept: Participant, gone: Participant) -> int:
    if kept.parent_id == gone.id:  # the kept one was under the other: it takes its place
        rows.update(step.log, kept.id, {"parent_id": gone.parent_id})
    members = rows.member_rows(step.db, gone.id)
    rows.move_members(step.log, gone.id, kept.id)
    return len(members)


def _take_fields(step: Step, kept: Participant, gone: Participant) -> None:
    taken = {f: getattr(gone, f) for f in _FILLED if not getattr(kept, f) and getattr(gone, f)}
    if kept.notes and gone.notes and gone.notes not in kept.notes:
        taken["notes"] = f"{kept.notes}\n{gone.notes}"
    elif gone.notes and not kept.notes:
        taken["notes"] = gone.notes
    if kept.kind == "other" and gone.kind != "other":
        taken["kind"] = gone.kind
    rows.update(step.log, kept.id, taken)


def _forget(step: Step, kept: Participant, gone: Participant) -> None:
    """Delete the other; its UUID names the kept one from now on here (changes made in other
    copies before they had this merge still land)."""
    gone_uuid, kept_uuid = rows.uuid_of(step.db, gone.id), rows.uuid_of(step.db, kept.id)
    rows.delete_aliases(step.log, gone.id)  # any left over (none: moved or folded above)
    rows.delete(step.log, gone.id)
    if gone_uuid and kept_uuid:
        rows.merged_away(step.log, gone_uuid, kept_uuid)
