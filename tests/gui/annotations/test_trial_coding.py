"""What a new user met coding an article about the Coalition of the Willing: the commitment
dialog names the suggested actors of its quote, the tag dialog tells a coalition from a
person, the parent field lists each participant once, and an edit's label says what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archiver.gui.annotations.change_labels import change_label
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.participant_editor import ParticipantEditor
from archiver.gui.annotations.tag_dialog import TagDialog
from archiver.services.operation import Operation

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
TEXT = (
    "تحالف الراغبين يبحث ضمانات وقف النار في أوكرانيا\n"
    "\n"
    "اجتمع قادة تحالف الراغبين في لندن لبحث الضمانات الأمنية لأوكرانيا.\n"
    "وقالت كندا وأستراليا إنهما منفتحتان على المساهمة، بينما استبعدت بولندا إرسال قوات.\n"
)
QUOTE = "وقالت كندا وأستراليا إنهما منفتحتان على المساهمة"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """Our own short article (the annotating fixture imports it)."""
    path = tmp_path / "coalition-of-the-willing.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _select(qtbot, window, doc: int, words: str) -> None:  # type: ignore[no-untyped-def]
    window.open_document(doc)
    qtbot.waitUntil(lambda: controller_of(window).panel.doc_id == doc)
    idle(qtbot, window)
    start = window.session.document(doc).text.index(words)
    window.reader.select_span(start, start + len(words))
    window.reader.view.setFocus()


def _dialog(qtbot, window, key: Qt.Key):  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    press(qtbot, key, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    return controller.dialog


def _names(window, pids: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    people = window.session.reader.annotations.participants
    return [people.get(pid).name for pid in pids]


def test_the_suggested_actors_of_the_quote_are_prefilled_and_confirmed_with_it(
    qtbot, annotating
) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    ann = window.session.reader.annotations
    panel = controller_of(window).panel
    _select(qtbot, window, doc, QUOTE)
    assert panel.participants.rows == []  # nobody confirmed yet: Canada, Australia suggested
    assert {"Canada", "Australia"} <= {s.name for s in panel.suggestions.rows}
    dialog = _dialog(qtbot, window, K.Key_C)
    assert isinstance(dialog, CommitmentDialog)
    assert _names(window, dialog.sources.ids()) == ["Canada", "Australia"]
    assert dialog.recipients.ids() == []
    dialog.category.setCurrentIndex(dialog.category.findData("troops"))
    with qtbot.waitSignal(controller_of(window).ops.changed, timeout=10000):
        dialog.accept()
    idle(qtbot, window)
    confirmed = {p.name for p in ann.mentions.participants_in(doc)}
    assert confirmed == {"Canada", "Australia"}
    commitments = window.session.reader.commitments
    assert [c.quote for c in commitments.list_commitments(document_id=doc)] == [QUOTE]
    entries = ann.journal.history(limit=5)
    assert entries[0].change.kind.value == "add_commitment"
    assert entries[1].change.kind.value != "confirm"  # the confirmations are in that one step
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.view.setFocus()
    press(qtbot, K.Key_Z, CTRL)
    idle(qtbot, window)
    assert ann.mentions.participants_in(doc) == []
    assert commitments.list_commitments(document_id=doc) == []
    qtbot.waitUntil(lambda: {"Canada", "Australia"} <= {s.name for s in panel.suggestions.rows})


def test_the_tag_dialog_tells_a_coalition_and_follows_what_is_typed(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    _select(qtbot, window, doc, "تحالف الراغبين")
    dialog = _dialog(qtbot, window, K.Key_P)
    assert isinstance(dialog, TagDialog)
    assert dialog.kind.currentData() == "coalition"
    dialog.edit.setText("Keir Starmer")
    assert dialog.kind.currentData() == "coalition"  # the selection still tells it
    dialog.selected = "ستارمر"
    dialog.edit.setText("Poland")
    assert dialog.kind.currentData() == "state"  # a state of the gazetteer
    dialog.edit.setText("Keir Starmer")
    assert dialog.kind.currentData() == "person"
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())  # as a click or a key picks it
    dialog.edit.setText("Coalition of the Willing")
    assert dialog.kind.currentData() == "other"  # the user's pick stays
    dialog.reject()


def test_creating_the_coalition_from_the_arabic_words_keeps_both_names(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    _select(qtbot, window, doc, "تحالف الراغبين")
    dialog = _dialog(qtbot, window, K.Key_P)
    dialog.edit.setText("Coalition of the Willing")
    dialog.list.setCurrentIndex(dialog.model.index(dialog.model.rowCount() - 1, 0))
    with qtbot.waitSignal(controller_of(window).ops.changed, timeout=10000):
        dialog.accept()
    idle(qtbot, window)
    made = window.session.reader.annotations.participants.resolve("Coalition of the Willing")
    assert (made.kind, made.name_ar, made.name_en) == (
        "coalition", "تحالف الراغبين", "Coalition of the Willing")  # fmt: skip


def _add_starmer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    controller_of(window).ops.write(Operation.TAG, lambda a: a.annotations.participants.add(
        "Keir Starmer", "person"))  # fmt: skip
    idle(qtbot, window)


def _editor(qtbot, window, name: str) -> ParticipantEditor:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    pid = window.session.reader.annotations.participants.resolve(name).id
    editor = controller.edit_participant(pid)
    assert isinstance(editor, ParticipantEditor)
    qtbot.waitUntil(editor.isVisible)
    return editor


def _offered(editor: ParticipantEditor, typed: str) -> list[str]:
    completer = editor.completer
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_parent_field_lists_each_participant_once(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, _doc = annotating
    people = window.session.reader.annotations.participants
    uk = people.resolve("United Kingdom")
    _add_starmer(qtbot, window)
    starmer = people.resolve("Keir Starmer")
    editor = _editor(qtbot, window, "Keir Starmer")
    assert _offered(editor, "United K") == ["United Kingdom"]
    assert _offered(editor, "UK").count("United Kingdom") == 1  # its abbreviation
    for alias in ("بريطانيا", "British", "لندن", "المملكة المتحدة", "britain"):
        assert _offered(editor, alias).count("United Kingdom") == 1, alias
    lines = [editor.completer.model().index(r, 0).data()
             for r in range(editor.completer.model().rowCount())]  # fmt: skip
    assert lines.count("United Kingdom") == 1 and "Keir Starmer" not in lines
    assert len(lines) == len(set(lines)) == len(people.all()) - 1
    editor.parent_edit.setText("بريطانيا")  # an alias typed, not picked: still the one
    assert editor.parent_choice() == (uk.id, "")
    editor.parent_edit.setText(_offered(editor, "بريطانيا")[0])
    assert editor.parent_choice() == (uk.id, "")
    editor.name_ar.setText("كير ستارمر")
    with qtbot.waitSignal(controller_of(window).ops.changed, timeout=10000):
        editor.save()
    idle(qtbot, window)
    assert people.get(starmer.id).parent_id == uk.id
    change = window.session.reader.annotations.journal.history(limit=1)[0].change
    assert change_label(change, {starmer.id: "Keir Starmer"}) == (
        "edit Keir Starmer (Arabic name, parent)")  # fmt: skip


def test_the_parent_field_in_arabic_shows_the_arabic_name(qtbot, arabic, annotating) -> None:  # type: ignore[no-untyped-def]
    window, _doc = annotating
    _add_starmer(qtbot, window)
    editor = _editor(qtbot, window, "Keir Starmer")
    assert _offered(editor, "UK")[:1] == ["المملكة المتحدة"]
    assert _offered(editor, "بريطانيا") == ["المملكة المتحدة"]
    editor.reject()


def test_an_edit_label_in_arabic_names_the_fields(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    from archiver.core.changes import Change, ChangeKind

    change = Change(ChangeKind.UPDATE_PARTICIPANT, participants=(7,), names=("Keir Starmer",),
                    extra={"fields": ["name_ar", "parent_id"]})  # fmt: skip
    assert (
        change_label(change, {7: "كير ستارمر"})
        == "تعديل \u2068كير ستارمر\u2069 (الاسم العربي، يتبع)"
    )
    assert QApplication.instance() is arabic
