"""The app's fonts: a Naskh face for Arabic text when one is installed, DejaVu Sans otherwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED = ("Amiri", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans")
READER_POINT_SIZE = 13


def _fonts_dir() -> Path:
    """resources/fonts of the checkout, else the package's own copy (the PyInstaller bundle's)."""
    here = Path(__file__).resolve()
    checkout = here.parents[3] / "resources" / "fonts"
    return checkout if checkout.is_dir() else here.parents[1] / "resources" / "fonts"


FONTS_DIR = _fonts_dir()


def load_bundled(folder: Path = FONTS_DIR) -> list[str]:
    """Register the fonts shipped in resources/fonts; returns the families they add."""
    families: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def text_family() -> str:
    """The first preferred family the system has (Qt falls back if none is there)."""
    available = set(QFontDatabase.families())
    return next((name for name in PREFERRED if name in available), PREFERRED[-1])


def reader_font(zoom: int = 0) -> QFont:
    """The reader's font at a comfortable size, plus ``zoom`` points."""
    font = QFont(text_family())
    font.setPointSize(max(6, READER_POINT_SIZE + zoom))
    return font


def list_font(base: QFont) -> QFont:
    """The result list's font: the text family at the widget's own size."""
    font = QFont(base)
    font.setFamilies([text_family(), *base.families()])
    return font
