"""The icon's raster forms, made from the SVG at build time (Qt's SVG renderer, offscreen).

python packaging/make_icons.py OUT_DIR   ->  OUT_DIR/hicolor/<N>x<N>/apps/<app id>.png (+ the SVG)
python packaging/make_icons.py --ico FILE    a Windows .ico (16 to 256 px, PNG entries)
python packaging/make_icons.py --icns FILE   a macOS .icns (16 to 1024 px, PNG entries)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # fmt: skip


def render_png(size: int) -> bytes:
    """The icon drawn at ``size`` pixels square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from archiver import APP_ID
    from archiver.core.resources import resource_path

    if QGuiApplication.instance() is None:
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(resource_path(f"icons/{APP_ID}.svg"))).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def hicolor(out: Path) -> None:
    """Every size in the hicolor layout, and the SVG beside them."""
    from archiver import APP_ID
    from archiver.core.resources import resource_path

    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(render_png(size))
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    svg = resource_path(f"icons/{APP_ID}.svg")
    (scalable / f"{APP_ID}.svg").write_bytes(svg.read_bytes())


def ico(target: Path) -> None:
    """A Windows icon file: a directory of PNG images (Windows Vista and later read them)."""
    images = [(size, render_png(size)) for size in ICO_SIZES]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, png in images:
        side = size if size < 256 else 0  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    target.write_bytes(header + entries + b"".join(png for _, png in images))


def icns(target: Path) -> None:
    """A macOS icon file: one PNG element per size."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        png = render_png(size)
        body += kind + struct.pack(">I", 8 + len(png)) + png
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if sys.argv[1] == "--ico":
        ico(Path(sys.argv[2]))
    elif sys.argv[1] == "--icns":
        icns(Path(sys.argv[2]))
    else:
        hicolor(Path(sys.argv[1]))
