"""The library sidebar and the bulk actions, in the window as the app builds it, on a real
archive: every change one undoable step on the write lane, the sidebar and results following."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView
from waiting import import_and_wait, search, settle

from archiver.core.text.scripts import BIDI_CONTROLS
from archiver.gui.annotations.participant_editor import ParticipantEditor
from archiver.gui.app import build_window
from archiver.gui.library_flow import LibraryFlow
from archiver.gui.library_model import KEY_ROLE, KIND_ROLE
from archiver.gui.mainwindow import MainWindow
from archiver.services.library_nodes import NodeKind


def written(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the write lane and the reads that follow it, then for the sidebar's refresh."""
    lanes = window.session.lanes
    qtbot.waitUntil(lambda: not lanes.serial.busy, timeout=30000)
    settle(qtbot, window)
    flow = window.findChild(LibraryFlow)
    flow.refresh()
    settle(qtbot, window)  # the sidebar is read on the read pool


class Answers:
    """What the user types into the questions the flow asks, in order."""

    def __init__(self) -> None:
        self.queue: list[str | None] = []
        self.asked: list[tuple[str, str, list[str] | None]] = []

    def __call__(self, title: str, label: str, text: str = "", choices=None):  # type: ignore[no-untyped-def]
        self.asked.append((title, label, choices))
        return self.queue.pop(0)


@pytest.fixture
def library(qtbot, settings, session, articles):  # type: ignore[no-untyped-def]
    """(window, flow, answers): the composed window over the imported articles."""
    window, _controller = build_window(settings, session)
    qtbot.addWidget(window)
    window.show()
    import_and_wait(qtbot, window, [articles])
    flow = window.findChild(LibraryFlow)
    answers = Answers()
    flow.ask = answers
    flow.refresh()
    settle(qtbot, window)
    return window, flow, answers


def rows(flow: LibraryFlow, kind: NodeKind) -> dict[str, object]:
    """Label (its bidi marks and isolates left out) -> key of the sidebar's rows of one kind."""
    model = flow.sidebar.model
    return {plain(i.data()): i.data(KEY_ROLE) for i in model.rows()
            if i.data(KIND_ROLE) == kind.value}  # fmt: skip


def plain(label: str) -> str:
    """``label`` without its direction marks and isolates."""
    return re.sub(f"[{BIDI_CONTROLS}]", "", label)


def titles(window: MainWindow) -> set[str]:
    model = window.model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def journal_size(window: MainWindow) -> int:
    return len(window.session.reader.annotations.journal.history(1000))


def select_rows_by_keyboard_and_mouse(qtbot, window: MainWindow) -> list[int]:  # type: ignore[no-untyped-def]
    """Rows 0 and 1 by Shift+Down, row 3 added by Ctrl+click."""
    view = window.results
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    view.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    rect = view.visualRect(window.model.index(3, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())  # fmt: skip
    ids = view.selected_ids()
    assert ids == [window.model.doc_id(r) for r in (0, 1, 3)]
    return ids


def test_bulk_tag_collect_source_and_date_are_one_change_each(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window, flow, answers = library
    ids = select_rows_by_keyboard_and_mouse(qtbot, window)
    reader = window.session.reader
    steps = journal_size(window)
    answers.queue = ["region/levant, press"]
    qtbot.keyClick(window.results, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    assert all(set(reader.annotations.tags.of(i)) == {"region/levant", "press"} for i in ids)
    assert journal_size(window) == steps + 1
    tags = rows(flow, NodeKind.TAG)
    assert {"region  (3)", "levant  (3)", "press  (3)"} <= set(tags)  # a tree: levant under region
    answers.queue = ["Ukraine/aid"]  # a new path: made and filled in one change
    steps = journal_size(window)
    flow.bulk.collect()
    written(qtbot, window)
    aid = reader.annotations.collections.find("Ukraine/aid")
    assert sorted(reader.annotations.collections.documents(aid.id)) == sorted(ids)
    assert journal_size(window) == steps + 1
    answers.queue = ["Ukraine/aid"]  # an existing one: one change
    window.results.select_row(2)
    steps = journal_size(window)
    flow.bulk.collect()
    written(qtbot, window)
    assert journal_size(window) == steps + 1 and aid.count + 1 == len(
        reader.annotations.collections.documents(aid.id))  # fmt: skip
    select_rows_by_keyboard_and_mouse(qtbot, window)
    steps = journal_size(window)
    answers.queue = ["Reuters", "2024-05"]
    flow.bulk.set_source()
    flow.bulk.set_date()
    written(qtbot, window)
    assert journal_size(window) == steps + 2
    summaries = reader.summaries(ids)
    assert {(s["source"], s["published"]) for s in summaries.values()} == {("Reuters", "2024-05")}
    sources = {window.model.index(window.model.row_of(i), 2).data() for i in ids}
    assert sources == {"Reuters"}  # the rows shown were refreshed
    window.undo_history.undo()  # the date, for all three at once
    written(qtbot, window)
    assert {s["published"] for s in reader.summaries(ids).values()} != {"2024-05"}
    assert {s["source"] for s in reader.summaries(ids).values()} == {"Reuters"}
    answers.queue = ["not a date"]
    window.results.select_row(0)
    steps = journal_size(window)
    flow.bulk.set_date()
    written(qtbot, window)
    assert journal_size(window) == steps and "is not a date" in window.statusBar().currentMessage()


def test_several_results_go_to_the_trash_as_one_change(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window, flow, _answers = library
    ids = select_rows_by_keyboard_and_mouse(qtbot, window)
    qtbot.keyClick(window.results, Qt.Key.Key_Delete)
    written(qtbot, window)
    assert window.model.rowCount() == 1
    assert all(window.session.in_trash(i) for i in ids)
    assert rows(flow, NodeKind.TRASH) == {"Trash  (3)": None}
    assert "Moved 3 documents" in window.statusBar().currentMessage()
    window.undo_history.undo()
    written(qtbot, window)
    assert not any(window.session.in_trash(i) for i in ids) and window.model.rowCount() == 4


def test_collections_made_renamed_deleted_from_the_sidebar(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window, flow, answers = library
    tree = flow.sidebar.tree
    flow.focus()
    answers.queue = ["Ukraine"]
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a new collection at the top
    written(qtbot, window)
    ukraine = rows(flow, NodeKind.COLLECTION)["Ukraine  (0)"]
    assert flow.sidebar.current() == (NodeKind.COLLECTION.value, ukraine)
    answers.queue = ["aid"]
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # on a collection: inside it
    written(qtbot, window)
    aid = window.session.reader.annotations.collections.find("Ukraine/aid")
    assert aid.parent_id == ukraine
    index = flow.sidebar.model.find(NodeKind.COLLECTION.value, aid.id)
    assert index.parent().data(KEY_ROLE) == ukraine  # shown inside its parent
    answers.queue = ["military aid"]
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    written(qtbot, window)
    assert window.session.reader.annotations.collections.get(aid.id).path == "Ukraine/military aid"
    # Documents dragged from the results onto it: the drag's data, dropped on its row.
    assert window.search_bar.text() == "" and window.model.rowCount() == 4  # nothing chosen
    data = window.model.mimeData([window.model.index(0, 0), window.model.index(1, 0)])
    index = flow.sidebar.model.find(NodeKind.COLLECTION.value, aid.id)
    assert flow.sidebar.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, index)
    flow.sidebar.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, index)
    written(qtbot, window)
    assert "military aid  (2)" in rows(flow, NodeKind.COLLECTION)
    assert "Ukraine  (2)" in rows(flow, NodeKind.COLLECTION)  # the parent counts its children's
    flow.sidebar.select(NodeKind.COLLECTION.value, aid.id)
    flow.choose(NodeKind.COLLECTION.value, aid.id)
    settle(qtbot, window)
    assert window.search_bar.text() == 'collection:"Ukraine/military aid"'
    assert window.model.total == 2
    tree.setFocus()
    flow.sidebar.select(NodeKind.COLLECTION.value, ukraine)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)  # with the one inside it; the documents stay
    written(qtbot, window)
    assert rows(flow, NodeKind.COLLECTION) == {}
    assert window.session.count() == 4
    window.undo_history.undo()
    written(qtbot, window)
    assert "military aid  (2)" in rows(flow, NodeKind.COLLECTION)


def test_a_saved_search_runs_again_live_when_chosen(qtbot, library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow, answers = library
    search(qtbot, window, "أوكرانيا")
    assert window.model.total == 2
    answers.queue = ["Ukraine news"]
    assert flow.actions["save_search"] in window.search_bar.actions()  # its button in the bar
    qtbot.keyClick(window.search_bar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    saved = rows(flow, NodeKind.SAVED)
    assert list(saved) == ["Ukraine news"]
    more = tmp_path / "more"
    more.mkdir()
    (more / "new.txt").write_text("أوكرانيا اليوم\n\nخبر جديد عن أوكرانيا.", encoding="utf-8")
    import_and_wait(qtbot, window, [more])
    search(qtbot, window, "")
    flow.choose(NodeKind.SAVED.value, saved["Ukraine news"])
    settle(qtbot, window)
    assert window.search_bar.text() == "أوكرانيا" and window.model.total == 3
    answers.queue = ["Ukraine"]
    flow.sidebar.select(NodeKind.SAVED.value, saved["Ukraine news"])
    flow.sidebar.tree.setFocus()
    qtbot.keyClick(flow.sidebar.tree, Qt.Key.Key_F2)
    written(qtbot, window)
    assert list(rows(flow, NodeKind.SAVED)) == ["Ukraine"]
    qtbot.keyClick(flow.sidebar.tree, Qt.Key.Key_Delete)
    written(qtbot, window)
    assert rows(flow, NodeKind.SAVED) == {}


def test_tags_participants_imports_and_trash_from_the_sidebar(qtbot, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, flow, answers = library
    controller = flow.annotations
    ukraine_doc = next(i for i in window.session.document_ids()
                       if window.session.summaries([i])[i]["title"].startswith("اجتماع"))  # fmt: skip
    controller.ops.confirm_all(ukraine_doc)
    written(qtbot, window)
    people = rows(flow, NodeKind.PARTICIPANT)
    assert any(label.startswith("Ukraine  (") for label in people)
    pid = next(key for label, key in people.items() if label.startswith("Ukraine"))
    flow.choose(NodeKind.PARTICIPANT.value, pid)
    settle(qtbot, window)
    assert window.search_bar.text() == "participant:Ukraine"
    assert ukraine_doc in [window.model.doc_id(r) for r in range(window.model.rowCount())]
    flow.sidebar.select(NodeKind.PARTICIPANT.value, pid)
    flow.sidebar.tree.setFocus()
    qtbot.keyClick(flow.sidebar.tree, Qt.Key.Key_F2)  # the participant editor, for this one
    editor = window.findChild(ParticipantEditor)
    assert editor is not None and editor.isVisible()
    editor.reject()
    edited: list[int] = []
    flow.edit_participant = edited.append  # Enter and F2 open the participant editor
    flow.sidebar.select(NodeKind.PARTICIPANT.value, pid)
    flow.sidebar.tree.setFocus()
    qtbot.keyClick(flow.sidebar.tree, Qt.Key.Key_Return)
    qtbot.keyClick(flow.sidebar.tree, Qt.Key.Key_F2)
    assert edited == [pid, pid]
    # Tags: drop documents on a tag, choose it (children included).
    window.results.select_row(0)
    answers.queue = ["region/levant"]
    flow.bulk.tag()
    written(qtbot, window)
    region = flow.sidebar.model.find(NodeKind.TAG.value, "region")
    data = window.model.mimeData([window.model.index(0, 0)])
    flow.sidebar.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, region)
    written(qtbot, window)
    flow.choose(NodeKind.TAG.value, "region")
    settle(qtbot, window)
    assert window.search_bar.text() == "tag:region" and window.model.total >= 1
    # Recent imports: the second batch lists its one document.
    more = tmp_path / "more"
    more.mkdir()
    (more / "late.txt").write_text("Late news\n\nSomething happened late.", encoding="utf-8")
    import_and_wait(qtbot, window, [more])
    flow.refresh()
    settle(qtbot, window)
    imports = rows(flow, NodeKind.IMPORT)
    assert len(imports) == 2 and all(label.startswith("Imported ") for label in imports)
    newest = next(iter(imports.values()))
    flow.choose(NodeKind.IMPORT.value, newest)
    settle(qtbot, window)  # the batch's documents still out of the trash, from the read pool
    assert titles(window) == {"Late news"} and window.search_bar.text() == ""
    flow.choose(NodeKind.ALL.value, None)
    settle(qtbot, window)
    assert window.model.rowCount() == 5
    flow.choose(NodeKind.TRASH.value, None)
    assert window.undo_history.trash_dialog is not None
    assert window.undo_history.trash_dialog.isVisible()
    window.undo_history.trash_dialog.close()


def test_the_sidebar_by_keyboard_toggle_focus_type_ahead(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window, flow, _answers = library
    sidebar = flow.sidebar
    assert sidebar.isVisible()
    assert flow.actions["toggle_library"].shortcut().toString() == "Ctrl+B"
    window.activateWindow()  # window shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not sidebar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert sidebar.isVisible() and sidebar.tree.hasFocus()
    window.search_bar.setFocus()
    qtbot.keyClick(window.search_bar, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert sidebar.tree.hasFocus()
    qtbot.keyClicks(sidebar.tree, "Rec")  # type-ahead: the first row starting with it
    assert sidebar.current() == (NodeKind.SECTION.value, "imports")
    qtbot.keyClick(sidebar.tree, Qt.Key.Key_Right)  # an open heading: to its first row
    assert sidebar.current()[0] == NodeKind.IMPORT.value
    qtbot.waitUntil(lambda: window.model.listed is not None, timeout=3000)  # chosen once it rests
    settle(qtbot, window)
    assert window.model.rowCount() == 4
    point = sidebar.tree.visualRect(sidebar.model.find(NodeKind.ALL.value, None)).center()
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert window.model.listed is None


def test_no_two_actions_of_the_window_share_a_key(library) -> None:  # type: ignore[no-untyped-def]
    window, _flow, _answers = library
    owners: dict[str, list[str]] = {}
    for action_id, action in window.registry.actions.items():
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action_id)
    assert {k: ids for k, ids in owners.items() if len(ids) > 1} == {}


def test_the_sidebar_counts_follow_an_import_while_it_stores(qtbot, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A batch's files are stored a transaction at a time, long before its end: the import's
    # progress (at most once a second) reads the sidebar again, off the GUI thread.
    window, flow, _answers = library
    before = rows(flow, NodeKind.ALL)
    more = tmp_path / "stored-meanwhile"
    more.mkdir()
    (more / "a.txt").write_text("خبر أول\n\nاجتمع الوزراء في بغداد.", encoding="utf-8")
    (more / "b.txt").write_text("Second item\n\nThe ministers met again.", encoding="utf-8")
    window.session.writer.import_paths([more])  # stored as a running batch would, no end event
    assert rows(flow, NodeKind.ALL) == before
    window.imports.progressed.emit()
    qtbot.waitUntil(lambda: rows(flow, NodeKind.ALL) != before, timeout=5000)
    assert _count(rows(flow, NodeKind.ALL)) == _count(before) + 2 == window.session.reader.count()


def _count(labels: dict[str, object]) -> int:
    """N of the one label "All documents  (N)"."""
    (label,) = labels
    return int(label.rsplit("(", 1)[1].rstrip(")"))


def test_one_undo_takes_back_a_collection_made_for_the_selection(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+L with a new name, then Ctrl+Z: no collection left, empty or not."""
    window, flow, answers = library
    ids = select_rows_by_keyboard_and_mouse(qtbot, window)
    collections = window.session.reader.annotations.collections
    answers.queue = ["تحالف الراغبين"]
    qtbot.keyClick(window.results, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    written(qtbot, window)
    made = collections.find("تحالف الراغبين")
    assert sorted(collections.documents(made.id)) == sorted(ids)
    window.undo_history.refresh_labels()
    assert window.actions_by_id["undo"].text().replace("&", "") == (
        "Undo add collection تحالف الراغبين with 3 documents")  # fmt: skip
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    assert collections.all() == []
    assert "تحالف الراغبين  (0)" not in rows(flow, NodeKind.COLLECTION)


def test_tags_typed_with_an_arabic_comma_or_semicolon_are_several(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    window, _flow, answers = library
    ids = select_rows_by_keyboard_and_mouse(qtbot, window)
    reader = window.session.reader
    answers.queue = ["مساعدات، تمويل؛ إغاثة"]  # as an Arabic keyboard types them
    qtbot.keyClick(window.results, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    assert all(set(reader.annotations.tags.of(i)) == {"مساعدات", "تمويل", "إغاثة"} for i in ids)
    label = answers.asked[-1][1]
    assert "\u2068a/b\u2069" in label and "\u2068b\u2069" in label  # the example isolated
