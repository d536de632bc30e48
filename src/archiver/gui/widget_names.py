"""Object names: how tests, style sheets and saved layouts find a widget."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

QObj = TypeVar("QObj", bound=QObject)


def named(obj: QObj, name: str) -> QObj:
    """``obj`` with its objectName set (a typed stand-in for Qt's ``objectName=`` keyword)."""
    obj.setObjectName(name)
    return obj
