"""The timeline dock: the filter bar, the drawing (the SVG the export writes), marks by keyboard.

The canvas paints the very SVG that ``export timeline`` writes (through QSvgRenderer) and
keeps the layout's mark positions to find the mark under the mouse and to move between
marks with the arrows: Left/Right along a row, Up/Down to the nearest mark of the next row,
Home/End to a row's ends; Enter or a click opens the mark's quote.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.names import first_name
from archiver.core.export.timeline import RADIUS, Layout, PlacedMark
from archiver.gui.actions import Spec
from archiver.gui.annotations.commitment_filters import CommitmentFilterBar
from archiver.gui.annotations.terms import date_text, embed, line, status_label
from archiver.gui.language import name_script
from archiver.gui.locale_text import QT_TRANSLATE_NOOP
from archiver.gui.widget_names import named

K = Qt.Key
KEYS = tuple(Spec(f"timeline_{i}", text, keys, "Timeline") for i, text, keys in (
    ("along", QT_TRANSLATE_NOOP("actions", "The previous or next mark of the row"),
     ("Left", "Right")),
    ("rows", QT_TRANSLATE_NOOP("actions", "The nearest mark of the row above or below"),
     ("Up", "Down")),
    ("ends", QT_TRANSLATE_NOOP("actions", "The first or last mark of the row"), ("Home", "End")),
    ("open", QT_TRANSLATE_NOOP("actions", "Open the mark's quote in the reader (a click too)"),
     ("Return",)),
))  # fmt: skip


def describe(p: PlacedMark, row_name: str) -> str:
    """One line about a mark: who, when, status, what."""
    m, translate = p.mark, QCoreApplication.translate
    target = translate("Timeline", " → {0}", "until the target date").format(
        date_text(m.target.isoformat())) if m.target else ""  # fmt: skip
    said = translate("Timeline", "{0}: {1}{2} · {3} · {4}", "who: when · status · what")
    return line(said.format(embed(row_name), date_text(m.day.isoformat()), target,
                            status_label(m.status), m.label))  # fmt: skip


class TimelineCanvas(QWidget):
    """The drawing at its natural size, a focus ring on the current mark."""

    activated = Signal(int)  # commitment id
    current_changed = Signal(str)  # the current mark, described ('' when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.renderer = QSvgRenderer(self)
        self.layout_: Layout | None = None
        self.current = -1  # index into layout_.marks

    def show_layout(self, lay: Layout, svg: bytes) -> None:
        """Draw this layout (its SVG); the current mark stays on the same commitment."""
        keep = self.current_mark()
        self.layout_ = lay
        self.renderer.load(QByteArray(svg))
        self.setFixedSize(lay.width, lay.height)
        found = [i for i, p in enumerate(lay.marks) if keep and _same(p, keep)]
        self._set_current(found[0] if found else (0 if lay.marks else -1))
        self.update()

    def current_mark(self) -> PlacedMark | None:
        """The mark the keys act on."""
        marks = self.layout_.marks if self.layout_ else []
        return marks[self.current] if 0 <= self.current < len(marks) else None

    def _set_current(self, index: int) -> None:
        self.current = index
        mark = self.current_mark()
        text = describe(mark, self._row_name(mark)) if mark else ""
        self.setAccessibleDescription(text)
        self.current_changed.emit(text)
        parent = self.parentWidget()
        scroller = parent.parentWidget() if parent else None
        if mark and isinstance(scroller, QScrollArea):
            scroller.ensureVisible(int(mark.x), int(mark.y), 60, 30)
        self.update()

    def _row_name(self, mark: PlacedMark) -> str:
        assert self.layout_ is not None
        row = self.layout_.rows[mark.row].row
        return first_name(name_script(), row.name, row.name_ar, row.name_en)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(0, 0, self.width(), self.height()))
        mark = self.current_mark()
        if mark is not None:
            color = self.palette().highlight().color() if self.hasFocus() else QColor("#9ca3af")
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(mark.x, mark.y), RADIUS + 4, RADIUS + 4)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mark_at(self, point: QPointF) -> int:
        """The index of the mark under a point (its dot or its label), or -1."""
        marks = self.layout_.marks if self.layout_ else []
        for i, p in enumerate(marks):
            dx, dy = point.x() - p.x, point.y() - p.y
            on_dot = dx * dx + dy * dy <= (RADIUS + 4) ** 2
            left, right = p.label_span()
            on_label = left <= point.x() <= right and abs(dy) <= 8
            if on_dot or on_label:
                return i
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.mark_at(event.position())
        if index < 0:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_current(index)
        self.activated.emit(self.layout_.marks[index].mark.commitment_id)  # type: ignore[union-attr]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.mark_at(QPointF(event.pos()))
            if index >= 0 and self.layout_ is not None:
                p = self.layout_.marks[index]
                quote = self.tr("“{0}”").format(p.mark.quote) if p.mark.quote else ""
                tip = describe(p, self._row_name(p)) + (f"\n{quote}" if quote else "")
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark, key = self.current_mark(), event.key()
        if mark is None or self.layout_ is None:
            super().keyPressEvent(event)
            return
        if key in (K.Key_Return, K.Key_Enter):
            self.activated.emit(mark.mark.commitment_id)
            return
        target = self._step(mark, key)
        if target is None:
            super().keyPressEvent(event)
            return
        self._set_current(target)

    def _step(self, mark: PlacedMark, key: int) -> int | None:
        """The index the key moves to (the same one at an edge); None for other keys."""
        assert self.layout_ is not None
        marks = self.layout_.marks
        same = sorted((i for i, p in enumerate(marks) if p.row == mark.row),
                      key=lambda i: (marks[i].x, marks[i].y))  # fmt: skip
        here = same.index(self.current)
        if key in (K.Key_Left, K.Key_Right):
            return same[max(0, min(len(same) - 1, here + (1 if key == K.Key_Right else -1)))]
        if key in (K.Key_Home, K.Key_End):  # the row's start: its right end when mirrored
            start = key == K.Key_Home
            return same[0 if start != self.layout_.mirrored else -1]
        if key in (K.Key_Up, K.Key_Down):
            row = mark.row + (1 if key == K.Key_Down else -1)
            others = [i for i, p in enumerate(marks) if p.row == row]
            if not others:
                return self.current
            return min(others, key=lambda i: (abs(marks[i].x - mark.x), marks[i].y))
        return None


def _same(p: PlacedMark, other: PlacedMark) -> bool:
    return p.mark.commitment_id == other.mark.commitment_id and p.row == other.row


class TimelineDock(QDockWidget):
    """Filters above; the drawing (with its own summary line) in a scroll area; export buttons;
    the current mark said below."""

    export_requested = Signal(str)  # 'svg' or 'png'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Timeline"), parent)
        self.setObjectName("timelineDock")
        self.filters = CommitmentFilterBar("timeline", self)
        self.canvas = TimelineCanvas()
        self.scroller = named(QScrollArea(), "timelineScroller")
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(False)
        self.scroller.setFocusProxy(self.canvas)
        self.said = named(QLabel(), "timelineCurrent")
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.canvas.current_changed.connect(self.said.setText)
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        for fmt, text in (("svg", self.tr("Export SVG…")), ("png", self.tr("Export PNG…"))):
            button = named(QToolButton(), f"timelineExport{fmt.upper()}")
            button.setText(text)
            button.clicked.connect(lambda _c=False, f=fmt: self.export_requested.emit(f))
            bar.addWidget(button)
        body = named(QWidget(), "timelineBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.said)
        body.setFocusProxy(self.canvas)
        self.setWidget(body)

    def viewport_width(self) -> int:
        """The width the drawing may take without a horizontal scroll bar."""
        return self.scroller.viewport().width() - 2
