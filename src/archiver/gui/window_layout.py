"""The main window's layout in the settings: geometry, docks, splitter, zoom, each archive's last
query and the document open in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QMainWindow

from archiver.gui import language
from archiver.gui.locale_text import isolate
from archiver.services.settings import Settings

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession


RESULTS_MIN_WIDTH = 280  # px: a title and the start of its snippet
READER_MIN_WIDTH = 360  # px: a readable line of text


def restore(window: MainWindow, settings: Settings) -> None:
    """The layout the user left, or the first-run one."""
    # As the window narrows, neither pane is squeezed to nothing (the docks give way first).
    window.splitter.setChildrenCollapsible(False)
    window.results_stack.setMinimumWidth(RESULTS_MIN_WIDTH)
    window.reader.setMinimumWidth(READER_MIN_WIDTH)
    geometry = settings.get("window/geometry")
    if geometry.isEmpty():
        window.resize(1280, 800)
    else:
        window.restoreGeometry(geometry)
    restore_docks(window, settings)
    splitter = settings.get("window/splitter")
    if not splitter.isEmpty():
        window.splitter.restoreState(splitter)
    else:
        window.splitter.setSizes([640, 560])
    window.reader.set_zoom(settings.get("reader/zoom"))
    window.results.set_hidden_columns(settings.get("results/hidden_columns"))


def restore_docks(window: QMainWindow, settings: Settings) -> None:
    """Where the docks were (only the docks that exist now move)."""
    state = settings.get("window/state")
    if not state.isEmpty():
        window.restoreState(state, language.layout_version())  # not across a mirroring


def save(window: MainWindow, settings: Settings) -> None:
    """Remember geometry, docks, splitter, hidden result columns and the last query that ran."""
    settings.set("window/geometry", QByteArray(window.saveGeometry()))
    settings.set("window/state", QByteArray(window.saveState(language.layout_version())))
    settings.set("window/splitter", QByteArray(window.splitter.saveState()))
    window.bottom_docks.save()
    settings.set("results/hidden_columns", window.results.hidden_columns())
    remember_query(window)
    session, doc_id = window.session, window.current_id
    settings.set("reader/document", [str(session.root), doc_id] if session and doc_id else [])
    settings.sync()


def remember_query(window: MainWindow) -> None:
    """Keep the last query that ran as this archive's (never one the archive refused)."""
    if window.session is not None:
        window.settings.set_last_query(str(window.session.root), window.model.last_run)


def restore_query(window: MainWindow, session: ArchiveSession) -> None:
    """Run the archive's own last query; one that finds nothing now gives way to all documents."""
    query = window.settings.last_query(str(session.root))
    window.search_bar.setText(query)
    window.run_query(query, force=True)
    if query.strip():
        window.search_status.when_shown(lambda: _drop_if_empty(window, session, query))


def _drop_if_empty(window: MainWindow, session: ArchiveSession, query: str) -> None:
    # Only when nothing changed meanwhile: the user typing, another archive, a refusal (whose
    # reason stays shown), an index still being built (whose counts mean nothing yet).
    result, model = window.model.result, window.model
    if (window.session is not session or session.indexing or model.refused is not None
            or window.search_bar.text() != query or result is None or result.total):  # fmt: skip
        return
    window.search_bar.set_query("")
    window.show_message(QCoreApplication.translate(
        "WindowLayout", "The last search, {0}, finds nothing now: all documents are shown."
    ).format(isolate(query)), 10000)  # fmt: skip


def reopen_document(window: MainWindow, settings: Settings) -> None:
    """Open the document the reader showed when this archive's window last closed."""
    stored, session = settings.get("reader/document"), window.session
    if session is None or len(stored) != 2 or stored[0] != str(session.root):
        return
    doc_id = stored[1]
    if not isinstance(doc_id, int) or session.in_trash(doc_id):
        return
    window.open_document(doc_id, focus=False)

    def select() -> None:  # its row, once the results are shown (the keyboard stays put)
        row = window.model.row_of(doc_id)
        if row >= 0 and window.current_id == doc_id:
            window.results.selectionModel().setCurrentIndex(
                window.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    window.search_status.when_shown(select)
