"""The History view: every change (who, when, what, documents); undo a selected one."""

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
    """A list of changes, newest first; Enter or "Undo selected" takes the selected one back."""

    undo_requested = Signal(int)  # the journal entry to take back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.entries: list[HistoryEntry] = []
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
        buttons.rejected.connect(self.reject)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every change, newest first. {0} or {1} takes back "
                                        "the selected one; you are warned when later changes "
                                        "depend on it.").format(keys("Return"), keys("Ctrl+Z"))))  # fmt: skip
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def show_entries(self, entries: list[HistoryEntry], names: dict[int, str]) -> None:
        """Fill the list (the selection stays on the same change when it is still there)."""
        current = self.selected_id()
        self.entries = entries
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
        self.note.setText("" if entries else self.tr("No changes yet."))

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Ctrl+Z in the list: undo the selected change."""
        if watched is self.tree and isinstance(event, QKeyEvent):
            ours = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.matches(
                QKeySequence.StandardKey.Undo
            )
            if ours and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Ctrl+Z here is this list's, not the main window's undo
                return True
            if ours and event.type() == QEvent.Type.KeyPress:
                self._undo_selected()
                return True
        return super().eventFilter(watched, event)

    def _undo_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.undo_requested.emit(entry_id)
