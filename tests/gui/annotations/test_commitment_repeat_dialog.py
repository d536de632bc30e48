"""The commitment dialog says which commitments the selected passage has already, and refuses
to save the same one again (in the dialog, naming it); another one of the passage is saved."""

from __future__ import annotations

from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key
QUOTE = "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي إلى كييف"


def _dialog(qtbot, window, doc: int):  # type: ignore[no-untyped-def]
    """Ctrl+Shift+C on the passage, selected in the reader."""
    controller = controller_of(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    start = window.session.document(doc).text.index(QUOTE)
    window.reader.select_span(start, start + len(QUOTE))
    window.reader.view.setFocus()
    press(qtbot, K.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _save(qtbot, window, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.what.setFocus()
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=3000)
    idle(qtbot, window)


def _stored(window, doc: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    found = window.session.reader.commitments.list_commitments(document_id=doc, role=None)
    return sorted((c.id, c.status) for c in found)


def test_the_dialog_names_the_passage_s_commitments_and_refuses_a_repeat(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    window.open_document(doc)
    press(qtbot, K.Key_4, ALT)
    press(qtbot, K.Key_Return, CTRL | SHIFT)  # confirm every suggestion
    idle(qtbot, window)

    dialog = _dialog(qtbot, window, doc)
    assert dialog.passage.isHidden(), "nothing recorded on this passage yet"
    dialog.status.setCurrentIndex(dialog.status.findData("suspended"))
    _save(qtbot, window, dialog)
    [(first, _status)] = _stored(window, doc)

    dialog = _dialog(qtbot, window, doc)
    assert not dialog.passage.isHidden()
    said = dialog.passage.text()
    assert said.startswith(f"This passage already has commitment #{first} (")
    assert "United States" in said
    dialog.status.setCurrentIndex(dialog.status.findData("suspended"))
    dialog.what.setFocus()
    press(qtbot, K.Key_Return)  # the same again: refused in the dialog
    idle(qtbot, window)
    assert dialog.isVisible()
    assert f"Commitment #{first} already records this" in dialog.error.text()
    assert _stored(window, doc) == [(first, "suspended")]

    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))  # another word on it
    _save(qtbot, window, dialog)
    [(_first, _), (second, status)] = _stored(window, doc)
    assert status == "withdrawn"

    dialog = _dialog(qtbot, window, doc)
    assert dialog.passage.text().startswith("This passage already has 2 commitments: ")
    dialog.reject()
    idle(qtbot, window)

    # editing the second into the first is refused as well; the dialog names only the other
    controller_of(window).edit_commitment(second)
    dialog = controller_of(window).dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.passage.text().startswith(f"This passage already has commitment #{first} (")
    dialog.status.setCurrentIndex(dialog.status.findData("suspended"))
    dialog.action.setCurrentIndex(dialog.action.findData(""))  # the action follows the status
    dialog.accept()
    assert dialog.isVisible() and f"Commitment #{first} already records this" in dialog.error.text()
    dialog.notes.setPlainText("checked against the wire copy")
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    dialog.accept()
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=3000)
    idle(qtbot, window)
    assert window.session.reader.commitments.get(second).notes == "checked against the wire copy"
