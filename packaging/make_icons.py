"""The PNG sizes of the SVG icon, in the hicolor layout a desktop looks in (run at build time).

python packaging/make_icons.py OUT_DIR    ->  OUT_DIR/hicolor/<N>x<N>/apps/<app id>.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> None:
    """Render every size (Qt's SVG renderer, offscreen), and copy the SVG beside them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from archiver import APP_ID
    from archiver.core.resources import resource_path

    _app = QGuiApplication([])
    svg = resource_path(f"icons/{APP_ID}.svg")
    renderer = QSvgRenderer(str(svg))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(svg.read_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
