"""The commitment dialog's statement date: empty says "the document's date" (shown as a hint),
so a commitment recorded or edited there follows its document's date; a date typed is its own."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from archiver.core.annotations.model import Actor, Commitment, Participant
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.pickers import ParticipantIndex

FRANCE = Participant(1, "France", "state", "فرنسا")


def _dialog(**kwargs) -> CommitmentDialog:  # type: ignore[no-untyped-def]
    dialog = CommitmentDialog(ParticipantIndex([FRANCE], []), lambda _text: [],
                              quote="تعهدت فرنسا", **kwargs)  # fmt: skip
    dialog.sources.add(FRANCE.id)
    dialog.category.setCurrentIndex(dialog.category.findData("military"))  # no default
    return dialog


def _stored(day: str, *, by_document: bool) -> Commitment:
    return Commitment(7, 3, "pledge", "military", "pledged", "", [Actor(1, "France", "source")],
                      statement_date=day, dated_by_document=by_document,
                      published="2025-07-10T00:00:00")  # fmt: skip


def test_a_new_commitment_leaves_the_date_to_its_document(qapp: QApplication) -> None:
    dialog = _dialog(document_date="2025-07-10")
    assert dialog.date.text() == ""
    assert "2025-07-10" in dialog.date.placeholderText()
    assert dialog.values()["statement_date"] is None
    undated = _dialog(document_date="")
    assert undated.date.text() == "" and undated.values()["statement_date"] is None


def test_an_edited_commitment_shows_only_a_date_of_its_own(qapp: QApplication) -> None:
    following = _dialog(existing=_stored("2025-07-10", by_document=True))
    assert following.date.text() == "" and "2025-07-10" in following.date.placeholderText()
    assert following.values()["statement_date"] is None
    own = _dialog(existing=_stored("2025-06-30", by_document=False))
    assert own.date.text() == "2025-06-30" and own.values()["statement_date"] == "2025-06-30"
