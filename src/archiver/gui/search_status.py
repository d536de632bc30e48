"""What the window shows of a search: the hit count, "Searching…" while slow, the no-hits page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from archiver.gui.locale_text import number

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

SEARCHING_AFTER_MS = 150  # a query answered sooner never flashes "Searching…"


class SearchStatus(QObject):
    """Follows the results model: a query sent, its first page shown, or its refusal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._slow = QTimer(self, singleShot=True, interval=SEARCHING_AFTER_MS)
        self._slow.timeout.connect(self._show_searching)
        self._waiting: list[Callable[[], object]] = []
        self._shown: tuple[int, float | None] | None = None  # the hits and time shown
        window.model.searching.connect(self._sent)
        window.model.searched.connect(self._show_result)

    @property
    def searching(self) -> bool:
        """True while "Searching…" is shown (a query on the read pool for a while)."""
        return self.window.status_hits.text() == self.tr("Searching…")

    def when_shown(self, then: Callable[[], object]) -> None:
        """Call ``then`` now, or once the query on its way is shown (Enter, Down while typing)."""
        if self.window.model.pending is None:
            then()
        else:
            self._waiting.append(then)

    def _sent(self, _query: str) -> None:
        self._slow.start()
        self.window.update_page()  # at opening: the results page, not the empty archive's

    def _show_searching(self) -> None:
        if self.window.model.pending is not None:
            self.window.status_hits.setText(self.tr("Searching…"))
            self.window.results_stack.setCursor(Qt.CursorShape.BusyCursor)

    def _show_result(self) -> None:
        window, model = self.window, self.window.model
        self._slow.stop()
        window.results_stack.unsetCursor()
        result = model.result
        if model.refused is not None:
            window.status_hits.setText(self.tr("not searched"))
            window.no_hits.show_refused(model.query, model.refused)
            window.results_stack.setCurrentWidget(window.no_hits)
        elif result is None:
            window.status_hits.setText("")
            window.results_stack.setCurrentWidget(window.results)
        else:
            self.show_hits(result.total, result.elapsed_ms)
            if result.total == 0:
                window.no_hits.show_result(result)
            empty = result.total == 0
            window.results_stack.setCurrentWidget(window.no_hits if empty else window.results)
        window.update_page()
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def show_hits(self, total: int, elapsed_ms: float | None = None) -> None:
        """'N hits · T ms' in the status bar (and that some may be missing while the index
        catches up)."""
        self._shown = (total, elapsed_ms)
        hits = self.tr("%Ln hits", "", total)
        text = (
            hits
            if elapsed_ms is None
            else self.tr("{0} · {1} ms").format(hits, number(round(elapsed_ms)))
        )
        if self.window.undo_history.index_status.incomplete:
            text = self.tr("{0} · may be incomplete").format(text)
        self.window.status_hits.setText(text)

    def note_index(self) -> None:
        """The index began or ended catching up: the hits shown say so, or no longer."""
        model = self.window.model
        if self._shown is not None and model.result is not None and model.pending is None:
            self.show_hits(*self._shown)
