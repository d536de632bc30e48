"""What a change did, as data: the journal records it, undo returns it, the views name it.

A ``Change`` never carries a sentence. The GUI and the CLI build the words from its kind
and its ids where they are shown, so labels can be translated and ids never parsed back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    """Every kind of change the journal records."""

    CONFIRM = "confirm"  # suggested participants confirmed in a document
    CONFIRM_ALL = "confirm_all"
    REJECT = "reject"
    REJECT_EVERYWHERE = "reject_everywhere"  # a suggestion turned down in every document
    LIFT_BLOCK = "lift_block"  # a suggestion turned down everywhere made again
    UNTAG = "untag"
    TAG_SPAN = "tag_span"  # a selection tagged as a participant
    TAG_NEW = "tag_new"  # a participant created to tag a selection as it (one step)
    REMOVE_MENTION = "remove_mention"
    ADD_PARTICIPANT = "add_participant"
    RENAME_PARTICIPANT = "rename_participant"
    UPDATE_PARTICIPANT = "update_participant"
    REMOVE_PARTICIPANT = "remove_participant"
    MERGE_PARTICIPANTS = "merge_participants"  # the second one merged into the first
    ADD_ALIAS = "add_alias"
    REMOVE_ALIAS = "remove_alias"
    ADD_TAG = "add_tag"
    REMOVE_TAG = "remove_tag"
    RENAME_TAG = "rename_tag"  # a tag and the tags under it renamed (or merged into another)
    DELETE_TAG = "delete_tag"  # a tag and the tags under it taken off every document
    ADD_COLLECTION = "add_collection"
    RENAME_COLLECTION = "rename_collection"
    MOVE_COLLECTION = "move_collection"  # given another parent collection (or none)
    DELETE_COLLECTION = "delete_collection"  # with its sub-collections; documents stay
    COLLECT = "collect"  # documents put into a collection
    UNCOLLECT = "uncollect"  # documents taken out of a collection
    ADD_SAVED_SEARCH = "add_saved_search"
    RENAME_SAVED_SEARCH = "rename_saved_search"
    UPDATE_SAVED_SEARCH = "update_saved_search"  # its query changed
    REMOVE_SAVED_SEARCH = "remove_saved_search"
    ADD_COMMITMENT = "add_commitment"
    UPDATE_COMMITMENT = "update_commitment"
    DELETE_COMMITMENT = "delete_commitment"
    ADD_MEMO = "add_memo"  # names: the memo's first words; extra: memo id and target kind
    EDIT_MEMO = "edit_memo"
    DELETE_MEMO = "delete_memo"
    IMPORT = "import"  # documents stored by one import batch
    DELETE_DOCUMENT = "delete_document"  # moved to the trash
    RESTORE_DOCUMENT = "restore_document"  # brought back from the trash
    UPDATE_DOCUMENT = "update_document"  # metadata edited
    MERGE = "merge"  # another copy's changes brought in (a bundle, a sync)
    IMPORT_PROJECT = "import_project"  # a REFI-QDA project's coding (participants, quotes, codes)
    RESOLVE_CONFLICT = "resolve_conflict"  # a value picked for a field two copies changed
    UNDO = "undo"  # another copy undid a change (shown in the history of merged changes)
    REDO = "redo"  # another copy redid a change (likewise)
    LEGACY = "legacy"  # an entry journaled before changes were typed: only its old label


@dataclass(frozen=True)
class Change:
    """One journaled change: its kind, the records it names and the documents it touched."""

    kind: ChangeKind
    id: int = 0  # the journal entry (0 until journaled)
    at: str = ""  # when, ISO 8601 UTC
    participants: tuple[int, ...] = ()
    commitments: tuple[int, ...] = ()
    documents: Sequence[int] = ()  # a tuple, or an import batch's ``IdRanges``
    names: tuple[str, ...] = ()  # names, aliases or tags the change is about, as typed
    count: int = 0  # how many items (mentions confirmed, …) when that matters
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def label_fields(self, names: Mapping[int, str]) -> dict[str, object]:
        """The values a label of this change is built from, the same in every language.

        ``names`` maps participant ids to their current names; a participant no longer in it
        (deleted) is named as the change recorded it.
        """
        first = self.participants[0] if self.participants else None
        recorded = self.names[0] if self.names else ""
        participant = names.get(first, recorded or f"p{first}") if first is not None else recorded
        return {
            "participant": participant,
            "document": self.documents[0] if self.documents else "",
            "commitment": self.commitments[0] if self.commitments else "",
            "count": len(self.participants),
            "name": self.names[-1] if self.names else "",
            "names": ", ".join(self.names),
            "old": recorded,
            "new": self.names[1] if len(self.names) > 1 else participant,
            "title": recorded or f"#{self.documents[0] if self.documents else ''}",
            "n": len(self.documents),
            "total": self.count,
        }

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "at": self.at,
            "participants": list(self.participants),
            "commitments": list(self.commitments),
            "documents": list(self.documents),
            "names": list(self.names),
            "count": self.count,
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """The change a ``to_json`` shape describes."""
        return cls(
            ChangeKind(data["kind"]),
            int(data.get("id", 0)),
            str(data.get("at", "")),
            tuple(data.get("participants", ())),
            tuple(data.get("commitments", ())),
            tuple(data.get("documents", ())),
            tuple(data.get("names", ())),
            int(data.get("count", 0)),
            dict(data.get("extra", {})),
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the history: the change, who made it, and whether it is undone now."""

    change: Change
    author: str = ""
    undone: bool = False
    redoable: bool = False  # undone, and nothing changed since: redo can re-apply it
    merged_from: str = ""  # the copy (replica UUID) it was merged from; empty: made here
    uuid: str = ""  # the change's UUID, the same in every copy

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape (the change's, with author and state)."""
        return {**self.change.to_json(), "author": self.author, "undone": self.undone,
                "redoable": self.redoable, "merged_from": self.merged_from,
                "uuid": self.uuid}  # fmt: skip
