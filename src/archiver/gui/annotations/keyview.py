"""A table view whose single keys (a, x, Delete, Enter...) call handlers instead of shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

Handler = Callable[[int], None]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyView(QTreeView):
    """A flat list with columns; ``keys`` maps keys (plain, or with Shift) to handlers of the
    current row."""

    def __init__(self, name: str, parent: QWidget | None = None, *, fit: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.keys: dict[tuple[int, int], Handler] = {}  # (key, modifiers) -> handler
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header().setStretchLastSection(True)
        # Fitting columns to their contents measures every row: fine for a document's few
        # rows, too slow for a participant's hundreds of documents.
        self.header().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive
        )
        self.activated.connect(lambda index: self._run(Qt.Key.Key_Return, index.row()))

    def size_columns(self, *modes: QHeaderView.ResizeMode | int) -> None:
        """Per column: a resize mode, or a fixed starting width in pixels (interactive)."""
        header = self.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(modes):
            if isinstance(mode, int) and not isinstance(mode, QHeaderView.ResizeMode):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, mode)
            else:
                header.setSectionResizeMode(column, mode)

    def bind(
        self,
        keys: tuple[Qt.Key, ...],
        handler: Handler,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """Call ``handler(row)`` when one of ``keys`` (with ``modifiers``) is pressed on a row."""
        for key in keys:
            self.keys[(int(key), _value(modifiers))] = handler

    @staticmethod
    def _combo(event: QKeyEvent) -> tuple[int, int]:
        return event.key(), _value(event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)

    def _mine(self, event: QKeyEvent) -> bool:
        return self._combo(event) in self.keys

    def event(self, event: QEvent) -> bool:
        """Claim our keys before window shortcuts (Delete is also "delete document")."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._mine(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._mine(event) and event.key() not in ENTER_KEYS:
            if self.currentIndex().isValid():
                self._run(event.key(), self.currentIndex().row(), self._combo(event)[1])
            event.accept()
            return
        super().keyPressEvent(event)  # Enter reaches `activated`, which calls the handler

    def _run(self, key: int, row: int, modifiers: int = 0) -> None:
        handler = self.keys.get((int(key), modifiers))
        if handler is not None and row >= 0:
            handler(row)

    def select_row(self, row: int) -> None:
        """Make ``row`` (clamped) current and selected."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        self.setCurrentIndex(model.index(row, 0))


def _value(modifiers: Qt.KeyboardModifier) -> int:
    """Modifiers as a plain number (dictionary keys)."""
    return int(modifiers.value)
