"""The commitment dialog's quantity: typed as a researcher writes it (1.5 million, ٢ ألف), what
will be stored shown under it in the interface's digits, an unreadable one refused."""

from __future__ import annotations

from annotation_helpers import type_text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from archiver.core.annotations.model import Commitment, Participant
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.pickers import ParticipantIndex
from translations_build import arabic_letters

FRANCE = Participant(1, "France", "state", "فرنسا")


def _dialog(**kwargs) -> CommitmentDialog:  # type: ignore[no-untyped-def]
    dialog = CommitmentDialog(ParticipantIndex([FRANCE], []), lambda _text: [],
                              quote=kwargs.pop("quote", "تعهدت فرنسا"), **kwargs)  # fmt: skip
    dialog.sources.add(FRANCE.id)
    dialog.category.setCurrentIndex(dialog.category.findData("military"))  # no default
    return dialog


def test_words_and_separators_are_read_and_shown_as_stored(qapp: QApplication) -> None:
    dialog = _dialog()
    assert dialog.quantity_hint.text() == ""
    for typed, hint, value in (
        ("250 million", "= 250,000,000", 250e6), ("1,500", "= 1,500", 1500),
        ("2,5k", "= 2,500", 2500), ("٢٠٠٠", "= 2,000", 2000), ("3 آلاف", "= 3,000", 3000),
    ):  # fmt: skip
        dialog.quantity.clear()
        type_text(dialog.quantity, typed)
        assert (dialog.quantity.text(), dialog.quantity_hint.text()) == (typed, hint)
        assert dialog.values()["quantity"] == value
    type_text(dialog.unit, "EUR")
    assert dialog.quantity_hint.text() == "= 3,000 EUR"
    assert dialog.quantity.accessibleDescription() == "= 3,000 EUR"
    dialog.accept()
    assert dialog.result() == CommitmentDialog.DialogCode.Accepted
    dialog.deleteLater()


def test_an_unreadable_quantity_is_refused_inline_and_on_save(qapp: QApplication) -> None:
    dialog = _dialog()
    type_text(dialog.unit, "GBP")
    for typed in ("1.5 bilion", "5 tn", "£5", "1.5.3"):
        dialog.quantity.setText(typed)
        assert dialog.quantity_hint.text() == "cannot read this as a number"
        assert "dc2626" in dialog.quantity_hint.styleSheet()
        dialog.accept()
        assert dialog.result() == 0 and f"“{typed}”" in dialog.error.text()
    dialog.quantity.setText("")  # no quantity at all is fine
    assert (dialog.quantity_hint.text(), dialog.quantity_hint.styleSheet()) == ("", "")
    assert dialog.values()["quantity"] is None
    dialog.accept()
    assert dialog.result() == CommitmentDialog.DialogCode.Accepted
    dialog.deleteLater()


def test_an_edited_commitment_shows_its_figure_and_keeps_it(qapp: QApplication) -> None:
    c = Commitment(id=7, document_id=1, action="pledge", category="financial", status="pledged",
                   what="aid", quantity=1.5e9, unit="GBP", quote="تعهدت")  # fmt: skip
    dialog = _dialog(existing=c)
    assert (dialog.quantity.text(), dialog.quantity_hint.text()) == ("1500000000",
                                                                     "= 1,500,000,000 GBP")  # fmt: skip
    assert dialog.values()["quantity"] == 1.5e9
    dialog.deleteLater()


def test_no_quantity_is_taken_from_the_quote(qapp: QApplication) -> None:
    """A figure in the quote (£1.5 billion, ٢٠٠٠ طن) is the researcher's to type: none is
    guessed from it, so none can be guessed at the wrong scale."""
    for quote in ("pledged £1.5 billion", "سلمت فرنسا ٢٠٠٠ طن"):
        dialog = _dialog(quote=quote)
        assert (dialog.quantity.text(), dialog.values()["quantity"]) == ("", None)
        dialog.deleteLater()


def test_arabic_words_and_digits_in_the_arabic_interface(arabic: QApplication) -> None:
    """ "2 ألف" stays whole (it was cut to "2") and is stored as 2000, shown in Arabic digits."""
    dialog = _dialog()
    type_text(dialog.quantity, "2 ألف")
    type_text(dialog.unit, "طن")
    assert dialog.quantity.text() == "2 ألف"
    assert QLocale().toString(2000) in dialog.quantity_hint.text()  # ٢٬٠٠٠
    assert dialog.quantity_hint.text().endswith("طن")
    assert dialog.values()["quantity"] == 2000
    dialog.quantity.setText("٢٫٥ مليون")
    assert QLocale().toString(2500000) in dialog.quantity_hint.text()
    dialog.quantity.setText("٢ ملون")
    assert arabic_letters(dialog.quantity_hint.text())
    dialog.accept()
    assert dialog.result() == 0 and arabic_letters(dialog.error.text())
    assert "٢ ملون" in dialog.error.text()
    dialog.quantity.setText("مليونين")
    dialog.accept()
    assert dialog.result() == CommitmentDialog.DialogCode.Accepted
    assert dialog.values()["quantity"] == 2e6
    dialog.deleteLater()
