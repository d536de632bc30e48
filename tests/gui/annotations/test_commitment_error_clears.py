"""The commitment dialog's red error goes once its fault is fixed, and Enter after fixing it
saves once and closes the dialog (a second Enter stores no second commitment)."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import Qt

from archiver.gui.annotations.commitment_dialog import CommitmentDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
# Our own two sentences in the manner of a news report.
QUOTE = "وتعهدت الولايات المتحدة بتقديم 1.45 مليار دولار للأردن سنوياً"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """This module's own article (overrides the package's)."""
    path = tmp_path / "aid-jordan.txt"
    path.write_text(f"دعم أمريكي للأردن\n\n{QUOTE}.\nوقال مسؤول إن الدفعة الأولى تصل قريبا.\n",
                    encoding="utf-8")  # fmt: skip
    return path


def _dialog(qtbot, window, doc: int) -> CommitmentDialog:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    start = window.session.document(doc).text.index(QUOTE)
    window.reader.select_span(start, start + len(QUOTE))
    window.reader.view.setFocus()
    press(qtbot, K.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def test_a_fixed_fault_clears_its_error_and_enter_saves_once(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    window.open_document(doc)
    idle(qtbot, window)
    archive = window.session.reader
    jordan = archive.annotations.participants.resolve("Jordan").id
    dialog = _dialog(qtbot, window, doc)
    dialog.recipients.edit.setFocus()
    type_text(dialog.recipients.edit, "الأأردن")  # a letter typed twice: nobody's name
    dialog.what.setFocus()
    press(qtbot, K.Key_Return)  # saving refused, said in red, the focus on the name
    assert "الأأردن" in dialog.error.text()
    assert dialog.focusWidget() is dialog.recipients.edit
    assert dialog.isVisible()
    dialog.recipients.edit.clear()
    type_text(dialog.recipients.edit, "الأردن")
    press(qtbot, K.Key_Return)
    assert jordan in dialog.recipients.ids()
    assert dialog.error.text() == "", "the fault is fixed: its error goes"
    dialog.what.setFocus()
    dialog.what.setText("دعم سنوي للأردن")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=5000)
    assert not dialog.isVisible()
    dialog.accept()  # a second Enter reaching the closed dialog saves nothing more
    assert dialog.error.text() == "" and not dialog.isVisible()
    idle(qtbot, window)
    [stored] = archive.commitments.list_commitments(document_id=doc, role=None)
    assert [a.participant_id for a in stored.actors if a.role == "recipient"] == [jordan]
    assert stored.what == "دعم سنوي للأردن"
