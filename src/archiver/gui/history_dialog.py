"""The History view: every change (who, when, what, documents); undo a selected one, or redo
an undone one, whichever session undid it (the one undone last first, as the journal redoes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archiver.core.changes import HistoryEntry
from archiver.gui.annotations.change_labels import change_label
from archiver.gui.locale_text import isolate, keys
from archiver.gui.widget_names import named

ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    """A list of changes, newest first; Enter or "Undo selected" takes the selected one back,
    Ctrl+Shift+Z or "Redo selected" re-applies an undone one."""

    undo_requested = Signal(int)  # the journal entry to take back
    redo_requested = Signal(int)  # the journal entry to re-apply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.entries: list[HistoryEntry] = []
        self.names: dict[int, str] = {}
        self.redo_next: int | None = None  # the entry a redo would re-apply (the journal's)
        self.tree = named(QTreeWidget(), "historyList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Documents"), self.tr("State")])  # fmt: skip
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._undo_selected())
        self.note = named(QLabel(), "historyNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = named(QPushButton(self.tr("&Undo selected change")), "historyUndo")
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setDefault(True)  # Enter in the list
        self.undo_button.clicked.connect(self._undo_selected)
        self.redo_button = named(QPushButton(self.tr("&Redo selected change")), "historyRedo")
        buttons.addButton(self.redo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.redo_button.clicked.connect(self._redo_selected)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._explain_selected())
        buttons.rejected.connect(self.reject)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every change, newest first. {0} or {1} takes back the selected "
                               "one; you are warned when later changes depend on it. {2} "
                               "redoes an undone change, from this session or an earlier one: "
                               "the one undone last first.").format(
            keys("Return"), keys("Ctrl+Z"), keys("Ctrl+Shift+Z")))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def show_entries(
        self, entries: list[HistoryEntry], names: dict[int, str], redo_next: int | None = None
    ) -> None:
        """Fill the list (the selection stays on the same change when it is still there);
        ``redo_next`` is the change a redo would re-apply."""
        current = self.selected_id()
        self.entries, self.names, self.redo_next = entries, names, redo_next
        self.tree.clear()
        for entry in entries:
            change = entry.change
            docs = ", ".join(f"#{d}" for d in change.documents[:6])
            if len(change.documents) > 6:
                docs += f" (+{len(change.documents) - 6})"
            state = self.tr("undone") if entry.undone else ""
            if entry.merged_from:  # another copy's change, under the merge that brought it
                state = self.tr("merged from copy {0}").format(entry.merged_from[:8])
            when = isolate(change.at.replace("T", " ")[:19])  # day then time, also in Arabic
            item = QTreeWidgetItem([when, entry.author, change_label(change, names),
                                    isolate(docs), state])  # fmt: skip
            item.setData(0, ID_ROLE, change.id or None)
            if entry.merged_from:
                item.setToolTip(4, self.tr("Made in another copy of the archive and merged "
                                           "here; undo the merge to take it back."))  # fmt: skip
            if entry.undone:
                for column in range(5):
                    item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 3, 4):
            self.tree.resizeColumnToContents(column)
        self.select(current)
        self._explain_selected()

    def select(self, entry_id: int | None) -> None:
        """Select the change with this id (the newest when it is not listed)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and (entry_id is None or item.data(0, ID_ROLE) == entry_id):
                self.tree.setCurrentItem(item)
                return
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected_id(self) -> int | None:
        """The journal entry selected now."""
        item = self.tree.currentItem()
        found = item.data(0, ID_ROLE) if item is not None else None
        return int(found) if found else None  # a merged change has none: undo its merge

    def _explain_selected(self) -> None:
        """Which button applies to the selected change; why an undone one cannot be redone."""
        entry = self._selected_entry()
        self.undo_button.setEnabled(entry is not None and not entry.undone)
        self.redo_button.setEnabled(entry is not None and entry.undone and self._is_next(entry))
        self.note.setText(self._why_not_redo(entry) if self.entries else self.tr("No changes yet."))

    def _why_not_redo(self, entry: HistoryEntry | None) -> str:
        """Why an undone change cannot be redone now ("" when it can, or is not undone)."""
        if entry is None or not entry.undone or self._is_next(entry):
            return ""
        if not entry.redoable:
            return self.tr("“{0}” can no longer be redone: a change was made after it was "
                           "undone, and redo re-applies only undos that no change has "
                           "followed.").format(change_label(entry.change, self.names))  # fmt: skip
        first = next((e for e in self.entries if e.change.id == self.redo_next), None)
        if first is None:
            return self.tr("Undone changes are redone in the reverse order of their undoing.")
        return self.tr("Undone changes are redone in the reverse order of their undoing: redo "
                       "“{0}” first.").format(change_label(first.change, self.names))  # fmt: skip

    def _is_next(self, entry: HistoryEntry) -> bool:
        return self.redo_next is not None and entry.change.id == self.redo_next

    def _selected_entry(self) -> HistoryEntry | None:
        entry_id = self.selected_id()
        return next((e for e in self.entries if e.change.id == entry_id), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Ctrl+Z in the list: undo the selected change; Ctrl+Shift+Z: redo it."""
        if watched is self.tree and isinstance(event, QKeyEvent):
            redo = event.matches(QKeySequence.StandardKey.Redo)
            ours = (
                redo
                or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                or event.matches(QKeySequence.StandardKey.Undo)
            )
            if ours and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Ctrl+Z here is this list's, not the main window's undo
                return True
            if ours and event.type() == QEvent.Type.KeyPress:
                self._redo_selected() if redo else self._undo_selected()
                return True
        return super().eventFilter(watched, event)

    def _redo_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and entry.undone:
            self.redo_requested.emit(entry.change.id)

    def _undo_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.undo_requested.emit(entry_id)
