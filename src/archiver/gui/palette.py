"""The command palette (Ctrl+Shift+A): type part of an action's name, Enter runs it."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from archiver.gui.locale_text import isolate
from archiver.gui.widget_names import named

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class _Edit(QLineEdit):
    """Up/Down move in the list while the typing stays in the edit."""

    def __init__(self, palette: CommandPalette) -> None:
        super().__init__()
        self.setObjectName("paletteEdit")
        self.owner = palette

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class CommandPalette(QDialog):
    """A filtered list of the enabled actions with their shortcuts."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.model = QStandardItemModel(self)
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "")
            item = QStandardItem(f"{name}    {isolate(keys)}" if keys else name)
            item.setData(action, ACTION_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit = _Edit(self)
        self.edit.setPlaceholderText(self.tr("Type an action…"))
        self.list = named(QListView(), "paletteList")
        self.list.setModel(self.proxy)
        self.list.activated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self.filter)
        self.edit.returnPressed.connect(self.accept)
        self.filter("")
        self.resize(460, 360)

    def filter(self, text: str) -> None:
        """Keep the actions whose name contains ``text``; select the first."""
        self.proxy.setFilterFixedString(text.strip())
        self.list.setCurrentIndex(self.proxy.index(0, 0))

    def step(self, delta: int) -> None:
        """Move the selection up or down."""
        row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + delta))
        self.list.setCurrentIndex(self.proxy.index(row, 0))

    def chosen(self) -> QAction | None:
        """The action under the selection."""
        index = self.list.currentIndex()
        return index.data(ACTION_ROLE) if index.isValid() else None

    def accept(self) -> None:
        """Close, then run the chosen action."""
        action = self.chosen()
        super().accept()
        if action is not None:
            action.trigger()
