"""``archiver gui --smoke``: open the window, paint it once, say what it shows, and quit.

For checking an installed copy or a bundle without a person in front of it (offscreen too):
the exit code is 0 when the window painted something, 1 when it painted nothing.
"""

from __future__ import annotations

import sys
from typing import TextIO

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow


def schedule(app: QApplication, window: QMainWindow, out: TextIO = sys.stdout) -> None:
    """Once the event loop runs (the window shown): paint, report on ``out``, close, exit."""
    QTimer.singleShot(0, lambda: _finish(app, window, out))


def report(window: QMainWindow) -> tuple[bool, list[str]]:
    """Paint the window into an image; whether it painted, and the lines that say what it shows."""
    image = window.grab().toImage()
    painted = _colours(image) > 1
    direction = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    menus = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    return painted, [
        f"window: {window.windowTitle()!r}, {image.width()}x{image.height()},"
        f" {'painted' if painted else 'NOT painted'}",
        f"layout: {'right-to-left' if direction else 'left-to-right'}",
        f"menus: {' | '.join(menus)}",
        # A standard button's word from Qt's own translation (qtbase_<lang>.qm), when one loaded.
        f"qt buttons: {QCoreApplication.translate('QPlatformTheme', 'Cancel')}",
    ]


def _colours(image: QImage, step: int = 7) -> int:
    """How many distinct colours a grid of the image's pixels holds (1: nothing was painted)."""
    seen = {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}  # fmt: skip
    return len(seen)


def _finish(app: QApplication, window: QMainWindow, out: TextIO) -> None:
    painted, lines = report(window)
    for line in lines:
        print(f"smoke: {line}", file=out, flush=True)
    window.close()
    app.exit(0 if painted else 1)
