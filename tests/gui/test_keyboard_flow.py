"""The keyboard-only flow: search bar → results → reader → back, and F3 through the hits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from waiting import search, settle


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, Arabic included, one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.activateWindow()


def test_ctrl_k_and_slash_focus_the_search_bar(qtbot, filled):
    activate(qtbot, filled)
    filled.results.setFocus()
    qtbot.keyClick(filled.results, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert filled.search_bar.hasFocus()
    filled.results.setFocus()
    qtbot.keyClick(filled.results, Qt.Key.Key_Slash)
    assert filled.search_bar.hasFocus()
    qtbot.keyClick(filled.search_bar, Qt.Key.Key_Slash)  # typed into the bar, not a shortcut
    assert filled.search_bar.text().endswith("/")


def test_keyboard_flow_from_query_to_reader_and_back(qtbot, filled):
    activate(qtbot, filled)
    bar, results, model = filled.search_bar, filled.results, filled.model
    qtbot.keyClick(filled, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(bar, "أوكرانيا")
    qtbot.waitUntil(lambda: model.query == "أوكرانيا" and model.rowCount() == 2, timeout=3000)
    assert "2 hits" in filled.status_hits.text()

    qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert results.hasFocus() and results.currentIndex().row() == 0
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert bar.hasFocus()

    qtbot.keyClick(bar, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentIndex().row() == 1
    qtbot.keyClick(results, Qt.Key.Key_Return)
    opened = model.doc_id(1)
    assert filled.reader.doc is not None and filled.reader.doc.id == opened
    assert filled.reader.view.hasFocus()
    qtbot.waitUntil(lambda: bool(filled.reader.hits), timeout=3000)  # the hits, highlighted

    qtbot.keyClick(filled.reader.view, Qt.Key.Key_F3)
    first = filled.reader.view.textCursor().selectedText()
    assert "أوكرانيا" in first
    qtbot.keyClick(filled.reader.view, Qt.Key.Key_F3)
    qtbot.keyClick(filled.reader.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert filled.reader.view.textCursor().selectedText() == first

    qtbot.keyClick(filled.reader.view, Qt.Key.Key_Escape)
    assert bar.hasFocus() and bar.selectedText() == "أوكرانيا"


def test_f3_lands_on_each_hit_in_order(qtbot, filled):
    activate(qtbot, filled)
    search(qtbot, filled, "أوكرانيا")
    doc_id = next(model_id for row in range(filled.model.rowCount())
                  if "الراغبين" in filled.session.document(model_id := filled.model.doc_id(row)).title)  # fmt: skip
    filled.open_document(doc_id)
    settle(qtbot, filled)
    text = filled.reader.doc.text
    spans = filled.reader.hits
    assert len(spans) == 3
    for start, end in spans:
        qtbot.keyClick(filled.reader.view, Qt.Key.Key_F3)
        assert filled.reader.view.textCursor().selectedText() == text[start:end]
        assert filled.reader.selection_span() == (start, end)


def test_enter_in_search_bar_runs_at_once(qtbot, filled):
    activate(qtbot, filled)
    filled.search_bar.setFocus()
    qtbot.keyClicks(filled.search_bar, "budget")
    qtbot.keyClick(filled.search_bar, Qt.Key.Key_Return)  # no waiting for the debounce
    assert filled.model.pending == "budget"  # sent at once
    qtbot.waitUntil(filled.results.hasFocus, timeout=3000)  # the first hit, once shown
    assert filled.model.query == "budget" and filled.model.rowCount() == 1


def test_next_document_keeps_focus(qtbot, filled):
    activate(qtbot, filled)
    filled.results.select_row(0)
    filled.search_bar.setFocus()
    qtbot.keyClick(filled.search_bar, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert filled.reader.doc.id == filled.model.doc_id(1)
    assert filled.search_bar.hasFocus()


def test_find_in_document(qtbot, filled):
    activate(qtbot, filled)
    filled.search_bar.set_query("")
    filled.open_document(filled.model.doc_id(0))
    row = next(
        r for r in range(filled.model.rowCount()) if "Coalition" in filled.model.index(r, 0).data()
    )
    filled.open_document(filled.model.doc_id(row))
    qtbot.keyClick(filled.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert filled.reader.findbar.edit.hasFocus()
    qtbot.keyClicks(filled.reader.findbar.edit, "talks")
    qtbot.keyClick(filled.reader.findbar.edit, Qt.Key.Key_Return)
    settle(qtbot, filled)
    assert filled.reader.view.textCursor().selectedText() == "talks"
    qtbot.keyClick(filled.reader.findbar.edit, Qt.Key.Key_Escape)
    assert not filled.reader.findbar.isVisible()


def test_find_a_phrase_selects_all_of_it(qtbot, filled):
    activate(qtbot, filled)
    filled.search_bar.set_query("")
    row = next(
        r for r in range(filled.model.rowCount()) if "Coalition" in filled.model.index(r, 0).data()
    )
    filled.open_document(filled.model.doc_id(row))
    qtbot.keyClick(filled.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(filled.reader.findbar.edit, "security guarantees")
    qtbot.keyClick(filled.reader.findbar.edit, Qt.Key.Key_Return)
    settle(qtbot, filled)
    assert filled.reader.view.textCursor().selectedText() == "security guarantees"


def test_phrase_words_found_by_the_analyzer_merge_into_one_match():
    from archiver.gui.find_spans import merge_adjacent

    text = "دعم، أوكرانيا اليوم ثم دعم"
    spans = [(0, 3), (5, 13), (23, 26)]
    assert merge_adjacent(text, spans) == [(0, 13), (23, 26)]


def test_ctrl_z_in_the_search_bar_is_the_archives_undo_unless_typing_there(qtbot, filled):  # type: ignore[no-untyped-def]
    activate(qtbot, filled)
    search(qtbot, filled, "")
    count = filled.session.count()
    filled.results.select_row(0)
    filled.results.setFocus()
    with qtbot.waitSignal(filled.session.events.document_deleted, timeout=10000):
        qtbot.keyClick(filled.results, Qt.Key.Key_Delete)
    settle(qtbot, filled)
    assert filled.session.count() == count - 1
    bar = filled.search_bar
    type_text(bar, "x")  # an edit of the bar earlier on: its own undo would take it back
    bar.set_query("ceasefire")
    filled.results.setFocus()
    bar.focus_and_select()  # the focus lands here, as after a dialog
    with qtbot.waitSignal(filled.undo_history.undone, timeout=10000):
        qtbot.keyClick(bar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, filled)
    assert filled.session.count() == count and bar.text() == "ceasefire"
    bar.setCursorPosition(len(bar.text()))
    type_text(bar, "s")  # typing here: Ctrl+Z takes back the typing, not the archive's change
    qtbot.keyClick(bar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, filled)
    assert bar.text() == "ceasefire" and filled.session.count() == count
