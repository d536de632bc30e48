"""The result list: a table that hands the keyboard back to the search bar and opens on Enter."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from archiver.gui.delegates import DirectionDelegate, SnippetDelegate
from archiver.gui.results_model import COLUMNS, ID_ROLE, ResultsModel


class ResultsView(QTableView):
    """Rows of documents; Up on the first row leaves for the search bar, Enter opens."""

    up_from_top = Signal()
    open_requested = Signal(int)
    current_changed = Signal(int)  # the document under the cursor, -1 for none

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(
            False
        )  # enabled below without an initial sort that would reorder hits
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(model.sort)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in zip(COLUMNS, (250, 88, 90, 40), strict=False):
            header.resizeSection(COLUMNS.index(column), width)
        self.setItemDelegate(DirectionDelegate(self))
        self.setItemDelegateForColumn(COLUMNS.index("snippet"), SnippetDelegate(self))
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))

    def current_id(self) -> int | None:
        """The document on the current row."""
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> bool:
        """Make ``row`` current and selected, and focus the list; False when there is no such row."""
        model = self.model()
        while row >= model.rowCount() and model.canFetchMore(self.rootIndex()):
            model.fetchMore(self.rootIndex())
        if not 0 <= row < model.rowCount():
            return False
        index = model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def step(self, delta: int) -> int | None:
        """Move the current row by ``delta``; the id landed on."""
        row = max(0, self.currentIndex().row() + delta) if self.currentIndex().isValid() else 0
        return self.current_id() if self.select_row(row) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up on the first row → search bar; Enter → open."""
        key = event.key()
        if key == Qt.Key.Key_Up and self.currentIndex().row() <= 0 and not event.modifiers():
            self.up_from_top.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            doc_id = self.current_id()
            if doc_id is not None:
                self.open_requested.emit(doc_id)
            return
        super().keyPressEvent(event)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = current.data(ID_ROLE) if current.isValid() else None
        self.current_changed.emit(doc_id if doc_id is not None else -1)
