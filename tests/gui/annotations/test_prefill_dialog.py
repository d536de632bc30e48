"""Trial 9 (F7, F11, F18) in the window: Ctrl+Shift+C on a selected quote prefills the
commitment's sources and recipients, its status with the verb that told it, the quantity and
unit, and a "what" that ends with the commitment's statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt

from archiver.gui.annotations.commitment_dialog import CommitmentDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# Our own sentences in the manner of the trial's.
TEXT = (
    "تمويل أمريكي جديد\n"
    "\n"
    "وتعهدت الولايات المتحدة بتقديم 1.45 مليار دولار للأردن سنوياً، بحسب مذكرة التفاهم.\n"
    "وتعهدت ألمانيا بمبلغ ٣٠ مليون يورو لدعم اللاجئين السوريين في الأردن، وقالت المفوضية "
    "السامية للأمم المتحدة لشؤون اللاجئين إنها ستوسع برامجها.\n"
)
PLEDGE = "وتعهدت الولايات المتحدة بتقديم 1.45 مليار دولار للأردن سنوياً، بحسب مذكرة التفاهم"
GERMAN = TEXT.splitlines()[3].rstrip(".")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The two sentences as an article (the annotating fixture imports it)."""
    path = tmp_path / "jordan-aid.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _dialog(qtbot, window, doc: int, words: str) -> CommitmentDialog:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    controller = controller_of(window)
    qtbot.waitUntil(lambda: controller.panel.doc_id == doc)
    idle(qtbot, window)
    start = window.session.document(doc).text.index(words)
    window.reader.select_span(start, start + len(words))
    window.reader.view.setFocus()
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert isinstance(dialog, CommitmentDialog)
    return dialog


def _names(window, pids: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    people = window.session.reader.annotations.participants
    return [people.get(pid).name for pid in pids]


def test_a_pledge_to_lil_jordan_prefills_its_recipient_status_and_amount(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    dialog = _dialog(qtbot, window, doc, PLEDGE)
    assert _names(window, dialog.sources.ids()) == ["United States"]
    assert _names(window, dialog.recipients.ids()) == ["Jordan"]
    assert dialog.status.currentData() == "pledged"
    assert "وتعهدت" in dialog.status_hint.text() and dialog.status_hint.isVisibleTo(dialog)
    assert (dialog.quantity.text(), dialog.unit.text()) == ("1450000000", "USD")
    assert dialog.what.text() == "وتعهدت الولايات المتحدة بتقديم 1.45 مليار دولار للأردن سنوياً"
    # the hint says what told the status only while that status is chosen
    dialog.status.setCurrentIndex(dialog.status.findData("offered"))
    assert not dialog.status_hint.isVisibleTo(dialog)
    dialog.reject()


def test_a_place_a_people_and_another_statement_give_no_source(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    dialog = _dialog(qtbot, window, doc, GERMAN)
    assert _names(window, dialog.sources.ids()) == ["Germany"]
    assert dialog.recipients.ids() == []
    assert (dialog.status.currentData(), dialog.quantity.text(), dialog.unit.text()) == (
        "pledged", "30000000", "EUR")  # fmt: skip
    assert dialog.what.text().endswith("اللاجئين السوريين في الأردن")
    with qtbot.waitSignal(controller_of(window).ops.changed, timeout=10000):
        dialog.accept()  # Enter at once stores what was prefilled, and only that
    idle(qtbot, window)
    (stored,) = window.session.reader.commitments.list_commitments(document_id=doc)
    assert [(a.name, a.role) for a in stored.actors] == [("Germany", "source")]
    assert (stored.status, stored.quantity, stored.unit) == ("pledged", 30e6, "EUR")
