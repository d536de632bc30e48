"""Counted phrases ("1 document", "9,958 documents") that translators can still override."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(n: int, one: str, many: str) -> str:
    """``one``/``many`` contain {0}; a translation of ``many`` with %n takes over plural rules."""
    translated = QCoreApplication.translate("plural", many, "", n)
    if translated != many:
        return translated.replace("%n", f"{n:,}")
    return (one if n == 1 else many).format(f"{n:,}")
