"""The archive-wide commitments table: a paged model (count first, rows fetched as scrolled)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.model import Commitment
from archiver.gui.annotations.colors import status_color
from archiver.gui.annotations.panel import actors_text, commitment_tooltip, flags_text
from archiver.gui.annotations.terms import (
    action_label,
    category_label,
    date_text,
    status_label,
)
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, number
from archiver.services.annotation_ops import AnnotationOps

Index = QModelIndex | QPersistentModelIndex
COMMITMENT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (  # the headers, translated where shown
    QT_TRANSLATE_NOOP("CommitmentsModel", "Date"), QT_TRANSLATE_NOOP("CommitmentsModel", "Status"),
    QT_TRANSLATE_NOOP("CommitmentsModel", "Actors"),
    QT_TRANSLATE_NOOP("CommitmentsModel", "Category"),
    QT_TRANSLATE_NOOP("CommitmentsModel", "Action"), QT_TRANSLATE_NOOP("CommitmentsModel", "What"),
    QT_TRANSLATE_NOOP("CommitmentsModel", "Quote"), QT_TRANSLATE_NOOP("CommitmentsModel", "Flags"),
    QT_TRANSLATE_NOOP("CommitmentsModel", "Document"),
)  # fmt: skip
COLUMN_WIDTHS = (90, 120, 220, 110, 80, 240, 260, 110)  # the last column stretches
# Sorting is done by the core (the table holds one page at a time); Action, Quote and Flags
# do not sort.
SORTS = {
    0: ("oldest", "newest"),
    1: ("status", "-status"),
    2: ("actor", "-actor"),
    3: ("category", "-category"),
    5: ("what", "-what"),
    8: ("document", "-document"),
}


class CommitmentsModel(QAbstractTableModel):
    """Rows are fetched ``page`` at a time with limit/offset; ``total`` comes from count()."""

    def __init__(
        self, ops: AnnotationOps | None = None, page: int = 200, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.page = page
        self.filters: dict[str, Any] = {}
        self.order = "newest"
        self.total = 0
        self.rows: list[Commitment] = []
        self._resetting = False

    def set_ops(self, ops: AnnotationOps | None) -> None:
        """Follow another archive."""
        self.ops = ops
        self.reload()

    def set_filter(self, chosen: CommitmentFilter) -> None:
        """Replace the filters with the filter bar's and reload."""
        self.set_filters(**chosen.query())

    def set_filters(self, **filters: Any) -> None:
        """Replace the filters (actor, status, category, date_from, date_to, text) and reload."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        self.reload()

    def reload(self) -> None:
        """Count, then load the first page."""
        self.beginResetModel()
        self.rows = []
        self.total = self.ops.count_commitments(role=None, **self.filters) if self.ops else 0
        if self.total:
            self.rows = self._fetch(0)
        # Listeners of modelReset (views, the model tester) may ask for more at once; the
        # first page is enough until the view scrolls.
        self._resetting = True
        self.endResetModel()
        self._resetting = False

    def _fetch(self, offset: int) -> list[Commitment]:
        assert self.ops is not None
        return self.ops.commitments(role=None, order=self.order, limit=self.page, offset=offset,
                                    **self.filters)  # fmt: skip

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._resetting and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.ops is None or not self.canFetchMore(parent):
            return
        more = self._fetch(len(self.rows))[: self.total - len(self.rows)]
        if not more:
            self.total = len(self.rows)  # the archive changed under us; reload() corrects it
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def commitment(self, row: int) -> Commitment | None:
        """The commitment of a row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        c, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (date_text(c.statement_date), status_label(c.status), actors_text(c),
                      category_label(c.category), action_label(c.action), c.what,
                      " ".join(c.quote.split()), flags_text(c), c.document_title)  # fmt: skip
            return values[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return status_color(c.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return commitment_tooltip(c)
        if role == COMMITMENT_ROLE:
            return c.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("CommitmentsModel", COLUMNS[section])
            return None
        return number(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the core for another order (every column but Flags)."""
        if column not in SORTS:
            return
        ascending, descending = SORTS[column]
        wanted = ascending if order == Qt.SortOrder.AscendingOrder else descending
        if wanted != self.order:
            self.order = wanted
            self.reload()
