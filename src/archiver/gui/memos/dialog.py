"""The memo dialog: what the memo is on, and its text (Arabic or English, several lines)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.memos import MAX_MEMO_CHARS
from archiver.gui.annotations.terms import key_in_text
from archiver.gui.widget_names import named

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_QUOTE_CHARS = 300  # of the quote shown above the text


class MemoEdit(QPlainTextEdit):
    """The memo's text: Enter (or Ctrl+Enter) saves, Shift+Enter starts a new line."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.setObjectName("memoText")
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")  # a line break, not a paragraph's U+2029
            else:
                self.dialog.accept()
            event.accept()
            return
        super().keyPressEvent(event)


class MemoDialog(QDialog):
    """Write or change one memo; ``text()`` is what to save once accepted."""

    def __init__(self, where: str, quote: str = "", text: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(self.tr("Change memo") if text else self.tr("New memo"))
        self.where = named(QLabel(where), "memoWhere")
        self.where.setWordWrap(True)
        self.quote = named(QLabel(), "memoQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        shown = quote if len(quote) <= _QUOTE_CHARS else quote[: _QUOTE_CHARS - 1] + "…"
        self.quote.setText(shown)  # no quotation marks: they land on the wrong side of Arabic
        self.quote.setVisible(bool(quote))
        self.quote.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.editor = MemoEdit(self)
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("Your note (Arabic or English)"))
        keys = (key_in_text(k) for k in ("Enter", "Ctrl+Enter", "Shift+Enter", "Esc"))
        self.hint = named(QLabel(self.tr("{0} or {1} saves · {2}: new line · {3} cancels")
                                 .format(*keys)), "memoHint")  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.where, self.quote, self.editor, self.hint, self.buttons):
            layout.addWidget(widget)
        self.editor.textChanged.connect(self._validate)
        self._validate()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        self.resize(520, 320)

    def text(self) -> str:
        """The memo's text as typed (the core trims and checks it)."""
        return self.editor.toPlainText()

    def _validate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(0 < len(self.text().strip()) <= MAX_MEMO_CHARS)

    def accept(self) -> None:
        """Save only a memo the archive would take (some text, not too long)."""
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            super().accept()
