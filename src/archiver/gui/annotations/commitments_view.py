"""The commitments table dock: filters above, the paged table, export; Enter opens the quote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archiver.gui.annotations.commitment_filters import CommitmentFilterBar
from archiver.gui.annotations.commitments_model import COLUMN_WIDTHS, SORTS, CommitmentsModel
from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.locale_text import number
from archiver.gui.widget_names import named


class CommitmentsTable(QTableView):
    """Enter opens the row's document at its quote."""

    open_requested = Signal(int)  # row

    def __init__(self, model: CommitmentsModel) -> None:
        super().__init__()
        self.setObjectName("commitmentsTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.activated.connect(lambda index: self.open_requested.emit(index.row()))
        for column, width in enumerate(COLUMN_WIDTHS):
            self.setColumnWidth(column, width)


class CommitmentsDock(QDockWidget):
    """Filters (the bar the timeline has too), the paged table, the count, export."""

    open_requested = Signal(int)  # commitment id

    def __init__(
        self, model: CommitmentsModel, exports: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Commitments"), parent)
        self.setObjectName("commitmentsDock")
        self.model = model
        self.filters = CommitmentFilterBar("filter", self)
        bar = self.filters
        self.actor, self.status, self.category = bar.actor, bar.status, bar.category
        self.date_from, self.date_to, self.text = bar.date_from, bar.date_to, bar.text
        self.count = named(QLabel(), "commitmentsCount")
        self.table = CommitmentsTable(model)
        self.table.open_requested.connect(self._open_row)
        self._lay_out(exports)
        self._connect()

    def _lay_out(self, exports: list[QAction]) -> None:
        export = named(QToolButton(), "exportButton")
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addActions(exports)
        export.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.count)
        bar.addWidget(export)
        body = named(QWidget(), "commitmentsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        body.setFocusProxy(self.table)
        self.setWidget(body)

    def _connect(self) -> None:
        self.filters.changed.connect(self.model.set_filter)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)

    def set_index(self, index: ParticipantIndex, resolve: Callable[[str], list[Any]]) -> None:
        """Participants for the actor filter."""
        self.filters.set_index(index, resolve)

    def actor_ids(self) -> list[int] | None:
        """The actor filter as ids ([] when the text names nobody; None when blank)."""
        return self.filters.actor_ids()

    def apply(self) -> None:
        """Run the filters now."""
        self.filters.apply()

    def _show_count(self, *_args: object) -> None:
        self.count.setText(self.tr("{0} of %Ln", "commitments shown of all", self.model.total)
                           .format(number(self.model.rowCount())))  # fmt: skip

    def _sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORTS:  # show the order the rows really have
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(0, Qt.SortOrder.DescendingOrder if self.model.order == "newest"
                                    else Qt.SortOrder.AscendingOrder)  # fmt: skip
            header.blockSignals(False)

    def _open_row(self, row: int) -> None:
        c = self.model.commitment(row)
        if c is not None:
            self.open_requested.emit(c.id)
