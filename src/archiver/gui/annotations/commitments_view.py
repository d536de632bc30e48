"""The commitments table dock: filters above, the paged table, export; Enter opens the quote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.gui.annotations.colors import status_color, status_label
from archiver.gui.annotations.commitments_model import SORTS, CommitmentsModel
from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.widget_names import named

DATE_PATTERN = r"^$|^\d{4}(-\d{2}(-\d{2})?)?$"


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
        for column, width in enumerate((90, 120, 220, 110, 260, 110)):
            self.setColumnWidth(column, width)


class CommitmentsDock(QDockWidget):
    """Filters: actor (completion), status, category, date range, text; debounced."""

    open_requested = Signal(int)  # commitment id

    def __init__(
        self, model: CommitmentsModel, exports: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Commitments"), parent)
        self.setObjectName("commitmentsDock")
        self.model = model
        self.index: ParticipantIndex | None = None
        self.resolve: Callable[[str], list[Any]] = lambda _t: []
        self._build_filters()
        self.table = CommitmentsTable(model)
        self.table.open_requested.connect(self._open_row)
        self._lay_out(exports)
        self._connect()

    def _build_filters(self) -> None:
        self.actor = named(QLineEdit(), "filterActor")
        self.actor.setPlaceholderText(self.tr("Actor…"))
        self.actor.setClearButtonEnabled(True)
        self.names = QStringListModel(self)  # what the completer offers
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actor.setCompleter(self.completer)
        self.status = self._combo("filterStatus", self.tr("Any status"), STATUSES)
        for row, status in enumerate(STATUSES, start=1):
            self.status.setItemData(row, status_color(status), Qt.ItemDataRole.DecorationRole)
            self.status.setItemText(row, status_label(status))
        self.category = self._combo("filterCategory", self.tr("Any category"), CATEGORIES)
        dates = QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self)
        self.date_from = named(QLineEdit(), "filterFrom")
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM"))
        self.date_to = named(QLineEdit(), "filterTo")
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM"))
        for edit in (self.date_from, self.date_to):
            edit.setValidator(dates)
            edit.setMaximumWidth(110)
        self.text = named(QLineEdit(), "filterText")
        self.text.setPlaceholderText(self.tr("Text in what, quote, notes…"))
        self.text.setClearButtonEnabled(True)
        self.count = named(QLabel(), "commitmentsCount")

    def _lay_out(self, exports: list[QAction]) -> None:
        export = named(QToolButton(), "exportButton")
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addActions(exports)
        export.setMenu(menu)
        bar = QHBoxLayout()
        for widget in (self.actor, self.status, self.category, self.date_from, self.date_to):
            bar.addWidget(widget)
        bar.addWidget(self.text, 1)
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
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self.apply)
        for edit in (self.actor, self.date_from, self.date_to, self.text):
            edit.textChanged.connect(self.debounce.start)
            edit.returnPressed.connect(self.apply)
        self.completer.activated.connect(lambda _t: self.apply())
        self.status.currentIndexChanged.connect(self.apply)
        self.category.currentIndexChanged.connect(self.apply)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)

    def _combo(self, name: str, anything: str, values: tuple[str, ...]) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.addItem(anything, "")
        for value in values:
            combo.addItem(self.tr(value), value)
        return combo

    def set_index(self, index: ParticipantIndex, resolve: Callable[[str], list[Any]]) -> None:
        """Participants for the actor filter."""
        self.index, self.resolve = index, resolve
        self.names.setStringList(index.labels())

    def actor_ids(self) -> list[int] | None:
        """The actor filter as ids ([] when the text names nobody; None when blank)."""
        text = self.actor.text().strip()
        if not text:
            return None
        if self.index is not None and text in self.index.by_label:
            return [self.index.by_label[text]]
        return [p.id for p in self.resolve(text)]

    def apply(self) -> None:
        """Run the filters now."""
        self.debounce.stop()
        actors = self.actor_ids()
        filters: dict[str, Any] = {
            "actor": actors if actors else None, "status": self.status.currentData(),
            "category": self.category.currentData(),
            "date_from": self.date_from.text() if self.date_from.hasAcceptableInput() else None,
            "date_to": self.date_to.text() if self.date_to.hasAcceptableInput() else None,
            "text": self.text.text().strip(),
        }  # fmt: skip
        if actors == []:  # a name nobody answers to: nothing, rather than everything
            filters["actor"] = [0]
        self.model.set_filters(**filters)

    def _show_count(self, *_args: object) -> None:
        self.count.setText(self.tr("{0} of {1}").format(self.model.rowCount(), self.model.total))

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
