"""Fixtures for the annotation GUI: a window with one Arabic article about a ceasefire coalition."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import idle

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


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The article as a UTF-8 text file."""
    path = tmp_path / "coalition-talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def window(composed):  # type: ignore[no-untyped-def]
    """The main window with annotations."""
    return composed[0]


@pytest.fixture
def controller(composed):  # type: ignore[no-untyped-def]
    """The annotation controller installed in the window."""
    return composed[1]


@pytest.fixture
def annotating(qtbot, window, controller, article):  # type: ignore[no-untyped-def]
    """The window with the article imported and dated, annotations ready; returns (window, doc id)."""
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(article)])
    doc_id = reports[0].imported[0].id
    with qtbot.waitSignal(window.session.events.document_updated, timeout=10000):
        window.session.update_document(doc_id, published=DATE)
    qtbot.waitUntil(lambda: controller.ops.ready, timeout=15000)
    idle(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, doc_id
