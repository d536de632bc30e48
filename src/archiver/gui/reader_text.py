"""The reader's text laid out a part at a time: the first screenfuls at once, the rest in chunks.

A long document (a 700 KB file is 400,000 characters) took over a second to lay out in one
go, the window frozen meanwhile: shaping Arabic in a Naskh face costs a few microseconds a
character. Here the first ``FIRST_CHARS`` are laid out before the first paint and the rest
is appended from the event loop, a piece at a time for at most ``CHUNK_MS`` per turn, so
input and painting go on between chunks. The QTextDocument always holds a prefix of the
document's text, character for character, so offsets into it stay those of the whole text.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit

from archiver.gui.textspans import direction_of

LINE_HEIGHT = 150  # percent: room for harakat above and below the line
FIRST_CHARS = 6_000  # a few screenfuls of a large reader, laid out before the first paint
PIECE_CHARS = 1_000  # laid out in one step (Qt lays out each edit block as it ends)
CHUNK_MS = 8  # pieces are appended until this much time went in one turn of the event loop
LINE_SLACK = 400  # a piece ends at a line's end when one comes this soon after its size


def block_format(direction: Qt.LayoutDirection) -> QTextBlockFormat:
    """A paragraph of the reader: its direction, tall lines, a little space below."""
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(direction)
    fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(6)
    return fmt


class ChunkedText(QObject):
    """Fills a QTextEdit with one text, one direction per paragraph, the rest laid out later."""

    grew = Signal(int, int)  # code points laid out before and after a turn (or a jump ahead)

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self.text = ""
        self.loaded = 0  # code points of ``text`` in the QTextDocument
        self._direction = Qt.LayoutDirection.LeftToRight
        self._formats: dict[Qt.LayoutDirection, QTextBlockFormat] = {}
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_chunk)
        document = view.document()
        option = QTextOption(document.defaultTextOption())
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)

    @property
    def complete(self) -> bool:
        """True once the whole text is laid out."""
        return self.loaded >= len(self.text)

    @property
    def settled(self) -> int:
        """The code points no chunk will move: a span ending at the last one laid out would grow."""
        return self.loaded if self.complete else self.loaded - 1

    def start(self, text: str) -> None:
        """Show ``text`` from its start: its first part now, the rest from the event loop."""
        self._timer.stop()
        self.text, self.loaded = text, 0
        self._direction = direction_of(text)
        self.view.document().clear()
        self.ensure(FIRST_CHARS)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        if not self.complete:
            self._timer.start()

    def ensure(self, upto: int) -> None:
        """Lay out beyond ``text[:upto]`` now (to select or scroll to a passage not there yet).

        Beyond: a cursor at the end of the text laid out would move with the next chunk.
        """
        before = self.loaded
        while self.loaded <= upto and not self.complete:  # in pieces: big edits lay out slower
            self._append(self._cut(self.loaded, max(1, min(PIECE_CHARS, upto - self.loaded))))
        if self.complete:
            self._timer.stop()
        if self.loaded > before:
            self.grew.emit(before, self.loaded)

    def _next_chunk(self) -> None:
        """Append pieces for up to CHUNK_MS, then let the event loop run."""
        until, before = time.perf_counter() + CHUNK_MS / 1000, self.loaded
        while not self.complete and time.perf_counter() < until:
            self._append(self._cut(self.loaded, PIECE_CHARS))
        self.grew.emit(before, self.loaded)
        if not self.complete:
            self._timer.start()

    def _cut(self, start: int, size: int) -> int:
        """Where a part of about ``size`` characters from ``start`` ends: at a line's end if near."""
        end = start + size
        if end >= len(self.text):
            return len(self.text)
        newline = self.text.find("\n", end, end + LINE_SLACK)
        return newline + 1 if newline >= 0 else end

    def _append(self, end: int) -> None:
        """Lay out ``text[loaded:end]``, a block per line, each with its direction."""
        before, text = self.loaded, self.text
        if end <= before:
            return
        cursor = QTextCursor(self.view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        if before == 0:
            cursor.setBlockFormat(self._format_at(0))
        pos = before
        while pos < end:
            newline = text.find("\n", pos, end)
            stop = end if newline < 0 else newline
            if stop > pos:
                cursor.insertText(text[pos:stop])
            if newline < 0:
                break
            cursor.insertBlock(self._format_at(newline + 1))
            pos = newline + 1
        cursor.endEditBlock()
        self.loaded = end

    def _format_at(self, start: int) -> QTextBlockFormat:
        """The format of the paragraph starting at ``start``; a blank one keeps the last direction."""
        end = self.text.find("\n", start)
        line = self.text[start : end if end >= 0 else len(self.text)]
        self._direction = direction_of(line, self._direction)
        fmt = self._formats.get(self._direction)
        if fmt is None:
            fmt = self._formats[self._direction] = block_format(self._direction)
        return fmt
