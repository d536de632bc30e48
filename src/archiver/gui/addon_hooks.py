"""The part of the main window that add-ons plug into: actions, docks, menus, the reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from archiver.gui import language, windowmenus
from archiver.gui.actions import ActionRegistry, Spec
from archiver.gui.bottom_docks import BottomDocks
from archiver.gui.reader import Reader


class AddonHooks(QMainWindow):
    """Public hooks over the window's parts (gui/annotations/host.py names those the panel uses)."""

    registry: ActionRegistry  # set by the window as it builds
    reader: Reader
    bottom_docks: BottomDocks

    def as_widget(self) -> QWidget:
        """The window itself, as the parent of an add-on's dialogs and docks."""
        return self

    def add_action(self, spec: Spec, handler: Callable[[], object]) -> QAction:
        """Register a window-wide action (the user's key overrides apply)."""
        return self.registry.add(spec, handler)

    def note_keys(self, specs: Iterable[Spec]) -> None:
        """List keys an add-on's widgets handle themselves in F1 (no action is made)."""
        for spec in specs:
            self.registry.note(spec)

    def add_menu(self, menu: QMenu) -> None:
        """Put an add-on's menu in the menu bar, before Help."""
        help_menu = windowmenus.menu(self, "Help")
        self.menuBar().insertMenu(help_menu.menuAction(), menu)

    def add_bottom_dock(self, dock: QDockWidget) -> None:
        """Dock a view at the bottom, tabbed with the bottom docks already there, at its height."""
        self.bottom_docks.add(dock)

    def show_message(self, text: str, ms: int = 5000) -> None:
        """A passing line in the status bar (the counts on its right stay)."""
        self.statusBar().showMessage(text, ms)

    def document_text(self) -> str:
        """The text of the document in the reader ('' when none)."""
        return self.reader.doc.text if self.reader.doc is not None else ""

    def when_text_laid_out(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the reader has laid out the whole text shown now."""
        self.reader.when_laid_out(work)

    def selection_span(self) -> tuple[int, int] | None:
        """The reader's selection as code-point offsets."""
        return self.reader.selection_span()

    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) in the reader."""
        self.reader.select_span(start, end)

    def set_marks(self, marks: Iterable[tuple[int, int, QColor | str]]) -> None:
        """Underline passages of the open document in their colours."""
        self.reader.set_marks(marks)

    def add_side_dock(self, dock: QDockWidget, shortcut_key: str) -> QAction:
        """Dock a panel at the end of a line (right in English, left in Arabic); ``shortcut_key`` shows and focuses it (a View menu entry)."""
        if not dock.objectName():
            dock.setObjectName(f"dock_{len(self.findChildren(QDockWidget))}")
        self.addDockWidget(language.dock_area(start=False), dock)
        spec = Spec(
            f"focus_{dock.objectName()}",
            dock.windowTitle() or dock.objectName(),
            (shortcut_key,),
            "View",
        )
        action = self.registry.add(spec, lambda: self._focus_dock(dock))
        windowmenus.menu(self, "View").addAction(action)
        return action

    def _focus_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        (dock.widget() or dock).setFocus(Qt.FocusReason.ShortcutFocusReason)
