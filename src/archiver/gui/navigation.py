"""The window's Go and View actions: focus moves, stepping through results, find, zoom, pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


class Navigation:
    """Keyboard handlers over the window's search bar, results and reader."""

    NAMES = (
        "focus_search", "back_to_search", "focus_results", "focus_reader", "next_document",
        "previous_document", "find_in_document", "zoom_in", "zoom_out", "zoom_reset",
        "toggle_pages", "open_original",
    )  # fmt: skip

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The action handlers, by action id."""
        return {name: getattr(self, name) for name in self.NAMES}

    def down_from_search(self) -> None:
        """Down in the search bar: into the results (or the "did you mean" page)."""
        window = self.window
        if window.results_stack.currentWidget() is window.no_hits:
            window.no_hits.setFocus()  # Enter there takes the "did you mean"
        else:
            window.results.select_row(0)

    def focus_search(self) -> None:
        """Ctrl+K, /."""
        self.window.search_bar.focus_and_select()

    def back_to_search(self) -> None:
        """Esc: close the find bar first, else back to the search bar."""
        if self.window.reader.findbar.isVisible() and self.window.reader.findbar.isAncestorOf(
            self.window.focusWidget()
        ):
            self.window.reader.close_find()
        else:
            self.window.search_bar.focus_and_select()

    def focus_results(self) -> None:
        """Alt+2."""
        if self.window.results.currentIndex().isValid():
            self.window.results.setFocus()
        else:
            self.window.results.select_row(0)

    def focus_reader(self) -> None:
        """Alt+3."""
        self.window.reader.view.setFocus()

    def next_document(self) -> None:
        """Open the next result, keeping the focus where it is."""
        self._step_document(1)

    def previous_document(self) -> None:
        """Open the previous result."""
        self._step_document(-1)

    def _step_document(self, delta: int) -> None:
        focus = self.window.focusWidget()
        doc_id = self.window.results.step(delta)
        if doc_id is not None:
            self.window.open_document(doc_id, focus=False)
        if focus is not None:
            focus.setFocus()

    def find_in_document(self) -> None:
        """Ctrl+F."""
        if self.window.reader.doc is not None:
            self.window.reader.open_find()

    def zoom_in(self) -> None:
        """Ctrl++."""
        self._zoom(self.window.reader.zoom + 1)

    def zoom_out(self) -> None:
        """Ctrl+-."""
        self._zoom(self.window.reader.zoom - 1)

    def zoom_reset(self) -> None:
        """Ctrl+0."""
        self._zoom(0)

    def _zoom(self, value: int) -> None:
        self.window.reader.set_zoom(value)
        self.window.settings.set("reader/zoom", self.window.reader.zoom)

    def toggle_pages(self) -> None:
        """F4: the PDF's pages or its text."""
        doc = self.window.reader.doc
        if doc is None or self.window.session is None:
            return
        path = str(self.window.session.original_file(doc.id)) if doc.kind == "pdf" else None
        if path is None:
            self.window.show_message(
                QCoreApplication.translate("Navigation", "Page view is for PDF documents"), 3000
            )
        self.window.reader.toggle_pages(path)

    def open_original(self) -> None:
        """Open the imported file with the system's viewer."""
        if self.window.session is not None and self.window.current_id is not None:
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.window.session.original_file(self.window.current_id)))
            )
