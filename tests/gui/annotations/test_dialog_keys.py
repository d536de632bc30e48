"""Enter saves an annotation dialog whose fields are valid (Ctrl+Enter too, also from the
notes); an invalid field says why and keeps the dialog open; prefilled sources and recipients."""

from __future__ import annotations

from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key


def _open(qtbot, window, keys=(K.Key_C, CTRL | SHIFT)):  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    press(qtbot, *keys)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _saved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=3000)
    idle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _ready(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    window.open_document(doc)
    press(qtbot, K.Key_4, ALT)
    press(qtbot, K.Key_Return, CTRL | SHIFT)  # confirm every suggestion
    idle(qtbot, window)
    press(qtbot, K.Key_3, ALT)
    return window, doc


def _select_clause(qtbot, window, words: str) -> None:  # type: ignore[no-untyped-def]
    """S / C until the clause starting with ``words`` is selected."""
    for key in [K.Key_S] * 3 + [K.Key_C] * 12:
        if window.reader.selected_text().startswith(words):
            return
        press(qtbot, key)
    raise AssertionError(f"no clause starts with {words}: {window.reader.selected_text()}")


def test_enter_saves_and_invalid_fields_say_why(qtbot, annotating):
    window, doc = _ready(qtbot, annotating)
    com = window.session.reader.commitments
    _select_clause(qtbot, window, "وأوقفت")
    dialog = _open(qtbot, window)
    assert dialog.sources.ids() and dialog.recipients.ids(), "US a source, Kyiv a recipient"
    press(qtbot, K.Key_Q, ALT)
    type_text(QApplication.focusWidget(), "30")
    press(qtbot, K.Key_Return)
    assert dialog.isVisible() and "unit or currency" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.unit
    type_text(dialog.unit, "systems")
    press(qtbot, K.Key_E, ALT)  # the notes: Enter there is a new line, Ctrl+Enter saves
    type_text(QApplication.focusWidget(), "one")
    press(qtbot, K.Key_Return)
    type_text(QApplication.focusWidget(), "two")
    assert dialog.isVisible()
    press(qtbot, K.Key_Return, CTRL)
    _saved(qtbot, window)
    [saved] = com.list_commitments(document_id=doc, role=None)
    assert (saved.quantity, saved.unit, saved.notes) == (30.0, "systems", "one\ntwo")
    assert [(a.name, a.role) for a in saved.actors] == [("United States", "source"),
                                                         ("Ukraine", "recipient")]  # fmt: skip

    _select_clause(qtbot, window, "أما")
    dialog = _open(qtbot, window)
    dialog.sources.chips.clear()  # as if the user took the prefilled source off (Delete)
    press(qtbot, K.Key_Return)
    assert dialog.isVisible() and "source actor" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.sources.edit
    type_text(dialog.sources.edit, "nosuchname")
    popup = dialog.sources.completer.popup()
    qtbot.keyClick(popup if popup.isVisible() else dialog.sources.edit, K.Key_Return)
    assert dialog.isVisible() and "nosuchname" in dialog.error.text()
    dialog.sources.edit.clear()
    type_text(dialog.sources.edit, "Japan")
    qtbot.keyClick(dialog.sources.edit, K.Key_Return)  # popup or not: adds, does not save
    qtbot.waitUntil(lambda: len(dialog.sources.ids()) == 1, timeout=2000)
    assert dialog.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("diplomatic"))  # the words tell none
    press(qtbot, K.Key_P, ALT)
    type_text(QApplication.focusWidget(), str(saved.id))
    press(qtbot, K.Key_Return)
    assert dialog.isVisible() and "Only a delivery" in dialog.error.text()
    press(qtbot, K.Key_U, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "del")  # delivered
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: controller_of(window).dialog is None, timeout=3000)
    _saved(qtbot, window)
    japan = next(c for c in com.list_commitments(document_id=doc, role=None) if c.id != saved.id)
    assert (japan.status, japan.fulfils_id) == ("delivered", saved.id)


def test_the_tag_dialog_saves_with_ctrl_enter_once(qtbot, annotating):
    window, doc = _ready(qtbot, annotating)
    _select_clause(qtbot, window, "أما")
    press(qtbot, K.Key_W, SHIFT)  # "أما اليابان فأعلنت دعمها بصورة غير" ...
    for _ in range(4):
        press(qtbot, K.Key_W, SHIFT)
    assert window.reader.selected_text() == "أما اليابان"
    press(qtbot, K.Key_B, SHIFT)
    assert window.reader.selected_text() == "اليابان"
    dialog = _open(qtbot, window, (K.Key_P, CTRL | SHIFT))
    dialog.edit.clear()
    type_text(dialog.edit, "Nippon")  # Japan is confirmed there already: tagged, it adds nothing
    assert dialog.choice() is not None and not isinstance(dialog.choice(), int)  # "Create new…"
    press(qtbot, K.Key_Return, CTRL)
    _saved(qtbot, window)
    names = {p.name: p for p in window.session.reader.annotations.mentions.participants_in(doc)}
    start = window.session.document(doc).text.index("اليابان")
    assert names["Nippon"].spans == [(start, start + len("اليابان"))]
    kinds = [e.change.kind.value for e in window.session.reader.annotations.journal.history()]
    assert kinds.count("tag_new") == 1, "Enter and Ctrl+Enter save once"


def test_a_name_begun_is_the_one_participant_it_starts():
    from archiver.core.annotations.model import Alias, Participant
    from archiver.gui.annotations.pickers import ParticipantIndex

    index = ParticipantIndex(
        [Participant(1, "Ukraine", "state", "أوكرانيا"), Participant(2, "Côte d’Ivoire", "state")],
        [Alias(1, 2, "Yamoussoukro", "en", "capital", False)],
    )
    assert index.only_match("Ukr") == [1]  # not Yamoussoukro, which only holds "ukr"
    assert index.only_match("أوكر") == [1]
    assert index.only_match("oussou") == [2]
    assert index.only_match("a") == []  # in both, the start of neither


def test_a_quantity_in_words_is_saved_at_its_scale_and_a_misspelt_one_refused(qtbot, annotating):
    """The user trial: "1.5 billion" GBP was stored as 1.5; now as 1,500,000,000, shown under
    the field before saving; "1.5 bilion" keeps the dialog open on the quantity."""
    window, doc = _ready(qtbot, annotating)
    com = window.session.reader.commitments
    _select_clause(qtbot, window, "وأوقفت")
    dialog = _open(qtbot, window)
    press(qtbot, K.Key_Q, ALT)
    type_text(QApplication.focusWidget(), "1.5 bilion")
    assert dialog.quantity.text() == "1.5 bilion", "nothing typed is dropped"
    assert dialog.quantity_hint.text() == "cannot read this as a number"
    type_text(dialog.unit, "GBP")
    press(qtbot, K.Key_Return)
    assert dialog.isVisible() and "“1.5 bilion”" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.quantity
    assert com.list_commitments(document_id=doc, role=None) == []
    dialog.quantity.clear()
    type_text(dialog.quantity, "1.5 billion")
    assert dialog.quantity_hint.text() == "= 1,500,000,000 GBP"
    press(qtbot, K.Key_Return)
    _saved(qtbot, window)
    [saved] = com.list_commitments(document_id=doc, role=None)
    assert (saved.quantity, saved.unit, saved.amount) == (1.5e9, "GBP", "1,500,000,000 GBP")
