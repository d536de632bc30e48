"""Mirrored menus keep their shortcuts readable: "Ctrl++" stays "Ctrl++", not "++Ctrl"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from archiver.gui.rtl_style import LRM, KeysLeftToRight, keys_left_to_right


def test_a_menu_items_keys_are_marked_left_to_right() -> None:
    """Only the part after the tab (the keys) is marked; an item without keys is unchanged."""
    assert keys_left_to_right("تكبير\tCtrl++") == f"تكبير\t{LRM}Ctrl++{LRM}"
    assert keys_left_to_right("اللغة") == "اللغة"
    assert keys_left_to_right("اللغة\t") == "اللغة\t"


def test_a_right_to_left_menu_draws_with_the_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The proxy style draws a mirrored menu with shortcuts (through the base style)."""
    style = KeysLeftToRight()
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.setStyle(style)
    menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    action = menu.addAction("تكبير")
    action.setShortcut(QKeySequence("Ctrl++"))
    image = menu.grab().toImage()
    assert image.width() > 0 and image.height() > 0
