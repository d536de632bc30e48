"""Fixtures for the annotation GUI: a window with one Arabic article about a ceasefire coalition."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

# Our own short article in the manner of a news report (not the sample's text).
ARTICLE = (
    "محادثات جديدة حول ضمانات وقف النار في أوكرانيا\n"
    "\n"
    "تقود فرنسا وبريطانيا المحادثات الجارية بشأن الضمانات الأمنية لكييف.\n"
    "أعلنت فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف إطلاق النار.\n"
    "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي إلى كييف.\n"
    "وأبدت فنلندا وبولندا اهتماماً بالمشاركة في قوة لحفظ السلام دون التزام رسمي.\n"
    "أما اليابان فأعلنت دعمها بصورة غير رسمية.\n"
)
DATE = "2025-07-09"


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
    """Wait until the serial lane is empty and its results were delivered."""
    qtbot.waitUntil(lambda: not window.session.lanes.serial.busy, timeout=15000)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The article as a UTF-8 text file."""
    path = tmp_path / "coalition-talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def annotating(qtbot, window, article):  # type: ignore[no-untyped-def]
    """The window with the article imported and dated, annotations ready; returns (window, doc id)."""
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(article)])
    doc_id = reports[0].imported[0].id
    with qtbot.waitSignal(window.session.events.document_updated, timeout=10000):
        window.session.update_document(doc_id, published=DATE)
    qtbot.waitUntil(lambda: window.annotations.ops.ready, timeout=15000)
    idle(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, doc_id
