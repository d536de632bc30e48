"""The annotation panel, the commitment dialog and the change labels built in Arabic: Arabic
words, right to left, Arabic plural forms and digits, Latin names isolated."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from archiver.core.changes import Change, ChangeKind
from archiver.gui.annotations.change_labels import change_label
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.panel import AnnotationPanel
from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.annotations.terms import date_text, status_label
from archiver.gui.locale_text import FSI, PDI
from translations_build import arabic_letters


def test_the_commitment_dialog_is_arabic_and_right_to_left(arabic: QApplication) -> None:
    dialog = CommitmentDialog(ParticipantIndex([], []), lambda _text: [], quote="تعهّدت فرنسا")
    assert dialog.windowTitle() == "تسجيل التزام"
    assert dialog.isRightToLeft()
    assert dialog.status.currentText() == "عُرض"  # offered, the usual status
    assert dialog.category.itemText(1) == "عسكري"  # after "(choose a category)"
    assert dialog.future.text() == "م&ستقبلي"  # the mnemonic kept
    dialog.accept()  # no source actor: refused, the reason said in Arabic
    assert dialog.result() == 0 and arabic_letters(dialog.error.text())
    dialog.deleteLater()


def test_the_panel_is_arabic_and_right_to_left(arabic: QApplication) -> None:
    panel = AnnotationPanel()
    assert panel.windowTitle() == "الترميز" and panel.isRightToLeft()
    headers = [panel.commitments.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["الحالة", "الأطراف الفاعلة", "المؤشرات", "المضمون"]
    assert arabic_letters(panel.empty.text()) and arabic_letters(panel.hint.text())
    assert f"{FSI}Shift+x{PDI}" in panel.hint.text()  # key names stay Latin, isolated
    assert panel.confirm_all_button.text() == "تأكيد الكل"
    panel.deleteLater()


def test_labels_counts_and_dates_in_arabic(arabic: QApplication) -> None:
    three = Change(ChangeKind.IMPORT, documents=(1, 2, 3))
    assert change_label(three, {}) == f"استيراد {QLocale().toString(3)} وثائق"
    two = Change(ChangeKind.DELETE_DOCUMENT, documents=(1, 2))
    assert change_label(two, {}) == "حذف وثيقتين"
    confirm = Change(ChangeKind.CONFIRM, participants=(12,), documents=(3,), names=("France",))
    assert change_label(confirm, {}) == f"تأكيد {FSI}France{PDI} في #3"
    alone = Change(ChangeKind.CONFIRM_ALL, participants=(12,), documents=(3,))
    assert change_label(alone, {12: "فرنسا"}) == f"تأكيد {FSI}فرنسا{PDI} في #3"  # named
    both = Change(ChangeKind.CONFIRM_ALL, participants=(12, 13), documents=(3,))
    assert change_label(both, {}) == "تأكيد طرفين في #3"
    assert status_label("partly_delivered") == "نُفِّذ جزئياً"
    assert QLocale().language() == QLocale.Language.Arabic
    short = QLocale().toString(QDate(2025, 8, 1), QLocale.FormatType.ShortFormat)
    assert date_text("2025-08-01") == short and "\u200f" in short  # the locale's, marked
    assert date_text("2025-08") == QLocale().toString(QDate(2025, 8, 1), "MMMM yyyy")


def test_a_suggested_person_office_is_named_in_arabic(arabic: QApplication) -> None:
    """ "President · France" reads "الرئيس · France" in the Arabic panel."""
    from archiver.core.annotations.model import Suggestion
    from archiver.gui.annotations.panel import about_text

    macron = Suggestion(None, "Emmanuel Macron", "إيمانويل ماكرون", "person", [(0, 5)], ["ماكرون"],
                        parent="France", role="President")  # fmt: skip
    assert about_text(macron) == "الرئيس · France"


def test_a_state_offices_named_alone_are_in_arabic(arabic: QApplication) -> None:
    """The United Kingdom's "Prime Minister" (named with no holder) reads رئيس الوزراء."""
    from archiver.core.annotations.model import Suggestion
    from archiver.gui.annotations.panel import about_text

    uk = Suggestion(3, "United Kingdom", "المملكة المتحدة", "state", [(0, 5)], ["بريطانيا"],
                    offices=["Prime Minister", "President"])  # fmt: skip
    assert about_text(uk) == "رئيس الوزراء، الرئيس"
