"""Painting result rows: the title over its snippet (matched words bold), right to left for Arabic."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from archiver.gui.results_model import RTL_ROLE, SECOND_LINE_ROLE, SNIPPET_ROLE

CACHE_SIZE = 400
ELLIPSIS = "…"
BEFORE_HIT = 1 / 3  # of a narrow cell: the words before the first hit, shown with it


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


class ResultDelegate(QStyledItemDelegate):
    """The title cell in two lines: the title in bold over the snippet (hits bold) or the file.

    Each snippet's HTML is laid out once (cached), then only painted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()

    def _document(self, html: str, rtl: bool, font: QFont) -> QTextDocument:
        key = (html, rtl, font.toString())
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            text_option = QTextOption()
            text_option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            doc.setDefaultTextOption(text_option)
            # The snippet is the core's escaped text plus <b> tags, never the raw document;
            # its paragraph set right to left, or a leading "…" would land at the left end.
            doc.setHtml(f'<p dir="rtl">{html}</p>' if rtl else html)
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
        """The item background and icon, the title on the first line, the snippet on the second."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(4, 3, -4, -3)
        rtl = bool(index.data(RTL_ROLE))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(group, role)
        line = rect.height() // 2
        painter.save()
        painter.setClipRect(rect)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.drawText(first, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
        second = QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line)
        self._paint_second(painter, index, second, opt, color, rtl)
        painter.restore()

    def _paint_second(
        self,
        painter: QPainter,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRect,
        opt: QStyleOptionViewItem,
        color: QColor,
        rtl: bool,
    ) -> None:
        html = index.data(SNIPPET_ROLE) or ""
        if not html:  # browsing: the file name, quieter
            painter.setFont(opt.font)
            muted = QColor(color)
            muted.setAlphaF(0.65)
            painter.setPen(muted)
            text = QFontMetrics(opt.font).elidedText(
                str(index.data(SECOND_LINE_ROLE) or ""), Qt.TextElideMode.ElideMiddle, rect.width()
            )
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
            return
        doc = self._document(html, rtl, opt.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        height, width = doc.size().height(), doc.idealWidth()
        left = visible_left(width, rect.width(), first_hit_span(doc), rtl)
        start_cut = left < width - rect.width() if rtl else left > 0
        mark = QFontMetrics(opt.font).horizontalAdvance(ELLIPSIS) if start_cut else 0
        top = rect.top() + (rect.height() - height) / 2
        if start_cut:  # the snippet's start is off the cell: say so where it reads from
            painter.setFont(opt.font)
            painter.setPen(color)
            edge = rect.right() - mark if rtl else rect.left()
            painter.drawText(QRectF(edge, top, mark, height), int(Qt.AlignmentFlag.AlignVCenter),
                             ELLIPSIS)  # fmt: skip
        painter.translate(rect.left() - left, top)
        shown = QRectF(left, 0, rect.width(), height)
        context.clip = shown.adjusted(0, 0, -mark, 0) if rtl else shown.adjusted(mark, 0, 0, 0)
        painter.setClipRect(context.clip, Qt.ClipOperation.IntersectClip)  # the mark's room too
        doc.documentLayout().draw(painter, context)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text."""
        base = super().sizeHint(option, index)
        return QSize(base.width(), row_height(option.fontMetrics))


def first_hit_span(doc: QTextDocument) -> tuple[float, float] | None:
    """The x extent, in the laid-out snippet, of its first bold fragment (the first hit)."""
    doc.documentLayout().documentSize()  # laid out first: a line of no layout is no line
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                at = fragment.position() - block.position()
                line = block.layout().lineForTextPosition(at)
                if not line.isValid():
                    return None
                a, b = _cursor_x(line, at), _cursor_x(line, at + fragment.length())
                return min(a, b), max(a, b)
            fragments += 1
        block = block.next()
    return None


def _cursor_x(line: QTextLine, at: int) -> float:
    found: object = line.cursorToX(at)  # PySide6 gives (x, position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def visible_left(width: float, cell: float, hit: tuple[float, float] | None, rtl: bool) -> float:
    """Where, in a snippet ``width`` wide, a ``cell`` wide window starts: at the snippet's
    start (its right edge when right to left), unless that leaves the first hit out; then
    with the hit in view, a third of the cell of words before it."""
    start = max(0.0, width - cell) if rtl else 0.0
    if hit is None or width <= cell or (start <= hit[0] and hit[1] <= start + cell):
        return start
    if rtl:  # the words before the hit are to its right
        return min(start, max(0.0, hit[1] + cell * BEFORE_HIT - cell))
    return max(0.0, min(width - cell, hit[0] - cell * BEFORE_HIT))


def row_height(metrics: QFontMetrics) -> int:
    """The height of a two-line result row."""
    return 2 * metrics.height() + 12
