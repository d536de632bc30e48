"""What a search without hits shows: a "did you mean" link, the query as analysed, tips."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from archiver.core.model import FieldHint, SearchResult
from archiver.gui.help_texts import no_hits_tips
from archiver.gui.locale_text import isolate, keys
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

    def _syntax_help(self) -> str:
        return self.tr("Help → Search syntax ({0}) lists everything the search bar "
                       "understands.").format(keys("Shift+F1"))  # fmt: skip

    def show_refused(self, query: str, reason: str) -> None:
        """Say why the archive would not run this query."""
        self.suggestion = None
        shown = query if len(query) <= 80 else query[:79] + "…"
        heading = self.tr("This query cannot be searched «{0}»").format(_quoted(shown))
        text = _html(heading, "h3") + _html(reason + ".") + _html(self._syntax_help())
        self.label.setText(text)

    def _stop_words_help(self) -> str:
        return self.tr(
            "Words such as في, إلى, the or of are in almost every document, so the index "
            "leaves them out. Add a word that says what you are looking for."
        )

    def show_result(self, result: SearchResult) -> None:
        """Describe the empty result."""
        self.suggestion = result.suggestion
        # No italics or monospace around the query: common fonts have no Arabic in those faces.
        heading = self.tr("No documents match «{0}»").format(_quoted(result.query))
        parts = [_html(heading, "h3", escaped=True)]
        ignored = " · ".join(html.escape(w) for w in result.ignored)  # single words
        if result.ignored and not result.understood:  # nothing was left to search for
            only = self.tr("Only common words, which the search ignores: «{0}»").format(ignored)
            parts = [_html(only, "h3", escaped=True), _html(self._stop_words_help())]
        elif result.ignored:
            parts.append(
                _html(self.tr("Ignored (common words): {0}").format(ignored), escaped=True)
            )
        if result.suggestion:
            link = html.escape(result.suggestion, quote=True)
            anchor = f'<a href="query:{link}">{_quoted(result.suggestion)}</a>'
            parts.append(_html(self.tr("Did you mean {0}? ({1}, then {2})").format(
                anchor, keys("Down"), keys("Return")), escaped=True))  # fmt: skip
        if result.hint is not None:
            parts.append(_html(self._hint_text(result.hint), escaped=True))
            self.suggestion = self.suggestion or result.hint.quoted
        if result.understood:
            words = "<b>" + " · ".join(_quoted(t) for t in result.understood) + "</b>"
            parts.append(_html(self.tr("Searched for: {0}").format(words), escaped=True))
        parts.append(
            "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in no_hits_tips()) + "</ul>"
        )
        parts.append(_html(self._syntax_help()))
        self.label.setText("".join(parts))

    def _hint_text(self, hint: FieldHint) -> str:
        """An unknown filter value followed by a word: the quoted form, as a link."""
        link = html.escape(hint.quoted, quote=True)
        anchor = f'<a href="query:{link}">{_quoted(hint.quoted)}</a>'
        return self.tr(
            "Nothing here is called «{0}», and «{1}» was searched as a word of the text. "
            "A value of several words goes in quotes: {2}"
        ).format(_quoted(f"{hint.field}:{hint.value}"), _quoted(hint.next_word), anchor)


def _quoted(text: str) -> str:
    """A query's words, escaped and isolated (a Latin query keeps its order in Arabic)."""
    return html.escape(isolate(text))


def _html(text: str, tag: str = "p", escaped: bool = False) -> str:
    """One block of the page; ``escaped`` when ``text`` holds markup made here already."""
    return f"<{tag}>{text if escaped else html.escape(text)}</{tag}>"
