"""The words for a journaled change ("confirm France in #12"), built from its kind and ids."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, QObject

from archiver.core.changes import Change, ChangeKind
from archiver.gui.annotations.terms import embed

_NAMED = ("participant", "name", "names", "old", "new", "title")  # isolated in Arabic text


class ChangeLabels(QObject):
    """The templates of the labels (a QObject: counts take the language's plural forms)."""

    def counted(self, kind: ChangeKind, count: int, total: int) -> str | None:
        """The template of a kind whose label counts participants or changes (else None)."""
        if kind is ChangeKind.CONFIRM_ALL:
            return self.tr("confirm %Ln participants in #{document}", "", count)
        if kind is ChangeKind.MERGE:
            return self.tr("merge of %Ln changes from another copy", "", total)
        if kind is ChangeKind.IMPORT_PROJECT:
            return self.tr("coding of a REFI-QDA project (%Ln selections)", "", total)
        return None

    def templates(self) -> dict[ChangeKind, str]:
        """One template per other kind, its fields as ``Change.label_fields`` names them."""
        return {
            ChangeKind.CONFIRM: self.tr("confirm {participant} in #{document}"),
            ChangeKind.REJECT: self.tr("reject {participant} in #{document}"),
            ChangeKind.REJECT_EVERYWHERE: self.tr("reject {participant} everywhere"),
            ChangeKind.LIFT_BLOCK: self.tr("suggest {participant} again"),
            ChangeKind.UNTAG: self.tr("untag {participant} in #{document}"),
            ChangeKind.TAG_SPAN: self.tr("tag {participant} in #{document}"),
            ChangeKind.TAG_NEW: self.tr("tag {participant} in #{document} (new participant)"),
            ChangeKind.REMOVE_MENTION: self.tr("remove mention in #{document}"),
            ChangeKind.ADD_PARTICIPANT: self.tr("add participant {participant}"),
            ChangeKind.RENAME_PARTICIPANT: self.tr("rename {old} to {new}"),
            ChangeKind.UPDATE_PARTICIPANT: self.tr("edit participant {participant}"),
            ChangeKind.REMOVE_PARTICIPANT: self.tr("delete participant {participant}"),
            ChangeKind.MERGE_PARTICIPANTS: self.tr("merge {new} into {participant}"),
            ChangeKind.ADD_ALIAS: self.tr("alias {name} of {participant}"),
            ChangeKind.REMOVE_ALIAS: self.tr("remove alias {name}"),
            ChangeKind.ADD_TAG: self.tr("tag #{document} {names}"),
            ChangeKind.REMOVE_TAG: self.tr("untag #{document} {names}"),
            ChangeKind.RENAME_TAG: self.tr("rename tag {old} to {new}"),
            ChangeKind.DELETE_TAG: self.tr("delete tag {name}"),
            ChangeKind.ADD_COLLECTION: self.tr("add collection {name}"),
            ChangeKind.RENAME_COLLECTION: self.tr("rename collection {old} to {new}"),
            ChangeKind.MOVE_COLLECTION: self.tr("move collection {old} to {new}"),
            ChangeKind.DELETE_COLLECTION: self.tr("delete collection {old}"),
            ChangeKind.COLLECT: self.tr("put #{document} in {old}"),
            ChangeKind.UNCOLLECT: self.tr("take #{document} out of {old}"),
            ChangeKind.ADD_SAVED_SEARCH: self.tr("save search {name}"),
            ChangeKind.RENAME_SAVED_SEARCH: self.tr("rename saved search {old} to {new}"),
            ChangeKind.UPDATE_SAVED_SEARCH: self.tr("edit saved search {name}"),
            ChangeKind.REMOVE_SAVED_SEARCH: self.tr("delete saved search {name}"),
            ChangeKind.ADD_COMMITMENT: self.tr("commitment in #{document}"),
            ChangeKind.UPDATE_COMMITMENT: self.tr("edit commitment #{commitment}"),
            ChangeKind.DELETE_COMMITMENT: self.tr("delete commitment #{commitment}"),
            ChangeKind.ADD_MEMO: self.tr("memo «{name}»"),
            ChangeKind.EDIT_MEMO: self.tr("edit memo «{name}»"),
            ChangeKind.DELETE_MEMO: self.tr("delete memo «{name}»"),
            ChangeKind.IMPORT: self.tr("import of «{title}»"),
            ChangeKind.DELETE_DOCUMENT: self.tr("delete of «{title}»"),
            ChangeKind.RESTORE_DOCUMENT: self.tr("restore of «{title}»"),
            ChangeKind.UPDATE_DOCUMENT: self.tr("edit of «{title}»"),
            ChangeKind.RESOLVE_CONFLICT: self.tr("conflict resolved: {name}"),
            ChangeKind.UNDO: self.tr("undo of {name}"),
            ChangeKind.REDO: self.tr("redo of {name}"),
        }

    def many(self, n: int) -> dict[ChangeKind, str]:
        """The templates of a change of several (``n``) documents at once."""
        return {
            ChangeKind.IMPORT: self.tr("import of %Ln documents", "", n),
            ChangeKind.DELETE_DOCUMENT: self.tr("delete of %Ln documents", "", n),
            ChangeKind.RESTORE_DOCUMENT: self.tr("restore of %Ln documents", "", n),
            ChangeKind.ADD_TAG: self.tr("tag %Ln documents {names}", "", n),
            ChangeKind.REMOVE_TAG: self.tr("untag %Ln documents {names}", "", n),
            ChangeKind.COLLECT: self.tr("put %Ln documents in {old}", "", n),
            ChangeKind.UNCOLLECT: self.tr("take %Ln documents out of {old}", "", n),
        }

    def earlier(self) -> str:
        """The label of a change journaled before labels were built from kinds, without one."""
        return self.tr("an earlier change")


_MADE: dict[str, tuple[ChangeLabels, dict[ChangeKind, str]]] = {}  # per interface locale


def _labels() -> tuple[ChangeLabels, dict[ChangeKind, str]]:
    """Made on first use in a language (the translators are installed by then)."""
    locale = QLocale().name()
    if locale not in _MADE:
        labels = ChangeLabels()
        _MADE[locale] = (labels, labels.templates())
    return _MADE[locale]


def change_label(change: Change, names: Mapping[int, str]) -> str:
    """A translated label for ``change``; participants named by ``names`` (id -> name).

    A participant no longer in ``names`` (deleted) is named as the change recorded it.
    """
    labels, templates = _labels()
    if change.kind is ChangeKind.LEGACY:
        label = change.extra.get("label")
        return str(label) if label else labels.earlier()
    fields: dict[str, Any] = change.label_fields(names)
    shown = {k: embed(v) if k in _NAMED and v != "" else v for k, v in fields.items()}
    if len(change.documents) > 1:
        many = labels.many(int(fields["n"]))
        if change.kind in many:
            return many[change.kind].format(**shown)
    if change.kind is ChangeKind.CONFIRM_ALL and fields["count"] == 1:  # named, not counted
        return templates[ChangeKind.CONFIRM].format(**shown)
    counted = labels.counted(change.kind, int(fields["count"]), int(fields["total"]))
    return (counted or templates[change.kind]).format(**shown)
