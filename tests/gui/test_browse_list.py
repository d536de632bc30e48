"""The browse list comes from the read pool: the rows shown stay until its ids arrive, and a
list read again (after a change, as an import stores) is updated in place, so the view keeps
its selection and its place."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView
from waiting import import_and_wait, search, settle

from archiver.gui.mainwindow import MainWindow

LETTERS = "abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _notes(folder: Path, count: int, seed: str) -> Path:
    """``count`` short texts of words of their own (no two are near duplicates)."""
    rng = random.Random(seed)
    folder.mkdir()
    for number in range(count):
        words = " ".join("".join(rng.choices(LETTERS, k=6)) for _ in range(40))
        (folder / f"{seed}-{number:03d}.txt").write_text(f"{seed} {number}\n\n{words}\n", "utf-8")
    return folder


def _shown(window: MainWindow) -> list[int | None]:
    return [window.model.doc_id(row) for row in range(window.model.rowCount())]


def test_the_ids_come_from_the_read_pool_and_the_rows_shown_stay_until_then(qtbot, filled):  # type: ignore[no-untyped-def]
    search(qtbot, filled, "أوكرانيا")
    hits = _shown(filled)
    assert len(hits) == 2
    filled.search_bar.set_query("")  # back to every document
    assert _shown(filled) == hits and filled.model.pending == ""  # no empty list meanwhile
    settle(qtbot, filled)
    ids = filled.session.document_ids()
    assert filled.model.browsing and _shown(filled) == ids and filled.model.total == len(ids) == 4


def test_an_import_adds_its_rows_in_place_keeping_the_selection(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    window, resets = filled, []
    window.results.select_row(1)
    second = window.model.index(2, 0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.results.selectionModel().select(second, flags)
    chosen = window.results.selected_ids()
    assert len(chosen) == 2
    window.model.modelReset.connect(lambda: resets.append(True))
    before = _shown(window)
    import_and_wait(qtbot, window, [_notes(tmp_path / "more", 2, "more")])
    assert resets == []  # rows inserted, not a new list
    newest = _shown(window)[:2]
    assert newest == sorted(window.session.document_ids())[-2:][::-1]  # the new ones on top
    assert _shown(window)[2:] == before and window.model.total == 6
    assert window.results.selected_ids() == chosen
    assert window.results.current_id() == chosen[0]
    with qtbot.waitSignal(window.session.events.document_deleted, timeout=10000):
        window.session.delete_documents([newest[0]])  # a row above the selection leaves
    settle(qtbot, window)
    assert window.model.total == 5 and _shown(window)[1:] == before
    assert resets == [] and window.results.selected_ids() == chosen


def test_the_list_follows_an_import_as_it_stores_and_keeps_its_place(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    # A first import: its batches are committed long before its end (the writer stores them
    # here as a running import would, with no end event); each progress reads the list again.
    settle(qtbot, window)
    assert window.model.rowCount() == 0
    window.session.writer.import_paths([_notes(tmp_path / "first", 40, "first")])
    window.imports.progressed.emit()
    qtbot.waitUntil(lambda: window.model.total == 40, timeout=10000)
    settle(qtbot, window)
    assert _shown(window)[:3] == window.session.document_ids()[:3]
    view = window.results
    view.setFixedHeight(8 * view.verticalHeader().defaultSectionSize())
    qtbot.waitUntil(lambda: view.rowAt(0) == 0, timeout=5000)
    view.scrollTo(window.model.index(20, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    view.select_row(22)
    top, current = window.model.doc_id(view.rowAt(0)), view.current_id()
    window.session.writer.import_paths([_notes(tmp_path / "second", 3, "second")])
    window.imports.progressed.emit()
    qtbot.waitUntil(lambda: window.model.total == 43, timeout=10000)
    settle(qtbot, window)
    assert window.model.doc_id(view.rowAt(0)) == top  # scrolled down: the same rows in view
    assert view.current_id() == current and window.model.row_of(current) == 25
    assert _shown(window)[:3] == window.session.document_ids()[:3]  # the new ones on top
