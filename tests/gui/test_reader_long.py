"""A long document: painted with its first part laid out, the rest laid out from the event loop.

Highlights, F3, find, scrolling and zoom cover the whole text all the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from waiting import import_and_wait, search, settle

from archiver.core.model import Document
from archiver.gui import reader_text
from archiver.gui.reader import Reader
from archiver.gui.textspans import direction_of

ARABIC = "تستضيف بريطانيا اجتماعاً لدعم أوكرانيا في مواجهة روسيا، وقال الرئيس إن الدعم مستمر"
ENGLISH = "Leaders met in London to discuss security guarantees for Ukraine and its neighbours"
LAST = "Epilogue: the zanzibar clause closes the file."  # a word nowhere else


def long_text(size_bytes: int) -> str:
    """Arabic paragraphs with an English one in every seven, a blank line between some."""
    lines: list[str] = []
    total = 0
    while total < size_bytes:
        n = len(lines)
        line = f"{ENGLISH} ({n})" if n % 7 == 3 else f"{ARABIC} {n}"
        lines.append(line if n % 5 else "")
        total += len(line.encode()) + 1
    return "\n".join([*lines, LAST])


def make_doc(text: str) -> Document:
    return Document(1, "طويل", text, "ar", "rtl", "text", "f.txt", "/x/f.txt", "s", "h", None, None)


class FirstPaint(QObject):
    """How much of the text was laid out when the viewport first painted."""

    def __init__(self, reader: Reader) -> None:
        super().__init__()
        self.reader = reader
        self.loaded: int | None = None
        self.turns: int | None = None  # chunks laid out from the event loop before it
        self._turns = 0
        reader.text_layout.grew.connect(self._count)
        reader.view.viewport().installEventFilter(self)

    def _count(self, _before: int, _after: int) -> None:
        self._turns += 1

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.loaded is None:
            self.loaded, self.turns = self.reader.text_layout.loaded, self._turns
        return False


def shown_reader(qtbot) -> Reader:  # type: ignore[no-untyped-def]
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(700, 800)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def drawn(reader: Reader) -> list[str]:
    return [sel.cursor.selectedText() for sel in reader.view.extraSelections()]


def test_a_700_kb_document_paints_its_first_part_and_lays_out_the_rest_between_events(qtbot):
    text = long_text(700 * 1024)
    reader = shown_reader(qtbot)
    first = FirstPaint(reader)
    chunks: list[tuple[int, int]] = []
    reader.text_layout.grew.connect(lambda before, after: chunks.append((before, after)))
    between: list[bool] = []
    last = text.index("zanzibar")
    hits = [(at, at + len("أوكرانيا")) for at in _all(text, "أوكرانيا")]
    reader.show_document(make_doc(text), [*hits, (last, last + len("zanzibar"))])
    QTimer.singleShot(0, lambda: between.append(reader.text_layout.complete))
    qtbot.waitUntil(lambda: first.loaded is not None, timeout=10000)
    # Painted early: after the first part and at most a few turns of the event loop (how much
    # a turn lays out depends on the machine's speed, so the turns are counted, not characters).
    assert first.turns is not None and first.turns <= 4, first.turns
    assert first.loaded is not None and first.loaded < len(text) // 4
    assert reader.view.document().characterCount() < len(text)
    qtbot.waitUntil(lambda: reader.text_layout.complete, timeout=60000)
    assert between == [False]  # the event loop ran while the text was being laid out
    assert len(chunks) > 10 and chunks[-1][1] == len(text)
    assert reader.view.toPlainText() == text  # every character, in order: offsets hold
    assert len(drawn(reader)) < len(hits) // 10  # only the highlights near the view are drawn
    reader.next_hit(-1)  # F3 backwards from the top: the last hit, at the very end
    assert reader.view.textCursor().selectedText() == "zanzibar"
    assert "zanzibar" in drawn(reader)  # drawn once the view got there
    assert reader.hits[-1] == (last, last + len("zanzibar"))


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_paragraphs_laid_out_later_keep_their_own_direction(qtbot):
    text = long_text(120 * 1024)
    reader = shown_reader(qtbot)
    reader.show_document(make_doc(text))
    assert not reader.text_layout.complete
    qtbot.waitUntil(lambda: reader.text_layout.complete, timeout=30000)
    document, lines = reader.view.document(), text.split("\n")
    assert document.blockCount() == len(lines)
    direction = direction_of(text)
    for number, line in enumerate(lines):  # a blank line keeps the direction before it
        direction = direction_of(line, direction)
        block = document.findBlockByNumber(number)
        assert block.text() == line
        assert block.blockFormat().layoutDirection() == direction, number
        assert block.blockFormat().lineHeight() == reader_text.LINE_HEIGHT


def test_selecting_a_passage_not_laid_out_yet_lays_it_out_first(qtbot):
    text = long_text(300 * 1024)
    reader = shown_reader(qtbot)
    reader.show_document(make_doc(text))
    end = len(text)
    assert reader.text_layout.loaded < end - len(LAST)
    reader.select_span(end - len(LAST), end)  # the annotation panel's "go to", a memo's quote
    assert reader.selected_text() == LAST
    assert reader.selection_span() == (end - len(LAST), end)


def test_scroll_position_and_zoom_stay_while_the_rest_arrives(qtbot):
    text = long_text(300 * 1024)
    reader = shown_reader(qtbot)
    reader.show_document(make_doc(text))
    bar = reader.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 2000, timeout=10000)
    assert not reader.text_layout.complete
    bar.setValue(1500)
    reader.set_zoom(3)
    size = reader.view.document().defaultFont().pointSize()
    qtbot.waitUntil(lambda: reader.text_layout.complete, timeout=30000)
    assert bar.value() == 1500 and reader.view.document().defaultFont().pointSize() == size
    assert reader.zoom == 3
    cursor = reader.view.textCursor()
    assert cursor.position() == 0 and not cursor.hasSelection()  # the caret stayed at the top


def test_another_document_stops_the_layout_of_the_last(qtbot):
    reader = shown_reader(qtbot)
    reader.show_document(make_doc(long_text(300 * 1024)))
    short = "نص قصير\nsecond line"
    reader.show_document(make_doc(short))
    assert reader.text_layout.complete
    qtbot.wait(50)  # a chunk of the long text would arrive here
    assert reader.view.toPlainText() == short


def test_find_in_a_long_document_finds_its_last_line(qtbot, window, tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("تقرير طويل\n\n" + long_text(300 * 1024), encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    window.open_document(window.model.doc_id(0))
    assert not window.reader.text_layout.complete
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.reader.findbar.edit, "zanzibar")
    qtbot.keyClick(window.reader.findbar.edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.reader.view.textCursor().hasSelection(), timeout=10000)
    assert window.reader.view.textCursor().selectedText() == "zanzibar"
    cursor = QTextCursor(window.reader.view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert window.reader.view.textCursor().blockNumber() == cursor.blockNumber()


def test_the_annotation_panel_of_a_long_document_is_filled_from_the_read_pool(
    qtbot, composed, tmp_path: Path
):
    from archiver.gui.annotations.controller import LONG_TEXT

    window, controller = composed
    path = tmp_path / "long.txt"
    path.write_text("تقرير طويل عن أوكرانيا\n\n" + long_text(300 * 1024), encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    doc_id = window.model.doc_id(0)
    assert len(window.session.document(doc_id).text) > LONG_TEXT
    loaded: list[int] = []
    laid_out_when_asked: list[bool] = []
    ops = controller.ops
    assert ops is not None
    ask = ops.document_annotations_later

    def asked(*args, **kwargs):  # type: ignore[no-untyped-def]
        laid_out_when_asked.append(window.reader.text_layout.complete)
        return ask(*args, **kwargs)

    ops.document_annotations_later = asked  # type: ignore[method-assign]
    controller.loaded.connect(loaded.append)
    window.open_document(doc_id)
    assert loaded == [] and controller.panel.doc_id is None  # its suggestions take seconds
    assert not window.reader.text_layout.complete  # the rest is laid out from the event loop
    qtbot.waitUntil(lambda: loaded == [doc_id], timeout=60000)
    assert controller.panel.doc_id == doc_id and controller.panel.suggestions.rowCount() > 0
    # asked for once the text was laid out: the pool's seconds of work would have contended
    # with the layout's chunks for the interpreter, stalling the window
    assert laid_out_when_asked == [True]


def test_a_document_opened_from_a_search_shows_its_first_hit_screens_down(
    qtbot, window, tmp_path: Path
):
    long_path, short_path = tmp_path / "long.txt", tmp_path / "short.txt"
    long_path.write_text("تقرير طويل\n\n" + long_text(40 * 1024), encoding="utf-8")
    short_path.write_text("A short note\n\nThe zanzibar clause, near the top.\n", encoding="utf-8")
    import_and_wait(qtbot, window, [long_path, short_path])
    search(qtbot, window, "zanzibar")
    ids = {window.session.document(window.model.doc_id(r)).file_name: window.model.doc_id(r)
           for r in range(window.model.rowCount())}  # fmt: skip
    window.open_document(ids["long.txt"])
    qtbot.waitUntil(lambda: window.reader.view.textCursor().hasSelection(), timeout=10000)
    assert window.reader.view.textCursor().selectedText() == "zanzibar"  # as F3 brings it
    assert window.reader.view.verticalScrollBar().value() > 0
    window.open_document(ids["short.txt"])  # the hit is on the first screen: left as it was
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.reader.hits != [], timeout=10000)
    assert not window.reader.view.textCursor().hasSelection()
    search(qtbot, window, "")  # no query, no hit: the top of the document, as before
    window.open_document(ids["long.txt"])
    settle(qtbot, window)
    assert window.reader.view.verticalScrollBar().value() == 0
    assert not window.reader.view.textCursor().hasSelection()
