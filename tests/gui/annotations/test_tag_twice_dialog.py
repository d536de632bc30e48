"""Ctrl+Shift+P on «الحكومة الأردنية»: Jordan (whose alias الأردنية the words hold) is offered
first and a new one would be an organisation; Enter tags it and adds the words as an alias,
the status bar says so; the same again is "already tagged", one mention, nothing journaled."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt

from archiver.gui.annotations.tag_dialog import PID_ROLE, TagDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key
# Our own sentences in the manner of a news report.
TEXT = (
    "مستشفى ميداني في خان يونس\n"
    "\n"
    "وأضاف أن الحكومة الأردنية ستفتح مستشفى ميدانياً في خان يونس، وقال إن الأردن سيرسل أطباء.\n"
)
WORDS = "الحكومة الأردنية"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """This module's own article (the annotating fixture imports it)."""
    path = tmp_path / "hospital.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _tag_dialog(qtbot, window, doc: int) -> TagDialog:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    start = window.session.document(doc).text.index(WORDS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.reader.select_span(start, start + len(WORDS))
    window.reader.view.setFocus()
    press(qtbot, K.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert isinstance(dialog, TagDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _enter(qtbot, window, dialog: TagDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.edit.setFocus()
    with qtbot.waitSignal(controller_of(window).ops.changed, timeout=10000):
        press(qtbot, K.Key_Return)
    idle(qtbot, window)


def test_tagging_the_government_words_offers_jordan_and_twice_is_once(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, doc = annotating
    window.open_document(doc)
    qtbot.waitUntil(lambda: controller_of(window).panel.doc_id == doc)
    idle(qtbot, window)
    ann = window.session.reader.annotations
    jordan = ann.participants.resolve("Jordan").id
    dialog = _tag_dialog(qtbot, window, doc)
    assert dialog.list.currentIndex().data(PID_ROLE) == jordan, "the alias inside comes first"
    assert dialog.kind.currentData() == "organisation"  # «الحكومة …» for a new one
    assert dialog.alias.isChecked()
    _enter(qtbot, window, dialog)
    assert WORDS in [a.alias for a in ann.participants.aliases(jordan)]
    said = window.statusBar().currentMessage()
    assert "Tagged as" in said and WORDS in said and "added as an alias" in said
    entries = len(ann.journal.history())
    start = TEXT.index(WORDS)

    dialog = _tag_dialog(qtbot, window, doc)  # the same words, the same participant
    assert dialog.list.currentIndex().data(PID_ROLE) == jordan
    assert not dialog.alias.isChecked() and "alias of this participant" in dialog.alias_note.text()
    _enter(qtbot, window, dialog)
    assert "Already tagged" in window.statusBar().currentMessage()
    spans = [s for d in ann.mentions.participants_in(doc) if d.participant_id == jordan
             for s in d.spans]  # fmt: skip
    assert spans.count((start, start + len(WORDS))) == 1
    assert len(ann.journal.history()) == entries, "nothing journaled"
