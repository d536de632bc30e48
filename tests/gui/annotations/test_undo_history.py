"""Issue 10 by keyboard: undo in a new session takes back only this window's delete; redo; trash."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import idle, press
from PySide6.QtCore import Qt

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.gui.app import build_window
from archiver.gui.windowmenus import menu
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ARTICLE = (  # our own short article in the manner of a news report
    "محادثات جديدة حول ضمانات وقف النار في أوكرانيا\n\n"
    "أعلنت فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف إطلاق النار.\n"
    "وأبدت فنلندا وبولندا اهتماماً بالمشاركة في قوة لحفظ السلام دون التزام رسمي.\n"
)
DATE = "2025-07-09"
QUOTE = "استعدادها للمساعدة في مراقبة وقف إطلاق النار"


def _earlier_session(root: Path, tmp_path: Path) -> tuple[int, int]:
    """An archive with one document and a commitment recorded before the window opens."""
    path = tmp_path / "coalition-talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with Archive.open(root) as archive:
        doc = archive.import_paths([path]).imported[0].id
        archive.update_document(doc, published=DATE)
        france = archive.annotations.participants.resolve("France")
        start = archive.document(doc).text.index(QUOTE)
        cid = archive.commitments.add(doc, [france.id], category="monitoring", status="offered",
                                      quote=(start, start + len(QUOTE))).id  # fmt: skip
    return doc, cid


@pytest.fixture()
def earlier(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    """A window opened on an archive whose document and commitment came from an earlier session.

    Yields (window, session, document id, commitment id); the window is closed after the test.
    """
    root = tmp_path / "archive"
    doc, cid = _earlier_session(root, tmp_path)
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    window, _controller = build_window(settings, session)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window, session, doc, cid
    finally:
        window.close()
        lanes.drain()


def test_undo_in_a_new_window_takes_back_the_delete_and_leaves_the_commitment(qtbot, earlier):  # type: ignore[no-untyped-def]
    window, session, doc, cid = earlier
    history = window.undo_history
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    idle(qtbot, window)
    history.refresh_labels()
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert undo.text().replace("&", "") == "Undo"  # nothing of this window yet
    assert not undo.isEnabled() and not redo.isEnabled()  # greyed out, not a dead end
    window.results.select_row(0)
    window.results.setFocus()
    title = session.document(doc).title

    # Del moves it to the trash; the Edit menu names the undo before it is pressed
    with qtbot.waitSignal(session.events.document_deleted, timeout=10000):
        press(qtbot, K.Key_Delete)
    idle(qtbot, window)
    assert session.count() == 0 and session.in_trash(doc)
    assert undo.text().replace("&", "") == f"Undo delete of «{title}»"

    # Ctrl+Z: the document is back, the earlier session's commitment is still there
    with qtbot.waitSignal(history.undone, timeout=10000) as undone:
        press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert undone.args[0] == f"delete of «{title}»"
    assert "Undone" in window.statusBar().currentMessage()
    assert session.count() == 1 and window.model.rowCount() == 1
    assert session.reader.commitments.get(cid).document_id == doc
    assert [h.id for h in session.search("فنلندا", limit=5).hits] == [doc]
    assert redo.text().replace("&", "") == f"Redo delete of «{title}»"

    # nothing older than this window is reached: Undo is greyed out, Ctrl+Z does nothing
    assert not undo.isEnabled() and redo.isEnabled()
    press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert session.reader.commitments.get(cid) and session.count() == 1

    # Ctrl+Shift+Z deletes it again (to the trash)
    with qtbot.waitSignal(history.redone, timeout=10000) as redone:
        press(qtbot, K.Key_Z, CTRL | SHIFT)
    idle(qtbot, window)
    assert redone.args[0] == f"delete of «{title}»" and session.in_trash(doc)
    assert window.model.rowCount() == 0

    # the Trash view (Ctrl+Shift+T) lists it; Enter restores it
    press(qtbot, K.Key_T, CTRL | SHIFT)
    trash = history.trash_dialog
    assert trash is not None and trash.isVisible()
    with qtbot.waitActive(trash):
        trash.activateWindow()
    assert trash.tree.topLevelItemCount() == 1 and trash.selected_ids() == [doc]
    assert "1 document in the trash" in trash.summary.text()
    with qtbot.waitSignal(session.events.history_changed, timeout=10000):
        qtbot.keyClick(trash.tree, K.Key_Return)
    idle(qtbot, window)
    assert trash.isVisible()
    assert not session.in_trash(doc) and trash.tree.topLevelItemCount() == 0
    assert window.model.rowCount() == 1
    trash.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.results.setFocus()

    # the History view (Ctrl+H): who, when, what, documents, the undone ones marked
    press(qtbot, K.Key_H, CTRL)
    dialog = history.history_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    whats = [r.text(2) for r in rows if r is not None]
    assert whats[0] == f"restore of «{title}»" and whats[1] == f"delete of «{title}»"
    assert "commitment in #" + str(doc) in whats
    assert all(r.text(1) for r in rows if r is not None)  # every change has an author
    dialog.close()
    assert check(session.writer).consistent  # type: ignore[arg-type]


def test_a_greyed_undo_says_where_the_earlier_sessions_changes_are(qtbot, earlier):  # type: ignore[no-untyped-def]
    window, session, _doc, cid = earlier
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    idle(qtbot, window)
    window.undo_history.refresh_labels()
    undo = window.actions_by_id["undo"]
    assert not undo.isEnabled()
    why = "Nothing to undo in this session: earlier changes are in History (Ctrl+H)"
    assert undo.toolTip() == why and undo.statusTip() == why
    window.results.setFocus()
    window.statusBar().clearMessage()
    press(qtbot, K.Key_Z, CTRL)  # the greyed action's keys would do nothing and say nothing
    assert window.statusBar().currentMessage() == why
    assert session.reader.commitments.get(cid) and session.count() == 1  # nothing undone


def test_history_warns_before_undoing_a_change_later_ones_depend_on(qtbot, earlier):  # type: ignore[no-untyped-def]
    window, session, doc, cid = earlier
    history = window.undo_history
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    idle(qtbot, window)
    window.results.select_row(0)
    window.results.setFocus()
    with qtbot.waitSignal(session.events.document_deleted, timeout=10000):
        press(qtbot, K.Key_Delete)
    idle(qtbot, window)
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False
    dialog = history.show_history()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    commitment = next(e for e in history.ops.history() if e.change.commitments == (cid,))  # type: ignore[union-attr]
    dialog.select(commitment.change.id)
    qtbot.keyClick(dialog.tree, K.Key_Z, CTRL)  # in the History: undo the selected change
    assert asked and "Later changes depend" in asked[0] and "delete of «" in asked[0]
    idle(qtbot, window)
    assert session.reader.commitments.get(cid)  # refused: nothing changed
    assert session.in_trash(doc)  # and the window's own undo did not run either
    window.confirm = lambda title, text: True  # undo it anyway: only the commitment goes
    with qtbot.waitSignal(history.undone, timeout=10000):
        qtbot.keyClick(dialog.tree, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert not session.reader.commitments.list_commitments(document_id=doc, role=None)
    assert session.in_trash(doc)
    states = {e.change.id: e.undone for e in history.ops.history()}  # type: ignore[union-attr]
    assert states[commitment.change.id] and not states[max(states)]
    assert "undone" in [
        dialog.tree.topLevelItem(i).text(4)  # type: ignore[union-attr]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    dialog.close()


def test_the_edit_menu_and_the_f1_sheet_name_undo_redo_history_and_trash(window):  # type: ignore[no-untyped-def]
    from archiver.gui.shortcuts_sheet import ShortcutsSheet

    names = [a.objectName() for a in menu(window, "Edit").actions() if a.objectName()]
    assert names[:3] == ["undo", "redo", "show_history"] and "show_trash" in names
    sheet = ShortcutsSheet(window.registry, window).sheet_html(window.registry)
    for words in ("<td>Undo</td>", "<td>Redo</td>", "History…", "Trash…", "Ctrl+Shift+Z"):
        assert words in sheet, words


def test_emptying_the_trash_says_what_it_frees_and_asks(qtbot, earlier):  # type: ignore[no-untyped-def]
    window, session, doc, _cid = earlier
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    idle(qtbot, window)
    original = session.original_file(doc)
    window.results.select_row(0)
    window.delete_document()
    idle(qtbot, window)
    trash = window.undo_history.show_trash()
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False
    trash.empty_button.click()
    assert asked and "1 document" in asked[0] and "for good" in asked[0]
    assert session.in_trash(doc) and original.is_file()  # said no: nothing deleted
    window.confirm = lambda title, text: True
    trash.empty_button.click()
    idle(qtbot, window)
    assert not original.exists() and trash.tree.topLevelItemCount() == 0
    assert "Trash emptied: 1 document" in window.statusBar().currentMessage()
    assert check(session.writer).consistent  # type: ignore[arg-type]


def test_the_history_redoes_what_an_earlier_session_undid(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    doc, _cid = _earlier_session(root, tmp_path)
    with Archive.open(root) as archive:
        tags = archive.annotations.tags
        first, second = tags.add(doc, "first").id, tags.add(doc, "second").id
        tags.add(doc, "gone")
        archive.annotations.journal.undo_last()  # "gone": then a change made after it
        tags.add(doc, "later")
        archive.annotations.journal.undo_last()  # "later"
        archive.annotations.journal.undo_last()  # "second"
        archive.annotations.journal.undo_last()  # "first", undone last
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    window, _controller = build_window(settings, session)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.actions_by_id["redo"].isEnabled()  # Ctrl+Shift+Z: this window's own
        dialog = window.undo_history.show_history()
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        gone = next(e.change.id for e in dialog.entries if "gone" in e.change.names)
        dialog.select(gone)
        assert (
            not dialog.redo_button.isEnabled() and "can no longer be redone" in dialog.note.text()
        )
        dialog.select(second)
        assert not dialog.redo_button.isEnabled()
        assert (
            "redone in the reverse order of their undoing: redo “tag #1 first” first."
            in dialog.note.text()
        )
        dialog.select(first)
        assert dialog.redo_button.isEnabled() and dialog.note.text() == ""
        with qtbot.waitSignal(window.undo_history.redone, timeout=10000):
            qtbot.keyClick(dialog.tree, K.Key_Z, CTRL | SHIFT)
        idle(qtbot, window)
        assert list(session.reader.annotations.tags.of(doc)) == ["first"]
        dialog.select(second)  # now the next to redo
        assert dialog.redo_button.isEnabled()
        with qtbot.waitSignal(window.undo_history.redone, timeout=10000):
            dialog.redo_button.click()
        idle(qtbot, window)
        assert sorted(session.reader.annotations.tags.of(doc)) == ["first", "second"]
    finally:
        window.close()
        session.close()
        lanes.drain()
