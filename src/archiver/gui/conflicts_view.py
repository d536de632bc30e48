"""The Conflicts view: fields two copies changed differently; keep ours, take theirs, or type
the value both should hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archiver.core.sync.conflicts import DELETED, Conflict
from archiver.gui.bulk_actions import undo_key
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate
from archiver.gui.widget_names import named

ID_ROLE = Qt.ItemDataRole.UserRole
_TABLES = {
    "participant": QT_TRANSLATE_NOOP("ConflictsDialog", "Participant"),
    "participant_alias": QT_TRANSLATE_NOOP("ConflictsDialog", "Alias"),
    "document": QT_TRANSLATE_NOOP("ConflictsDialog", "Document"),
    "commitment": QT_TRANSLATE_NOOP("ConflictsDialog", "Commitment"),
    "mention": QT_TRANSLATE_NOOP("ConflictsDialog", "Mention"),
    "span": QT_TRANSLATE_NOOP("ConflictsDialog", "Passage"),
    "tag": QT_TRANSLATE_NOOP("ConflictsDialog", "Tag"),
    "saved_search": QT_TRANSLATE_NOOP("ConflictsDialog", "Saved search"),
    "suggestion_block": QT_TRANSLATE_NOOP("ConflictsDialog", "Rejected suggestion"),
    "collection": QT_TRANSLATE_NOOP("ConflictsDialog", "Collection"),
    "memo": QT_TRANSLATE_NOOP("ConflictsDialog", "Memo"),
    "commitment_actor": QT_TRANSLATE_NOOP("ConflictsDialog", "Actor of a commitment"),
    "document_tag": QT_TRANSLATE_NOOP("ConflictsDialog", "Tag on a document"),
    "document_collection": QT_TRANSLATE_NOOP("ConflictsDialog", "Document in a collection"),
    "span_tag": QT_TRANSLATE_NOOP("ConflictsDialog", "Code on a quote"),
}


def record_kind(table: str) -> str:
    """The kind of record a table holds, in the interface's language (other tables as named)."""
    words = _TABLES.get(table)
    return (
        QCoreApplication.translate("ConflictsDialog", words) if words else table.replace("_", " ")
    )


def value_text(value: Any) -> str:
    """A field's value as the list shows it."""
    if value is None:
        return "—"
    text = str(value)
    return text if len(text) <= 200 else text[:200] + "…"


class ConflictsDialog(QDialog):
    """Every open conflict (or all, resolved ones too); a pick is one undoable change."""

    resolve_requested = Signal(int, str)  # conflict id, "local" or "remote"
    value_requested = Signal(int, str)  # conflict id, the value typed (both sides merged by hand)
    undo_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.tree = named(QTreeWidget(), "conflictsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Here (in force)"),
                                   self.tr("Other copy"), self.tr("Changed there by"),
                                   self.tr("State")])  # fmt: skip
        for column in (2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.show_resolved = named(QCheckBox(self.tr("Show resolved ones")), "conflictsAll")
        self.show_resolved.toggled.connect(lambda _on: self.refresh_requested.emit())
        self.summary = named(QLabel(), "conflictsSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = named(QPushButton(self.tr("&Keep this copy's value")), "conflictKeep")
        self.take_button = named(QPushButton(self.tr("&Take the other copy's")), "conflictTake")
        self.value_button = named(QPushButton(self.tr("&Enter a value…")), "conflictValue")
        self.undo_button = named(QPushButton(self.tr("&Undo last choice")), "conflictUndo")
        # A hook a test may replace: ask for the value (None: cancelled).
        self.ask_value: Callable[[str, str], str | None] = self._ask_value
        for button in (self.keep_button, self.take_button, self.value_button, self.undo_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(lambda: self._pick("local"))
        self.take_button.clicked.connect(lambda: self._pick("remote"))
        self.value_button.clicked.connect(self._enter_value)
        self.undo_button.clicked.connect(self.undo_requested.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Another copy (a bundle, or a member through the team's server) "
                               "changed these fields differently from this copy. This "
                               "copy's value stays in force until you pick; each pick can be "
                               "undone (Undo here, or {0} in the main window).").format(undo_key()))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        """Fill the list (keeping the selection on the same conflict when it is still there)."""
        current = self.selected_id()
        self.tree.clear()
        for c in conflicts:
            record = self.tr("{0}: {1}").format(record_kind(c.table), isolate(c.label))
            state = self.tr("open") if not c.resolved_at else self.tr("resolved: {0}").format(
                self.tr("kept") if c.picked == "local" else self.tr("taken") if c.picked == "remote"
                else c.picked or "")  # fmt: skip
            item = QTreeWidgetItem([record, c.field, value_text(c.local), value_text(c.remote),
                                    c.remote_author, state])  # fmt: skip
            item.setData(0, ID_ROLE, c.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, bool(c.resolved_at))
            self.tree.addTopLevelItem(item)
            if c.id == current:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        for column in (0, 1, 4, 5):
            self.tree.resizeColumnToContents(column)
        still = sum(1 for c in conflicts if not c.resolved_at)
        self.summary.setText(self.tr("%Ln conflicts to resolve", "", still) if still
                             else self.tr("No conflicts to resolve."))  # fmt: skip
        self._enable()

    def selected_id(self) -> int | None:
        """The conflict selected now."""
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def _enable(self) -> None:
        item = self.tree.currentItem()
        open_one = item is not None and not item.data(0, Qt.ItemDataRole.UserRole + 1)
        self.keep_button.setEnabled(open_one)
        self.take_button.setEnabled(open_one)
        deleted = item is not None and item.text(1) == DELETED
        self.value_button.setEnabled(open_one and not deleted)

    def _pick(self, pick: str) -> None:
        conflict_id = self.selected_id()
        if conflict_id is not None:
            self.resolve_requested.emit(conflict_id, pick)

    def _enter_value(self) -> None:
        item = self.tree.currentItem()
        conflict_id = self.selected_id()
        if item is None or conflict_id is None:
            return
        value = self.ask_value(item.text(1), item.text(2))
        if value is not None:
            self.value_requested.emit(conflict_id, value)

    def _ask_value(self, field: str, here: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Enter a value"),
                                        self.tr("The value of {0} for both copies:").format(isolate(field)),
                                        text=here)  # fmt: skip
        return text if ok else None
