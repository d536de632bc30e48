"""An SVG document rasterised to PNG bytes by QSvgRenderer onto a QImage, off screen."""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from archiver.core.errors import Invalid

MAX_PIXELS = 40_000_000  # 160 MB of image: a larger page is drawn smaller
MIN_SCALE = 0.5  # below this the text cannot be read: refused instead


def ensure_application() -> QGuiApplication:
    """The running Qt application (the app's), or one on the offscreen platform (the CLI's).

    Text needs one: fonts are found and Arabic is shaped through it.
    """
    found = QGuiApplication.instance()
    if isinstance(found, QGuiApplication):
        return found
    return QGuiApplication([sys.argv[0] if sys.argv else "archiver", "-platform", "offscreen"])


def svg_to_png(svg: bytes, scale: float = 2.0) -> bytes:
    """The SVG drawn at ``scale`` times its size on white, as PNG (smaller when that would pass
    MAX_PIXELS); Invalid when unreadable, or too large even at MIN_SCALE."""
    ensure_application()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise Invalid("the SVG could not be read for the PNG")
    size = renderer.defaultSize()
    area = max(size.width(), 1) * max(size.height(), 1)
    scale = min(scale, math.sqrt(MAX_PIXELS / area))
    width, height = math.floor(size.width() * scale), math.floor(size.height() * scale)
    if width <= 0 or height <= 0 or scale < MIN_SCALE:
        raise Invalid(f"a page of {size.width()}×{size.height()} is too large for a PNG")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, PySide a str
        raise Invalid("the PNG could not be written")
    buffer.close()
    return bytes(data.data())
