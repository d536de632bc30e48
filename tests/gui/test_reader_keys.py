"""The reader's selection keys (S, C, W, B, E, P and Shift), and F1 listing every key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from archiver.core.model import Document
from archiver.gui.shortcuts_sheet import ShortcutsSheet

K, SHIFT = Qt.Key, Qt.KeyboardModifier.ShiftModifier
TEXT = (
    "عنوان 😀 الخبر\n"
    "ترفض الدولة الأولى تزويد البلد الثاني بصواريخ، وتدعو إلى الحوار. "
    "أبدت الدولة الثالثة اهتمامها، دون التزام رسمي.\n"
    "France and Sweden will help monitor a ceasefire, but Japan waits."
)


def _reader(qtbot, window):  # type: ignore[no-untyped-def]
    doc = Document(1, "t", TEXT, "ar", "rtl", "text", "f.txt", "/x/f.txt", "s", "h", None, None)
    window.reader.show_document(doc)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reader.view.setFocus()
    return window.reader


def _keys(qtbot, reader, *keys) -> str:  # type: ignore[no-untyped-def]
    for key in keys:
        key, mods = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(reader.view, key, mods)
    return reader.selected_text()


def test_sentence_and_clause_keys_walk_the_text(qtbot, filled):
    window = filled
    reader = _reader(qtbot, window)
    assert _keys(qtbot, reader, K.Key_S) == "عنوان 😀 الخبر"
    assert _keys(qtbot, reader, K.Key_S).endswith("وتدعو إلى الحوار")
    assert _keys(qtbot, reader, K.Key_S) == "أبدت الدولة الثالثة اهتمامها، دون التزام رسمي"
    assert _keys(qtbot, reader, (K.Key_S, SHIFT)).startswith("ترفض")
    assert _keys(qtbot, reader, K.Key_C) == "ترفض الدولة الأولى تزويد البلد الثاني بصواريخ"
    start = TEXT.index("ترفض")
    assert reader.selection_span() == (
        start,
        start + len("ترفض الدولة الأولى تزويد البلد الثاني بصواريخ"),
    )
    assert _keys(qtbot, reader, K.Key_C) == "وتدعو إلى الحوار"
    assert _keys(qtbot, reader, (K.Key_C, SHIFT)).startswith("ترفض")
    assert _keys(qtbot, reader, K.Key_E).endswith("بصواريخ، وتدعو إلى الحوار")
    assert _keys(qtbot, reader, (K.Key_E, SHIFT)).endswith("بصواريخ")
    assert _keys(qtbot, reader, (K.Key_W, SHIFT)).endswith("الثاني")
    assert _keys(qtbot, reader, K.Key_W).endswith("الثاني بصواريخ")
    assert _keys(qtbot, reader, (K.Key_B, SHIFT)).startswith("الدولة الأولى")
    assert _keys(qtbot, reader, K.Key_B).startswith("ترفض الدولة")
    assert (
        _keys(qtbot, reader, K.Key_P)
        == "عنوان 😀 الخبر\nترفض الدولة الأولى تزويد البلد الثاني بصواريخ"
    )
    assert _keys(qtbot, reader, (K.Key_P, SHIFT)).startswith("ترفض")
    # English, to the end of the text, where a further step changes nothing
    assert (
        _keys(qtbot, reader, K.Key_S, K.Key_S, K.Key_S, K.Key_C)
        == "France and Sweden will help monitor a ceasefire"
    )
    assert _keys(qtbot, reader, K.Key_C, K.Key_C) == "but Japan waits"


def test_the_keys_act_only_in_the_reader(qtbot, filled):
    window = filled
    reader = _reader(qtbot, window)
    window.search_bar.setFocus()
    edit = QApplication.focusWidget()
    qtbot.keyClicks(edit, "sc")
    assert reader.selection_span() is None and "sc" in window.search_bar.text()


def test_f1_lists_the_reader_panel_and_dialog_keys_and_page_down_scrolls(qtbot, composed):
    window = composed[0]
    sheet = ShortcutsSheet(window.registry, window)
    qtbot.addWidget(sheet)
    text = sheet.browser.toPlainText()
    for words in ("Select the sentence at the caret", "Shift+S", "one more clause at the end",
                  "Suggested: accept", "Commitments: edit", "Save (when every field is valid",
                  "Ctrl+Shift+Right", "From the search bar into the results"):  # fmt: skip
        assert words in text, words
    for spec in [*window.registry.specs.values(), *window.registry.notes.values()]:
        assert spec.text in text, spec.id  # every action and every key a widget handles
        for key in spec.keys:
            assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in text
    sheet.close()
    # F1 itself: Page Down scrolls at once, and still does when Tab has gone to Close
    with qtbot.waitActive(window):
        window.activateWindow()
    seen: list[int] = []

    def scroll() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, ShortcutsSheet) or not shown.isActiveWindow():
            QTimer.singleShot(20, scroll)
            return
        bar = shown.browser.verticalScrollBar()
        seen.append(bar.value())
        for key in (K.Key_PageDown, K.Key_Tab, K.Key_PageDown, K.Key_PageUp):
            QTest.keyClick(QApplication.focusWidget(), key)
            seen.append(bar.value())
        shown.reject()

    QTimer.singleShot(0, scroll)
    qtbot.keyClick(window.search_bar, K.Key_F1)
    # down, then (the Close button focused by Tab) down and up again
    assert seen[0] == 0 and 0 < seen[1] == seen[2] < seen[3] and seen[4] < seen[3], seen


def test_the_reader_keys_clash_with_no_window_key(composed):
    from archiver.gui import reader_keys

    window = composed[0]
    portable = QKeySequence.SequenceFormat.PortableText
    ours = {spec.id for spec in reader_keys.SPECS}
    taken: dict[str, str] = {}
    for action_id, action in window.registry.actions.items():
        for seq in action.shortcuts():
            text = seq.toString(portable)
            assert text not in taken, f"{text}: {action_id} and {taken[text]}"
            taken[text] = action_id
    assert {taken[k] for spec in reader_keys.SPECS for k in spec.keys} == ours
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menuReaderKeys")
    assert menu is not None and {a.objectName() for a in menu.actions()} == ours
