"""The reader's search hits follow the query: asked for on opening, redone when the query changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


class QueryHighlights(QObject):
    """Highlights the query shown in the results, never an older one, in the open document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.model.searched.connect(self.follow)

    def request(self, doc_id: int, opening: bool = False) -> None:
        """The shown query's spans in ``doc_id``, from the read pool (none for a blank query);
        ``opening`` a document shows its first hit when it lies below the first screen."""
        window = self.window
        query = window.model.query
        if window.session is None or window.model.result is None or not query.strip():
            window.reader.show_search_hits([])
            return
        window.session.highlights_later(
            doc_id, query, lambda spans: self._found(doc_id, spans, opening), lambda _exc: None
        )

    def follow(self) -> None:
        """Another query's results are shown: its hits replace the previous query's."""
        if self.window.current_id is not None:
            self.request(self.window.current_id)

    def _found(self, doc_id: int, spans: list[tuple[int, int]], opening: bool) -> None:
        if doc_id != self.window.current_id:
            return
        if opening:
            self.window.reader.open_at_first_hit(spans)
        else:
            self.window.reader.show_search_hits(spans)
