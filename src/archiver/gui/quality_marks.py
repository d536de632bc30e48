"""How a document's text quality is shown: the score, and a mark on text that reads poorly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from archiver.core.imports import LOW_QUALITY_BELOW

LOW_COLOR = QColor(200, 60, 20)  # reads on light and dark palettes


def is_low(quality: object) -> bool:
    """True when the extracted text is poor enough to be doubted (the import warned about it)."""
    return isinstance(quality, int | float) and quality < LOW_QUALITY_BELOW


def score_text(quality: object) -> str:
    """The score as the list shows it (two decimals), or nothing when unknown."""
    return QLocale().toString(float(quality), "f", 2) if isinstance(quality, int | float) else ""


def explanation(quality: float) -> str:
    """What a low score means, for a tooltip or the reader's notice."""
    return QCoreApplication.translate(
        "QualityMarks",
        "Low text quality ({0}): the extracted text may be garbled (a scanned or damaged "
        "PDF); compare it with the original file",
    ).format(score_text(quality))


def with_warning(text: str, quality: object) -> str:
    """``text``, followed by the explanation when the score is low."""
    return f"{text}\n{explanation(quality)}" if is_low(quality) else text  # type: ignore[arg-type]


def low_mark(role: int, quality: object, *, with_icon: bool) -> Any:
    """The item data that flags a low score: a warning icon, a warning colour, a tooltip."""
    assert isinstance(quality, int | float)
    if role == Qt.ItemDataRole.DecorationRole and with_icon:
        return warning_icon()
    if role == Qt.ItemDataRole.ForegroundRole and not with_icon:
        return LOW_COLOR
    if role == Qt.ItemDataRole.ToolTipRole and not with_icon:  # the title's tooltip adds it
        return explanation(quality)
    return None


def warning_icon() -> QIcon:
    """The style's warning sign."""
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
