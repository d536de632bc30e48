"""Snippets for the result rows shown: the first page's come with it, the others' when drawn.

A snippet costs a read of the document's text and a pass over its start (a few ms at the
size of a news article): a page of 100 hits took longer to dress than to find. The first
page comes with the snippets of the rows the view has room for; a row drawn later (scrolled
to, a taller window) asks for its own, in batches, on the read pool, and is drawn again
when they arrive.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from archiver.core.model import DAMAGED_TEXT, Hit

if TYPE_CHECKING:
    from archiver.gui.results_model import ResultsModel

SHOWN_ROWS = 30  # rows dressed with the first page until the view says how many it shows

Snippets = dict[int, tuple[str, list[tuple[int, int]], str]]  # HTML, spans, where from


def snippet_html(hit: Hit) -> str:
    """The hit's snippet; a memo's words after the word "Memo", where memo: words matched;
    what to do, where the stored text is damaged."""
    if hit.snippet_from == DAMAGED_TEXT:
        return QCoreApplication.translate(
            "ResultsModel", "The stored text is damaged: archiver check names it"
        )
    if hit.snippet_from != "memo" or not hit.snippet:
        return hit.snippet
    return QCoreApplication.translate("ResultsModel", "Memo: {0}").format(hit.snippet)


class RowSnippets(QObject):
    """Which hits have their snippet, which are asked for, and the asking."""

    def __init__(self, model: ResultsModel) -> None:
        super().__init__(model)
        self.model = model
        self.shown_rows = SHOWN_ROWS  # set by the view from its height
        self._dressed: set[int] = set()
        self._asked: set[int] = set()
        self._wanted: list[int] = []
        self._timer = QTimer(self, singleShot=True, interval=0)  # the rows of one paint at once
        self._timer.timeout.connect(self._ask)

    def reset(self, dressed: Iterable[int]) -> None:
        """Another query is shown; these of its hits came with their snippets."""
        self._dressed, self._asked, self._wanted = set(dressed), set(), []
        self._timer.stop()

    def ready(self, doc_id: int) -> bool:
        """True when the row's snippet is there (or it has none to wait for); else ask for it."""
        if doc_id in self._dressed or self.model.hit(doc_id) is None:
            return True
        if doc_id not in self._asked:
            self._asked.add(doc_id)
            self._wanted.append(doc_id)
            self._timer.start()
        return False

    def _ask(self) -> None:
        model, ids, self._wanted = self.model, self._wanted, []
        if not ids or model.session is None:
            return
        query = model.query
        model.session.snippets_later(query, ids, lambda found: self._arrived(query, ids, found))

    def _arrived(self, query: str, ids: list[int], found: Snippets) -> None:
        model = self.model
        if query != model.query:
            return
        self._dressed.update(ids)  # a document deleted meanwhile is not asked for again
        for doc_id, (snippet, spans, origin) in found.items():
            hit = model.hit(doc_id)
            if hit is not None:
                hit.snippet, hit.highlights, hit.snippet_from = snippet, spans, origin
                model.row_changed(doc_id)


def plain_snippet(marked: str) -> str:
    """A snippet's text without its marks of the query's words."""
    return html.unescape(marked.replace("<b>", "").replace("</b>", ""))
