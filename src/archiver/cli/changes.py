"""What a journaled change did, in English words for the terminal ("confirm France in #12")."""

from __future__ import annotations

from collections.abc import Mapping

from archiver.core.changes import Change, ChangeKind

_WORDS = {
    ChangeKind.CONFIRM: "confirm {participant} in #{document}",
    ChangeKind.CONFIRM_ALL: "confirm {count} participants in #{document}",
    ChangeKind.REJECT: "reject {participant} in #{document}",
    ChangeKind.REJECT_EVERYWHERE: "reject {participant} everywhere",
    ChangeKind.LIFT_BLOCK: "suggest {participant} again",
    ChangeKind.UNTAG: "untag {participant} in #{document}",
    ChangeKind.TAG_SPAN: "tag {participant} in #{document}",
    ChangeKind.TAG_NEW: "tag {participant} in #{document} (new participant)",
    ChangeKind.REMOVE_MENTION: "remove mention in #{document}",
    ChangeKind.ADD_PARTICIPANT: "add participant {participant}",
    ChangeKind.RENAME_PARTICIPANT: "rename {old} to {new}",
    ChangeKind.UPDATE_PARTICIPANT: "edit participant {participant}",
    ChangeKind.REMOVE_PARTICIPANT: "delete participant {participant}",
    ChangeKind.MERGE_PARTICIPANTS: "merge {new} into {participant}",
    ChangeKind.ADD_ALIAS: "alias {name} of {participant}",
    ChangeKind.REMOVE_ALIAS: "remove alias {name}",
    ChangeKind.ADD_TAG: "tag #{document} {names}",
    ChangeKind.REMOVE_TAG: "untag #{document} {names}",
    ChangeKind.RENAME_TAG: "rename tag {old} to {new}",
    ChangeKind.DELETE_TAG: "delete tag {name}",
    ChangeKind.ADD_COLLECTION: "add collection {name}",
    ChangeKind.RENAME_COLLECTION: "rename collection {old} to {new}",
    ChangeKind.MOVE_COLLECTION: "move collection {old} to {new}",
    ChangeKind.DELETE_COLLECTION: "delete collection {old}",
    ChangeKind.COLLECT: "put #{document} in {old}",
    ChangeKind.UNCOLLECT: "take #{document} out of {old}",
    ChangeKind.ADD_SAVED_SEARCH: "save search {name}",
    ChangeKind.RENAME_SAVED_SEARCH: "rename saved search {old} to {new}",
    ChangeKind.UPDATE_SAVED_SEARCH: "edit saved search {name}",
    ChangeKind.REMOVE_SAVED_SEARCH: "delete saved search {name}",
    ChangeKind.ADD_COMMITMENT: "commitment in #{document}",
    ChangeKind.UPDATE_COMMITMENT: "edit commitment #{commitment}",
    ChangeKind.DELETE_COMMITMENT: "delete commitment #{commitment}",
    ChangeKind.ADD_MEMO: "memo «{name}»",
    ChangeKind.EDIT_MEMO: "edit memo «{name}»",
    ChangeKind.DELETE_MEMO: "delete memo «{name}»",
    ChangeKind.IMPORT: "import of «{title}»",
    ChangeKind.DELETE_DOCUMENT: "delete of «{title}»",
    ChangeKind.RESTORE_DOCUMENT: "restore of «{title}»",
    ChangeKind.UPDATE_DOCUMENT: "edit of «{title}»",
    ChangeKind.MERGE: "merge of {total} changes from another copy",
    ChangeKind.IMPORT_PROJECT: "coding of a REFI-QDA project ({total} selections)",
    ChangeKind.RESOLVE_CONFLICT: "conflict resolved: {name}",
    ChangeKind.UNDO: "undo of {name}",
    ChangeKind.REDO: "redo of {name}",
}
_MANY = {  # a change of several documents at once
    ChangeKind.IMPORT: "import of {n} documents",
    ChangeKind.DELETE_DOCUMENT: "delete of {n} documents",
    ChangeKind.RESTORE_DOCUMENT: "restore of {n} documents",
    ChangeKind.ADD_TAG: "tag {n} documents {names}",
    ChangeKind.REMOVE_TAG: "untag {n} documents {names}",
    ChangeKind.COLLECT: "put {n} documents in {old}",
    ChangeKind.UNCOLLECT: "take {n} documents out of {old}",
}


def describe(change: Change, names: Mapping[int, str]) -> str:
    """The change in words; participants named by ``names`` (id -> name), else as recorded."""
    if change.kind is ChangeKind.LEGACY:
        return str(change.extra.get("label") or "an earlier change")
    many = len(change.documents) > 1 and change.kind in _MANY
    kind = change.kind
    if kind is ChangeKind.CONFIRM_ALL and len(change.participants) == 1:
        kind = ChangeKind.CONFIRM  # "confirm France in #12", not "confirm 1 participants"
    return (_MANY if many else _WORDS)[kind].format(**change.label_fields(names))
