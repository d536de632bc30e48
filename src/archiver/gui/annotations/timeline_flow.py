"""The timeline in the app: the dock fed from the archive, its marks opening quotes, its exports.

The data is a read like the commitments table's (milliseconds); the export's PNG is drawn on
the reads lane, never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.export.timeline import WIDTH, Layout, Tick, Timeline, by_names, layout
from archiver.core.export.timeline_svg import Words, svg
from archiver.gui.annotations.panel import list_separator
from archiver.gui.annotations.pickers import shown_name
from archiver.gui.annotations.terms import category_label, date_text, status_label
from archiver.gui.annotations.timeline_view import TimelineDock
from archiver.gui.language import name_script
from archiver.gui.locale_text import isolate
from archiver.services.operation import Operation

if TYPE_CHECKING:
    from archiver.gui.annotations.controller import AnnotationController

SUGGESTED = {"svg": "timeline.svg", "png": "timeline.png"}


class TimelineFlow(QObject):
    """Owns the timeline dock once it is first shown; follows the controller's archive."""

    exported = Signal(str)  # the path written

    def __init__(self, controller: AnnotationController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.dock: TimelineDock | None = None
        self.chosen = CommitmentFilter()
        self.data: Timeline | None = None
        self._relayout = QTimer(self, singleShot=True, interval=120)
        self._relayout.timeout.connect(self.draw)

    def show(self) -> TimelineDock:
        """Alt+8: the dock, filled, with the keyboard on its marks."""
        if self.dock is None:
            dock = self.dock = TimelineDock(self.controller.host.as_widget())
            dock.filters.changed.connect(self._filter)
            dock.canvas.activated.connect(self.controller.open_commitment)
            dock.export_requested.connect(self.export)
            dock.scroller.viewport().installEventFilter(self)
            self.controller.host.add_bottom_dock(dock)
        ops = self.controller.ops
        if ops is not None:
            self.dock.filters.set_index(self.controller.participant_index(), ops.find_participants)
        self.refresh()
        self.controller._raise(self.dock)
        return self.dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._relayout.start()  # the drawing takes the dock's width
        return False

    def _filter(self, chosen: CommitmentFilter) -> None:
        self.chosen = chosen
        self.refresh()

    def refresh(self) -> None:
        """Read the commitments again (after a change, or another filter) and draw them."""
        ops = self.controller.ops
        self.data = ops.timeline(self.chosen) if ops is not None else Timeline([])
        self.draw()

    def refresh_if_shown(self) -> None:
        """After changes: reload when the dock is open."""
        if self.dock is not None and self.dock.isVisible():
            self.refresh()

    def title(self) -> str:
        """The page's title: what the filter keeps."""
        index, chosen, sep = self.controller._index, self.chosen, list_separator()
        names = [shown_name(index.by_id[a]) for a in chosen.actors if index and a in index.by_id]
        words = [sep.join(names), sep.join(status_label(s) for s in chosen.statuses),
                 sep.join(category_label(c) for c in chosen.categories)]  # fmt: skip
        if chosen.date_from or chosen.date_to:
            words.append(
                f"{date_text(chosen.date_from) or '…'} – {date_text(chosen.date_to) or '…'}"
            )
        if chosen.text.strip():
            words.append(self.tr("“{0}”").format(chosen.text.strip()))
        shown = " · ".join(w for w in words if w)
        return self.tr("Commitments over time") + (f" — {shown}" if shown else "")

    def summary(self, lay: Layout) -> str:
        """The line under the title: how many commitments and participants, which days."""
        tl = lay.timeline
        if not tl.rows and tl.undated:
            return self.tr("No dated commitments to show: %Ln without a statement date.", "",
                           tl.undated)  # fmt: skip
        if not tl.rows:
            return self.tr("No dated commitments to show.")
        words = [self.tr("%Ln commitments", "", tl.commitments),
                 self.tr("%Ln participants", "", len(tl.rows))]  # fmt: skip
        days = [m.mark.day for m in lay.marks]
        if days:
            words.append(f"{date_text(min(days).isoformat())} – {date_text(max(days).isoformat())}")
        if tl.undated:
            words.append(self.tr("%Ln without a statement date not shown", "", tl.undated))
        return " · ".join(words)

    def page(self, width: int) -> tuple[Layout, bytes]:
        """The layout at a width, and its SVG in the interface's language."""
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lay = layout(by_names(self.data or Timeline([]), name_script()), width, mirror=rtl)
        words = Words(status=status_label, category=category_label,
                      day=lambda d: date_text(d.isoformat()), tick=tick_text,
                      names=name_script())  # fmt: skip
        return lay, svg(lay, self.title(), self.summary(lay), words).encode("utf-8")

    def draw(self) -> None:
        """Lay the timeline out to the dock's width and show it."""
        if self.dock is None:
            return
        lay, data = self.page(max(self.dock.viewport_width(), 700))
        self.dock.canvas.show_layout(lay, data)

    def export(self, fmt: str) -> None:
        """Ask for a file, then write the timeline there (the PNG drawn on a worker)."""
        ops = self.controller.ops
        if ops is None:
            return
        path = self.controller.ask_save_path(self.tr("Export timeline"), SUGGESTED[fmt])
        if not path:
            return
        data = self.page(WIDTH)[1]
        self.controller.message(self.tr("Exporting…"), 0)

        def done(written: str) -> None:
            self.controller.message(self.tr("Exported to {0}").format(isolate(written)), 6000)
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            ops.session.events.error.emit(Operation.EXPORT, exc)

        ops.session.lanes.reads.submit(lambda: write(data, fmt, Path(path)), done, failed)


def tick_text(tick: Tick) -> str:
    """An axis date in the locale: a year, a month ("Aug 2025"), or a week's day ("4 Aug")."""
    if tick.day is None:
        return tick.text
    shape = {4: "yyyy", 7: "MMM yyyy"}.get(len(tick.text), "d MMM")
    return QLocale().toString(QDate(tick.day.year, tick.day.month, tick.day.day), shape)


def write(svg_bytes: bytes, fmt: str, target: Path) -> str:
    """Write the SVG, or the PNG drawn from it, under a temporary name first; the path."""
    data = svg_bytes
    if fmt == "png":
        from archiver.render.png import svg_to_png

        data = svg_to_png(svg_bytes)
    part = target.with_name(target.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(target)  # never a half-written file under the chosen name
    except OSError:
        part.unlink(missing_ok=True)
        raise  # worded by gui.errors (no permission, a full disk)
    return str(target)
