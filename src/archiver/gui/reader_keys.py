"""The reader's selection keys: the sentence or clause at the caret, the selection grown or
shrunk by a word or a clause at either end (plain letters, while the reader has the focus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from archiver.core.text import units
from archiver.gui.actions import Spec
from archiver.gui.locale_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow
    from archiver.gui.reader import Reader

MENU = QT_TRANSLATE_NOOP("actions", "Reader")
WORD, CLAUSE, SENTENCE = "word", units.CLAUSE, units.SENTENCE
# (id, text, keys, what it does: ("select", kind, step) or ("grow"/"shrink", kind, at_end))
_KEYS = (
    ("select_sentence", QT_TRANSLATE_NOOP("actions", "Select the sentence at the caret (again: the next one)"), "S",
     ("select", SENTENCE, True)),
    ("select_previous_sentence", QT_TRANSLATE_NOOP("actions", "Select the previous sentence"), "Shift+S",
     ("select", SENTENCE, False)),
    ("select_clause", QT_TRANSLATE_NOOP("actions", "Select the clause at the caret (again: the next one)"), "C",
     ("select", CLAUSE, True)),
    ("select_previous_clause", QT_TRANSLATE_NOOP("actions", "Select the previous clause"), "Shift+C", ("select", CLAUSE, False)),
    ("grow_word_end", QT_TRANSLATE_NOOP("actions", "Selection: one more word at the end"), "W", ("grow", WORD, True)),
    ("shrink_word_end", QT_TRANSLATE_NOOP("actions", "Selection: one word fewer at the end"), "Shift+W", ("shrink", WORD, True)),
    ("grow_word_start", QT_TRANSLATE_NOOP("actions", "Selection: one more word at the start"), "B", ("grow", WORD, False)),
    ("shrink_word_start", QT_TRANSLATE_NOOP("actions", "Selection: one word fewer at the start"), "Shift+B",
     ("shrink", WORD, False)),
    ("grow_clause_end", QT_TRANSLATE_NOOP("actions", "Selection: one more clause at the end"), "E", ("grow", CLAUSE, True)),
    ("shrink_clause_end", QT_TRANSLATE_NOOP("actions", "Selection: one clause fewer at the end"), "Shift+E",
     ("shrink", CLAUSE, True)),
    ("grow_clause_start", QT_TRANSLATE_NOOP("actions", "Selection: one more clause at the start (the preceding one)"), "P",
     ("grow", CLAUSE, False)),
    ("shrink_clause_start", QT_TRANSLATE_NOOP("actions", "Selection: one clause fewer at the start"), "Shift+P",
     ("shrink", CLAUSE, False)),
)  # fmt: skip
SPECS = tuple(Spec(i, text, (keys,), MENU) for i, text, keys, _do in _KEYS)
NOTES = (  # what the text view does by itself
    Spec("reader_caret", QT_TRANSLATE_NOOP("actions", "Move the caret (in Arabic, Left goes forward)"),
         ("Left", "Right", "Up", "Down", "PgUp", "PgDown"), MENU),
    Spec("reader_select_chars", QT_TRANSLATE_NOOP("actions", "Select by character or line"), ("Shift+Left", "Shift+Right",
         "Shift+Up", "Shift+Down"), MENU),
    Spec("reader_select_words", QT_TRANSLATE_NOOP("actions", "Select by word"), ("Ctrl+Shift+Left", "Ctrl+Shift+Right"), MENU),
    Spec("reader_ends", QT_TRANSLATE_NOOP("actions", "Start or end of the line; of the text with Ctrl (Shift selects)"),
         ("Home", "End", "Ctrl+Home", "Ctrl+End"), MENU),
    Spec("reader_copy", QT_TRANSLATE_NOOP("actions", "Copy the selection; select all"), ("Ctrl+C", "Ctrl+A"), MENU),
)  # fmt: skip


def select(reader: Reader, kind: str, forward: bool) -> None:
    """The sentence (clause) at the caret; from one selected already, the next (previous)."""
    text, span = _state(reader)
    if text is None:
        return
    here = units.piece_at(text, span[0], kind)
    if span[0] < span[1] and (here == span or not forward):
        here = units.step_from(text, *span, kind, 1 if forward else -1) or span
    if here is not None:
        reader.select_span(*here)


def resize(reader: Reader, kind: str, at_end: bool, larger: bool) -> None:
    """Grow or shrink the selection by a word or a clause at its end (or its start)."""
    text, span = _state(reader)
    if text is None:
        return
    change = units.grow if larger else units.shrink
    reader.select_span(*change(text, span, kind, at_end))


def _state(reader: Reader) -> tuple[str | None, tuple[int, int]]:
    """The document's text and the selection (the caret as an empty span when none)."""
    if reader.doc is None or not reader.view.isVisible():
        return None, (0, 0)
    caret = reader.caret()
    return reader.doc.text, reader.selection_span() or (caret, caret)


def _handler(reader: Reader, do: tuple[str, str, bool]) -> Callable[[], None]:
    verb, kind, flag = do
    if verb == "select":
        return lambda: select(reader, kind, flag)
    return lambda: resize(reader, kind, flag, verb == "grow")


def install(window: MainWindow) -> None:
    """Register the keys on the reader's text (they act only while it has the focus), list
    them and the text view's own keys in F1, and put them in Edit ▸ Select in the reader."""
    from archiver.gui import windowmenus

    submenu = windowmenus.menu(window, "Edit").addMenu(
        QCoreApplication.translate("ReaderKeys", "&Select in the reader")
    )
    submenu.setObjectName("menuReaderKeys")
    for spec, (_i, _t, _k, do) in zip(SPECS, _KEYS, strict=True):
        submenu.addAction(
            window.registry.add(spec, _handler(window.reader, do), window.reader.view)
        )
    for note in NOTES:
        window.registry.note(note)
