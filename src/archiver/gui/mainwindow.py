"""The main window: search bar, results, reader, docks on the right, status bar."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from archiver.core.errors import NotFound
from archiver.core.model import ImportReport
from archiver.gui import windowmenus
from archiver.gui.actions import ActionRegistry, Spec
from archiver.gui.empty_page import EmptyPage
from archiver.gui.import_report import ImportReportDialog
from archiver.gui.import_status import ImportStatus
from archiver.gui.metadata_dialog import MetadataDialog
from archiver.gui.nohits_page import NoHitsPage
from archiver.gui.plural import counted
from archiver.gui.reader import Reader
from archiver.gui.results_model import ResultsModel
from archiver.gui.results_view import ResultsView
from archiver.gui.searchbar import SearchBar
from archiver.services.operations import ArchiveSession, ImportJob
from archiver.services.settings import Settings

ANNOTATION_FIELDS = re.compile(r"\b(?:participant|tag|status|category):", re.IGNORECASE)


class MainWindow(QMainWindow):
    """One archive's window; the side panel plugs in with add_side_dock()."""

    document_opened = Signal(int)
    session_changed = Signal(object)  # ArchiveSession
    import_finished = Signal(object)  # ImportReport

    def __init__(self, settings: Settings, session: ArchiveSession | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.session: ArchiveSession | None = None
        self.current_id: int | None = None
        self.job: ImportJob | None = None
        self.report_dialog: ImportReportDialog | None = None
        # Hooks a test (or a scripted session) can replace; the defaults ask the user.
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.ask_files: Callable[[], list[str]] = self._ask_files
        self.ask_folder: Callable[[str], str] = self._ask_folder
        self.show_report: Callable[[ImportReport], None] = self._show_report
        self._build()
        self.registry = ActionRegistry(self, settings)
        self.actions_by_id = self.registry.build(self._handlers())
        windowmenus.build_menus(self)
        self._restore_layout()
        if session is not None:
            self.set_session(session)
        from archiver.gui.annotations import install

        install(self)
        self._restore_docks()  # the annotation docks exist only now

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle("Archiver")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.search_bar = SearchBar(self.settings.get("search/debounce_ms"))
        bar = QToolBar(
            self.tr("Search"), objectName="searchToolBar", movable=False, floatable=False
        )
        bar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.model = ResultsModel(page_size=self.settings.get("search/page_size"))
        self.results = ResultsView(self.model)
        self.no_hits = NoHitsPage()
        self.results_stack = QStackedWidget(objectName="resultsStack")
        self.results_stack.addWidget(self.results)
        self.results_stack.addWidget(self.no_hits)
        self.reader = Reader()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.results_stack)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.banner = QLabel(objectName="readonlyBanner", wordWrap=True)
        self.banner.setStyleSheet("padding: 6px; background: palette(alternate-base);")
        self.banner.hide()
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.empty = EmptyPage()
        self.pages = QStackedWidget(objectName="pages")
        self.pages.addWidget(self.empty)
        self.pages.addWidget(work)
        self.setCentralWidget(self.pages)
        self._build_status()
        self._connect()

    def _build_status(self) -> None:
        self.status_docs = QLabel(objectName="statusDocs")
        self.status_hits = QLabel(objectName="statusHits")
        self.import_status = ImportStatus()
        for label in (self.status_docs, self.status_hits):
            label.setContentsMargins(6, 0, 6, 0)
        # Permanent (right-hand) widgets: a passing message ("Undone: ...") never hides the counts.
        self.statusBar().addPermanentWidget(self.status_hits)
        self.statusBar().addPermanentWidget(self.status_docs)
        self.statusBar().addPermanentWidget(self.import_status)

    def _connect(self) -> None:
        self.search_bar.search.connect(self.run_query)
        self.search_bar.down_pressed.connect(self._down_from_search)
        self.search_bar.enter_pressed.connect(lambda: self.results.select_row(0))
        self.results.up_from_top.connect(self.search_bar.focus_and_select)
        self.results.open_requested.connect(lambda doc_id: self.open_document(doc_id, focus=True))
        self._preview = QTimer(self, singleShot=True, interval=90)
        self._preview.timeout.connect(self._preview_current)
        self.results.current_changed.connect(lambda _id: self._preview.start())
        self.no_hits.suggestion_clicked.connect(lambda text: self.search_bar.set_query(text))
        self.empty.import_files.connect(self.import_files)
        self.empty.import_folder.connect(self.import_folder)
        self.empty.open_archive.connect(self.open_archive)
        self.import_status.cancel_requested.connect(self.cancel_import)
        self.reader.findbar.find.connect(self._find_in_document)
        self.reader.findbar.step.connect(self.reader.next_hit)
        self.reader.findbar.closed.connect(self.reader.close_find)

    def _handlers(self) -> dict[str, Callable[[], None]]:
        names = (
            "import_files", "import_folder", "open_archive", "new_archive", "open_original",
            "edit_metadata", "delete_document", "find_in_document", "focus_search", "back_to_search",
            "focus_results", "focus_reader", "next_document", "previous_document", "command_palette",
            "zoom_in", "zoom_out", "zoom_reset", "toggle_pages", "shortcuts", "search_syntax", "about",
        )  # fmt: skip
        handlers: dict[str, Callable[[], None]] = {name: getattr(self, name) for name in names}
        handlers["quit"] = self.close
        handlers["next_hit"] = lambda: self.reader.next_hit(1)
        handlers["previous_hit"] = lambda: self.reader.next_hit(-1)
        return handlers

    # -- the side panel's hooks -------------------------------------------------------------

    def add_side_dock(self, dock: QDockWidget, shortcut_key: str) -> QAction:
        """Dock a panel on the right; ``shortcut_key`` shows and focuses it (a View menu entry)."""
        if not dock.objectName():
            dock.setObjectName(f"dock_{len(self.findChildren(QDockWidget))}")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        spec = Spec(
            f"focus_{dock.objectName()}",
            dock.windowTitle() or dock.objectName(),
            (shortcut_key,),
            "View",
        )
        action = self.registry.add(spec, lambda: self._focus_dock(dock))
        windowmenus.menu(self, "View").addAction(action)
        return action

    def _focus_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        (dock.widget() or dock).setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        events.error.connect(self._error)
        self.settings.add_recent(str(session.root))
        self.empty.set_location(str(session.root))
        self.banner.setVisible(session.readonly)
        if session.readonly:
            self.banner.setText(self.tr("Read-only: {0}. Searching and reading work; changes are off.")
                                .format(session.readonly_reason))  # fmt: skip
        self.setWindowTitle(session.root.name)  # Qt appends " — Archiver" (the display name)
        self.model.session = session
        self.reader.show_document(None)
        self.current_id = None
        self.run_query(self.search_bar.text(), force=True)
        self.session_changed.emit(session)

    def refresh(self) -> None:
        """Re-run the current query (after a change to the archive)."""
        self.run_query(self.search_bar.text(), force=True)

    def _down_from_search(self) -> None:
        if self.results_stack.currentWidget() is self.no_hits:
            self.no_hits.setFocus()  # Enter there takes the "did you mean"
        else:
            self.results.select_row(0)

    def refresh_annotation_query(self) -> None:
        """Re-run the query when it filters on annotations (participant:, tag:, status:...)."""
        if ANNOTATION_FIELDS.search(self.search_bar.text()):
            self.refresh()

    def _update_page(self) -> None:
        empty = self.session is None or (
            self.model.browsing and self.model.total == 0 and self.job is None
        )
        self.pages.setCurrentIndex(0 if empty else 1)

    # -- searching --------------------------------------------------------------------------

    def run_query(self, text: str, force: bool = False) -> None:
        """Show the results for ``text`` (all documents when blank)."""
        if self.session is None:
            return
        if force:
            self.search_bar.forget_last()
        result = self.model.run(text)
        docs = self.session.count()
        self.status_docs.setText(counted(docs, "{0} document", "{0} documents"))
        if result is None:
            self.status_hits.setText("")
            self.results_stack.setCurrentWidget(self.results)
        else:
            hits = counted(result.total, self.tr("{0} hit"), self.tr("{0} hits"))
            self.status_hits.setText(f"{hits} · {result.elapsed_ms:.0f} ms")
            if result.total == 0:
                self.no_hits.show_result(result)
            self.results_stack.setCurrentWidget(self.no_hits if result.total == 0 else self.results)
        self._update_page()

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
        query = self.model.query
        self.reader.show_document(
            doc, self.session.highlights(doc_id, query) if query.strip() else []
        )
        self.current_id = doc_id
        if focus:
            self.reader.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.document_opened.emit(doc_id)

    def _find_in_document(self, text: str) -> None:
        if self.session is None or self.current_id is None or not text.strip():
            self.reader.show_find_matches([])
            return
        doc_text = self.reader.doc.text if self.reader.doc is not None else ""
        phrase = text.strip().strip('"').strip()
        several = len(phrase.split()) > 1
        # Several words: the exact phrase first, so one match selects the whole quote.
        spans = _literal(doc_text, phrase) if several else []
        if not spans:
            spans = self.session.highlights(self.current_id, text)
            spans = _merge_adjacent(doc_text, spans) if several else spans
        if not spans:  # fall back to the literal characters
            spans = _literal(doc_text, text)
        self.reader.show_find_matches(spans)

    # -- action handlers --------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+K, /."""
        self.search_bar.focus_and_select()

    def back_to_search(self) -> None:
        """Esc: close the find bar first, else back to the search bar."""
        if self.reader.findbar.isVisible() and self.reader.findbar.isAncestorOf(self.focusWidget()):
            self.reader.close_find()
        else:
            self.search_bar.focus_and_select()

    def focus_results(self) -> None:
        """Alt+2."""
        if self.results.currentIndex().isValid():
            self.results.setFocus()
        else:
            self.results.select_row(0)

    def focus_reader(self) -> None:
        """Alt+3."""
        self.reader.view.setFocus()

    def next_document(self) -> None:
        """Open the next result, keeping the focus where it is."""
        self._step_document(1)

    def previous_document(self) -> None:
        """Open the previous result."""
        self._step_document(-1)

    def _step_document(self, delta: int) -> None:
        focus = self.focusWidget()
        doc_id = self.results.step(delta)
        if doc_id is not None:
            self.open_document(doc_id, focus=False)
        if focus is not None:
            focus.setFocus()

    def find_in_document(self) -> None:
        """Ctrl+F."""
        if self.reader.doc is not None:
            self.reader.open_find()

    def zoom_in(self) -> None:
        """Ctrl++."""
        self._zoom(self.reader.zoom + 1)

    def zoom_out(self) -> None:
        """Ctrl+-."""
        self._zoom(self.reader.zoom - 1)

    def zoom_reset(self) -> None:
        """Ctrl+0."""
        self._zoom(0)

    def _zoom(self, value: int) -> None:
        self.reader.set_zoom(value)
        self.settings.set("reader/zoom", self.reader.zoom)

    def toggle_pages(self) -> None:
        """F4: the PDF's pages or its text."""
        doc = self.reader.doc
        if doc is None or self.session is None:
            return
        path = str(self.session.original_file(doc.id)) if doc.kind == "pdf" else None
        if path is None:
            self.statusBar().showMessage(self.tr("Page view is for PDF documents"), 3000)
        self.reader.toggle_pages(path)

    def open_original(self) -> None:
        """Open the imported file with the system's viewer."""
        if self.session is not None and self.current_id is not None:
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.session.original_file(self.current_id)))
            )

    def edit_metadata(self) -> None:
        """F2: the details dialog; saving runs on the serial lane."""
        if self.session is None or self.current_id is None:
            return
        dialog = MetadataDialog(self.session.document(self.current_id), self)
        if dialog.exec() and dialog.changes():
            self.session.update_document(self.current_id, **dialog.changes())

    def delete_document(self) -> None:
        """Del: delete the document in the reader (or the selected result) after confirmation."""
        doc_id = self.current_id if self.reader.view.hasFocus() or self.results.current_id() is None \
            else self.results.current_id()  # fmt: skip
        if self.session is None or doc_id is None:
            return
        title = self.session.summaries([doc_id]).get(doc_id, {}).get("title", f"#{doc_id}")
        if self.confirm(
            self.tr("Delete document"), self.tr("Delete “{0}” and its stored file?").format(title)
        ):
            self.session.delete_document(doc_id)

    def _document_updated(self, doc_id: int) -> None:
        self.model.changed(doc_id)
        if doc_id == self.current_id:
            self.open_document(doc_id, focus=False)

    def _document_deleted(self, doc_id: int) -> None:
        row = self.model.row_of(doc_id)
        self.model.forget(doc_id)
        self.status_docs.setText(
            counted(self.session.count() if self.session else 0, "{0} document", "{0} documents")
        )
        if doc_id == self.current_id:
            self.reader.show_document(None)
            self.current_id = None
            if self.model.rowCount():
                self.results.select_row(min(row, self.model.rowCount() - 1))
        self._update_page()

    def _error(self, what: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not {0}: {1}").format(what, message), 8000)

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

    def import_paths(self, paths: list[str]) -> ImportJob | None:
        """Start importing files and folders (folders with their subfolders)."""
        if self.session is None:
            return None
        job = self.session.import_paths(paths, recursive=True)
        if job is None:
            return None
        self.job = job
        self.import_status.start()
        job.progress.connect(self._import_progress)
        job.finished.connect(self._import_done)
        job.failed.connect(self._import_failed)
        self.pages.setCurrentIndex(1)
        return job

    def _import_progress(self, done: int, total: int, current: str) -> None:
        self.import_status.update_progress(done, total, current)
        if self.session is not None:
            self.status_docs.setText(counted(self.session.count(), "{0} document", "{0} documents"))

    def cancel_import(self) -> None:
        """Stop the running import after the current file."""
        if self.job is not None:
            self.job.cancel()

    def _import_done(self, report: ImportReport) -> None:
        self.job = None
        self.import_status.hide()
        self.refresh()
        self.import_finished.emit(report)
        self.show_report(report)

    def _import_failed(self, message: str) -> None:
        self.job = None
        self.import_status.hide()
        self.refresh()
        QMessageBox.warning(self, self.tr("Import failed"), message)

    def _show_report(self, report: ImportReport) -> None:
        ids = [d.id for d in report.duplicates[:500]]
        titles = (
            {i: row["title"] for i, row in self.session.summaries(ids).items()}
            if self.session
            else {}
        )
        self.report_dialog = ImportReportDialog(report, self, titles)
        self.report_dialog.open_document.connect(self._open_from_report)
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
            QMessageBox.information(
                self, "Archiver", self.tr("Wait for the import to finish or cancel it first.")
            )
            return
        from archiver.services.operations import ArchiveSession

        old = self.session
        try:
            lanes = old.lanes if old else None
            session = ArchiveSession(
                path, lanes or _new_lanes(), import_workers=old.import_workers if old else None
            )
        except Exception as exc:  # a folder that is not an archive, no permission, ...
            QMessageBox.warning(self, self.tr("Open archive"), str(exc))
            return
        self.search_bar.set_query("", run=False)  # a query belongs to the archive it was typed in
        self.set_session(session)

    # -- dialogs ----------------------------------------------------------------------------

    def command_palette(self) -> None:
        """Ctrl+Shift+A."""
        from archiver.gui.palette import CommandPalette

        CommandPalette(self.registry.enabled_actions(), self).exec()

    def shortcuts(self) -> None:
        """F1."""
        from archiver.gui.shortcuts_sheet import ShortcutsSheet

        ShortcutsSheet(self.registry, self).exec()

    def search_syntax(self) -> None:
        """Shift+F1."""
        from archiver.gui.help_texts import search_syntax_html

        box = QMessageBox(
            QMessageBox.Icon.NoIcon, self.tr("Search syntax"), search_syntax_html(), parent=self
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def about(self) -> None:
        """Ctrl+F1."""
        from archiver import __version__

        QMessageBox.about(
            self,
            self.tr("About Archiver"),
            self.tr(
                "Archiver {0}\nAn archive of Arabic and English source documents for researchers."
            ).format(__version__),
        )

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), "",
                                                self.tr("Articles (*.txt *.text *.md *.pdf);;All files (*)"))  # fmt: skip
        return files

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self, title)

    # -- layout -----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry.isEmpty():
            self.resize(1280, 800)
        else:
            self.restoreGeometry(geometry)
        self._restore_docks()
        splitter = self.settings.get("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 560])
        self.reader.set_zoom(self.settings.get("reader/zoom"))
        self.search_bar.setText(self.settings.get("search/last_query"))

    def _restore_docks(self) -> None:
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def save_layout(self) -> None:
        """Remember geometry, docks, splitter and the last query."""
        self.settings.set("window/geometry", QByteArray(self.saveGeometry()))
        self.settings.set("window/state", QByteArray(self.saveState()))
        self.settings.set("window/splitter", QByteArray(self.splitter.saveState()))
        self.settings.set("search/last_query", self.search_bar.text())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout, stop an import, release the archive."""
        self.save_layout()
        self.close_archive()
        event.accept()

    def close_archive(self) -> None:
        """Let go of the archive: the views first, then the session and its connections."""
        session, self.session = self.session, None
        self.model.set_session(None)
        self.reader.show_document(None)
        self.current_id = None
        if session is not None:
            session.close()


def _merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans separated only by spaces and punctuation (the words of one phrase)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not any(ch.isalnum() for ch in text[merged[-1][1] : start]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _literal(text: str, needle: str) -> list[tuple[int, int]]:
    spans, low, pat, start = [], text.casefold(), needle.casefold(), 0
    if len(low) != len(text):  # casefold changed lengths: search as typed
        low, pat = text, needle
    while (found := low.find(pat, start)) >= 0:
        spans.append((found, found + len(pat)))
        start = found + max(1, len(pat))
    return spans


def _new_lanes():  # type: ignore[no-untyped-def]
    from archiver.services.tasks import Lanes

    return Lanes()
