"""The reader's find bar (Ctrl+F): Enter for the next match, Shift+Enter the previous, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from archiver.gui.locale_text import keys
from archiver.gui.widget_names import named


class _FindEdit(QLineEdit):
    step = Signal(int)
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A line edit, a match count and a close button; ``find`` is emitted debounced."""

    find_requested = Signal(str)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = named(_FindEdit(), "findEdit")
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.count = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close ({0})").format(keys("Esc")))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(lambda: self.find_requested.emit(self.edit.text()))
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.step.connect(self._step)
        self.edit.closed.connect(self.closed)
        close.clicked.connect(self.closed)

    def _step(self, delta: int) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.find_requested.emit(self.edit.text())
        else:
            self.step.emit(delta)

    def set_count(self, count: int) -> None:
        """Show how many matches there are."""
        self.count.setText(self.tr("%Ln matches", "", count) if self.edit.text() else "")
