"""Keyboard helpers for the annotation GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from archiver.gui.annotations.controller import AnnotationController


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key on whatever widget has the focus now."""
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


def idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait until the serial lane is empty and its results were delivered, and the reads
    they started (the browse list, the counts) were shown."""
    lanes = window.session.lanes
    qtbot.waitUntil(lambda: not lanes.serial.busy, timeout=15000)
    qtbot.waitUntil(lambda: window.model.pending is None and not lanes.reads.busy, timeout=15000)


def controller_of(window) -> AnnotationController:  # type: ignore[no-untyped-def]
    """The annotation controller the app installed in ``window`` (a child of the window)."""
    found = window.findChild(AnnotationController)
    assert found is not None, "no annotation panel installed"
    return found
