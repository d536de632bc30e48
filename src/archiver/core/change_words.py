"""The words of a journaled change ("confirm France in #12"): one definition, in English.

The CLI prints them (``describe``), the core's messages name a change with them (an undo
refused for a later change), and the GUI translates the same templates where it shows them
(``gui/annotations/change_labels.py``): each is marked for lupdate by ``translate`` in the
``ChangeLabels`` context, so the .ts files hold them and a label reads the same in the
History window and the terminal. A template's fields are those of ``Change.label_fields``;
``%Ln`` is a count (the GUI's plural forms; ``describe`` writes the number).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from archiver.core.changes import Change, ChangeKind

CONTEXT = "ChangeLabels"  # the translation context of every string here
FIELD_COMMENT = "a participant's field, named in the label of its edit"


def translate(
    context: str, text: str, comment: str = "", n: int = -1
) -> str:  # lupdate knows this name
    """``text`` unchanged, marked for lupdate (a plural when ``n`` is given): a template the
    GUI translates where it is shown."""
    return text


TEMPLATES: dict[ChangeKind, str] = {
    ChangeKind.CONFIRM: translate("ChangeLabels", "confirm {participant} in #{document}"),
    ChangeKind.REJECT: translate("ChangeLabels", "reject {participant} in #{document}"),
    ChangeKind.REJECT_EVERYWHERE: translate("ChangeLabels", "reject {participant} everywhere"),
    ChangeKind.LIFT_BLOCK: translate("ChangeLabels", "suggest {participant} again"),
    ChangeKind.UNTAG: translate("ChangeLabels", "untag {participant} in #{document}"),
    ChangeKind.TAG_SPAN: translate("ChangeLabels", "tag {participant} in #{document}"),
    ChangeKind.TAG_NEW: translate(
        "ChangeLabels", "tag {participant} in #{document} (new participant)"
    ),
    ChangeKind.REMOVE_MENTION: translate("ChangeLabels", "remove mention in #{document}"),
    ChangeKind.ADD_PARTICIPANT: translate("ChangeLabels", "add participant {participant}"),
    ChangeKind.RENAME_PARTICIPANT: translate("ChangeLabels", "rename {old} to {new}"),
    ChangeKind.UPDATE_PARTICIPANT: translate("ChangeLabels", "edit participant {participant}"),
    ChangeKind.REMOVE_PARTICIPANT: translate("ChangeLabels", "delete participant {participant}"),
    ChangeKind.MERGE_PARTICIPANTS: translate("ChangeLabels", "merge {new} into {participant}"),
    ChangeKind.ADD_ALIAS: translate("ChangeLabels", "alias {name} of {participant}"),
    ChangeKind.REMOVE_ALIAS: translate("ChangeLabels", "remove alias {name}"),
    ChangeKind.ADD_TAG: translate("ChangeLabels", "tag #{document} {names}"),
    ChangeKind.REMOVE_TAG: translate("ChangeLabels", "untag #{document} {names}"),
    ChangeKind.RENAME_TAG: translate("ChangeLabels", "rename tag {old} to {new}"),
    ChangeKind.DELETE_TAG: translate("ChangeLabels", "delete tag {name}"),
    ChangeKind.ADD_COLLECTION: translate("ChangeLabels", "add collection {name}"),
    ChangeKind.RENAME_COLLECTION: translate("ChangeLabels", "rename collection {old} to {new}"),
    ChangeKind.MOVE_COLLECTION: translate("ChangeLabels", "move collection {old} to {new}"),
    ChangeKind.DELETE_COLLECTION: translate("ChangeLabels", "delete collection {old}"),
    ChangeKind.COLLECT: translate("ChangeLabels", "put #{document} in {old}"),
    ChangeKind.UNCOLLECT: translate("ChangeLabels", "take #{document} out of {old}"),
    ChangeKind.ADD_SAVED_SEARCH: translate("ChangeLabels", "save search {name}"),
    ChangeKind.RENAME_SAVED_SEARCH: translate("ChangeLabels", "rename saved search {old} to {new}"),
    ChangeKind.UPDATE_SAVED_SEARCH: translate("ChangeLabels", "edit saved search {name}"),
    ChangeKind.REMOVE_SAVED_SEARCH: translate("ChangeLabels", "delete saved search {name}"),
    ChangeKind.ADD_COMMITMENT: translate("ChangeLabels", "commitment in #{document}"),
    ChangeKind.UPDATE_COMMITMENT: translate("ChangeLabels", "edit commitment #{commitment}"),
    ChangeKind.DELETE_COMMITMENT: translate("ChangeLabels", "delete commitment #{commitment}"),
    ChangeKind.ADD_MEMO: translate("ChangeLabels", "memo «{name}»"),
    ChangeKind.EDIT_MEMO: translate("ChangeLabels", "edit memo «{name}»"),
    ChangeKind.DELETE_MEMO: translate("ChangeLabels", "delete memo «{name}»"),
    ChangeKind.IMPORT: translate("ChangeLabels", "import of «{title}»"),
    ChangeKind.DELETE_DOCUMENT: translate("ChangeLabels", "delete of «{title}»"),
    ChangeKind.RESTORE_DOCUMENT: translate("ChangeLabels", "restore of «{title}»"),
    ChangeKind.UPDATE_DOCUMENT: translate("ChangeLabels", "edit of «{title}»"),
    ChangeKind.RESOLVE_CONFLICT: translate("ChangeLabels", "conflict resolved: {name}"),
    ChangeKind.UNDO: translate("ChangeLabels", "undo of {name}"),
    ChangeKind.REDO: translate("ChangeLabels", "redo of {name}"),
}
"""One template per kind whose label counts nothing."""

COUNTED: dict[ChangeKind, tuple[str, str]] = {  # the template, and the field %Ln counts
    ChangeKind.CONFIRM_ALL: (translate("ChangeLabels", "confirm %Ln participants in #{document}",
                                       "", 0), "count"),
    ChangeKind.MERGE: (translate("ChangeLabels", "merge of %Ln changes from another copy", "", 0),
                       "total"),
    ChangeKind.IMPORT_PROJECT: (translate("ChangeLabels",
                                          "coding of a REFI-QDA project (%Ln selections)",
                                          "", 0), "total"),
}  # fmt: skip
"""The kinds whose label counts participants or changes."""

MANY: dict[ChangeKind, str] = {
    ChangeKind.IMPORT: translate("ChangeLabels", "import of %Ln documents", "", 0),
    ChangeKind.DELETE_DOCUMENT: translate("ChangeLabels", "delete of %Ln documents", "", 0),
    ChangeKind.RESTORE_DOCUMENT: translate("ChangeLabels", "restore of %Ln documents", "", 0),
    ChangeKind.ADD_TAG: translate("ChangeLabels", "tag %Ln documents {names}", "", 0),
    ChangeKind.REMOVE_TAG: translate("ChangeLabels", "untag %Ln documents {names}", "", 0),
    ChangeKind.COLLECT: translate("ChangeLabels", "put %Ln documents in {old}", "", 0),
    ChangeKind.UNCOLLECT: translate("ChangeLabels", "take %Ln documents out of {old}", "", 0),
    ChangeKind.ADD_COLLECTION: translate(
        "ChangeLabels", "add collection {name} with %Ln documents", "", 0
    ),
}
"""The templates of a change of several documents at once (%Ln: how many)."""

ONE_DOCUMENT: dict[ChangeKind, str] = {
    ChangeKind.ADD_COLLECTION: translate("ChangeLabels", "add collection {name} with #{document}"),
}
"""The templates of a change that names one document only when it has one."""

EDITED = translate("ChangeLabels", "edit {participant} ({fields})")
"""A participant's edit that says what it changed ("edit Keir Starmer (Arabic name, parent)")."""

FIELDS: dict[str, str] = {
    "name": translate("ChangeLabels", "name", "a participant's field, named in the label of its edit"),
    "name_ar": translate("ChangeLabels", "Arabic name", "a participant's field, named in the label of its edit"),
    "name_en": translate("ChangeLabels", "English name", "a participant's field, named in the label of its edit"),
    "kind": translate("ChangeLabels", "kind", "a participant's field, named in the label of its edit"),
    "parent_id": translate("ChangeLabels", "parent", "a participant's field, named in the label of its edit"),
    "role": translate("ChangeLabels", "role", "a participant's field, named in the label of its edit"),
    "iso": translate("ChangeLabels", "ISO code", "a participant's field, named in the label of its edit"),
    "color": translate("ChangeLabels", "colour", "a participant's field, named in the label of its edit"),
    "notes": translate("ChangeLabels", "notes", "a participant's field, named in the label of its edit"),
    "aliases": translate("ChangeLabels", "aliases", "a participant's field, named in the label of its edit"),
}  # fmt: skip
"""The words for the fields an edit of a participant changed (its ``extra["fields"]``)."""

EARLIER = translate("ChangeLabels", "an earlier change")
"""The label of an entry journaled before labels were built from kinds, without its own."""


@dataclass(frozen=True)
class Wording:
    """What a change's label is made of: the template, the number its %Ln stands for (-1:
    none), its fields, and the participant's fields an edit changed (keys of ``FIELDS``)."""

    template: str
    count: int
    fields: dict[str, object]
    edited: tuple[str, ...] = field(default=())


def wording(change: Change, names: Mapping[int, str]) -> Wording:
    """The template and values of ``change``'s label (not for LEGACY, whose label is its own);
    participants named by ``names`` (id -> name), else as the change recorded them."""
    values: dict[str, Any] = change.label_fields(names)
    kind = change.kind
    if len(change.documents) > 1 and kind in MANY:
        return Wording(MANY[kind], int(values["n"]), values)
    if len(change.documents) == 1 and kind in ONE_DOCUMENT:
        return Wording(ONE_DOCUMENT[kind], -1, values)
    if kind is ChangeKind.CONFIRM_ALL and values["count"] == 1:  # named, not counted
        return Wording(TEMPLATES[ChangeKind.CONFIRM], -1, values)
    if kind in COUNTED:
        template, counted = COUNTED[kind]
        return Wording(template, int(values[counted]), values)
    edited = tuple(f for f in change.extra.get("fields") or () if f in FIELDS)
    if kind is ChangeKind.UPDATE_PARTICIPANT and edited:
        return Wording(EDITED, -1, values, edited)
    return Wording(TEMPLATES[kind], -1, values, edited)


_PLURAL = re.compile(r"%Ln (\w+?)s\b")


def describe(change: Change, names: Mapping[int, str] | None = None) -> str:
    """The change in English words ("tag Canada in #3 (new participant)"); participants named
    by ``names`` (id -> name), else as recorded."""
    if change.kind is ChangeKind.LEGACY:
        return str(change.extra.get("label") or EARLIER)
    said = wording(change, names or {})
    text = said.template
    if said.count >= 0:
        text = _PLURAL.sub(r"1 \1", text) if said.count == 1 else text
        text = text.replace("%Ln", str(said.count))
    fields = {**said.fields, "fields": ", ".join(FIELDS[f] for f in said.edited)}
    return text.format(**fields)
