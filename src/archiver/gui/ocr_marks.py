"""How the reader marks what OCR may have misread: words read with low confidence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

DOUBTFUL_COLOR = QColor(215, 120, 0)  # words OCR was unsure of: a wavy underline, a faint wash

Span = tuple[int, int]


def mark_format(color: QColor, style: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    """How a part of the text OCR read is marked: an underline on a faint wash of ``color``."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(color)
    wash = QColor(color)
    wash.setAlpha(30)
    fmt.setBackground(wash)
    return fmt


def doubtful_format() -> QTextCharFormat:
    """How a word OCR read with low confidence is shown: wavy orange underline, faint wash."""
    return mark_format(DOUBTFUL_COLOR, QTextCharFormat.UnderlineStyle.WaveUnderline)


class DoubtfulTips(QObject):
    """Shows a tooltip over a doubtful word of the reader's text.

    ``spans`` gives the doubtful words' code-point spans, ``position`` the code point under
    a viewport point (the text's UTF-16 positions mapped back).
    """

    def __init__(
        self, view: QTextEdit, spans: Callable[[], list[Span]], position: Callable[[int], int]
    ) -> None:
        super().__init__(view)
        self._view, self._spans, self._position = view, spans, position
        view.viewport().installEventFilter(self)

    def tip(self) -> str:
        """The tooltip of a doubtful word."""
        return self.tr("read by OCR with low confidence: check the scan")

    def at(self, cp: int) -> bool:
        """True when the code point ``cp`` lies in a doubtful word."""
        return any(start <= cp < end for start, end in self._spans())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer tooltip requests over a doubtful word; leave every other event alone."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return super().eventFilter(watched, event)
        cursor = self._view.cursorForPosition(event.pos())
        if self._spans() and self.at(self._position(cursor.position())):
            QToolTip.showText(event.globalPos(), self.tip(), self._view)
            return True
        QToolTip.hideText()
        return super().eventFilter(watched, event)
