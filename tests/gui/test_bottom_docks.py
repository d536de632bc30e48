"""The views docked at the bottom: a third of the window at first, their own height remembered,
and a drag on the title bar resizes them instead of tearing them off into a floating window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget

from archiver.gui.bottom_docks import BottomDocks
from archiver.gui.mainwindow import MainWindow
from archiver.services.settings import Settings


def _mouse(dock: QDockWidget, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(at), QPointF(dock.mapToGlobal(at)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(dock, event)


def _drag_title(qtbot, dock: QDockWidget, dy: int) -> None:  # type: ignore[no-untyped-def]
    start = QPoint(dock.width() // 2, 4)  # on the title bar, away from its buttons
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(dock, QEvent.Type.MouseButtonPress, start, left)
    for step in (dy // 4, dy // 2, dy):
        _mouse(dock, QEvent.Type.MouseMove, start + QPoint(0, step), left)
        qtbot.wait(20)
    _mouse(dock, QEvent.Type.MouseButtonRelease, start + QPoint(0, dy), none)
    qtbot.wait(20)


def test_a_bottom_view_opens_at_a_third_and_keeps_the_height_it_is_dragged_to(
    qtbot, composed, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    window, controller = composed
    window.resize(1200, 900)
    qtbot.waitExposed(window)
    dock = controller.show_commitments()
    qtbot.waitUntil(lambda: dock.isVisible())
    qtbot.wait(50)
    assert abs(dock.height() - window.height() // 3) < 40, (dock.height(), window.height())
    before = dock.height()
    _drag_title(qtbot, dock, -80)  # the title bar up: a taller view
    assert not dock.isFloating()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock.height() > before + 40, (before, dock.height())
    dragged = dock.height()
    timeline = controller.timeline.show()  # a tab beside it: the height chosen stays
    qtbot.waitUntil(lambda: timeline.isVisible())
    assert window.tabifiedDockWidgets(timeline) == [dock]
    assert dragged - 40 < timeline.height() <= dragged  # less only the tab bar's height
    window.close()
    again = BottomDocks(MainWindow(settings), settings)
    assert abs(again.first_height(dock) - dragged) <= 2  # the next window opens it at that height
