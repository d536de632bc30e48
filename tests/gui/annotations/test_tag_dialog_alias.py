"""The tag dialog's "add as an alias" box: ticked for a name, unticked with the reason shown
for a title or words that are no name; a clitic trimmed is named in the box."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.annotations.tag_dialog import TagDialog


def _dialog(words: str) -> TagDialog:
    dialog = TagDialog(ParticipantIndex([], []), words)
    dialog.show()
    return dialog


def test_a_title_is_not_ticked_and_says_why(qapp: QApplication) -> None:
    dialog = _dialog("ورئيس الوزراء البريطاني")
    assert not dialog.alias.isChecked() and not dialog.add_alias()
    assert dialog.alias_note.isVisible()
    assert "رئيس الوزراء البريطاني" in dialog.alias_note.text()
    assert "title" in dialog.alias_note.text()
    box = dialog.alias.text()
    assert "رئيس الوزراء البريطاني" in box and "ورئيس" not in box  # the alias, without its و
    dialog.alias.setChecked(True)  # by hand: an alias after all
    assert dialog.add_alias() and dialog.alias_anyway()
    dialog.close()


def test_a_name_is_ticked_without_a_note(qapp: QApplication) -> None:
    dialog = _dialog("كير ستارمر")
    assert dialog.alias.isChecked() and dialog.add_alias() and not dialog.alias_anyway()
    assert not dialog.alias_note.isVisible()
    dialog.close()


def test_words_that_are_no_name_are_not_ticked(qapp: QApplication) -> None:
    dialog = _dialog("قالت ميلوني")
    assert not dialog.alias.isChecked() and dialog.alias_note.isVisible()
    assert "name" in dialog.alias_note.text()
    dialog.close()
