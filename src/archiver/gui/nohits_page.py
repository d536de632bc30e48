"""What a search without hits shows: a "did you mean" link, the query as analysed, tips."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from archiver.core.model import SearchResult
from archiver.gui.help_texts import no_hits_tips
from archiver.gui.widget_names import named


class NoHitsPage(QWidget):
    """Shown in place of the result list when a query finds nothing."""

    suggestion_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noHits")
        self.label = named(QLabel(), "noHitsText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.label.linkActivated.connect(
            lambda link: self.suggestion_clicked.emit(link.removeprefix("query:"))
        )
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(self.label)
        layout.addStretch()
        self.suggestion: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the "did you mean" suggestion."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.suggestion:
            self.suggestion_clicked.emit(self.suggestion)
            return
        super().keyPressEvent(event)

    def show_refused(self, query: str, reason: str) -> None:
        """Say why the archive would not run this query."""
        self.suggestion = None
        shown = query if len(query) <= 80 else query[:79] + "…"
        self.label.setText(
            f"<h3>{self.tr('This query cannot be searched')} «{html.escape(shown)}»</h3>"
            f"<p>{html.escape(reason)}.</p>"
            f"<p>{self.tr('Help → Search syntax (Shift+F1) lists everything the search bar understands.')}</p>"
        )

    def _stop_words_help(self) -> str:
        return self.tr(
            "Words such as في, إلى, the or of are in almost every document, so the index "
            "leaves them out. Add a word that says what you are looking for."
        )

    def show_result(self, result: SearchResult) -> None:
        """Describe the empty result."""
        self.suggestion = result.suggestion
        # No italics or monospace around the query: common fonts have no Arabic in those faces.
        parts = [f"<h3>{self.tr('No documents match')} «{html.escape(result.query)}»</h3>"]
        ignored = " · ".join(html.escape(w) for w in result.ignored)
        if result.ignored and not result.understood:  # nothing was left to search for
            parts = [
                f"<h3>{self.tr('Only common words, which the search ignores')}: «{ignored}»</h3>",
                f"<p>{html.escape(self._stop_words_help())}</p>",
            ]  # fmt: skip
        elif result.ignored:
            parts.append(f"<p>{self.tr('Ignored (common words)')}: {ignored}</p>")
        if result.suggestion:
            link = html.escape(result.suggestion, quote=True)
            parts.append(
                f'<p>{self.tr("Did you mean")} <a href="query:{link}">{html.escape(result.suggestion)}</a>?'
                f" ({self.tr('Down, then Enter')})</p>"
            )
        if result.understood:
            words = " · ".join(html.escape(t) for t in result.understood)
            parts.append(f"<p>{self.tr('Searched for')}: <b>{words}</b></p>")
        parts.append(
            "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in no_hits_tips()) + "</ul>"
        )
        parts.append(
            f"<p>{self.tr('Help → Search syntax (Shift+F1) lists everything the search bar understands.')}</p>"
        )
        self.label.setText("".join(parts))
