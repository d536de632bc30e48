"""The words for a journaled change ("confirm France in #12"), built from its kind and ids."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from archiver.core.changes import Change, ChangeKind

_CONTEXT = "ChangeLabels"


def _templates() -> dict[ChangeKind, str]:
    tr = QCoreApplication.translate
    return {
        ChangeKind.CONFIRM: tr(_CONTEXT, "confirm {participant} in #{document}"),
        ChangeKind.CONFIRM_ALL: tr(_CONTEXT, "confirm {count} in #{document}"),
        ChangeKind.REJECT: tr(_CONTEXT, "reject {participant} in #{document}"),
        ChangeKind.REJECT_EVERYWHERE: tr(_CONTEXT, "reject {participant} everywhere"),
        ChangeKind.LIFT_BLOCK: tr(_CONTEXT, "suggest {participant} again"),
        ChangeKind.UNTAG: tr(_CONTEXT, "untag {participant} in #{document}"),
        ChangeKind.TAG_SPAN: tr(_CONTEXT, "tag {participant} in #{document}"),
        ChangeKind.REMOVE_MENTION: tr(_CONTEXT, "remove mention in #{document}"),
        ChangeKind.ADD_PARTICIPANT: tr(_CONTEXT, "add participant {participant}"),
        ChangeKind.RENAME_PARTICIPANT: tr(_CONTEXT, "rename {old} to {new}"),
        ChangeKind.UPDATE_PARTICIPANT: tr(_CONTEXT, "edit participant {participant}"),
        ChangeKind.REMOVE_PARTICIPANT: tr(_CONTEXT, "delete participant {participant}"),
        ChangeKind.MERGE_PARTICIPANTS: tr(_CONTEXT, "merge {new} into {participant}"),
        ChangeKind.ADD_ALIAS: tr(_CONTEXT, "alias {name} of {participant}"),
        ChangeKind.REMOVE_ALIAS: tr(_CONTEXT, "remove alias {name}"),
        ChangeKind.ADD_TAG: tr(_CONTEXT, "tag #{document} {names}"),
        ChangeKind.REMOVE_TAG: tr(_CONTEXT, "untag #{document} {names}"),
        ChangeKind.RENAME_TAG: tr(_CONTEXT, "rename tag {old} to {new}"),
        ChangeKind.DELETE_TAG: tr(_CONTEXT, "delete tag {name}"),
        ChangeKind.ADD_COLLECTION: tr(_CONTEXT, "add collection {name}"),
        ChangeKind.RENAME_COLLECTION: tr(_CONTEXT, "rename collection {old} to {new}"),
        ChangeKind.MOVE_COLLECTION: tr(_CONTEXT, "move collection {old} to {new}"),
        ChangeKind.DELETE_COLLECTION: tr(_CONTEXT, "delete collection {old}"),
        ChangeKind.COLLECT: tr(_CONTEXT, "put #{document} in {old}"),
        ChangeKind.UNCOLLECT: tr(_CONTEXT, "take #{document} out of {old}"),
        ChangeKind.ADD_SAVED_SEARCH: tr(_CONTEXT, "save search {name}"),
        ChangeKind.RENAME_SAVED_SEARCH: tr(_CONTEXT, "rename saved search {old} to {new}"),
        ChangeKind.UPDATE_SAVED_SEARCH: tr(_CONTEXT, "edit saved search {name}"),
        ChangeKind.REMOVE_SAVED_SEARCH: tr(_CONTEXT, "delete saved search {name}"),
        ChangeKind.ADD_COMMITMENT: tr(_CONTEXT, "commitment in #{document}"),
        ChangeKind.UPDATE_COMMITMENT: tr(_CONTEXT, "edit commitment #{commitment}"),
        ChangeKind.DELETE_COMMITMENT: tr(_CONTEXT, "delete commitment #{commitment}"),
        ChangeKind.ADD_MEMO: tr(_CONTEXT, "memo «{name}»"),
        ChangeKind.EDIT_MEMO: tr(_CONTEXT, "edit memo «{name}»"),
        ChangeKind.DELETE_MEMO: tr(_CONTEXT, "delete memo «{name}»"),
        ChangeKind.IMPORT: tr(_CONTEXT, "import of «{title}»"),
        ChangeKind.DELETE_DOCUMENT: tr(_CONTEXT, "delete of «{title}»"),
        ChangeKind.RESTORE_DOCUMENT: tr(_CONTEXT, "restore of «{title}»"),
        ChangeKind.UPDATE_DOCUMENT: tr(_CONTEXT, "edit of «{title}»"),
        ChangeKind.MERGE: tr(_CONTEXT, "merge of {total} changes from another copy"),
        ChangeKind.RESOLVE_CONFLICT: tr(_CONTEXT, "conflict resolved: {name}"),
        ChangeKind.UNDO: tr(_CONTEXT, "undo of {name}"),
        ChangeKind.REDO: tr(_CONTEXT, "redo of {name}"),
    }


def _many() -> dict[ChangeKind, str]:
    tr = QCoreApplication.translate
    return {  # a change of several documents at once
        ChangeKind.IMPORT: tr(_CONTEXT, "import of {n} documents"),
        ChangeKind.DELETE_DOCUMENT: tr(_CONTEXT, "delete of {n} documents"),
        ChangeKind.RESTORE_DOCUMENT: tr(_CONTEXT, "restore of {n} documents"),
        ChangeKind.ADD_TAG: tr(_CONTEXT, "tag {n} documents {names}"),
        ChangeKind.REMOVE_TAG: tr(_CONTEXT, "untag {n} documents {names}"),
        ChangeKind.COLLECT: tr(_CONTEXT, "put {n} documents in {old}"),
        ChangeKind.UNCOLLECT: tr(_CONTEXT, "take {n} documents out of {old}"),
    }


def change_label(change: Change, names: Mapping[int, str]) -> str:
    """A translated label for ``change``; participants named by ``names`` (id -> name).

    A participant no longer in ``names`` (deleted) is named as the change recorded it.
    """
    if change.kind is ChangeKind.LEGACY:
        label = change.extra.get("label")
        return str(label) if label else QCoreApplication.translate(_CONTEXT, "an earlier change")
    fields = change.label_fields(names)
    many = _many()
    if len(change.documents) > 1 and change.kind in many:
        return many[change.kind].format(**fields)
    return _templates()[change.kind].format(**fields)
