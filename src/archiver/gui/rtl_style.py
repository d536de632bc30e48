"""Menus right to left with their shortcuts still read left to right: "Ctrl++", not "++Ctrl"."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

LRM = "\u200e"  # left-to-right mark: a key's trailing "+" or "-" stays after the key


def keys_left_to_right(item_text: str) -> str:
    """A menu item's text ("name\\tkeys") with its keys marked left to right."""
    name, tab, keys = item_text.partition("\t")
    return f"{name}\t{LRM}{keys}{LRM}" if tab and keys else item_text


class KeysLeftToRight(QProxyStyle):
    """The app's style, with menu shortcuts laid out left to right in a mirrored menu."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as the base style does, the shortcut of a menu item marked left to right."""
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(
            option, QStyleOptionMenuItem
        ):
            option = QStyleOptionMenuItem(option)
            option.text = keys_left_to_right(option.text)
        super().drawControl(element, option, painter, widget)
