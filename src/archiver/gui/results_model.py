"""The result list's model: document ids, paged in as the view scrolls, rows fetched lazily."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from archiver.core.errors import ArchiverError, Invalid
from archiver.core.model import DateSource, Hit, SearchResult
from archiver.core.search.query import parse as parse_query
from archiver.gui import document_drag, quality_marks
from archiver.gui.browse_rows import apply_row_changes, relayout, row_changes
from archiver.gui.errors import error_message
from archiver.gui.locale_text import isolate
from archiver.gui.result_snippets import RowSnippets, plain_snippet, snippet_html

if TYPE_CHECKING:
    from archiver.services.operations import ArchiveSession
    from archiver.services.searches import BrowseIds, ColumnSort, SortedHits

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "date", "source", "language", "quality")  # the title cell shows the snippet
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
RTL_ROLE = Qt.ItemDataRole.UserRole + 3
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 4  # under the title: the snippet, else source · file
SUMMARY_BATCH = 200
FILE_DATE = DateSource.FILE_CREATED.value  # a date that is only the file's creation date
_MARK_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole)


class ResultsModel(QAbstractTableModel):
    """All documents (empty query) or one query's hits; rows appear a page at a time.

    Searches run on the read pool: ``run`` returns at once, the rows shown stay until the new
    query's first page arrives (``searched``), a superseded answer is dropped. Browsing is ids
    from the pool too, updated in place when read again (the view keeps selection and place);
    a column's sort is the store's order of every document or every hit, asked of the pool,
    and lasts while the list does; a sorted search's rows are then paged in as browsing's are.
    """

    searching = Signal(str)  # a query went to the read pool
    searched = Signal()  # the query's first page (or its refusal) is shown

    def __init__(self, session: ArchiveSession | None = None, page_size: int = 100) -> None:
        super().__init__()
        self.session = session
        self.page_size = page_size
        self.query = ""
        self.refused: str | None = None  # why the archive would not run the query
        self.last_run = ""  # the last query that ran: the one worth remembering
        self.result: SearchResult | None = None
        self.pending: str | None = None  # the query on the read pool, not shown yet
        self._fetching = False  # a next page is on the read pool
        self._ids: list[int] = []  # rows shown so far
        self._all: list[int] = []  # every id when browsing, or every hit once sorted, as shown
        self._ranked: list[int] = []  # every hit best first, once the whole set was read
        self._browsed: tuple[Sequence[int] | None] | None = None  # (listed,) the rows were read for
        self._total = 0
        self._hits: dict[int, Hit] = {}
        self._rows: dict[int, dict] = {}  # summaries cache for browsing
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._changing = False
        self.listed: Sequence[int] | None = None  # a list shown instead of every document
        self.snippets = RowSnippets(self)  # the rows shown get theirs; the others when drawn

    # -- filling -------------------------------------------------------------------------

    def set_session(self, session: ArchiveSession | None) -> None:
        """Switch archive and show its documents."""
        self.session, self.listed = session, None
        self.run("")

    def run(self, query: str) -> None:
        """Show ``query``'s hits once found (all documents, newest first, at once when blank)."""
        self.pending = None
        if query.strip() or query != self.query:  # a list lasts until another query runs
            self.listed = None
        if self.session is None:
            with self._change():
                self._show(query, None)
            return
        if not query.strip():
            self._browse(query, again=self._browsed == (self.listed,) and query == self.query)
            return
        try:
            parse_query(query)  # too long or too deep: refused at once, nothing sent
        except Invalid as exc:
            self.session.cancel_search()
            self._refuse(query, exc)
            return
        self.pending, dressed = query, self.snippets.shown_rows
        self.session.search_later(
            query, lambda result: self._found(query, result, dressed),
            lambda exc: self._refuse(query, exc), limit=self.page_size, snippets_for=dressed,
        )  # fmt: skip
        self.searching.emit(query)

    def _browse(self, query: str, again: bool) -> None:
        """Ask the read pool for the browse list; ``again``: the same list is shown, update it."""
        assert self.session is not None
        self.session.cancel_search()  # a query still on its way must not replace this
        found = lambda ids: self._browse_found(query, ids, again)  # noqa: E731
        sort = _column_sort(self._sort) if again and self._sort else None  # while the list lasts
        self.session.browse_later(self.listed, found, self._browse_failed, sort)
        if not again:  # another list: the rows shown stay until it comes, as a query's do
            self.pending = query
            self.searching.emit(query)

    def _browse_found(self, query: str, found: BrowseIds, again: bool) -> None:
        with self._change():
            if again and not self._update_rows(found):  # another order: a sort, a row moved
                relayout(self, self._ids, found.ids, self.page_size, found.live)
                self._all, self._total = found.ids, len(found.ids)  # the list is ours: no copy
            if not again:
                self.pending = None
                self._show(query, None, browsed=found.ids)
        if again:
            self.searched.emit()

    def _browse_failed(self, exc: BaseException) -> None:
        self.pending = None  # the rows shown stay; an archive closed meanwhile is no news
        if not isinstance(exc, ArchiverError | OSError):
            logging.getLogger(__name__).error("browsing failed", exc_info=exc)

    def _update_rows(self, found: BrowseIds) -> bool:
        """The rows shown turned into the new list's first rows by removals and insertions."""
        changes = row_changes(self._ids, found.ids, found.live, self.page_size)
        if changes is None:
            return False
        apply_row_changes(self, self._ids, changes, lambda doc_id: self._rows.pop(doc_id, None))
        self._all, self._total = found.ids, len(found.ids)
        return True

    def _found(self, query: str, result: SearchResult, dressed: int, sort: tuple | None = None,
               every: SortedHits | None = None) -> None:  # fmt: skip
        if sort is not None and self.pending != query:
            return  # sorted for a query that another replaced meanwhile
        kept = self._sort if query == self.query else None
        if kept is not None and sort is None and self.session is not None:
            # The same query again (after an edit): shown in its sort, sorted on the read pool.
            again = lambda found: self._found(query, result, dressed, kept, found)  # noqa: E731
            failed = lambda _exc: self._found(query, result, dressed, ())  # noqa: E731
            self.session.sort_later(query, _column_sort(kept), again, failed)
            return
        self.pending = None
        self.snippets.reset(hit.id for hit in result.hits[:dressed])
        with self._change():
            self._show(query, result, every=every)
        if sort:
            self._sort = sort

    def _refuse(self, query: str, exc: BaseException) -> None:
        """Too long, too deep, a prefix too broad (``Invalid``) or a damaged index: say why."""
        self.pending = None
        with self._change():
            self._show(query, None, exc)

    def _show(self, query: str, result: SearchResult | None, refused: BaseException | None = None,
              browsed: list[int] | None = None, every: SortedHits | None = None) -> None:  # fmt: skip
        self.beginResetModel()
        self.query = query
        self._ids, self._all, self._hits, self._rows, self._sort = [], [], {}, {}, None
        self._ranked = []
        self.result, self.refused, self._fetching = result, None, False
        self._total, self._browsed = 0, (self.listed,) if browsed is not None else None
        if refused is not None:
            self.refused = error_message(refused)  # a QueryRefused worded from its code
            if not isinstance(refused, ArchiverError | OSError):  # a bug: keep its stack
                logging.getLogger(__name__).error("search failed", exc_info=refused)
        elif result is not None:
            self._take(result.hits)
            self._total = result.total
            self.last_run = query
            if every is not None:  # in a column's order: its first page, dressed when drawn
                self._all, self._ranked, self._total = every.ids, every.ranked, len(every.ids)
                self._ids = every.ids[: self.page_size]
        elif browsed is not None:
            self.last_run = query
            self._all = list(browsed)
            self._total = len(self._all)
            self._ids = self._all[: self.page_size]
        self.endResetModel()
        self.searched.emit()

    def show_list(self, ids: Sequence[int]) -> None:
        """Show these documents in this order (a batch of the sidebar, its ``IdRanges``), as
        browsing would: those still out of the trash, once the read pool has them."""
        self.listed = ids
        if self.session is not None:
            self._browse("", again=False)

    def refresh(self) -> None:
        """Run the current query again (after an import, an edit or a delete)."""
        self.run(self.pending if self.pending is not None else self.query)

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
        """More pages are waiting (and none is on its way, and no new query)."""
        waiting = not (parent.isValid() or self._changing or self._fetching)
        return waiting and self.pending is None and len(self._ids) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the next page (a query's pages come from the read pool)."""
        if parent.isValid() or self.session is None or not self.canFetchMore():
            return
        start = len(self._ids)
        if self.browsing or self._all:  # a sorted search's too: its hits are all known
            self._append(self._all[start : start + self.page_size], [])
            return
        self._fetching = True
        self.session.search_later(
            self.query, lambda result: self._page_found(result.hits),
            self._page_failed, limit=self.page_size, offset=start, more=True, snippets_for=0,
        )  # fmt: skip

    def _page_found(self, hits: list[Hit]) -> None:
        self._fetching = False
        if self._all:
            return  # the whole set came sorted meanwhile: its rows are paged from it
        fresh = [h for h in hits if h.id not in self._hits]
        if not fresh:  # the index shrank under us: stop paging
            self._total = len(self._ids)
            return
        self._append([h.id for h in fresh], fresh)

    def _page_failed(self, _exc: BaseException) -> None:
        self._fetching = False
        self._total = len(self._ids)  # the list ends here; the status keeps the total found

    def _append(self, ids: list[int], hits: list[Hit]) -> None:
        start = len(self._ids)
        with self._change():
            self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
            if hits:
                self._take(hits)
            else:
                self._ids.extend(ids)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title (with the snippet under it), date, source, language, quality."""
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
            return (self.tr("Title"), self.tr("Date"), self.tr("Source"), self.tr("Lang"),
                    self.tr("Quality"))[section]  # fmt: skip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows that can be dragged (onto the sidebar), not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        """Dragged rows carry document ids."""
        return [document_drag.DOCUMENTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the dragged rows, in row order."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return document_drag.encode([self._ids[r] for r in rows if r < len(self._ids)])

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
            if column == "quality":
                return quality_marks.score_text(row.get("quality"))
            return row.get(column) or ""
        if column in ("title", "quality") and quality_marks.is_low(row.get("quality")):
            mark = quality_marks.low_mark(role, row.get("quality"), with_icon=column == "title")
            if mark is not None:
                return mark
        if role in (SNIPPET_ROLE, SECOND_LINE_ROLE) and not self.snippets.ready(doc_id):
            return ""  # asked for on the read pool: the row is drawn again when it comes
        if role == SNIPPET_ROLE:
            return row.get("snippet", "")
        if role == SECOND_LINE_ROLE:
            found = (row.get("source"), row.get("file_name"))
            # a file name keeps its own order beside an Arabic source ("2025-11-04-a.txt")
            return plain_snippet(row.get("snippet", "")) or " · ".join(
                isolate(p) for p in found if p
            )
        if role == RTL_ROLE:
            return row.get("language") == "ar"
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            told = "\n".join(
                t for t in (row.get("title"), plain_snippet(row.get("snippet", ""))) if t
            )
            return quality_marks.with_warning(told, row.get("quality"))
        if column == "date" and role in _MARK_ROLES and row.get("published_source") == FILE_DATE:
            return self._file_date_mark(role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            rtl = row.get("language") == "ar" and column in ("title", "source")
            side = (
                Qt.AlignmentFlag.AlignRight
                if rtl or column == "quality"
                else Qt.AlignmentFlag.AlignLeft
            )
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
        if hit is None and not (self.browsing or doc_id in self._rows or self.session is None):
            hit = self._dress(row, doc_id)
        if hit is not None:
            return {"title": hit.title, "date": hit.date, "source": hit.source,
                    "language": hit.language, "snippet": snippet_html(hit),
                    "published_source": hit.date_source, "quality": hit.quality}  # fmt: skip
        cached = self._rows.get(doc_id)
        if cached is None and self.session is not None:
            missing = [i for i in self._ids[row : row + SUMMARY_BATCH] if i not in self._rows]
            for found_id, summary in self.session.summaries(missing).items():
                summary["date"] = summary.get("published")
                self._rows[found_id] = summary
            cached = self._rows.setdefault(doc_id, {})
        return cached or {}

    def _dress(self, row: int, doc_id: int) -> Hit | None:
        """Hits sorted in from past the pages searched, made from their rows' summaries (their
        snippets are asked for when drawn); one gone meanwhile gets an empty row, read once."""
        assert self.session is not None
        batch = self._ids[row : row + SUMMARY_BATCH]
        missing = [i for i in batch if i not in self._hits and i not in self._rows]
        found = self.session.summaries(missing)
        for i, s in found.items():
            self._hits[i] = Hit(i, s["title"], 0.0, s["published"], "", [], s["language"],
                                s["source"], s["kind"], s["published_source"], s["quality"])  # fmt: skip
        self._rows.update((i, {}) for i in missing if i not in found)
        return self._hits.get(doc_id)

    # -- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column on the read pool (-1: relevance / newest first); rows move on arrival.

        A search's every hit is sorted, however many: the pool reads their ids and orders them
        in the store; the rows shown stay until they come."""
        if self.session is None or not self._ids:
            return
        self._sort = (column, order) if 0 <= column < len(COLUMNS) else None
        if self.browsing:  # the list read again, in the order asked
            self._browse(self.query, again=True)
        elif self._sort is None and self._ranked:  # the hits' own order, known already
            with self._change():
                relayout(self, self._ids, self._ranked, self.page_size)
                self._all = self._ranked
        elif self._sort is not None:
            query, sort = self.query, self._sort
            done = lambda found: self._sorted(query, sort, found)  # noqa: E731
            self.session.sort_later(query, _column_sort(sort), done, self._browse_failed)

    def _sorted(self, query: str, sort: tuple[int, Qt.SortOrder], found: SortedHits) -> None:
        """A search's every hit in the order the store gave them."""
        if query != self.query or self.pending is not None or self.browsing or sort != self._sort:
            return  # another query, or another sort asked since
        with self._change():
            relayout(self, self._ids, found.ids, self.page_size, found.live)
            self._all, self._ranked, self._total = found.ids, found.ranked, len(found.ids)

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
        for every in (self._all, self._ranked):  # one list, or two
            if doc_id in every:
                every.remove(doc_id)
        self._total -= 1
        self.endRemoveRows()

    def row_changed(self, doc_id: int) -> None:
        """Draw a row again (its snippet arrived)."""
        row = self.row_of(doc_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

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
        if self._sort is not None:  # its new title or date may move it: sorted again
            self.sort(*self._sort)


def _column_sort(sort: tuple[int, Qt.SortOrder]) -> ColumnSort:
    """A sort as the store takes it: the column's name, and descending."""
    return COLUMNS[sort[0]], sort[1] == Qt.SortOrder.DescendingOrder
