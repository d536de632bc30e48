"""The keyboard sheet (F1): every action and every key a widget handles, by menu, from the
registry; Page Up/Down, Up/Down, Home and End scroll it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from archiver.gui.actions import ActionRegistry
from archiver.gui.locale_text import isolate

_SCROLL_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_Down,
                Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space)  # fmt: skip


class ShortcutsSheet(QDialog):
    """A read-only table of shortcuts."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("shortcutsText")
        self.browser.setHtml(self.sheet_html(registry))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.browser.setFocus()  # so that Page Down scrolls at once

    def sheet_html(self, registry: ActionRegistry) -> str:
        """The sheet as HTML tables, one per menu or group of keys (mirrored right to left:
        Qt's rich text does not reverse a table's columns by itself)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = " align=right" if rtl else ""  # left to right, the HTML as it always was
        parts = []
        for group in registry.groups():
            rows = []
            for keys, text in registry.listed(group):
                cells = [f"<td width=34% valign=top{side}><b>{html.escape(isolate(keys))}</b></td>",
                         f"<td{side}>{html.escape(text)}</td>"]  # fmt: skip
                rows.append(f"<tr>{''.join(reversed(cells) if rtl else cells)}</tr>")
            if rows:
                parts.append(
                    f"<h3{side}>{html.escape(registry.group_title(group))}</h3>"
                    f"<table width=100% cellpadding=3>{''.join(rows)}</table>"
                )
        return "".join(parts)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.browser.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Scrolling keys scroll the sheet wherever the focus is (the Close button too).
        if event.key() in _SCROLL_KEYS and not self.browser.hasFocus():
            self.browser.setFocus()
            self.browser.keyPressEvent(event)
            return
        super().keyPressEvent(event)
