"""The keyboard sheet (F1): every action and its keys, by menu, from the registry."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from archiver.gui.actions import ActionRegistry

EXTRA_KEYS = (
    ("Down / Up", "From the search bar into the results and back"),
    ("Enter", "Open the selected result"),
    ("Shift+Enter", "Previous match in the find bar"),
)


def _text(registry: ActionRegistry, action_id: str) -> str:
    """The action's declared name ("Undo", not the change the menu names right now)."""
    spec = registry.specs.get(action_id)
    return QCoreApplication.translate("actions", spec.text) if spec else ""


class ShortcutsSheet(QDialog):
    """A read-only table of shortcuts."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser = QTextBrowser()
        self.browser.setHtml(self.sheet_html(registry))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def sheet_html(self, registry: ActionRegistry) -> str:
        """The sheet as HTML tables, one per menu."""
        parts = []
        for menu in registry.menus():
            rows = [
                f"<tr><td><b>{html.escape(registry.keys_text(a.objectName()))}</b></td>"
                f"<td>{html.escape(_text(registry, a.objectName()) or a.text().replace('&', ''))}"
                "</td></tr>"
                for a in registry.in_menu(menu)
            ]
            if rows:
                parts.append(
                    f"<h3>{html.escape(self.tr(menu))}</h3><table cellpadding=3>{''.join(rows)}</table>"
                )
        extra = "".join(
            f"<tr><td><b>{k}</b></td><td>{html.escape(self.tr(t))}</td></tr>" for k, t in EXTRA_KEYS
        )
        parts.append(
            f"<h3>{self.tr('Lists and find bar')}</h3><table cellpadding=3>{extra}</table>"
        )
        return "".join(parts)
