"""Issue 5 by keyboard: confirm suggestions, record three commitments, search, undo, export."""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key


def focus(qtbot):  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def select_words(qtbot, window, word: str, words: int, chars: int, occurrence: int = 1) -> str:  # type: ignore[no-untyped-def]
    """Ctrl+F ``word`` (its n-th occurrence), then extend the selection by keyboard.

    In a right-to-left paragraph Left moves forward: Ctrl+Shift+Left ``words`` times goes to the
    start of a later word, then Shift+Left/Right moves ``chars`` characters forward/back.
    """
    reader = window.reader
    reader.view.setFocus()
    qtbot.keyClick(reader.view, K.Key_Home, CTRL)
    press(qtbot, K.Key_F, CTRL)
    assert focus(qtbot) is reader.findbar.edit
    reader.findbar.edit.clear()
    type_text(reader.findbar.edit, word)
    qtbot.waitUntil(lambda: reader.selected_text() == word, timeout=3000)
    for _ in range(occurrence - 1):
        press(qtbot, K.Key_Return)
    press(qtbot, K.Key_Escape)  # closes the find bar; the match stays selected
    assert focus(qtbot) is reader.view
    for _ in range(words):
        press(qtbot, K.Key_Left, CTRL | SHIFT)
    for _ in range(abs(chars)):
        press(qtbot, K.Key_Left if chars > 0 else K.Key_Right, SHIFT)
    return reader.selected_text()


def open_dialog(qtbot, window, keys):  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    press(qtbot, *keys)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def tab_to(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until ``widget`` has the focus (proves it is reachable by Tab)."""
    for _ in range(40):
        if focus(qtbot) is widget:
            return
        press(qtbot, K.Key_Tab)
    raise AssertionError(f"{widget.objectName()} is not reachable by Tab")


def choose(qtbot, combo, typed: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    tab_to(qtbot, combo)
    qtbot.keyClicks(combo, typed)
    assert combo.currentData() == expected


def add_actor(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    tab_to(qtbot, picker.edit)
    type_text(picker.edit, text)
    popup = picker.completer.popup()
    qtbot.keyClick(popup if popup.isVisible() else picker.edit, K.Key_Return)


def record(qtbot, window, *, category, status, flags=(), recipients=()):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window, (K.Key_C, CTRL | SHIFT))
    for name in recipients:
        add_actor(qtbot, dialog.recipients, name)
    choose(qtbot, dialog.category, *category)
    choose(qtbot, dialog.status, *status)
    for mnemonic, name in flags:
        press(qtbot, mnemonic, ALT)  # the checkbox's mnemonic (Alt+F, Alt+H, Alt+N)
        qtbot.waitUntil(getattr(dialog, name).isChecked, timeout=2000)
    press(qtbot, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: controller_of(window).dialog is None)
    idle(qtbot, window)
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return dialog


def test_issue5_by_keyboard(qtbot, annotating, tmp_path: Path):
    window, doc = annotating
    controller, panel = controller_of(window), controller_of(window).panel
    ann, com = window.session.reader.annotations, window.session.reader.commitments

    # open the article from the results list, then Alt+4 into the side panel
    press(qtbot, K.Key_2, ALT)
    press(qtbot, K.Key_Return)
    assert window.current_document_id() == doc
    press(qtbot, K.Key_4, ALT)
    assert focus(qtbot) is panel.suggested_view
    names = [s.name for s in panel.suggestions.rows]
    assert {"France", "United Kingdom", "Australia", "Denmark", "Sweden", "United States",
            "Finland", "Poland", "Japan"} <= set(names)  # fmt: skip
    assert not ann.mentions.participants_in(doc), "nothing is confirmed before the user says so"

    # one by one with a and y, then the rest with Ctrl+Shift+Enter
    first, second = panel.suggestions.rows[0].name, panel.suggestions.rows[1].name
    press(qtbot, K.Key_A)
    press(qtbot, K.Key_Y)
    assert [s.name for s in panel.suggestions.rows][:1] == [names[2]]
    idle(qtbot, window)
    confirmed = {p.name for p in ann.mentions.participants_in(doc)}
    assert confirmed == {first, second}
    press(qtbot, K.Key_Return, CTRL | SHIFT)
    idle(qtbot, window)
    assert panel.suggestions.rowCount() == 0
    assert {p.name for p in ann.mentions.participants_in(doc)} == set(names)
    assert panel.participants.rowCount() == len(names)
    assert window.reader._marks, "confirmed mentions are marked in the reader"

    # (1) France, Australia, Denmark and Sweden ready to help monitor the ceasefire
    quote1 = select_words(qtbot, window, "فرنسا", 10, 5, occurrence=2)
    assert (
        quote1 == "فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف إطلاق النار"
    )
    record(
        qtbot,
        window,
        category=("mo", "monitoring"),
        status=("o", "offered"),
        flags=((K.Key_F, "future"),),
    )

    # (2) the US halted shipments of air-defence missiles; Ukraine typed as recipient
    quote2 = select_words(qtbot, window, "وأوقفت", 7, -1)
    assert quote2 == "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي"
    record(qtbot, window, category=("mi", "military"), status=("s", "suspended"),
           recipients=("أوكرانيا",))  # fmt: skip

    # (3) Finland and Poland interested in peacekeeping, no formal commitment
    quote3 = select_words(qtbot, window, "وأبدت", 11, 4)
    assert quote3 == "وأبدت فنلندا وبولندا اهتماماً بالمشاركة في قوة لحفظ السلام دون التزام رسمي"
    record(
        qtbot,
        window,
        category=("tr", "troops"),
        status=("u", "unclear"),
        flags=((K.Key_H, "hypothetical"),),
    )

    items = {c.status: c for c in com.list_commitments(document_id=doc, role=None)}
    assert set(items) == {"offered", "suspended", "unclear"}
    one, two, three = items["offered"], items["suspended"], items["unclear"]
    assert [a.name for a in one.sources] == ["France", "Australia", "Denmark", "Sweden"]
    assert (one.category, one.future, one.hypothetical) == ("monitoring", True, False)
    assert one.quote == one.what == quote1, "the quote is the selection; what is prefilled from it"
    assert one.statement_date == "2025-07-09", "defaults to the document date"
    assert [a.name for a in two.sources] == ["United States"] and two.category == "military"
    assert [(a.name, a.role) for a in two.actors if a.role != "source"] == [
        ("Ukraine", "recipient")
    ]
    assert [a.name for a in three.sources] == ["Finland", "Poland"]
    assert three.hypothetical and not three.future and three.quote == quote3
    text = window.session.document(doc).text
    assert text[one.start : one.end] == quote1
    assert panel.commitments.rowCount() == 3

    for query in ("participant:فرنسا", "participant:France", "status:suspended"):
        hits = window.session.search(query, limit=10)
        assert [h.id for h in hits.hits] == [doc], query

    # Ctrl+Z in the reader undoes the last change (commitment 3), says so in the status bar
    window.reader.view.setFocus()
    with qtbot.waitSignal(window.undo_history.undone, timeout=10000) as undone:
        press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert undone.args[0].startswith("commitment in #")
    assert "Undone" in window.statusBar().currentMessage()
    assert {c.status for c in com.list_commitments(document_id=doc, role=None)} == {
        "offered",
        "suspended",
    }

    # commitments CSV: UTF-8 BOM, the Arabic quote intact
    target = tmp_path / "out.csv"
    controller.ask_save_path = lambda _title, _name: str(target)
    with qtbot.waitSignal(controller.exported, timeout=10000):
        window.actions_by_id["export_commitments_csv"].trigger()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert quote1 in data.decode("utf-8-sig")
