"""Results you can read: two-line rows, panes that keep their width, a window that comes back,
file dialogs that start in Documents, stop words explained, highlights that follow the query."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from waiting import import_and_wait, search, settle

from archiver.gui import file_dialogs, window_layout
from archiver.gui.app import build_window
from archiver.gui.results_model import COLUMNS
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes


def _dark_pixels(image: QImage, top: int, bottom: int, left: int, right: int) -> int:
    count = 0
    for y in range(max(top, 0), min(bottom, image.height()), 2):
        for x in range(max(left, 0), min(right, image.width()), 2):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


def test_a_row_shows_the_title_over_its_snippet_at_1280_px(qtbot, composed, articles) -> None:  # type: ignore[no-untyped-def]
    window, _controller = composed
    window.resize(1280, 800)
    import_and_wait(qtbot, window, [articles])
    search(qtbot, window, "أوكرانيا")
    view = window.results
    title = COLUMNS.index("title")
    assert "Matches" not in [window.model.headerData(i, 1) for i in range(len(COLUMNS))]
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    # The title column, which carries the snippet, takes most of the list's width.
    assert view.columnWidth(title) >= 0.5 * view.viewport().width()
    assert view.columnWidth(title) >= 220  # with the sidebar and the panel open beside it
    rect = view.visualRect(window.model.index(0, title))
    assert rect.height() >= 2 * view.fontMetrics().height()
    image = view.viewport().grab().toImage()
    middle = rect.top() + rect.height() // 2
    first = _dark_pixels(image, rect.top(), middle, rect.left(), rect.right())
    second = _dark_pixels(image, middle, rect.bottom(), rect.left(), rect.right())
    assert first > 20 and second > 20  # text on both lines: the title and the snippet


def test_the_reader_keeps_its_width_as_the_window_narrows(qtbot, composed, articles) -> None:  # type: ignore[no-untyped-def]
    window, _controller = composed
    import_and_wait(qtbot, window, [articles])
    window.resize(1280, 800)
    qtbot.wait(50)
    window.resize(700, 700)
    qtbot.wait(50)
    assert window.reader.width() >= window_layout.READER_MIN_WIDTH
    assert window.results_stack.width() >= window_layout.RESULTS_MIN_WIDTH
    assert not window.splitter.childrenCollapsible()


def test_the_query_document_geometry_and_docks_come_back(
    qtbot, tmp_path, settings, articles
) -> None:  # type: ignore[no-untyped-def]
    lanes = Lanes()
    first = ArchiveSession(tmp_path / "a", lanes, import_workers=1)
    window, controller = build_window(settings, first)
    qtbot.addWidget(window)
    window.show()
    import_and_wait(qtbot, window, [articles])
    search(qtbot, window, "الترجي")
    doc_id = window.model.doc_id(0)
    window.open_document(doc_id)
    window.resize(790, 560)  # inside the offscreen screen (800 x 600), over the minimum width
    controller.panel.hide()
    window.close()  # saves the layout and closes the session
    again = ArchiveSession(tmp_path / "a", lanes, import_workers=1)
    second, controller2 = build_window(settings, again)
    qtbot.addWidget(second)
    second.show()
    settle(qtbot, second)
    assert second.search_bar.text() == "الترجي"
    assert second.current_id == doc_id
    assert second.reader.title.text() == "فوز الترجي في الدوري"
    assert second.results.current_id() == doc_id
    assert second.height() == 560  # the width: as wide as the docks shown need
    assert controller2.panel.isHidden()
    assert second.reader.hits  # the query's hits are highlighted again
    second.close()
    lanes.drain()


def test_file_dialogs_start_in_documents_then_where_the_user_went(
    tmp_path, monkeypatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    settings = Settings(tmp_path / "s.ini")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents == str(home / "Documents")
    assert file_dialogs.start_folder(settings) == documents
    dialog = file_dialogs.make(
        None, settings, "Import files", mode=QFileDialog.FileMode.ExistingFiles
    )
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    picked = tmp_path / "papers" / "one.txt"
    picked.parent.mkdir()
    picked.write_text("x", encoding="utf-8")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(str(picked.parent))
    dialog.selectFile(str(picked))
    dialog.accept()
    assert file_dialogs.chosen(dialog, settings) == [str(picked)]
    assert file_dialogs.start_folder(settings) == str(picked.parent)
    saving = file_dialogs.make(None, settings, "Export", mode=QFileDialog.FileMode.AnyFile,
                               suggested="bundle.zip", save=True)  # fmt: skip
    assert Path(saving.directory().absolutePath()) == home / "Documents"  # not where imports were
    saving.reject()
    assert file_dialogs.chosen(saving, settings) == []
    exports = tmp_path / "exports"
    exports.mkdir()
    saving = file_dialogs.make(None, settings, "Export", mode=QFileDialog.FileMode.AnyFile,
                               suggested="bundle.zip", save=True)  # fmt: skip
    saving.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    saving.setDirectory(str(exports))
    saving.selectFile(str(exports / "bundle.zip"))
    saving.accept()
    assert file_dialogs.chosen(saving, settings) == [str(exports / "bundle.zip")]
    assert file_dialogs.start_folder(settings, save=True) == str(exports)  # the next export
    assert file_dialogs.start_folder(settings) == str(picked.parent)  # the next import
    (picked.parent / "one.txt").unlink()
    picked.parent.rmdir()  # the folder went away: Documents again
    assert file_dialogs.start_folder(settings) == documents


def test_a_query_of_stop_words_says_they_are_ignored(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, filled, "إلى")
    assert filled.results_stack.currentWidget() is filled.no_hits
    text = filled.no_hits.label.text()
    assert "common words" in text and "إلى" in text
    assert "No documents match" not in text
    search(qtbot, filled, "إلى زلزال")  # a word with no hits and a stop word
    text = filled.no_hits.label.text()
    assert "No documents match" in text and "Ignored (common words): إلى" in text


def test_the_reader_drops_the_previous_querys_highlights(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, filled, "أوكرانيا")
    doc_id = filled.model.doc_id(0)
    filled.open_document(doc_id)
    settle(qtbot, filled)
    before = filled.reader.hits
    assert before
    search(qtbot, filled, "ضمانات")  # still matches the open document, elsewhere
    qtbot.waitUntil(lambda: filled.reader.hits != before, timeout=5000)
    text = filled.document_text()
    assert {text[s:e] for s, e in filled.reader.hits} == {"ضمانات"}
    search(qtbot, filled, "")  # browsing: no query, no highlights
    qtbot.waitUntil(lambda: not filled.reader.hits, timeout=5000)
    assert filled.current_id == doc_id
