"""The commitment dialog on a quote naming a person still suggested: offered as a source, created
with the commitment in one step (one undo takes back both); the category told by the quote's
words, with its reason, or none until chosen; a receiving verb makes its subject a recipient."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archiver.core.annotations.model import Participant
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.pickers import ParticipantIndex

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
# Our own report's first line, in the manner of a news agency's.
QUOTE = "قال وزير الخارجية يوسف رجي يوم الجمعة إن لبنان سيتلقى 250 مليون دولار من قطر"
NAME = "يوسف رجي"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """This module's own article (overrides the package's)."""
    path = tmp_path / "aid.txt"
    path.write_text(f"دعم للبنان\n\n{QUOTE}.\nوقالت الوزارة إن الدفعة الأولى تصل قريبا.\n",
                    encoding="utf-8")  # fmt: skip
    return path


def _dialog(qtbot, window, doc: int) -> CommitmentDialog:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    start = window.session.document(doc).text.index(QUOTE)
    window.reader.select_span(start, start + len(QUOTE))
    window.reader.view.setFocus()
    press(qtbot, K.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    return controller.dialog


def test_a_suggested_speaker_is_a_source_created_with_the_commitment(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    window.open_document(doc)
    idle(qtbot, window)
    archive = window.session.reader
    lebanon = archive.annotations.participants.resolve("Lebanon").id
    dialog = _dialog(qtbot, window, doc)
    assert dialog.sources.new_names() == [NAME]  # the speaker, still a suggestion
    assert dialog.recipients.ids() == [lebanon]  # لبنان سيتلقى: Lebanon receives
    assert dialog.sources.ids() == []
    assert dialog.category.currentData() == "financial"
    assert "دولار" in dialog.category_hint.text() and dialog.category_hint.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=5000)
    idle(qtbot, window)
    [c] = archive.commitments.list_commitments(document_id=doc, role=None)
    people = [p for p in archive.annotations.participants.all("person") if p.name == NAME]
    assert len(people) == 1
    assert sorted((a.participant_id, a.role) for a in c.actors) == sorted(
        [(people[0].id, "source"), (lebanon, "recipient")])  # fmt: skip
    assert c.category == "financial"
    panel = controller_of(window).panel
    qtbot.waitUntil(lambda: NAME in [p.name for p in panel.participants.rows], timeout=5000)
    assert NAME not in [s.name for s in panel.suggestions.rows]  # he is no suggestion now
    window.activateWindow()  # one undo: the person goes with the commitment
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.reader.view.setFocus()
    with qtbot.waitSignal(window.undo_history.undone, timeout=10000):
        press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert archive.commitments.list_commitments(document_id=doc, role=None) == []
    assert [p for p in archive.annotations.participants.all("person") if p.name == NAME] == []


def test_a_typed_other_script_name_of_the_suggested_person_picks_him(qapp: QApplication) -> None:
    dialog = CommitmentDialog(ParticipantIndex([], []), lambda _text: [], quote="قال رجي")
    dialog.sources.offer_new(NAME, f"{NAME} — new", ["Youssef Rajji"])
    dialog.sources.edit.setText("youssef rajji")
    assert dialog.sources.commit_typed()
    assert dialog.sources.new_names() == [NAME]
    dialog.deleteLater()


def test_no_category_until_one_is_chosen_when_the_words_tell_none(qapp: QApplication) -> None:
    france = Participant(1, "France", "state", "فرنسا")
    dialog = CommitmentDialog(ParticipantIndex([france], []), lambda _text: [],
                              quote="تعهدت فرنسا بالوقوف إلى جانب شركائها")  # fmt: skip
    dialog.sources.add(france.id)
    assert dialog.category.currentData() == "" and dialog.category_hint.text() == ""
    dialog.accept()
    assert dialog.result() == 0 and "category" in dialog.error.text()
    dialog.category.setCurrentIndex(dialog.category.findData("diplomatic"))
    dialog.accept()
    assert dialog.result() == CommitmentDialog.DialogCode.Accepted
    dialog.deleteLater()
