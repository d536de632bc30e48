"""The main window's menu bar, filled from the action registry (plus Open recent, Language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from archiver.gui.actions import MENUS
from archiver.gui.language_menu import LanguageMenu
from archiver.gui.locale_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

_TITLES = {"File": QT_TRANSLATE_NOOP("menus", "&File"), "Edit": QT_TRANSLATE_NOOP("menus", "&Edit"),
           "Go": QT_TRANSLATE_NOOP("menus", "&Go"), "View": QT_TRANSLATE_NOOP("menus", "&View"),
           "Help": QT_TRANSLATE_NOOP("menus", "&Help")}  # fmt: skip
_SEPARATE_AFTER = {"new_archive", "open_original", "show_history", "show_trash", "back_to_search",
                   "previous_document", "zoom_reset"}  # fmt: skip


def build_menus(window: MainWindow) -> None:
    """One menu per registry menu, in declaration order; Open recent under File, Language
    under View."""
    for name in MENUS:
        menu = window.menuBar().addMenu(QCoreApplication.translate("menus", _TITLES[name]))
        menu.setObjectName(f"menu{name}")
        for action in window.registry.in_menu(name):
            menu.addAction(action)
            if action.objectName() == "new_archive":
                recent = menu.addMenu(QCoreApplication.translate("menus", "Open &recent"))
                recent.setObjectName("menuRecent")
                recent.aboutToShow.connect(lambda m=recent: _fill_recent(window, m))
            if action.objectName() in _SEPARATE_AFTER:
                menu.addSeparator()
        if name == "Edit":  # name the change Ctrl+Z would take back, as the menu opens
            menu.aboutToShow.connect(window.undo_history.refresh_labels)
            menu.setToolTipsVisible(True)  # a greyed Undo says why (History holds older changes)
        if name == "View":
            menu.addSeparator()
            LanguageMenu(window, menu)  # a child of the window


def menu(window: QMainWindow, name: str) -> QMenu:
    """The menu called ``name`` (File, Edit, Go, View, Help)."""
    found = window.menuBar().findChild(QMenu, f"menu{name}")
    assert found is not None, name
    return found


def _fill_recent(window: MainWindow, recent: QMenu) -> None:
    recent.clear()
    current = str(window.session.root) if window.session else ""
    for path in window.settings.get("archive/recent"):
        action = recent.addAction(path)
        action.setEnabled(path != current)
        action.triggered.connect(lambda _c=False, p=path: window.switch_archive(p))
    if recent.isEmpty():
        recent.addAction(QCoreApplication.translate("menus", "(none)")).setEnabled(False)
