"""Participants x categories, each cell the latest status with its date; Enter opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Cell, Commitment, Matrix
from archiver.gui.annotations.colors import status_color, wash
from archiver.gui.annotations.panel import commitment_tooltip
from archiver.gui.annotations.pickers import display_name
from archiver.gui.annotations.terms import category_label, date_text, status_label
from archiver.gui.locale_text import number
from archiver.gui.widget_names import named

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 3


class MatrixModel(QAbstractTableModel):
    """The matrix from the core; the tooltip fetches the cell's commitment when asked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = Matrix([], [], {})
        self.describe: Callable[[int], str] = lambda _cid: ""

    def set_matrix(self, matrix: Matrix) -> None:
        """Show another matrix."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        """The cell at a position (None when the participant has nothing in that category)."""
        m = self.matrix
        if not (0 <= row < len(m.participants) and 0 <= column < len(m.categories)):
            return None
        return m.cells.get((m.participants[row].id, m.categories[column]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.categories)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            more = self.tr(" (+{0})", "more commitments in the cell").format(
                number(cell.count - 1)) if cell.count > 1 else ""  # fmt: skip
            return f"{status_label(cell.status)}{more}\n{date_text(cell.date)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return wash(status_color(cell.status), 90)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_color(cell.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(cell.commitment_id)
        if role == CELL_ROLE:
            return cell.commitment_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.matrix
        if orientation == Qt.Orientation.Horizontal:
            return (
                category_label(m.categories[section]) if 0 <= section < len(m.categories) else None
            )
        return display_name(m.participants[section]) if 0 <= section < len(m.participants) else None


class MatrixDock(QDockWidget):
    """The matrix in a dock; Enter on a cell opens its commitment at the quote."""

    open_requested = Signal(int)  # commitment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participants × categories"), parent)
        self.setObjectName("matrixDock")
        self.model = MatrixModel(self)
        self.view = named(QTableView(), "matrixView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 10)
        self.view.activated.connect(self._open)
        body = named(QWidget(), "matrixBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        body.setFocusProxy(self.view)
        self.setWidget(body)

    def select_first_cell(self) -> None:
        """Put the cursor on the first cell that has a commitment."""
        model = self.model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                if model.cell(row, column) is not None:
                    self.view.setCurrentIndex(model.index(row, column))
                    return

    def _open(self, index: QModelIndex) -> None:
        cid = index.data(CELL_ROLE)
        if cid is not None:
            self.open_requested.emit(int(cid))


def tooltip_for(commitment: Commitment) -> str:
    """The tooltip of a matrix cell: the commitment in full."""
    return commitment_tooltip(commitment)
