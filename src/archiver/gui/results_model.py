"""The result list's model: document ids, paged in as the view scrolls, rows fetched lazily."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from archiver.core.errors import Invalid
from archiver.core.model import DateSource, Hit, SearchResult

if TYPE_CHECKING:
    from archiver.services.operations import ArchiveSession

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "date", "source", "language", "snippet")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
RTL_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_BATCH = 200
FILE_DATE = DateSource.FILE_CREATED.value  # a date that is only the file's creation date
_MARK_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole)
SORT_ALL_LIMIT = 2000  # a sort of more hits than this reorders only the rows already loaded


class ResultsModel(QAbstractTableModel):
    """All documents (empty query) or one query's hits; rows appear a page at a time."""

    def __init__(self, session: ArchiveSession | None = None, page_size: int = 100) -> None:
        super().__init__()
        self.session = session
        self.page_size = page_size
        self.query = ""
        self.refused: str | None = None  # why the archive would not run the query
        self.last_run = ""  # the last query that ran: the one worth remembering
        self.result: SearchResult | None = None
        self._ids: list[int] = []  # rows shown so far
        self._all: list[int] = []  # every id when browsing (no query)
        self._total = 0
        self._hits: dict[int, Hit] = {}
        self._rows: dict[int, dict] = {}  # summaries cache for browsing
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._changing = False

    # -- filling -------------------------------------------------------------------------

    def set_session(self, session: ArchiveSession | None) -> None:
        """Switch archive and show its documents."""
        self.session = session
        self.run("")

    def run(self, query: str) -> SearchResult | None:
        """Show the first page for ``query`` (all documents, newest first, when blank)."""
        with self._change():
            return self._run(query)

    def _run(self, query: str) -> SearchResult | None:
        self.beginResetModel()
        self.query = query
        self._ids, self._all, self._hits, self._rows, self._sort = [], [], {}, {}, None
        self.result, self.refused = None, None
        self._total = 0
        if self.session is not None:
            if query.strip():
                try:
                    self.result = self.session.search(query, limit=self.page_size)
                except Invalid as exc:  # too long, too deep, a prefix too short: say why
                    self.refused = str(exc)
                else:
                    self._take(self.result.hits)
                    self._total = self.result.total
                    self.last_run = query
            else:
                self.last_run = query
                self._all = self.session.document_ids()
                self._total = len(self._all)
                self._ids = self._all[: self.page_size]
        self.endResetModel()
        return self.result

    def refresh(self) -> None:
        """Run the current query again (after an import, an edit or a delete)."""
        self.run(self.query)

    @contextmanager
    def _change(self) -> Iterator[None]:
        # Views (and the model tester) answer a change by asking for more rows: not inside it.
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _take(self, hits: list[Hit]) -> None:
        for hit in hits:
            if hit.id not in self._hits:
                self._hits[hit.id] = hit
                self._ids.append(hit.id)

    @property
    def browsing(self) -> bool:
        """True when the query is blank and every document is listed."""
        return not self.query.strip()

    @property
    def total(self) -> int:
        """Rows there would be if every page were loaded."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More pages are waiting."""
        return not parent.isValid() and not self._changing and len(self._ids) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the next page."""
        if parent.isValid() or self.session is None or self._changing:
            return
        start = len(self._ids)
        if self.browsing:
            page = self._all[start : start + self.page_size]
        else:
            hits = self.session.search(self.query, limit=self.page_size, offset=start).hits
            page = [h.id for h in hits if h.id not in self._hits]
            if not page:  # the index shrank under us: stop paging
                self._total = start
                return
        with self._change():
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            if self.browsing:
                self._ids.extend(page)
            else:
                self._take([h for h in hits if h.id in set(page)])
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title, date, source, language, snippet."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return (
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Source"),
                self.tr("Lang"),
                self.tr("Matches"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def doc_id(self, row: int) -> int | None:
        """The document id shown on ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, doc_id: int) -> int:
        """The row showing ``doc_id``, or -1."""
        try:
            return self._ids.index(doc_id)
        except ValueError:
            return -1

    def hit(self, doc_id: int) -> Hit | None:
        """The search hit for a document (None when browsing)."""
        return self._hits.get(doc_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the snippet HTML, the id and the direction of a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        doc_id = self._ids[index.row()]
        if role == ID_ROLE:
            return doc_id
        row = self._row(index.row(), doc_id)
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "snippet":
                return _plain(row.get("snippet", ""))
            return row.get(column) or ""
        if role == SNIPPET_ROLE:
            return row.get("snippet", "")
        if role == RTL_ROLE:
            return row.get("language") == "ar"
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.get("title")
        if column == "date" and role in _MARK_ROLES and row.get("published_source") == FILE_DATE:
            return self._file_date_mark(role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            rtl = row.get("language") == "ar" and column in ("title", "source", "snippet")
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _file_date_mark(self, role: int) -> Any:
        """How a date that is only the file's creation date stands out: italic, explained."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The file's creation date, not the publication date")
        font = QFont()
        font.setItalic(True)
        return font

    def _row(self, row: int, doc_id: int) -> dict:
        hit = self._hits.get(doc_id)
        if hit is not None:
            return {"title": hit.title, "date": hit.date, "source": hit.source,
                    "language": hit.language, "snippet": hit.snippet,
                    "published_source": hit.date_source}  # fmt: skip
        cached = self._rows.get(doc_id)
        if cached is None and self.session is not None:
            missing = [i for i in self._ids[row : row + SUMMARY_BATCH] if i not in self._rows]
            for found_id, summary in self.session.summaries(missing).items():
                summary["date"] = summary.get("published")
                self._rows[found_id] = summary
            cached = self._rows.setdefault(doc_id, {})
        return cached or {}

    # -- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (column -1 restores relevance / newest first)."""
        if self.session is None or not self._ids:
            return
        with self._change():
            self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = {doc_id: i for i, doc_id in enumerate(self._ids)}
        if column < 0 or column >= len(COLUMNS):
            self._restore_order()
        else:
            key = COLUMNS[column]
            self._load_for_sort()
            pool = self._all if self.browsing else self._ids
            rows = self._rows if self.browsing else {i: self._row(0, i) for i in self._ids}
            pool.sort(
                key=lambda i: str(rows.get(i, {}).get(key) or ""),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            if self.browsing:
                self._ids = self._all[: len(self._ids)]
        self._sort = (column, order)
        self._move_persistent(old)
        self.layoutChanged.emit()

    def _load_for_sort(self) -> None:
        assert self.session is not None
        if self.browsing:
            missing = [i for i in self._all if i not in self._rows]
            for found_id, summary in self.session.summaries(missing).items():
                summary["date"] = summary.get("published")
                self._rows[found_id] = summary
        elif len(self._ids) < self._total <= SORT_ALL_LIMIT:
            rest = self.session.search(
                self.query, limit=self._total - len(self._ids), offset=len(self._ids)
            )
            self._take(rest.hits)

    def _restore_order(self) -> None:
        assert self.session is not None
        if self.browsing:
            self._all = self.session.document_ids()
            self._ids = self._all[: len(self._ids)]
        else:
            self._ids.sort(key=lambda i: -self._hits[i].score)

    def _move_persistent(self, old: dict[int, int]) -> None:
        new = {doc_id: i for i, doc_id in enumerate(self._ids)}
        by_row = {r: doc_id for doc_id, r in old.items()}
        for index in self.persistentIndexList():
            doc_id = by_row.get(index.row())
            row = new.get(doc_id, -1) if doc_id is not None else -1
            target = self.index(row, index.column()) if row >= 0 else QModelIndex()
            self.changePersistentIndex(index, target)

    # -- changes -------------------------------------------------------------------------

    def forget(self, doc_id: int) -> None:
        """Drop a deleted document's row without re-running the query."""
        row = self.row_of(doc_id)
        if row < 0:
            return
        with self._change():
            self._remove(row, doc_id)

    def _remove(self, row: int, doc_id: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._hits.pop(doc_id, None)
        self._rows.pop(doc_id, None)
        if doc_id in self._all:
            self._all.remove(doc_id)
        self._total -= 1
        self.endRemoveRows()

    def changed(self, doc_id: int) -> None:
        """Reload a document's row after its metadata changed."""
        row = self.row_of(doc_id)
        self._rows.pop(doc_id, None)
        if row >= 0 and self.session is not None:
            hit = self._hits.get(doc_id)
            if hit is not None:
                summary = self.session.summaries([doc_id]).get(doc_id, {})
                hit.title = summary.get("title", hit.title)
                hit.date = summary.get("published", hit.date)
                hit.date_source = summary.get("published_source", hit.date_source)
                hit.source = summary.get("source", hit.source)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


def _plain(snippet_html: str) -> str:
    import html

    return html.unescape(snippet_html.replace("<b>", "").replace("</b>", ""))
