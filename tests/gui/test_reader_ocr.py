"""The reader marks numbers OCR read as unverified and says where the date came from."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCharFormat

from archiver.core.model import Document
from archiver.core.text.scripts import BIDI_CONTROLS
from archiver.gui.reader import Reader

TEXT = "تونس، 12 مارس 2024 - خزان بسعة 5000 متر مكعب."


def _unmarked(text: str) -> str:
    return re.sub(f"[{BIDI_CONTROLS}]", "", text)


def _document(**facts) -> Document:
    return Document(id=1, title="خطة المياه", text=TEXT, language="ar", direction="rtl",
                    kind="pdf", file_name="scan.pdf", original_path="/tmp/scan.pdf",
                    stored_name="ab/ab.pdf", file_sha256="ab", pages=1, **facts)  # fmt: skip


def test_numbers_read_by_ocr_are_dotted_and_the_date_says_its_origin(qtbot) -> None:
    reader = Reader()
    qtbot.addWidget(reader)
    spans = [(TEXT.index("12"), TEXT.index("12") + 2), (TEXT.index("5000"), TEXT.index("5000") + 4)]
    reader.show_document(_document(published="2024-03-01", published_source="text",
                                   published_precision="month", unverified=spans))  # fmt: skip
    dotted = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in reader.view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]
    assert dotted == spans  # Arabic text here has no surrogate pairs: UTF-16 = code points
    assert "2024-03 (from the dateline, month only)" in _unmarked(reader.meta.text())
    assert "unverified" in reader.meta.text()
    reader.set_hits([spans[1]])  # hits and tags do not wipe the marks
    assert len(reader.view.extraSelections()) == 3
    reader.show_document(_document(published="2025-07-09", published_source="file-name"))
    assert not reader.view.extraSelections()
    assert "2025-07-09 (from the file name)" in _unmarked(reader.meta.text())


def test_the_ocr_models_folder_is_chosen_once_and_used_for_every_import(
    window, tmp_path, monkeypatch
) -> None:
    from archiver.core.imports.ocr import tools
    from archiver.gui import ocr_models

    monkeypatch.delenv(tools.MODELS_ENV, raising=False)
    models = tmp_path / "models"
    models.mkdir()
    (models / "ara.traineddata").write_bytes(b"a model")
    window.ask_folder = lambda title: str(models)
    window.actions_by_id["ocr_models"].trigger()
    assert window.settings.get(ocr_models.SETTING) == str(models)
    tools.use_models(None)
    window.import_paths([])  # each import applies the saved folder first
    assert tools.models_folder() == str(models.resolve())
    window.settings.set(ocr_models.SETTING, "")
    window.import_paths([])
    assert tools.models_folder() is None


def test_stored_import_warnings_are_shown_in_arabic_and_kept_as_stored(qtbot, arabic) -> None:
    from archiver.core.imports.pdf.scanned import scan_warnings

    stored = ["read by OCR (numbers unverified)", *scan_warnings([1, 2], {1: "نص"}),
              "page 3 unreadable", "a sentence this version does not know"]  # fmt: skip
    doc = _document(published="", warnings=list(stored))
    reader = Reader()
    qtbot.addWidget(reader)
    reader.show_document(doc)
    lines = _unmarked(reader.notice.text()).split("\n")
    assert lines == [
        "قُرئ بالتعرّف الضوئي (الأرقام غير مُتحقَّق منها)",
        "الصفحات ١، ٢: قُرئ بالتعرّف الضوئي (الأرقام غير مُتحقَّق منها)",
        "الصفحة ٢: ممسوحة ضوئياً، لكنّ التعرّف الضوئي لم يجد فيها نصاً",
        "الصفحة ٣ غير مقروءة",
        "a sentence this version does not know",  # as stored, in its own direction
    ]
    assert doc.warnings == stored  # the record keeps the English sentences


def test_words_read_with_low_confidence_are_waved_and_tell_why(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    word = (TEXT.index("خزان"), TEXT.index("خزان") + 4)
    reader.show_document(_document(published=None, doubtful=[(*word, 41)], unverified=[(6, 8)]))
    waved = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in reader.view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert waved == [word]
    assert "low confidence" in reader.meta.text()

    def hover(at: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        cursor = reader.view.textCursor()
        cursor.setPosition(at)
        point = reader.view.cursorRect(cursor).center()
        viewport = reader.view.viewport()
        event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(word[0] + 2) == "read by OCR with low confidence: check the scan"
    assert hover(TEXT.index("متر") + 1) == ""  # a word read with confidence has no tooltip
    reader.show_document(_document(published=None))
    assert not reader.view.extraSelections() and "low confidence" not in reader.meta.text()
