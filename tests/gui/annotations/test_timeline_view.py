"""The timeline dock (Alt+8): filters, marks by keyboard and mouse opening quotes, exports;
and the commitments table's Action and Quote columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QToolButton

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def pid_of(window, name: str) -> int:  # type: ignore[no-untyped-def]
    return window.session.reader.annotations.participants.resolve(name).id


@pytest.fixture
def coded(qtbot, annotating):  # type: ignore[no-untyped-def]
    """Three commitments: France+Australia offered, France pledged until December, US suspended."""
    window, doc = annotating
    ops = controller_of(window).ops
    text = window.session.document(doc).text

    def quote(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    france, australia, us = (pid_of(window, n) for n in ("France", "Australia", "US"))
    ops.add_commitment(doc, {"actors": [france, australia], "category": "monitoring",
                             "status": "offered", "what": "مراقبة وقف إطلاق النار",
                             "quote": quote("فرنسا وأستراليا")})  # fmt: skip
    ops.add_commitment(doc, {"actors": [france], "category": "diplomatic", "status": "pledged",
                             "what": "المحادثات", "statement_date": "2025-08-01",
                             "target_date": "2025-12", "quote": quote("تقود فرنسا")})  # fmt: skip
    ops.add_commitment(doc, {"actors": [us], "category": "military", "status": "suspended",
                             "what": "شحنات صواريخ", "statement_date": "2025-09-01",
                             "quote": quote("شحنات صواريخ الدفاع الجوي")})  # fmt: skip
    idle(qtbot, window)
    return window, doc


def rows_of(dock) -> list[str]:  # type: ignore[no-untyped-def]
    return [band.row.name for band in dock.canvas.layout_.rows]


def test_marks_by_keyboard_open_their_quotes(qtbot, coded):
    window, doc = coded
    press(qtbot, K.Key_8, ALT)
    dock = controller_of(window).timeline.dock
    assert dock is not None and dock.isVisible()
    assert QApplication.focusWidget() is dock.canvas
    assert rows_of(dock) == ["Australia", "France", "United States"]
    assert dock.canvas.current_mark().mark.label == "مراقبة وقف إطلاق النار"
    press(qtbot, K.Key_Down)  # France, its July mark (the nearest)
    press(qtbot, K.Key_Right)  # France, August, pledged until December
    mark = dock.canvas.current_mark()
    assert (mark.mark.status, mark.target_x is not None) == ("pledged", True)
    assert "France: 2025-08-01 → 2025-12-01 · pledged" in dock.said.text()
    press(qtbot, K.Key_Right)  # the row's end: it stays
    assert dock.canvas.current_mark() is mark
    press(qtbot, K.Key_Return)
    assert window.current_document_id() == doc
    assert window.reader.selected_text() == "تقود فرنسا"
    dock.canvas.setFocus()
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Enter)
    assert window.reader.selected_text() == "شحنات صواريخ الدفاع الجوي"


def test_a_click_opens_the_mark_and_the_filters_are_the_tables(qtbot, coded):
    window, _doc = coded
    dock = controller_of(window).timeline.show()
    suspended = next(p for p in dock.canvas.layout_.marks if p.mark.status == "suspended")
    qtbot.mouseClick(
        dock.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(suspended.x), int(suspended.y))
    )
    assert window.reader.selected_text() == "شحنات صواريخ الدفاع الجوي"
    dock.filters.status.setCurrentIndex(dock.filters.status.findData("pledged"))
    assert rows_of(dock) == ["France"]
    dock.filters.status.setCurrentIndex(0)
    dock.filters.actor.setFocus()
    type_text(dock.filters.actor, "أستراليا")
    dock.filters.apply()
    assert rows_of(dock) == ["Australia"]
    dock.filters.actor.clear()
    type_text(dock.filters.text, "صواريخ")
    dock.filters.apply()
    assert rows_of(dock) == ["United States"]
    dock.filters.text.clear()
    dock.filters.actor.setText("Atlantis")  # nobody: nothing, rather than everything
    dock.filters.apply()
    assert rows_of(dock) == [] and dock.said.text() == ""


def test_a_change_redraws_the_open_timeline(qtbot, coded):
    window, _doc = coded
    controller = controller_of(window)
    dock = controller.timeline.show()
    assert len(dock.canvas.layout_.marks) == 4  # France and Australia share one
    us = next(p for p in dock.canvas.layout_.marks if p.mark.status == "suspended")
    controller.ops.delete_commitment(us.mark.commitment_id, _doc)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: len(dock.canvas.layout_.marks) == 3, timeout=5000)


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_export_from_the_app(qtbot, coded, tmp_path: Path, fmt: str):
    window, _doc = coded
    controller = controller_of(window)
    dock = controller.timeline.show()
    target = tmp_path / f"out.{fmt}"
    controller.ask_save_path = lambda _title, _suggested: str(target)
    button = dock.findChild(QToolButton, f"timelineExport{fmt.upper()}")
    with qtbot.waitSignal(controller.timeline.exported, timeout=15000) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert written.args == [str(target)]
    data = target.read_bytes()
    if fmt == "svg":
        assert data.startswith(b"<svg") and "فرنسا".encode() in data
    else:
        image = QImage.fromData(data)
        assert image.width() == 2200 and image.height() > 300


def test_the_commitments_table_has_action_and_quote_columns(qtbot, coded):
    window, _doc = coded
    press(qtbot, K.Key_5, ALT)
    model = controller_of(window).table_dock.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[4:7] == ["Action", "What", "Quote"]
    row = next(r for r in range(model.rowCount()) if model.commitment(r).status == "suspended")
    assert model.index(row, 4).data() == "suspend"
    assert model.index(row, 6).data() == "شحنات صواريخ الدفاع الجوي"


def test_f1_lists_the_timelines_keys(coded):
    window, _doc = coded
    from archiver.gui.shortcuts_sheet import ShortcutsSheet

    page = ShortcutsSheet(window.registry, window).sheet_html(window.registry)
    assert "<h3>Timeline</h3>" in page and "The nearest mark of the row above or below" in page
    assert "Alt+8" in page


def test_in_arabic_the_timeline_is_mirrored_and_names_rows_in_arabic(qtbot, arabic, coded):
    window, _doc = coded
    press(qtbot, K.Key_8, ALT)
    dock = controller_of(window).timeline.dock
    lay = dock.canvas.layout_
    assert lay.mirrored
    france = next(p for p in lay.marks if p.mark.label == "المحادثات")
    july = next(p for p in lay.marks if p.row == france.row and p.mark.label != "المحادثات")
    assert july.x > france.x  # July right of August: time runs leftwards
    dock.canvas.setFocus()
    dock.canvas._set_current(lay.marks.index(france))
    press(qtbot, K.Key_Home)  # the row's start, on the right: its oldest mark
    assert dock.canvas.current_mark() is july
    press(qtbot, K.Key_Left)  # leftwards: the later mark
    assert dock.canvas.current_mark() is france
    assert "فرنسا" in dock.said.text() and "France" not in dock.said.text()
