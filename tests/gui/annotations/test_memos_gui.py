"""Memos in the app, by keyboard: on the reader's selection or the document (Ctrl+Shift+M), on a
participant or commitment (m in the panel), shown in the reader and the panel, and the memo
browser (Alt+9: filter, Enter opens the quote, e edits, Delete deletes, Ctrl+Z undoes)."""

from __future__ import annotations

import pytest
from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archiver.core.annotations.model import MemoTarget
from archiver.gui.annotations.colors import MEMO_COLOR
from archiver.gui.memos.flow import MemoFlow
from archiver.services.operation import Operation

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key


def flow_of(window) -> MemoFlow:  # type: ignore[no-untyped-def]
    found = window.findChild(MemoFlow)
    assert found is not None, "no memo flow installed"
    return found


def memos_of(window):  # type: ignore[no-untyped-def]
    return window.session.reader.memos.all()


def open_memo_dialog(qtbot, window, *keys):  # type: ignore[no-untyped-def]
    flow = flow_of(window)
    if not window.isActiveWindow():  # a dialog closed a moment ago
        with qtbot.waitActive(window):
            window.activateWindow()
    press(qtbot, *keys)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=3000)
    dialog = flow.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is dialog.editor
    return dialog


def test_a_memo_on_the_selection_then_on_the_document(qtbot, annotating):
    window, doc = annotating
    window.open_document(doc)
    text = window.session.document(doc).text
    start = text.index("فرنسا وأستراليا")
    window.reader.view.setFocus()
    window.reader.select_span(start - 1, start + 16)  # a space at each end: not part of it
    dialog = open_memo_dialog(qtbot, window, K.Key_M, CTRL | SHIFT)
    assert "فرنسا وأستراليا" in dialog.quote.text()
    type_text(dialog.editor, "من يقود المراقبة؟")
    press(qtbot, K.Key_Return, SHIFT)  # a new line, not saved yet
    type_text(dialog.editor, "Check the July statement.")
    assert dialog.isVisible()
    press(qtbot, K.Key_Return)  # Enter saves
    idle(qtbot, window)
    (memo,) = memos_of(window)
    assert memo.text == "من يقود المراقبة؟\nCheck the July statement."
    assert (memo.kind, memo.start, memo.end, memo.quote) == ("quote", start, start + 15,
                                                            "فرنسا وأستراليا")  # fmt: skip
    controller = controller_of(window)
    qtbot.waitUntil(lambda: "1 on quotes" in controller.panel.memo_line.text(), timeout=3000)
    marks = [(s, e) for s, e, c in _marks(window) if c == MEMO_COLOR]
    assert marks == [(start, start + 15)]

    window.reader.view.setFocus()
    window.reader.view.moveCursor(window.reader.view.textCursor().MoveOperation.Start)
    dialog = open_memo_dialog(qtbot, window, K.Key_M, CTRL | SHIFT)
    assert not dialog.quote.isVisible() and str(doc) in dialog.where.text()
    press(qtbot, K.Key_Return)  # nothing typed: nothing saved, the dialog stays
    assert dialog.isVisible()
    type_text(dialog.editor, "مقال مهم")
    press(qtbot, K.Key_Return, CTRL)  # Ctrl+Enter saves too
    idle(qtbot, window)
    assert {m.kind for m in memos_of(window)} == {"quote", "document"}
    qtbot.waitUntil(
        lambda: "✎ 1 on the document" in controller.panel.memo_line.text(), timeout=3000
    )


def _marks(window) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    reader = window.reader
    found = []
    for sel in reader._marks:
        color = sel.format.underlineColor().name()
        start = reader._map.to_cp(sel.cursor.selectionStart())
        found.append((start, reader._map.to_cp(sel.cursor.selectionEnd()), color))
    return found


def test_m_in_the_panel_writes_on_the_participant_or_commitment(qtbot, annotating):
    window, doc = annotating
    controller = controller_of(window)
    controller.ops.confirm_all(doc)
    france = window.session.reader.annotations.participants.resolve("France").id
    text = window.session.document(doc).text
    start = text.index("استعدادها")
    controller.ops.add_commitment(doc, {"actors": [france], "category": "monitoring",
                                        "status": "offered", "quote": (start, start + 9)})  # fmt: skip
    idle(qtbot, window)
    window.open_document(doc)
    panel = controller.panel
    panel.participants_view.setFocus()
    row = next(i for i, p in enumerate(panel.participants.rows) if p.participant_id == france)
    panel.participants_view.select_row(row)
    dialog = open_memo_dialog(qtbot, window, K.Key_M)
    assert "France" in dialog.where.text()
    type_text(dialog.editor, "تقود التحالف")
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    panel.commitments_view.setFocus()
    panel.commitments_view.select_row(0)
    dialog = open_memo_dialog(qtbot, window, K.Key_M, CTRL | SHIFT)  # the same from the window key
    assert "استعدادها" in dialog.quote.text()
    type_text(dialog.editor, "offer, not pledge")
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    kinds = {m.kind: m for m in memos_of(window)}
    assert (
        kinds["participant"].participant_id == france
        and kinds["participant"].text == "تقود التحالف"
    )
    assert kinds["commitment"].document_id == doc
    qtbot.waitUntil(lambda: "✎1" in [panel.participants.data(panel.participants.index(row, 4))],
                    timeout=3000)  # fmt: skip
    assert panel.commitments.data(panel.commitments.index(0, 4)) == "✎1"


@pytest.fixture
def noted(qtbot, annotating):  # type: ignore[no-untyped-def]
    """Three memos: one on a quote by Salma, one on the document, one on a participant."""
    window, doc = annotating
    ops = flow_of(window).ops
    assert ops is not None
    start = window.session.document(doc).text.index("الولايات المتحدة")
    on_quote = MemoTarget.on_quote(doc, start, start + 16)
    ops.ops.write(Operation.ADD_MEMO,
                  lambda a: a.memos.add(on_quote, "صواريخ الدفاع", author="Salma"))  # fmt: skip
    ops.add(MemoTarget.on_document(doc), "whole article: July talks")
    japan = window.session.reader.annotations.participants.resolve("Japan").id
    ops.add(MemoTarget.on_participant(japan), "informal support only")
    idle(qtbot, window)
    return window, doc, (start, start + 16)


def test_the_browser_filters_opens_edits_and_deletes_by_keyboard(qtbot, noted):
    window, doc, span = noted
    window.reader.view.setFocus()
    press(qtbot, K.Key_9, ALT)
    browser = flow_of(window).browser
    assert browser is not None and browser.isVisible()
    assert QApplication.focusWidget() is browser.text
    assert browser.model.rowCount() == 3 and "3 memos" in browser.count.text()
    type_text(browser.text, "الدفاع")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=3000)
    press(qtbot, K.Key_Down)
    assert QApplication.focusWidget() is browser.table
    window.open_document(doc)  # elsewhere first: Enter must bring the quote back
    window.reader.view.moveCursor(window.reader.view.textCursor().MoveOperation.Start)
    browser.table.setFocus()
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.reader.selection_span() == span, timeout=3000)

    browser.table.setFocus()
    press(qtbot, K.Key_E)
    flow = flow_of(window)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=3000)
    flow.dialog.activateWindow()
    qtbot.waitUntil(flow.dialog.isActiveWindow, timeout=3000)
    assert flow.dialog.editor.toPlainText() == "صواريخ الدفاع"
    type_text(flow.dialog.editor, " الجوي")
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: browser.current() is not None
                    and browser.current().text == "صواريخ الدفاع الجوي", timeout=3000)  # fmt: skip
    assert browser.current().author == "Salma"

    browser.text.clear()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=3000)
    browser.kind.setCurrentIndex(browser.kind.findData("participant"))
    assert [m.kind for m in browser.model.rows] == ["participant"]
    browser.kind.setCurrentIndex(0)
    browser.author.setCurrentIndex(browser.author.findData("Salma"))
    assert [m.author for m in browser.model.rows] == ["Salma"]
    browser.author.setCurrentIndex(0)

    with qtbot.waitActive(window):
        window.activateWindow()  # what the window manager does when a dialog closes
    browser.table.setFocus()
    browser.table.select_row(0)
    gone = browser.current()
    window.confirm = lambda *_a: pytest.fail("Delete in the browser must not delete the document")
    press(qtbot, K.Key_Delete)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=3000)
    assert gone.id not in {m.id for m in memos_of(window)} and window.session.count() == 1
    press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=3000)


def test_enter_on_a_participant_memo_opens_its_page(qtbot, noted):
    window, _doc, _span = noted
    browser = flow_of(window).show_browser()
    browser.kind.setCurrentIndex(browser.kind.findData("participant"))
    browser.table.setFocus()
    press(qtbot, K.Key_Return)
    page = controller_of(window).page_dock
    assert page is not None and page.isVisible()
    assert page.pid == window.session.reader.annotations.participants.resolve("Japan").id


def test_the_memo_browser_model_passes_the_model_tester(qtbot, qtmodeltester, noted):
    browser = flow_of(noted[0]).show_browser()
    qtmodeltester.check(browser.model)
