"""Actions registry, palette, sheets, metadata editing, delete, empty and no-hits states."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from waiting import search, settle

from archiver.core.archive import Archive
from archiver.gui.actions import SPECS
from archiver.gui.mainwindow import MainWindow
from archiver.gui.metadata_dialog import MetadataDialog
from archiver.gui.palette import CommandPalette
from archiver.gui.shortcuts_sheet import ShortcutsSheet
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes


def menu_actions(window: MainWindow) -> set[str]:
    found: set[str] = set()
    stack = [window.menuBar()]
    while stack:
        for action in stack.pop().actions():
            if action.menu():
                stack.append(action.menu())
            elif action.objectName():
                found.add(action.objectName())
    return found


def test_every_action_has_unique_keys_and_a_menu(window):
    keys: dict[str, str] = {}
    for spec in SPECS:
        action = window.actions_by_id[spec.id]
        assert action.shortcuts(), spec.id
        for seq in action.shortcuts():
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in keys, f"{text}: {spec.id} and {keys.get(text)}"
            keys[text] = spec.id
    assert {s.id for s in SPECS} <= menu_actions(window)
    for reserved in ("Ctrl+Shift+P", "Ctrl+Shift+C"):
        assert reserved not in keys  # left for the tagging panel
    assert keys["Ctrl+Z"] == "undo" and keys["Ctrl+Shift+Z"] == "redo"


def test_user_override_of_a_shortcut(qtbot, settings, session):
    settings.set_shortcut("zoom_in", ["Ctrl+Up"])
    win = MainWindow(settings, session)
    qtbot.addWidget(win)
    assert win.actions_by_id["zoom_in"].shortcut() == QKeySequence("Ctrl+Up")


def test_palette_finds_and_runs_an_action(qtbot, filled):
    palette = CommandPalette(filled.registry.enabled_actions(), filled)
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.edit, "zoom in")
    assert palette.proxy.rowCount() == 1
    before = filled.reader.zoom
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert filled.reader.zoom == before + 1


def test_shortcuts_sheet_lists_every_action(qtbot, composed):
    window = composed[0]
    sheet = ShortcutsSheet(window.registry, window)
    qtbot.addWidget(sheet)
    text = sheet.browser.toPlainText()
    assert "Import a folder" in text and "F3" in text and "Ctrl+K" in text
    assert "Record commitment" in text and "Ctrl+Shift+C" in text  # menus added by the panel
    for action in window.registry.actions.values():
        assert action.text().replace("&", "") in text


def _accept_dialog_when_shown(edit) -> None:  # type: ignore[no-untyped-def]
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MetadataDialog):
            QTimer.singleShot(10, run)
            return
        edit(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


def test_f2_edits_the_details(qtbot, filled):
    with qtbot.waitActive(filled):
        filled.activateWindow()
    doc_id = filled.model.doc_id(0)
    filled.open_document(doc_id)
    _accept_dialog_when_shown(
        lambda d: (d.title.setText("عنوان جديد"), d.published.setText("2025-03-01"))
    )
    with qtbot.waitSignal(filled.session.events.document_updated, timeout=10000):
        qtbot.keyClick(filled.reader.view, Qt.Key.Key_F2)
    doc = filled.session.document(doc_id)
    assert doc.title == "عنوان جديد" and doc.published == "2025-03-01"
    assert doc.published_source == "user"  # a date edited in F2 is the user's
    assert filled.reader.title.text() == "عنوان جديد"
    assert filled.model.index(0, 0).data() == "عنوان جديد"
    search(qtbot, filled, "title:جديد")
    assert filled.model.doc_id(0) == doc_id


def test_metadata_dialog_only_reports_changes(qtbot, filled):
    dialog = MetadataDialog(filled.session.document(filled.model.doc_id(0)))
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.source.setText("Reuters")
    dialog.published.setText("2025-13")
    assert dialog.changes() == {"source": "Reuters", "published": "2025-13"}


def test_delete_moves_to_the_trash_without_asking(qtbot, filled):
    with qtbot.waitActive(filled):
        filled.activateWindow()
    asked: list[str] = []
    filled.confirm = lambda title, text: asked.append(text) or False
    filled.results.select_row(0)
    doc_id = filled.model.doc_id(0)
    with qtbot.waitSignal(filled.session.events.document_deleted, timeout=10000):
        qtbot.keyClick(filled.results, Qt.Key.Key_Delete)
    assert not asked  # undoable: Ctrl+Z and the trash bring it back
    assert filled.session.count() == 3 and filled.model.row_of(doc_id) == -1
    assert filled.results.currentIndex().row() == 0
    assert "trash" in filled.statusBar().currentMessage()
    assert filled.session.in_trash(doc_id)


def test_empty_archive_page(qtbot, window, session):
    settle(qtbot, window)  # known empty once the read pool has listed it
    assert window.pages.currentWidget() is window.empty
    assert str(session.root) in window.empty.where.text()
    assert [b.text().split("   ")[0] for b in window.empty.buttons] == [
        "Import files…", "Import a folder…", "Open another archive…",
    ]  # fmt: skip


def test_no_hits_says_so_and_offers_a_suggestion(qtbot, filled):
    search(qtbot, filled, "budgett")
    assert filled.results_stack.currentWidget() is filled.no_hits
    text = filled.no_hits.label.text()
    assert "No documents match" in text and "budgett" in text
    if filled.no_hits.suggestion:  # the index knows "budget"
        filled.no_hits.suggestion_clicked.emit(filled.no_hits.suggestion)
        settle(qtbot, filled)
        assert filled.search_bar.text() == filled.no_hits.suggestion
        assert filled.results_stack.currentWidget() is filled.results


def test_locked_archive_opens_read_only(qtbot, settings, tmp_path, articles):
    root = tmp_path / "locked"
    holder = Archive.open(root)
    holder.import_paths([articles])
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    try:
        win = MainWindow(settings, session)
        qtbot.addWidget(win)
        win.show()
        assert session.readonly and win.banner.isVisible()
        assert "Read-only" in win.banner.text()
        settle(qtbot, win)
        assert win.model.rowCount() == 4
        errors: list = []
        session.events.error.connect(lambda what, msg: errors.append(what))
        win.confirm = lambda *a: True
        win.results.select_row(0)
        win.delete_document()
        assert errors == ["delete"] and session.count() == 4
        assert win.import_paths([str(articles)]) is None
        win.close_archive()
    finally:
        holder.close()


def test_layout_and_last_query_are_remembered(qtbot, settings, filled, tmp_path):
    search(qtbot, filled, "budget")
    filled.splitter.setSizes([500, 776])  # both over their minimum widths in 800 px
    sizes = filled.splitter.sizes()
    filled.close()
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "a", lanes, import_workers=1)
    win = MainWindow(settings, session)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    assert win.search_bar.text() == "budget" and win.model.query == "budget"
    new = win.splitter.sizes()
    assert (
        abs(new[0] / sum(new) - sizes[0] / sum(sizes)) < 0.02
    )  # offscreen windows may differ in size
    assert str(session.root) in settings.get("archive/recent")
    win.close_archive()


def test_opening_another_archive_starts_without_the_old_query(qtbot, filled, tmp_path):
    search(qtbot, filled, "budget")
    assert filled.model.query == "budget"
    filled.switch_archive(str(tmp_path / "other"))
    qtbot.waitUntil(lambda: filled.session.root == tmp_path / "other")
    assert filled.search_bar.text() == "" and filled.model.query == ""
    filled.close_archive()


def test_a_status_message_leaves_the_hit_count_visible(qtbot, filled):
    search(qtbot, filled, "budget")
    assert filled.status_hits.text()
    filled.statusBar().showMessage("Undone: tag", 5000)
    assert filled.status_hits.isVisible() and filled.status_docs.isVisible()


def test_recent_menu_lists_archives(window, settings):
    recent = window.menuBar().findChild(QMenu, "menuRecent")
    recent.aboutToShow.emit()
    assert str(window.session.root) in [a.text() for a in recent.actions()]


def test_the_hit_count_follows_a_deleted_hit(qtbot, filled):
    filled.run_query("أوكرانيا", force=True)
    settle(qtbot, filled)
    assert filled.model.total == 2
    assert filled.status_hits.text().startswith("2 hits")
    filled.results.select_row(0)
    with qtbot.waitSignal(filled.session.events.document_deleted, timeout=10000):
        filled.delete_document()
    assert filled.model.rowCount() == 1 and filled.status_hits.text() == "1 hit"


def test_f2_edits_the_author_as_one_undoable_step(qtbot, filled):
    with qtbot.waitActive(filled):
        filled.activateWindow()
    doc_id = filled.model.doc_id(0)
    filled.open_document(doc_id)
    _accept_dialog_when_shown(lambda d: d.author.setText("سلمى العبدالله"))
    with qtbot.waitSignal(filled.session.events.document_updated, timeout=10000):
        qtbot.keyClick(filled.reader.view, Qt.Key.Key_F2)
    assert filled.session.document(doc_id).author == "سلمى العبدالله"
    assert "سلمى العبدالله" in filled.reader.meta.text()
    with qtbot.waitSignal(filled.undo_history.undone, timeout=10000):
        filled.undo_history.undo()
    qtbot.waitUntil(lambda: filled.session.document(doc_id).author == "")
    again = MetadataDialog(filled.session.document(doc_id))
    qtbot.addWidget(again)
    again.author.setText("  Ann Writer ")
    assert again.changes() == {"author": "Ann Writer"}


def test_no_hits_suggests_quotes_for_an_unknown_value_of_several_words(qtbot, filled):
    search(qtbot, filled, "tag:budget cuts")
    assert filled.results_stack.currentWidget() is filled.no_hits
    text = filled.no_hits.label.text()
    assert (
        "A value of several words goes in quotes" in text
        and "query:tag:&quot;budget cuts&quot;" in text
    )
    assert filled.no_hits.suggestion == 'tag:"budget cuts"'
