"""The reader: a document's text, one direction per paragraph, hits and tagged passages marked."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextEdit, QVBoxLayout, QWidget

from archiver.core.dates import shown_date
from archiver.core.model import DatePrecision, DateSource, Document
from archiver.gui import fonts, quality_marks
from archiver.gui.findbar import FindBar
from archiver.gui.locale_text import isolate
from archiver.gui.ocr_marks import DoubtfulTips, doubtful_format, mark_format
from archiver.gui.reader_text import ChunkedText
from archiver.gui.stored_warnings import warning_text
from archiver.gui.textspans import Utf16Map, direction_of, phrase_runs

if TYPE_CHECKING:
    from archiver.gui.pdfpages import PdfPages
from archiver.gui.widget_names import named

# Translucent colours read on light and dark palettes alike.
HIT_COLOR = QColor(255, 196, 0, 110)
CURRENT_HIT_COLOR = QColor(255, 120, 0, 190)
UNVERIFIED_COLOR = QColor(200, 40, 40)  # numbers OCR read: a dotted underline, a faint wash

NEAR_VIEW = 4_000  # code points either side of the view whose highlights are drawn too
Span = tuple[int, int]


class Reader(QWidget):
    """Shows one document; hit navigation, find, zoom, selection as code-point offsets."""

    hit_changed = Signal(int, int)  # index of the current hit (0-based), number of hits
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.doc: Document | None = None
        self.zoom = 0
        self._map = Utf16Map("")
        self._hits: list[Span] = []
        self._search_hits: list[Span] = []
        self._current = -1
        self._mark_spans: list[tuple[int, int, QTextCharFormat]] = []
        self._marks: list[QTextEdit.ExtraSelection] = []  # those of the text laid out so far
        self._unverified_spans: list[Span] = []
        self._doubtful_spans: list[Span] = []  # words OCR read with low confidence
        self._built: dict[tuple[int, int, str], QTextEdit.ExtraSelection] = {}  # this text's
        self._lit: Span = (0, 0)  # the text whose highlights are drawn
        self._after_layout: Callable[[], None] | None = None  # see when_laid_out
        self.pages: PdfPages | None = None  # the PDF page view, made on first use
        self._build()

    def _build(self) -> None:
        self.title = named(QLabel(), "readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        font.setFamilies([fonts.text_family(), *font.families()])
        self.title.setFont(font)
        self.meta = named(QLabel(), "readerMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice = named(QLabel(), "readerNotice")  # a low quality score, import warnings
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(f"color: {quality_marks.LOW_COLOR.name()}; padding: 2px 0px;")
        self.notice.hide()
        self.view = named(QTextEdit(), "readerText")
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setPlaceholderText(self.tr("Select a result and press Enter to read it here."))
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.view.document().setDefaultFont(fonts.reader_font(self.zoom))
        self.view.document().setDocumentMargin(14)
        self.view.selectionChanged.connect(self.selection_changed)
        self.doubtful_tips = DoubtfulTips(
            self.view, lambda: self._doubtful_spans, lambda pos: self._map.to_cp(pos)
        )
        self.text_layout = ChunkedText(self.view)  # long texts arrive a chunk at a time
        self.text_layout.grew.connect(self._text_grew)
        self.view.verticalScrollBar().valueChanged.connect(self._view_moved)
        self.findbar = FindBar(self)
        self.findbar.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.findbar)

    # -- showing a document -----------------------------------------------------------------

    def show_document(self, doc: Document | None, hits: Iterable[Span] = ()) -> None:
        """Show ``doc`` as plain text (never HTML) with the search hits highlighted."""
        self.doc = doc
        self._after_layout = None  # it waited for the text shown before
        self._mark_spans, self._unverified_spans, self._built = [], [], {}
        self._doubtful_spans = []
        self._hits, self._search_hits, self._current = [], [], -1  # none of them in the new text
        self.findbar.hide()
        self.stack.setCurrentWidget(self.view)
        if doc is None:
            self.title.clear()
            self.meta.clear()
            self.notice.hide()
            self.text_layout.start("")
            self._map = Utf16Map("")
            self.set_hits([])
            return
        self.title.setText(doc.title)
        self._align(self.title, direction_of(doc.title))
        self.meta.setText(self._meta_line(doc))
        self._show_notice(doc)
        self._map = Utf16Map(doc.text)
        self.text_layout.start(doc.text)  # the first screenfuls now, the rest from the event loop
        self._unverified_spans = list(doc.unverified)
        self._doubtful_spans = [(start, end) for start, end, _ in doc.doubtful]
        self._search_hits = list(hits)
        self.set_hits(self._search_hits)

    def _kind_text(self, kind: str) -> str:
        """The document's kind: a format's own name (PDF, EPUB), or a word for the others."""
        words = {"text": self.tr("TEXT", "a document's kind"),
                 "image": self.tr("IMAGE", "a document's kind"),
                 "email": self.tr("EMAIL", "a document's kind")}  # fmt: skip
        return words.get(kind, kind.upper())

    def _meta_line(self, doc: Document) -> str:
        address = doc.url.removeprefix("mailto:") if doc.url.startswith("mailto:") else None
        parts = [self._date_text(doc), doc.source or None, doc.author or None, address,
                 doc.file_name]  # fmt: skip
        if doc.pages:
            parts.append(self.tr("%Ln pages", "", doc.pages))
        parts.append(self._kind_text(doc.kind))
        parts.append(self.tr("quality {0}").format(quality_marks.score_text(doc.quality)))
        if doc.unverified:
            parts.append(self.tr("read by OCR: numbers dotted in red are unverified"))
        if doc.doubtful:
            parts.append(
                self.tr("words with a wavy orange underline were read with low confidence")
            )
        if doc.parent_document is not None:
            parts.append(self.tr("attached to #{0}").format(doc.parent_document))
        if doc.attachments:
            parts.append(self.tr("attachments: {0}").format(
                ", ".join(f"#{i}" for i in doc.attachments)))  # fmt: skip
        return "  ·  ".join(isolate(p) for p in parts if p)  # each part keeps its direction

    def _show_notice(self, doc: Document) -> None:
        """A low quality score explained, and what the import warned about, above the text."""
        lines = (
            [quality_marks.explanation(doc.quality)] if quality_marks.is_low(doc.quality) else []
        )
        lines += [warning_text(w) for w in doc.warnings if not w.startswith("low text quality")]
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def _date_text(self, doc: Document) -> str:
        """The date with where it came from and how precise it is, marked when it is only the
        file's creation date; the file's own date too."""
        if not doc.published:
            shown = self.tr("no date")
        elif doc.date_is_file_date:
            return self.tr("{0} (the file's creation date, not the publication date)").format(
                isolate(doc.published)  # 2026-01-07 stays in that order after Arabic words
            )
        else:
            shown = isolate(shown_date(doc.published, doc.published_precision))
            said = self._date_origin(doc)
            if said:
                shown += f" ({said})"
        if doc.file_date and doc.file_date != doc.published:
            shown += "  ·  " + self.tr("file created {0}").format(isolate(doc.file_date))
        return shown

    def _date_origin(self, doc: Document) -> str:
        """Where the date came from and, when it is not a day, how precise it is, in words."""
        origins: dict[str, str] = {
            DateSource.FILE_NAME: self.tr("from the file name"),
            DateSource.DOCUMENT: self.tr("from the document's metadata"),
            DateSource.TEXT: self.tr("from the dateline"),
            DateSource.MESSAGE: self.tr("the date of its e-mail"),
            DateSource.USER: self.tr("set by hand"),
        }
        precisions: dict[str, str] = {
            DatePrecision.MONTH: self.tr("month only"),
            DatePrecision.YEAR: self.tr("year only"),
        }
        said = (origins.get(doc.published_source or "", ""),
                precisions.get(doc.published_precision or "", ""))  # fmt: skip
        return ", ".join(p for p in said if p)

    @staticmethod
    def _align(label: QLabel, direction: Qt.LayoutDirection) -> None:
        label.setLayoutDirection(direction)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)

    # -- hits -----------------------------------------------------------------------------

    def set_hits(self, spans: Iterable[Span], phrases: bool = True) -> None:
        """Highlight these code-point spans (a phrase's words as one); F3 moves through them."""
        self._hits = (
            phrase_runs(self.doc.text, list(spans)) if phrases and self.doc else sorted(spans)
        )
        self._current = -1
        self._refresh()
        self.hit_changed.emit(-1, len(self._hits))

    def show_search_hits(self, spans: Iterable[Span]) -> None:
        """The query's spans, arrived from the read pool after the document was shown."""
        self._search_hits = list(spans)
        if not self.findbar.isVisible():  # find in document keeps its own matches
            self.set_hits(self._search_hits)

    def open_at_first_hit(self, spans: Iterable[Span]) -> None:
        """The query's spans of a document just opened: when the first lies below the first
        screen and the reader was not moved meanwhile, go to it as F3 would."""
        self.show_search_hits(spans)
        cursor = self.view.textCursor()
        if not self._hits or self.findbar.isVisible() or cursor.hasSelection() or cursor.position():
            return
        start = self._hits[0][0]
        self.text_layout.ensure(start + 1)
        at = QTextCursor(self.view.document())
        at.setPosition(self._map.to_utf16(start))
        if self.view.verticalScrollBar().value() == 0 and (
            self.view.cursorRect(at).bottom() > self.view.viewport().height()
        ):
            self.next_hit(1)

    @property
    def hits(self) -> list[Span]:
        """The spans highlighted now (search hits, or find-in-document matches)."""
        return list(self._hits)

    def next_hit(self, step: int = 1) -> Span | None:
        """Select the next (step=1) or previous (step=-1) hit and scroll to it."""
        if not self._hits:
            return None
        if self._current < 0:
            here = self._map.to_cp(self.view.textCursor().selectionStart())
            after = [i for i, (s, _e) in enumerate(self._hits) if s >= here]
            self._current = (
                (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else -1)
            )
            self._current %= len(self._hits)
        else:
            self._current = (self._current + step) % len(self._hits)
        start, end = self._hits[self._current]
        self.select_span(start, end)
        self._refresh()
        self.hit_changed.emit(self._current, len(self._hits))
        return start, end

    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) and scroll there (laid out first if not yet)."""
        self.text_layout.ensure(end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self._bring_into_view(cursor.selectionStart(), cursor.selectionEnd())

    def _bring_into_view(self, start16: int, end16: int) -> None:
        """A passage at the view's edge (where ensureCursorVisible leaves it) goes a third down."""
        view, at = self.view, QTextCursor(self.view.document())
        at.setPosition(start16)
        top = view.cursorRect(at).top()
        at.setPosition(end16)
        bottom = view.cursorRect(at).bottom()
        height = view.viewport().height()
        if height // 5 <= top and bottom <= height - height // 5:  # comfortably inside already
            return
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + top - height // 3)

    def caret(self) -> int:
        """The caret's position as a code-point offset into Document.text."""
        return self._map.to_cp(self.view.textCursor().position())

    def selection_span(self) -> Span | None:
        """The selected text as code-point offsets into Document.text, or None."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.to_cp(cursor.selectionStart()), self._map.to_cp(cursor.selectionEnd())

    def selected_text(self) -> str:
        """The selected part of the canonical text."""
        span = self.selection_span()
        return self.doc.text[span[0] : span[1]] if span and self.doc else ""

    def set_marks(self, spans_with_colors: Iterable[tuple[int, int, QColor | str]]) -> None:
        """Underline tagged passages in their colour (kept apart from the search hits)."""
        self._mark_spans = []
        for start, end, color in spans_with_colors:
            qcolor = QColor(color)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(qcolor)
            wash = QColor(qcolor)
            wash.setAlpha(50)
            fmt.setBackground(wash)
            self._mark_spans.append((start, end, fmt))
        self._refresh()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _refresh(self) -> None:
        """Draw the highlights near the text in view: hundreds at once would take a second."""
        plain, current = QTextCharFormat(), QTextCharFormat()
        plain.setBackground(HIT_COLOR)
        current.setBackground(CURRENT_HIT_COLOR)
        shown = self._shown()
        lo, hi = max(0, shown[0] - NEAR_VIEW), min(self.text_layout.loaded, shown[1] + NEAR_VIEW)
        self._lit = (lo, hi)
        near = lo, hi, self.text_layout.settled
        self._marks = [self._kept(s, e, f.underlineColor().name(), f)
                       for s, e, f in self._mark_spans if _within(s, e, near)]  # fmt: skip
        unverified = _unverified_format()
        selections = [self._kept(s, e, "unverified", unverified)
                      for s, e in self._unverified_spans if _within(s, e, near)]  # fmt: skip
        doubtful = doubtful_format()
        selections += [self._kept(s, e, "doubtful", doubtful)
                       for s, e in self._doubtful_spans if _within(s, e, near)]  # fmt: skip
        selections += self._marks
        selections += [
            self._kept(s, e, "current", current) if i == self._current
            else self._kept(s, e, "hit", plain)
            for i, (s, e) in enumerate(self._hits)
            if _within(s, e, near)
        ]  # fmt: skip
        self.view.setExtraSelections(selections)

    def _kept(
        self, start: int, end: int, kind: str, fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        """A highlight made once per text (they are drawn again on scrolling, as chunks come)."""
        key = (start, end, kind)
        made = self._built.get(key)
        if made is None:
            made = self._built[key] = self._selection(start, end, fmt)
        return made

    def when_laid_out(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the whole text shown now is laid out (now, if it is).

        Long work on a pool thread (the participants a long text names) would contend with
        the layout's chunks for the interpreter, and the window would stall for tenths of
        a second; after the layout it has the machine to itself. A new text drops it.
        """
        if self.text_layout.complete:
            work()
        else:
            self._after_layout = work

    def _text_grew(self, before: int, _after: int) -> None:
        """A chunk was laid out: draw its highlights if the text near the view reached it."""
        if self._lit[1] >= before:
            self._refresh()
        if self._after_layout is not None and self.text_layout.complete:
            work, self._after_layout = self._after_layout, None
            work()

    def _view_moved(self) -> None:
        """Scrolled, resized or zoomed: draw the highlights that came near the view."""
        first, last = self._shown()
        lo, hi = self._lit
        if (lo > 0 and first < lo + NEAR_VIEW // 2) or (
            hi < self.text_layout.loaded and last > hi - NEAR_VIEW // 2
        ):
            self._refresh()

    def _shown(self) -> Span:
        """The first and last code points in view (the corners: lines run either way)."""
        viewport = self.view.viewport()
        corners = [self.view.cursorForPosition(QPoint(x, y)).position()
                   for x in (0, viewport.width()) for y in (0, viewport.height())]  # fmt: skip
        return self._map.to_cp(min(corners)), self._map.to_cp(max(corners))

    # -- find in document -----------------------------------------------------------------

    def open_find(self) -> None:
        """Show the find bar with its text selected."""
        self.findbar.show()
        self.findbar.edit.setFocus()
        self.findbar.edit.selectAll()

    def close_find(self) -> None:
        """Hide the find bar, bring back the search hits, focus the text."""
        self.findbar.hide()
        self.set_hits(self._search_hits)
        self.view.setFocus()

    def show_find_matches(self, spans: list[Span]) -> None:
        """Highlight the matches of the find bar and go to the first one."""
        self.set_hits(spans, phrases=False)  # as many as the find bar counts
        self.findbar.set_count(len(spans))
        if spans:
            self.next_hit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """More or less text in view: its highlights follow."""
        super().resizeEvent(event)
        self._view_moved()

    # -- zoom -----------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        """Point size offset of the reader text."""
        self.zoom = max(-6, min(24, zoom))
        self.view.document().setDefaultFont(fonts.reader_font(self.zoom))
        self._view_moved()

    # -- PDF pages ------------------------------------------------------------------------

    def toggle_pages(self, pdf_path: str | None) -> bool:
        """Switch between the text and the PDF's pages; True when pages are shown."""
        if self.stack.currentWidget() is not self.view or not pdf_path:
            self.stack.setCurrentWidget(self.view)
            return False
        from archiver.gui.pdfpages import PdfPages

        if self.pages is None:
            self.pages = PdfPages(self)
            self.stack.addWidget(self.pages)
        pages = self.pages
        pages.load(pdf_path)
        self.stack.setCurrentWidget(pages)
        pages.setFocus()
        return True


def _within(start: int, end: int, near: tuple[int, int, int]) -> bool:
    """A span that touches the text near the view, ``near`` (from, to, laid out up to)."""
    return start <= near[1] and near[0] <= end <= near[2]


def _unverified_format() -> QTextCharFormat:
    """How a number OCR read is shown: dotted red underline on a faint wash."""
    return mark_format(UNVERIFIED_COLOR, QTextCharFormat.UnderlineStyle.DotLine)
