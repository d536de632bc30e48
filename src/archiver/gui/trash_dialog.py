"""The Trash view: deleted documents; restore the selected ones, or empty the trash."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from archiver.core.trash import Trashed, TrashSize
from archiver.gui.locale_text import isolate, local_time
from archiver.gui.widget_names import named

ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(n_bytes: int) -> str:
    """Bytes as a person reads them in the interface's language (12 KB, 3.4 MB; ١٢ ك.ب)."""
    return QLocale().formattedDataSize(n_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class TrashDialog(QDialog):
    """The trash's documents; Enter restores the selection, "Empty trash…" asks first."""

    restore_requested = Signal(list)  # document ids
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.tree = named(QTreeWidget(), "trashList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Deleted"), self.tr("Title"), self.tr("File"),
                                   self.tr("Size")])  # fmt: skip
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._restore_selected())
        self.tree.installEventFilter(self)
        self.summary = named(QLabel(), "trashSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = named(QPushButton(self.tr("&Restore")), "trashRestore")
        self.empty_button = named(QPushButton(self.tr("&Empty trash…")), "trashEmpty")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.setDefault(True)  # Enter in the list
        self.restore_button.clicked.connect(self._restore_selected)
        self.empty_button.clicked.connect(self.empty_requested.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        enter = QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
        layout.addWidget(QLabel(self.tr("Deleted documents wait here with their annotations. "
                                        "{0} restores the selected ones.").format(isolate(enter))))  # fmt: skip
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def show_items(self, items: list[Trashed], size: TrashSize) -> None:
        """Fill the list and say how much the trash holds."""
        self.tree.clear()
        for t in items:
            item = QTreeWidgetItem([local_time(t.trashed_at), t.title, t.file_name,
                                    size_text(t.file_size)])  # fmt: skip
            item.setData(0, ID_ROLE, t.id)
            self.tree.addTopLevelItem(item)
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.summary.setText(self.tr("%Ln documents in the trash, {0} of original files", "",
                                     size.documents).format(size_text(size.bytes))
                             if size.documents else self.tr("The trash is empty."))  # fmt: skip
        self.restore_button.setEnabled(bool(items))
        self.empty_button.setEnabled(bool(items))

    def selected_ids(self) -> list[int]:
        """The documents selected now (the current one when nothing is selected)."""
        items = self.tree.selectedItems()
        current = self.tree.currentItem()
        if not items and current is not None:
            items = [current]
        return [int(item.data(0, ID_ROLE)) for item in items]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list: restore the selected documents."""
        enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                                 Qt.Key.Key_Enter)  # fmt: skip
        if watched is self.tree and enter and event.type() == QEvent.Type.KeyPress:
            self._restore_selected()
            return True
        return super().eventFilter(watched, event)

    def _restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.restore_requested.emit(ids)
