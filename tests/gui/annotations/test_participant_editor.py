"""The participant editor and the participants list: by keyboard, undoable, in the history."""

from __future__ import annotations

import pytest
from annotation_helpers import controller_of, idle, press, type_text
from mnemonics import mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from shiboken6 import isValid

from archiver.core.changes import ChangeKind
from archiver.core.errors import UnknownParticipant
from archiver.gui.annotations.participant_editor import ParticipantEditor, edit_participant
from archiver.services.operation import Operation

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key


def _active(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _closed(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def _tag_new(qtbot, window, doc: int, words: str) -> int:  # type: ignore[no-untyped-def]
    """Tag ``words`` of the article as a new participant through the tag dialog; its id."""
    controller = controller_of(window)
    text = window.session.document(doc).text
    window.open_document(doc)
    start = text.index(words)
    window.reader.select_span(start, start + len(words))
    window.reader.view.setFocus()
    press(qtbot, K.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    _active(qtbot, dialog)
    dialog.list.setCurrentIndex(dialog.model.index(dialog.model.rowCount() - 1, 0))  # Create new
    dialog.edit.setFocus()
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    return window.session.reader.annotations.participants.resolve(words).id


def _editor_from_page(qtbot, window, pid: int) -> ParticipantEditor:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.view.setFocus()
    press(qtbot, K.Key_6, ALT)  # the participant page
    controller.show_participant(pid)
    page = controller.page_dock
    assert page is not None and page.edit_button.isEnabled()
    page.edit_button.click()
    editor = controller.dialog
    assert isinstance(editor, ParticipantEditor)
    _active(qtbot, editor)
    return editor


def test_a_new_participant_from_an_arabic_selection_has_it_as_its_arabic_name(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    pid = _tag_new(qtbot, window, doc, "قوة لحفظ السلام")
    person = window.session.reader.annotations.participants.get(pid)
    assert (person.name, person.name_ar, person.name_en) == (
        "قوة لحفظ السلام",
        "قوة لحفظ السلام",
        "",
    )


def test_the_editor_saves_by_keyboard_in_one_undoable_step(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    people = window.session.reader.annotations.participants
    pid = _tag_new(qtbot, window, doc, "قوة لحفظ السلام")
    editor = _editor_from_page(qtbot, window, pid)
    assert QApplication.focusWidget() is editor.name
    assert editor.name_ar.text() == "قوة لحفظ السلام"
    assert editor.kind.currentData() == "organisation"  # told by قوة in the tag dialog
    press(qtbot, K.Key_E, ALT)  # English name
    qtbot.keyClicks(QApplication.focusWidget(), "Peacekeeping force")
    press(qtbot, K.Key_K, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "or")  # organisation
    press(qtbot, K.Key_P, ALT)
    type_text(QApplication.focusWidget(), "أوكرانيا")
    assert editor.parent_choice()[0] == people.resolve("Ukraine").id
    editor.completer.popup().hide()
    editor.alias_edit.setFocus()
    qtbot.keyClicks(editor.alias_edit, "PKF")
    press(qtbot, K.Key_Return)  # adds the alias, does not save
    assert editor.isVisible() and "PKF" in editor.alias_texts()
    editor.aliases.setFocus()
    editor.aliases.setCurrentRow(editor.alias_texts().index("قوة لحفظ السلام"))
    press(qtbot, K.Key_Delete)
    assert "قوة لحفظ السلام" not in editor.alias_texts()
    editor.name.setFocus()
    press(qtbot, K.Key_Return)  # saves
    idle(qtbot, window)
    _closed(qtbot, editor)
    person = people.get(pid)
    assert (person.name_en, person.kind, person.parent_id) == (
        "Peacekeeping force", "organisation", people.resolve("Ukraine").id)  # fmt: skip
    aliases = {a.alias for a in people.aliases(pid)}
    assert "PKF" in aliases and "Peacekeeping force" in aliases
    assert "قوة لحفظ السلام" not in aliases
    history = window.session.reader.annotations.journal.history(limit=1)
    assert history[0].change.kind is ChangeKind.UPDATE_PARTICIPANT  # says what changed:
    assert history[0].change.extra["fields"] == ["name_en", "parent_id", "aliases"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_id["undo"].trigger()
    idle(qtbot, window)
    back = people.get(pid)
    assert (back.name_en, back.kind, back.parent_id) == ("", "organisation", None)
    assert {a.alias for a in people.aliases(pid)} == {"قوة لحفظ السلام"}


def test_enter_does_not_save_an_invalid_participant_and_esc_cancels(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, _doc = annotating
    people = window.session.reader.annotations.participants
    ukraine = people.resolve("Ukraine")
    controller_of(window).ops.write(Operation.TAG, lambda a: a.annotations.participants.add(
        "Ukrainian presidency", "organisation", parent=ukraine.id))  # fmt: skip
    idle(qtbot, window)
    kyiv_office = people.resolve("Ukrainian presidency")
    editor = edit_participant(window, window.session, ukraine.id)
    _active(qtbot, editor)
    editor.parent_edit.setText("Ukrainian presidency")
    assert "is under Ukraine already" in editor.problem.text()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    editor.parent_edit.setFocus()
    press(qtbot, K.Key_Return)
    assert editor.isVisible()
    editor.parent_edit.setText("")
    editor.name.setText(" ")
    assert editor.problem.text() == "A participant needs a name" and not save.isEnabled()
    editor.name.setFocus()
    press(qtbot, K.Key_Return)
    assert editor.isVisible()
    press(qtbot, K.Key_Escape)
    _closed(qtbot, editor)
    idle(qtbot, window)
    assert people.get(ukraine.id).name == "Ukraine"
    assert people.get(kyiv_office.id).parent_id == ukraine.id


def test_merge_into_from_the_editor(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    people = window.session.reader.annotations.participants
    pid = _tag_new(qtbot, window, doc, "قوة لحفظ السلام")
    editor = _editor_from_page(qtbot, window, pid)
    asked: list[tuple[str, str]] = []
    editor.confirm_merge = lambda keep, other: asked.append((keep.name, other.name)) or True
    press(qtbot, K.Key_M, ALT)  # Merge into… (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: editor.picker is not None)
    picker = editor.picker
    _active(qtbot, picker)
    type_text(picker.edit, "فنلندا")
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    _closed(qtbot, editor)
    assert asked == [("Finland", "قوة لحفظ السلام")]
    finland = people.resolve("Finland")
    assert people.resolve("قوة لحفظ السلام").id == finland.id
    assert any(p.participant_id == finland.id for p in
               window.session.reader.annotations.mentions.participants_in(doc))  # fmt: skip
    with pytest.raises(UnknownParticipant):
        people.get(pid)


def test_the_participants_list_filters_edits_and_merges_two(qtbot, annotating):  # type: ignore[no-untyped-def]
    window, doc = annotating
    people = window.session.reader.annotations.participants
    pid = _tag_new(qtbot, window, doc, "قوة لحفظ السلام")
    controller = controller_of(window)
    edit_menu = window.menuBar().findChild(QMenu, "menuEdit")
    assert "show_participants" in [a.objectName() for a in edit_menu.actions()]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, K.Key_P, CTRL | ALT)
    qtbot.waitUntil(lambda: controller.participants_list is not None)
    listing = controller.participants_list
    _active(qtbot, listing)
    assert QApplication.focusWidget() is listing.filter_edit
    type_text(listing.filter_edit, "فرنس")
    assert listing.model.row(0).name == "France"
    press(qtbot, K.Key_Return)
    editor = listing.editor
    assert isinstance(editor, ParticipantEditor) and editor.person.name == "France"
    shown = [editor.aliases.item(i).text() for i in range(editor.aliases.count())]
    assert "باريس  (capital)" in shown and "باريس" in editor.alias_texts()
    _active(qtbot, editor)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: listing.editor is None)

    listing.filter_edit.clear()
    listing.select(pid, people.resolve("Finland").id)
    listing.choose_kept = lambda first, second: second  # Finland stays
    _active(qtbot, listing)
    listing.view.setFocus()
    press(qtbot, K.Key_M, CTRL)
    idle(qtbot, window)
    finland = people.resolve("Finland")
    assert people.resolve("قوة لحفظ السلام").id == finland.id
    qtbot.waitUntil(lambda: all(p.id != pid for p in listing.model.rows))
    entry = window.session.reader.annotations.journal.history(limit=1)[0]
    assert entry.change.kind is ChangeKind.MERGE_PARTICIPANTS
    window.undo_history.refresh_labels()
    assert window.actions_by_id["undo"].text() == "&Undo merge قوة لحفظ السلام into Finland"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert people.get(pid).name == "قوة لحفظ السلام"
    qtbot.waitUntil(lambda: any(p.id == pid for p in listing.model.rows))


def test_a_new_participant_from_an_english_selection_has_it_as_its_english_name(qtbot):  # type: ignore[no-untyped-def]
    from archiver.gui.annotations.pickers import ParticipantIndex
    from archiver.gui.annotations.tag_dialog import TagDialog

    for words, arabic_name, english_name in (("Kaja Kallas", "", "Kaja Kallas"),
                                             ("كايا كالاس", "كايا كالاس", "")):  # fmt: skip
        dialog = TagDialog(ParticipantIndex([], []), words)
        qtbot.addWidget(dialog)
        choice = dialog.choice()
        assert choice is not None and not isinstance(choice, int)
        assert (choice.name, choice.name_ar, choice.name_en) == (words, arabic_name, english_name)


def test_the_editor_edits_the_role_and_alt_s_saves_with_no_letter_twice(qtbot, annotating):  # type: ignore[no-untyped-def]
    import xml.etree.ElementTree as ET

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from translations_build import ROOT

    window, doc = annotating
    people = window.session.reader.annotations.participants
    pid = _tag_new(qtbot, window, doc, "قوة لحفظ السلام")
    editor = _editor_from_page(qtbot, window, pid)
    texts = [w.text() for w in editor.findChildren(QLabel) + editor.findChildren(QAbstractButton)
             if "&" in w.text()]  # fmt: skip
    letters = [mnemonic(t) for t in texts]
    assert "s" in letters and len(letters) == len(set(letters)), texts
    root = ET.parse(ROOT / "resources/translations/ar/annotations.ts").getroot()
    arabic = {m.findtext("source"): m.findtext("translation") or ""
              for c in root.iter("context") if c.findtext("name") == "ParticipantEditor"
              for m in c.iter("message")}  # fmt: skip
    arabic_letters = [mnemonic(arabic[t]) for t in texts]
    assert all(arabic_letters) and len(set(arabic_letters)) == len(texts), arabic_letters
    editor.kind.setFocus()  # where Alt+S once changed the kind
    press(qtbot, K.Key_O, ALT)  # the role
    assert QApplication.focusWidget() is editor.role
    qtbot.keyClicks(editor.role, "Peacekeeping mission")
    press(qtbot, K.Key_S, ALT)
    idle(qtbot, window)
    _closed(qtbot, editor)
    person = people.get(pid)
    assert (person.role, person.kind) == ("Peacekeeping mission", "organisation")
