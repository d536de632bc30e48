"""Reader: hit positions across UTF-16, one direction per paragraph, plain text, marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from archiver.core.model import Document
from archiver.gui.reader import Reader
from archiver.gui.textspans import Utf16Map, direction_of


def make_doc(text: str, title: str = "t") -> Document:
    return Document(1, title, text, "ar", "rtl", "text", "f.txt", "/x/f.txt", "s", "h", None, None)


def test_utf16_map_round_trips_around_emoji():
    text = "😀 أ😀ب 𝐀x"
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert m.to_cp(m.to_utf16(cp)) == cp
    assert m.to_utf16(1) == 2 and m.to_utf16(len(text)) == len(text.encode("utf-16-le")) // 2


def test_hit_after_emoji_selects_the_arabic_word(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    text = "تقرير 😀😀 عن أوكرانيا اليوم\nEnglish 🇺🇦 line about Kyiv"
    start = text.index("أوكرانيا")
    kyiv = text.index("Kyiv")
    reader.show_document(make_doc(text), [(start, start + len("أوكرانيا")), (kyiv, kyiv + 4)])
    reader.next_hit()
    assert reader.view.textCursor().selectedText() == "أوكرانيا"
    assert reader.selection_span() == (start, start + len("أوكرانيا"))
    reader.next_hit()
    assert reader.view.textCursor().selectedText() == "Kyiv"
    assert reader.selected_text() == "Kyiv"


def test_harakat_and_tatweel_stay_inside_the_highlight(qtbot, session, tmp_path):
    word = "أُوكـرانِيا"
    (tmp_path / "h.txt").write_text(f"عنوان\n\n😀 دعم {word} مستمر", encoding="utf-8")
    with qtbot.waitSignal(session.events.documents_added, timeout=10000):
        session.import_paths([tmp_path / "h.txt"])
    doc_id = session.document_ids()[0]
    spans = session.highlights(doc_id, "أوكرانيا")
    reader = Reader()
    qtbot.addWidget(reader)
    reader.show_document(session.document(doc_id), spans)
    reader.next_hit()
    assert reader.view.textCursor().selectedText() == word


def test_each_paragraph_gets_its_own_direction(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.show_document(make_doc("مرحبا\n2025 — English words\n\n«أوكرانيا» ثانية"))
    doc = reader.view.document()
    directions = [
        doc.findBlockByNumber(i).blockFormat().layoutDirection() for i in range(doc.blockCount())
    ]
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions == [rtl, ltr, ltr, rtl]  # the blank line keeps the direction before it


def test_direction_of_skips_weak_characters():
    assert direction_of("2025 - «أوكرانيا»") == Qt.LayoutDirection.RightToLeft
    assert direction_of("«Ukraine» أوكرانيا") == Qt.LayoutDirection.LeftToRight


def test_text_is_never_read_as_html(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.show_document(make_doc("<b>not bold</b> &amp; <img src=x>", title="<i>title</i>"))
    assert reader.view.toPlainText() == "<b>not bold</b> &amp; <img src=x>"
    assert reader.title.text() == "<i>title</i>"


def test_marks_are_separate_from_hits(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    text = "قال 😀 الرئيس ماكرون"
    s = text.index("ماكرون")
    reader.show_document(make_doc(text), [(0, 3)])
    reader.set_marks([(s, s + 6, "#2a9d8f")])
    extras = reader.view.extraSelections()
    assert len(extras) == 2
    mark = extras[0]
    assert mark.cursor.selectedText() == "ماكرون"
    assert mark.format.underlineColor() == QColor("#2a9d8f")
    reader.set_hits([])
    assert len(reader.view.extraSelections()) == 1


def test_zoom_changes_the_font(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    size = reader.view.document().defaultFont().pointSize()
    reader.set_zoom(2)
    assert reader.view.document().defaultFont().pointSize() == size + 2


def test_the_information_line_names_the_author_and_the_linked_documents(qtbot):
    from dataclasses import replace

    reader = Reader()
    qtbot.addWidget(reader)
    mail = replace(make_doc("نص الرسالة"), kind="email", author="سلمى <s@example.org>",
                   attachments=(7, 8))  # fmt: skip
    reader.show_document(mail)
    assert "سلمى <s@example.org>" in reader.meta.text()
    assert "attachments: #7, #8" in reader.meta.text()
    reader.show_document(replace(make_doc("نص"), parent_document=3))
    assert "attached to #3" in reader.meta.text()


def test_f3_brings_a_whole_phrase_a_third_down_the_view(qtbot):  # type: ignore[no-untyped-def]
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(520, 420)
    reader.show()
    qtbot.waitExposed(reader)
    filler = "\n\n".join(f"فقرة رقم {n} عن الاجتماع." for n in range(60))
    text = f"{filler}\n\nوقالت الوزيرة إن وقف إطلاق النار صامد.\n\n{filler}"
    at = text.index("وقف")
    words = [(at, at + 3), (at + 4, at + 9), (at + 10, at + 15)]  # the core's spans: one a word
    assert [text[s:e] for s, e in words] == ["وقف", "إطلاق", "النار"]
    reader.show_document(make_doc(text), words)
    assert reader.hits == [(at, at + 15)]  # the phrase is one hit
    reader.next_hit()
    assert reader.view.textCursor().selectedText() == "وقف إطلاق النار"
    view = reader.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(at)
    top, height = view.cursorRect(cursor).top(), view.viewport().height()
    assert height / 5 <= top <= height / 2, (top, height)  # not on the bottom edge
