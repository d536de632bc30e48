"""Colours of commitment statuses and participants, chosen to read on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor

from archiver.core.annotations.status_colors import status_hex  # the one table of them

_PARTICIPANT_HUES = (
    "#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#65a30d", "#e11d48",
    "#9333ea", "#0d9488",
)  # fmt: skip


MEMO_COLOR = "#ca8a04"  # a quote with a memo: the amber of a sticky note


def status_color(status: str) -> QColor:
    """The chip colour of a commitment status (grey when unknown)."""
    return QColor(status_hex(status))


def participant_color(pid: int, chosen: str = "") -> QColor:
    """The participant's own colour, else a stable one picked from its id."""
    color = QColor(chosen) if chosen else QColor()
    return color if color.isValid() else QColor(_PARTICIPANT_HUES[pid % len(_PARTICIPANT_HUES)])


def wash(color: QColor, alpha: int = 70) -> QColor:
    """A translucent version for cell backgrounds (the text keeps the palette's colour)."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out
