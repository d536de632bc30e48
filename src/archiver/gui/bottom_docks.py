"""The views docked at the bottom (timeline, commitments, matrix…): a first height of a third of
the window, the height the user gave each one remembered, and the title bar a divider to drag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from archiver.services.settings import Settings

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
FIRST_SHARE = 3  # a view opened for the first time takes a third of the window's height


class BottomDocks(QObject):
    """Adds the bottom views and keeps their heights (the setting window/bottom_docks)."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.heights: dict[str, int] = {
            str(pair[0]): int(pair[1])
            for pair in settings.get("window/bottom_docks")
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], int)
        }
        self._drag: tuple[QDockWidget, float, int] | None = None  # dock, press y, its height

    def add(self, dock: QDockWidget) -> None:
        """Dock a view at the bottom, tabbed with the bottom views there, at its height."""
        others = [
            d for d in self.window.findChildren(QDockWidget) if d is not dock and self.docked(d)
        ]
        self.window.addDockWidget(BOTTOM, dock)
        dock.installEventFilter(self)
        if others:  # a tab beside them: the height they have now stays
            self.window.tabifyDockWidget(others[0], dock)
        else:
            self.window.resizeDocks([dock], [self.first_height(dock)], Qt.Orientation.Vertical)

    def first_height(self, dock: QDockWidget) -> int:
        """The height the user last gave this view, else a third of the window's."""
        return self.heights.get(dock.objectName()) or self.window.height() // FIRST_SHARE

    def docked(self, dock: QDockWidget) -> bool:
        """True when ``dock`` sits in the bottom area (not floating)."""
        return not dock.isFloating() and self.window.dockWidgetArea(dock) == BOTTOM

    def save(self) -> None:
        """Write the heights into the settings (the window does, as it closes)."""
        self.settings.set("window/bottom_docks", sorted([k, v] for k, v in self.heights.items()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember a docked view's height; a drag on its title bar resizes it, never floats it."""
        if not isinstance(watched, QDockWidget) or not self.docked(watched):
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize and self._alone(watched):
            self.heights[watched.objectName()] = watched.height()
        elif isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            if kind == QEvent.Type.MouseButtonPress and self._on_title(watched, event):
                self._drag = (watched, event.globalPosition().y(), watched.height())
                QApplication.setOverrideCursor(QCursor(Qt.CursorShape.SizeVerCursor))
                return True
            if kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
                self._drag = None
                QApplication.restoreOverrideCursor()
                return True
        elif kind == QEvent.Type.MouseMove and self._drag is not None and self._drag[0] is watched:
            assert isinstance(event, QMouseEvent)
            _, pressed_at, height = self._drag
            wanted = round(height - (event.globalPosition().y() - pressed_at))  # up: taller
            self.window.resizeDocks([watched], [max(1, wanted)], Qt.Orientation.Vertical)
            return True
        return False

    def _alone(self, dock: QDockWidget) -> bool:
        """True for a shown view with no tabs beside it (their tab bar takes from its height)."""
        return (
            dock.isVisible()
            and bool(dock.objectName())
            and not self.window.tabifiedDockWidgets(dock)
        )

    @staticmethod
    def _on_title(dock: QDockWidget, event: QMouseEvent) -> bool:
        """True for a press on the title bar (its buttons take their own presses)."""
        body = dock.widget()
        return body is not None and event.position().y() < body.geometry().top()
