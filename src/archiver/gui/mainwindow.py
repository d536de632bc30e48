"""The main window: search bar, results, reader, docks on the right, status bar."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import NotFound, StoreError
from archiver.core.imports.budget import FileBudget
from archiver.core.model import ImportReport
from archiver.core.search.query import CHANGED_BY_ANNOTATIONS
from archiver.gui import ocr_models, reader_keys, window_dialogs, window_layout, windowmenus
from archiver.gui.actions import ActionRegistry
from archiver.gui.addon_hooks import AddonHooks
from archiver.gui.bottom_docks import BottomDocks
from archiver.gui.empty_page import EmptyPage
from archiver.gui.errors import failure_text, show_error
from archiver.gui.find_spans import find_spans
from archiver.gui.import_flow import ImportFlow
from archiver.gui.import_report import ImportReportDialog, follow_keeping
from archiver.gui.import_status import ImportStatus
from archiver.gui.locale_text import isolate
from archiver.gui.metadata_dialog import MetadataDialog
from archiver.gui.navigation import Navigation
from archiver.gui.nohits_page import NoHitsPage
from archiver.gui.query_highlights import QueryHighlights
from archiver.gui.reader import Reader
from archiver.gui.results_model import ResultsModel
from archiver.gui.results_view import ResultsView
from archiver.gui.search_status import SearchStatus
from archiver.gui.searchbar import SearchBar
from archiver.gui.undo_history import UndoHistory
from archiver.gui.upgrade_dialog import open_in_place_of
from archiver.gui.widget_names import named
from archiver.services.operations import ArchiveSession, ImportJob
from archiver.services.searches import FIND
from archiver.services.settings import Settings

APP_NAME = "Archiver"  # a name, not translated
# A query that filters on annotations has other results after a tagging change.
_ANNOTATION_QUERY = re.compile(rf"\b(?:{'|'.join(CHANGED_BY_ANNOTATIONS)}):", re.IGNORECASE)


NATIVE = QKeySequence.SequenceFormat.NativeText
WRITE_ACTIONS = ("import_files", "import_folder", "edit_metadata", "delete_document",
                 "undo", "redo")  # fmt: skip


class MainWindow(AddonHooks):
    """One archive's window; add-ons (the annotation panel) plug in through its public hooks."""

    document_opened = Signal(object)  # the id the reader shows; None when it shows none
    session_changed = Signal(object)  # ArchiveSession
    session_closing = Signal(object)  # the ArchiveSession about to close: views let go of it
    import_finished = Signal(object)  # ImportReport

    def __init__(self, settings: Settings, session: ArchiveSession | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.bottom_docks = BottomDocks(self, settings)
        self.session: ArchiveSession | None = None
        self.current_id: int | None = None
        self.report_dialog: ImportReportDialog | None = None
        # Hooks a test (or a scripted session) can replace; the defaults ask the user.
        self.confirm: Callable[[str, str], bool] = lambda title, text: window_dialogs.ask_yes_no(
            self, title, text
        )
        self.ask_files: Callable[[], list[str]] = lambda: window_dialogs.ask_files(self)
        self.ask_folder: Callable[[str], str] = lambda title: window_dialogs.ask_folder(self, title)
        self.show_report: Callable[[ImportReport], None] = self._show_report
        self._build()
        self.undo_history = UndoHistory(self)
        self.registry = ActionRegistry(self, settings)
        self.actions_by_id = self.registry.build(self._handlers())
        windowmenus.build_menus(self)
        reader_keys.install(self)
        window_layout.restore(self, self.settings)
        if session is not None:
            self.set_session(session)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.search_bar = SearchBar(self.settings.get("search/debounce_ms"))
        bar = named(QToolBar(self.tr("Search")), "searchToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.model = ResultsModel(page_size=self.settings.get("search/page_size"))
        self.results = ResultsView(self.model)
        self.no_hits = NoHitsPage()
        self.results_stack = named(QStackedWidget(), "resultsStack")
        self.results_stack.addWidget(self.results)
        self.results_stack.addWidget(self.no_hits)
        self.reader = Reader()
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(self.results_stack)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.banner = named(QLabel(), "readonlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("padding: 6px; background: palette(alternate-base);")
        self.banner.hide()
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.empty = EmptyPage()
        self.pages = named(QStackedWidget(), "pages")
        self.pages.addWidget(self.empty)
        self.pages.addWidget(work)
        self.setCentralWidget(self.pages)
        self._build_status()
        self.search_status = SearchStatus(self)
        self.query_highlights = QueryHighlights(self)
        self._connect()

    def _build_status(self) -> None:
        self.status_docs = named(QLabel(), "statusDocs")
        self.status_hits = named(QLabel(), "statusHits")
        self.import_status = ImportStatus()
        for label in (self.status_docs, self.status_hits):
            label.setContentsMargins(6, 0, 6, 0)
        # Permanent (right-hand) widgets: a passing message ("Undone: ...") never hides the counts.
        self.statusBar().addPermanentWidget(self.status_hits)
        self.statusBar().addPermanentWidget(self.status_docs)
        self.statusBar().addPermanentWidget(self.import_status)
        self.imports = ImportFlow(self.import_status, self)
        self.imports.ask_password = lambda files, wrong: window_dialogs.ask_password(
            self, files, wrong
        )
        self.imports.progressed.connect(self._stored)
        self.imports.finished.connect(self._import_done)
        self.imports.failed.connect(self._import_failed)

    def _connect(self) -> None:
        self.search_bar.search.connect(self.run_query)
        self.navigation = Navigation(self)
        # While typing, Down and Enter act on the query typed once its hits are shown.
        self.search_bar.down_pressed.connect(
            lambda: self.search_status.when_shown(self.navigation.down_from_search)
        )
        self.search_bar.enter_pressed.connect(
            lambda: self.search_status.when_shown(lambda: self.results.select_row(0))
        )
        self.results.up_from_top.connect(self.search_bar.focus_and_select)
        self.results.open_requested.connect(lambda doc_id: self.open_document(doc_id, focus=True))
        self._preview = QTimer(self, singleShot=True, interval=90)
        self._preview.timeout.connect(self._preview_current)
        self.results.current_changed.connect(lambda _id: self._preview.start())
        self.no_hits.suggestion_clicked.connect(lambda text: self.search_bar.set_query(text))
        self.empty.import_files.connect(self.import_files)
        self.empty.import_folder.connect(self.import_folder)
        self.empty.open_archive.connect(self.open_archive)
        self.reader.findbar.find_requested.connect(self._find_in_document)
        self.reader.findbar.step.connect(self.reader.next_hit)
        self.reader.findbar.closed.connect(self.reader.close_find)

    def _handlers(self) -> dict[str, Callable[[], object]]:
        names = ("import_files", "import_folder", "open_archive", "new_archive", "edit_metadata",
                 "delete_document")  # fmt: skip
        handlers: dict[str, Callable[[], object]] = {name: getattr(self, name) for name in names}
        handlers.update(self.navigation.handlers())
        handlers["quit"] = self.close
        handlers["ocr_models"] = lambda: ocr_models.choose(self)
        handlers["next_hit"] = lambda: self.reader.next_hit(1)
        handlers["previous_hit"] = lambda: self.reader.next_hit(-1)
        handlers["command_palette"] = lambda: window_dialogs.command_palette(self.registry, self)
        handlers["shortcuts"] = lambda: window_dialogs.shortcuts(self.registry, self)
        handlers["search_syntax"] = lambda: window_dialogs.search_syntax(self)
        handlers["about"] = lambda: window_dialogs.about(self)
        handlers["undo"] = self.undo_history.undo
        handlers["redo"] = self.undo_history.redo
        handlers["show_history"] = self.undo_history.show_history
        handlers["show_trash"] = self.undo_history.show_trash
        return handlers

    def current_document_id(self) -> int | None:
        """The document in the reader."""
        return self.current_id

    # -- archive ----------------------------------------------------------------------------

    def set_session(self, session: ArchiveSession) -> None:
        """Show another archive (the previous session is closed)."""
        if self.session is not None and self.session is not session:
            self.close_archive()
        self.session = session
        events = session.events
        events.documents_added.connect(lambda _ids: self.refresh())
        events.index_rebuilt.connect(self.refresh)
        events.document_updated.connect(self._document_updated)
        events.document_deleted.connect(self._document_deleted)
        events.history_changed.connect(self._history_changed)
        events.error.connect(self._error)
        self.settings.add_recent(str(session.root))
        self.empty.set_location(str(session.root))
        self.banner.setVisible(session.readonly)
        if session.readonly:
            self.banner.setText(self.tr("Read-only: {0}. Searching and reading work; changes are off.")
                                .format(isolate(session.readonly_reason)))  # fmt: skip
        for action_id in WRITE_ACTIONS:  # a read-only archive offers no change to make
            self.actions_by_id[action_id].setEnabled(not session.readonly)
        self.setWindowTitle(session.root.name)  # Qt appends " — Archiver" (the display name)
        self.model.session = session
        self._clear_reader()
        window_layout.restore_query(self, session)  # this archive's own last query
        self.undo_history.bind(session)  # and Undo, Redo only what there is to take back
        self.session_changed.emit(session)

    def refresh(self) -> None:
        """Re-run the current query (after a change to the archive)."""
        self.run_query(self.search_bar.text(), force=True)

    def refresh_annotation_query(self) -> None:
        """Re-run the query when it filters on annotations (participant:, tag:, status:...)."""
        if _ANNOTATION_QUERY.search(self.search_bar.text()):
            self.refresh()

    def update_page(self) -> None:
        """The empty page for an archive without documents, else the results and reader."""
        model = self.model  # a browse list on its way is not known to be empty
        empty = self.session is None or (
            model.browsing and not model.total and model.pending is None and self.job is None
        )
        self.pages.setCurrentIndex(0 if empty else 1)

    # -- searching --------------------------------------------------------------------------

    def run_query(self, text: str, force: bool = False) -> None:
        """Show the results for ``text`` (all documents when blank)."""
        if self.session is None:
            return
        if force:  # after a change: the count may have changed too (typing never changes it)
            self.search_bar.forget_last()
            self._show_count()
        self.model.run(text)  # the hits come from the read pool: search_status shows them

    # -- reading ----------------------------------------------------------------------------

    def _preview_current(self) -> None:
        doc_id = self.results.current_id()
        if doc_id is not None and doc_id != self.current_id:
            self.open_document(doc_id, focus=False)

    def open_document(self, doc_id: int, focus: bool = True) -> None:
        """Show a document in the reader with the query's hits; focus the text when asked."""
        if self.session is None:
            return
        self._preview.stop()
        try:
            doc = self.session.document(doc_id)
        except NotFound:
            return
        except StoreError as exc:  # a damaged text: said, and no other one left shown
            self._clear_reader()
            self._error(self.tr("show the document"), exc)
            return
        self.reader.show_document(doc)
        self.current_id = doc_id
        self.query_highlights.request(doc_id, opening=True)  # spans follow from the read pool
        if focus:
            self.reader.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.document_opened.emit(doc_id)

    def _find_in_document(self, text: str) -> None:
        session, doc_id = self.session, self.current_id
        if session is None or doc_id is None or not text.strip():
            self.reader.show_find_matches([])
            return
        doc_text = self.document_text()

        def found(spans: list[tuple[int, int]]) -> None:
            if doc_id == self.current_id:  # a text typed as a query, else the literal letters
                self.reader.show_find_matches(find_spans(doc_text, text, lambda _q: spans))

        session.highlights_later(doc_id, text, found, lambda _exc: found([]), channel=FIND)

    # -- editing --------------------------------------------------------------------------

    def edit_metadata(self) -> None:
        """F2: the details dialog; saving runs on the serial lane."""
        if self.session is None or self.current_id is None:
            return
        dialog = MetadataDialog(self.session.document(self.current_id), self)
        if dialog.exec() and dialog.changes():
            self.session.update_document(self.current_id, **dialog.changes())

    def delete_document(self) -> None:
        """Del: the document in the reader (or the selected results) to the trash; no question
        asked: Ctrl+Z brings it back, and so does the Trash view until emptied."""
        in_reader = self.reader.view.hasFocus() or self.results.current_id() is None
        ids = [self.current_id] if in_reader and self.current_id else self.results.selected_ids()
        if self.session is None or not ids:
            return
        title = self.session.summaries(ids[:1]).get(ids[0], {}).get("title", f"#{ids[0]}")
        if self.session.delete_documents(ids):
            undo = isolate(self.actions_by_id["undo"].shortcut().toString(NATIVE))
            self.show_message(
                self.tr("Moved “{0}” to the trash ({1} brings it back)").format(title, undo)
                if len(ids) == 1 else self.tr("Moved %Ln documents to the trash ({0} brings "
                                              "them back)", "", len(ids)).format(undo), 6000)  # fmt: skip

    def _document_updated(self, doc_id: int) -> None:
        self.model.changed(doc_id)
        if doc_id == self.current_id:
            self.open_document(doc_id, focus=False)

    def _document_deleted(self, doc_id: int) -> None:
        row = self.model.row_of(doc_id)
        self.model.forget(doc_id)
        self._show_count()
        if not self.model.browsing and self.model.refused is None:
            self.search_status.show_hits(self.model.total)  # the hit left the results
        if doc_id == self.current_id:
            self._clear_reader()
            if self.model.rowCount():
                self.results.select_row(min(row, self.model.rowCount() - 1))
        self.update_page()

    def _history_changed(self, change: Change | None) -> None:
        """An undo, redo or restore: documents may have come back, gone, or changed."""
        if change is None or self.session is None:
            return
        if change.kind in (ChangeKind.IMPORT, ChangeKind.DELETE_DOCUMENT,
                           ChangeKind.RESTORE_DOCUMENT, ChangeKind.UPDATE_DOCUMENT):  # fmt: skip
            self.refresh()
        current = self.current_id
        if current is not None and current in change.documents:
            if self.session.in_trash(current):
                self._clear_reader()
            else:
                self.open_document(current, focus=False)
        self.update_page()

    def _stored(self) -> None:
        """An import stored more (at most once a second): the count, and the list browsed."""
        self.refresh() if self.model.browsing else self._show_count()  # rows update in place

    def _show_count(self) -> None:
        if self.session is None:
            self.status_docs.setText(self.tr("%Ln documents", "", 0))
            return
        self.session.count_later(
            lambda docs: self.status_docs.setText(self.tr("%Ln documents", "", docs))
        )

    def _error(self, what: str, exc: BaseException) -> None:
        self.show_message(failure_text(what, exc), 8000)

    # -- importing --------------------------------------------------------------------------

    def import_files(self) -> None:
        """Ctrl+O."""
        files = self.ask_files()
        if files:
            self.import_paths(files)

    def import_folder(self) -> None:
        """Ctrl+Shift+O."""
        folder = self.ask_folder(self.tr("Import a folder"))
        if folder:
            self.import_paths([folder])

    @property
    def job(self) -> ImportJob | None:
        """The import running now."""
        return self.imports.job

    def import_paths(self, paths: list[str]) -> ImportJob | None:
        """Start importing files and folders (folders with their subfolders)."""
        if self.session is None:
            return None
        limit = self.settings.get("import/max_file_mb") * 1024 * 1024
        ocr_models.apply(self)
        budget = FileBudget(self.settings.get("import/file_seconds"),
                            self.settings.get("import/file_memory_mb") * 1024 * 1024)  # fmt: skip
        job = self.imports.start(self.session, paths, limit, budget)
        if job is not None:
            self.pages.setCurrentIndex(1)
        return job

    def _import_done(self, report: ImportReport) -> None:
        # No refresh here: the session's documents_added, right after, runs the query again.
        self.import_finished.emit(report)
        self.show_report(report)

    def _import_failed(self, exc: BaseException) -> None:
        self.refresh()
        show_error(self, self.tr("Import failed"), exc)

    def _show_report(self, report: ImportReport) -> None:
        rows = self.session.summaries(d.id for d in report.duplicates[:500]) if self.session else {}
        titles = {i: row["title"] for i, row in rows.items()}
        self.report_dialog = ImportReportDialog(report, self, titles)
        self.report_dialog.open_document.connect(self._open_from_report)
        if self.session is not None:
            follow_keeping(self.report_dialog, self.imports, self.session)
        self.report_dialog.show()

    def _open_from_report(self, doc_id: int) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.search_bar.set_query("")
        row = self.model.row_of(doc_id)
        if row >= 0:
            self.results.select_row(row)
        self.open_document(doc_id, focus=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders."""
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import what was dropped."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- archives ---------------------------------------------------------------------------

    def open_archive(self, path: str | None = None) -> None:
        """File → Open archive: another archive folder."""
        path = path or self.ask_folder(self.tr("Open archive"))
        if path:
            self.switch_archive(path)

    def new_archive(self) -> None:
        """File → New archive: an empty folder becomes an archive."""
        path = self.ask_folder(self.tr("New archive (choose or create an empty folder)"))
        if path:
            self.switch_archive(path)

    def switch_archive(self, path: str) -> None:
        """Close this archive and open ``path``."""
        if self.job is not None:
            QMessageBox.information(self, APP_NAME,
                                    self.tr("Wait for the import to finish or cancel it first."))  # fmt: skip
            return
        session = open_in_place_of(self.session, path, self)
        if session is not None:
            self.set_session(session)

    # -- layout -----------------------------------------------------------------------------

    def restore_docks(self) -> None:
        """Put the docks back where the user left them (again once add-ons added theirs)."""
        window_layout.restore_docks(self, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout, stop an import, release the archive."""
        window_layout.save(self, self.settings)
        self.close_archive()
        event.accept()

    def close_archive(self) -> None:
        """Let go of the archive: the views first, then the session and its connections."""
        window_layout.remember_query(self)  # a query belongs to the archive it was typed in
        session, self.session = self.session, None
        self.undo_history.bind(None)
        self.model.set_session(None)
        self._clear_reader()
        if session is not None:
            self.session_closing.emit(session)
            session.close()

    def _clear_reader(self) -> None:
        self.reader.show_document(None)
        self.current_id = None
        self.document_opened.emit(None)
