"""Painting the snippet column: the matched words in bold, right to left for Arabic rows."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from archiver.gui.results_model import RTL_ROLE, SNIPPET_ROLE

CACHE_SIZE = 400


class DirectionDelegate(QStyledItemDelegate):
    """Plain cells laid out right to left in Arabic rows (punctuation and eliding land right)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        align = Qt.AlignmentFlag(int(index.data(Qt.ItemDataRole.TextAlignmentRole) or 0))
        if index.data(RTL_ROLE) and align & Qt.AlignmentFlag.AlignRight:  # an Arabic text cell
            option.direction = Qt.LayoutDirection.RightToLeft
            # Absolute: in a right-to-left cell a plain AlignRight would mean "left".
            option.displayAlignment = align | Qt.AlignmentFlag.AlignAbsolute


class SnippetDelegate(QStyledItemDelegate):
    """Lays out each snippet's HTML once (cached), then only paints it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()

    def _document(self, html: str, rtl: bool, option: QStyleOptionViewItem) -> QTextDocument:
        key = (html, rtl, option.font.toString())
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(2)
            doc.setDefaultFont(option.font)
            text_option = QTextOption()
            text_option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            doc.setDefaultTextOption(text_option)
            # The snippet is the core's escaped text plus <b> tags, never the raw document.
            doc.setHtml(html)
            self._docs[key] = doc
            if len(self._docs) > CACHE_SIZE:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the item background, then the snippet clipped to the cell."""
        html = index.data(SNIPPET_ROLE) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not html:
            return
        rtl = bool(index.data(RTL_ROLE))
        doc = self._document(html, rtl, opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        rect = opt.rect.adjusted(4, 0, -4, 0)
        height = doc.size().height()
        width = doc.idealWidth()
        painter.save()
        painter.setClipRect(rect)
        # Right-to-left rows keep their start (the right edge) visible when the cell is narrow.
        x = rect.right() - width if rtl else rect.left()
        painter.translate(x, rect.top() + (rect.height() - height) / 2)
        context.clip = QRectF(0, 0, width, height)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """One line of text."""
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), option.fontMetrics.height() + 8))
