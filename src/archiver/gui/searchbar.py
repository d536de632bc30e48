"""The search bar: search as you type after a short pause, Down into the results.

Ctrl+Z there takes back the bar's own typing only while the user is typing in it (edits made
since the bar last took the focus); when the focus merely lands there (after a dialog, Ctrl+K,
a click) Ctrl+Z and Ctrl+Shift+Z are the archive's Undo and Redo, as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from archiver.gui.locale_text import keys


class SearchBar(QLineEdit):
    """A line edit that emits ``search`` debounced while typing and at once on Enter."""

    search = Signal(str)
    down_pressed = Signal()
    enter_pressed = Signal()

    def __init__(self, debounce_ms: int = 60, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search the archive…  ({0})").format(keys("Ctrl+K")))
        self.setToolTip(
            self.tr('Words are ANDed; OR, -word, "phrase", prefix*, =exact, title: lang: date:')
        )
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.run_now)
        self.textEdited.connect(self._edited)
        self._last: str | None = None
        self._typed = False  # edited since the bar took the focus: its own undo applies

    def _edited(self, _text: str) -> None:
        self._typed = True
        self._timer.start()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving here starts afresh: Ctrl+Z is the archive's until the user types."""
        self._typed = False
        super().focusInEvent(event)

    def event(self, event: QEvent) -> bool:
        """Leave Ctrl+Z/Ctrl+Shift+Z to the archive's Undo/Redo unless the user is typing here."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            own_undo = event.matches(QKeySequence.StandardKey.Undo) and self.isUndoAvailable()
            own_redo = event.matches(QKeySequence.StandardKey.Redo) and self.isRedoAvailable()
            undo_keys = event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            )
            if undo_keys and not (self._typed and (own_undo or own_redo)):
                event.ignore()  # not taken here: the window's shortcut runs
                return False
        return super().event(event)

    def run_now(self) -> None:
        """Emit ``search`` for the current text unless it was just searched."""
        self._timer.stop()
        if self.text() != self._last:
            self._last = self.text()
            self.search.emit(self.text())

    def set_query(self, text: str, run: bool = True) -> None:
        """Replace the text (as a link or the palette would) and search it."""
        self.setText(text)
        self._typed = False
        if run:
            self.run_now()

    def focus_and_select(self) -> None:
        """Focus the bar with its text selected, ready to be typed over."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes to the results; Enter searches now and opens the first result."""
        if event.key() == Qt.Key.Key_Down:
            self.run_now()
            self.down_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_now()
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def forget_last(self) -> None:
        """Make the next run_now() search even when the text is unchanged (after a change)."""
        self._last = None
