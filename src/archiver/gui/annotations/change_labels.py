"""The words for a journaled change ("confirm France in #12"), translated: the templates are
the core's (``core/change_words.py``, the CLI's words too), translated here in the
``ChangeLabels`` context with the language's plural forms."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from archiver.core import change_words
from archiver.core.changes import Change, ChangeKind
from archiver.gui.annotations.terms import embed

_NAMED = ("participant", "name", "names", "old", "new", "title")  # isolated in Arabic text


def _tr(text: str, comment: str = "", n: int = -1) -> str:
    return QCoreApplication.translate(change_words.CONTEXT, text, comment, n)


def change_label(change: Change, names: Mapping[int, str]) -> str:
    """A translated label for ``change``; participants named by ``names`` (id -> name).

    A participant no longer in ``names`` (deleted) is named as the change recorded it.
    """
    if change.kind is ChangeKind.LEGACY:
        label = change.extra.get("label")
        return str(label) if label else _tr(change_words.EARLIER)
    said = change_words.wording(change, names)
    shown = {k: embed(v) if k in _NAMED and v != "" else v for k, v in said.fields.items()}
    between = QCoreApplication.translate("CommitmentText", ", ", "between names in a list")
    shown["fields"] = between.join(
        _tr(change_words.FIELDS[f], change_words.FIELD_COMMENT) for f in said.edited
    )
    return _tr(said.template, "", said.count).format(**shown)
