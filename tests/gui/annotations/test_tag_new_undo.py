"""Ctrl+Shift+P, "Create new participant", OK: one decision, one step of the Edit menu, one
Ctrl+Z that takes back the tag and the participant, one Ctrl+Shift+Z that brings both back."""

from __future__ import annotations

from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
WORDS = "قوة لحفظ السلام"


def _menu_text(window, action: str) -> str:  # type: ignore[no-untyped-def]
    window.undo_history.refresh_labels()
    return str(window.actions_by_id[action].text().replace("&", ""))


def _create_from_selection(qtbot, window, doc: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    start = window.session.document(doc).text.index(WORDS)
    window.open_document(doc)
    window.reader.select_span(start, start + len(WORDS))
    window.reader.view.setFocus()
    press(qtbot, K.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    last = dialog.model.rowCount() - 1
    dialog.list.setCurrentIndex(dialog.model.index(last, 0))
    assert dialog.model.index(last, 0).data().startswith("Create new participant")
    with qtbot.waitSignal(controller.ops.changed, timeout=10000):
        dialog.accept()
    idle(qtbot, window)
    return start, start + len(WORDS)


def _state(window, doc: int) -> tuple[list[str], list[tuple[str, list[tuple[int, int]]]]]:  # type: ignore[no-untyped-def]
    ann = window.session.reader.annotations
    people = [p.name for p in ann.participants.all() if p.name == WORDS]
    return people, [(p.name, p.spans) for p in ann.mentions.participants_in(doc)]


def test_a_participant_created_to_tag_is_one_undo_step(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    history, ann = window.undo_history, window.session.reader.annotations
    span = _create_from_selection(qtbot, window, doc)
    assert _state(window, doc) == ([WORDS], [(WORDS, [span])])
    assert _menu_text(window, "undo") == f"Undo tag {WORDS} in #{doc} (new participant)"
    kinds = [e.change.kind.value for e in ann.journal.history()]
    assert kinds[0] == "tag_new" and "add_participant" not in kinds

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.view.setFocus()
    with qtbot.waitSignal(history.undone, timeout=10000) as undone:
        press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert undone.args[0] == f"tag {WORDS} in #{doc} (new participant)"
    assert _state(window, doc) == ([], []), "one Ctrl+Z takes back the tag and the participant"
    panel = controller_of(window).panel
    assert WORDS not in [s.name for s in panel.suggestions.rows], "not left as a suggestion"
    assert not _menu_text(window, "undo").startswith("Undo add participant")
    assert _menu_text(window, "redo") == f"Redo tag {WORDS} in #{doc} (new participant)"

    with qtbot.waitSignal(history.redone, timeout=10000):
        press(qtbot, K.Key_Z, CTRL | SHIFT)
    idle(qtbot, window)
    assert _state(window, doc) == ([WORDS], [(WORDS, [span])])
    assert _menu_text(window, "undo") == f"Undo tag {WORDS} in #{doc} (new participant)"
    assert [e.change.kind.value for e in ann.journal.history()].count("tag_new") == 1
