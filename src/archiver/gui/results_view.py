"""The result list: a table that hands the keyboard back to the search bar and opens on Enter."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from archiver.gui.delegates import DirectionDelegate, ResultDelegate, row_height
from archiver.gui.results_model import COLUMNS, ID_ROLE, ResultsModel
from archiver.services.settings import DEFAULTS


class ResultsView(QTableView):
    """Rows of documents; Up on the first row leaves for the search bar, Enter opens."""

    up_from_top = Signal()
    open_requested = Signal(int)
    current_changed = Signal(int)  # the document under the cursor, -1 for none

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.results_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift and Ctrl with the arrows or the mouse select several rows (the bulk actions).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)  # onto a collection or a tag of the library sidebar
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
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
        self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()))
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(model.sort)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in zip(COLUMNS, (250, 88, 110, 40, 56), strict=True):
            header.resizeSection(COLUMNS.index(column), width)
        # The title (with its snippet) takes the width the other columns leave.
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        # Right-click on the header: show or hide columns (the quality score starts hidden).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(QPoint(pos)))
        )
        self.set_hidden_columns(DEFAULTS["results/hidden_columns"])
        self.setItemDelegate(DirectionDelegate(self))
        self.setItemDelegateForColumn(COLUMNS.index("title"), ResultDelegate(self))
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._anchor: int | None = None  # the document kept at the top while rows come and go
        model.rowsAboutToBeInserted.connect(lambda _p, first, _last: self._hold_place(first, -1))
        model.rowsAboutToBeRemoved.connect(lambda _p, first, last: self._hold_place(first, last))
        model.rowsInserted.connect(self._keep_place)
        model.rowsRemoved.connect(self._keep_place)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))

    def column_menu(self) -> QMenu:
        """One checkable entry per column; the title is always shown."""
        menu = QMenu(self)
        menu.setObjectName("resultsColumnsMenu")
        model = self.model()
        for section, name in enumerate(COLUMNS):
            label = model.headerData(section, Qt.Orientation.Horizontal)
            action = menu.addAction(label)
            action.setObjectName(f"column_{name}")
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(section))
            action.setEnabled(name != "title")
            action.toggled.connect(lambda on, s=section: self.setColumnHidden(s, not on))
        return menu

    def hidden_columns(self) -> list[str]:
        """The names of the columns hidden now (for the settings)."""
        return [name for i, name in enumerate(COLUMNS) if self.isColumnHidden(i)]

    def set_hidden_columns(self, names: list[str]) -> None:
        """Hide these columns (unknown names and the title are ignored), show the others."""
        for section, name in enumerate(COLUMNS):
            self.setColumnHidden(section, name in names and name != "title")

    def current_id(self) -> int | None:
        """The document on the current row."""
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The documents of the selected rows, in row order (the current one when none is)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self.model().index(row, 0).data(ID_ROLE) for row in rows]
        if not ids and self.current_id() is not None:
            ids = [self.current_id()]
        return [doc_id for doc_id in ids if doc_id is not None]

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The rows there is room for come with the next query's first page, snippets and all."""
        super().resizeEvent(event)
        rows = self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize())
        self.results_model.snippets.shown_rows = rows + 1

    def _hold_place(self, first: int, last: int) -> None:
        """Rows come (or ``first``..``last`` go) above the first row in view, scrolled down the
        list: remember the document shown first, to keep it there. At the top the list stays at
        the top (new documents show)."""
        top = self.rowAt(0)
        self._anchor = None
        if top < 0 or first > top or self.verticalScrollBar().value() == 0:
            return
        if first <= top <= last:  # the first row shown goes: keep the one after the rows leaving
            top = last + 1
        self._anchor = self.results_model.doc_id(top)

    def _keep_place(self) -> None:
        anchor, self._anchor = self._anchor, None
        row = self.results_model.row_of(anchor) if anchor is not None else -1
        if row >= 0:
            self.updateGeometries()  # the scroll bar's range for the rows there are now
            self.scrollTo(self.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = current.data(ID_ROLE) if current.isValid() else None
        self.current_changed.emit(doc_id if doc_id is not None else -1)
