"""A click on a column header sorts the result list in the store, on the read pool: the rows
shown stay until the ids come in their order, the selection and the current row move with
their documents, and the sort lasts when the list is read again (an edit, an import)."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from waiting import import_and_wait, search, settle

from archiver.gui.mainwindow import MainWindow
from archiver.gui.results_model import COLUMNS

TITLE, DATE = COLUMNS.index("title"), COLUMNS.index("date")
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _shown(window: MainWindow) -> list[int | None]:
    return [window.model.doc_id(row) for row in range(window.model.rowCount())]


def _by_title(window: MainWindow, ids: list[int], descending: bool = False) -> list[int]:
    """The ids as the list sorts titles: by code point, ties by id."""
    assert window.session is not None
    rows = window.session.summaries(ids)
    return sorted(ids, key=lambda i: (rows[i]["title"], i), reverse=descending)


def _click(qtbot, window: MainWindow, column: int, order: Qt.SortOrder) -> None:  # type: ignore[no-untyped-def]
    """What a click on the header does: the indicator moves and the model sorts."""
    window.results.horizontalHeader().setSortIndicator(column, order)
    settle(qtbot, window)


def _select(window: MainWindow, rows: list[int]) -> None:
    window.results.select_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        window.results.selectionModel().select(window.model.index(row, 0), flags)


def _notes(folder: Path, titles: list[str]) -> Path:
    rng = random.Random(folder.name)  # words of their own: no two are near duplicates
    folder.mkdir()
    for number, title in enumerate(titles):
        words = " ".join("".join(rng.choices("abcdefghijklmnop", k=6)) for _ in range(40))
        (folder / f"{number:02d}.txt").write_text(f"{title}\n\n{words}\n", "utf-8")
    return folder


def test_a_header_click_sorts_in_place_keeping_selection_and_current_row(qtbot, filled):  # type: ignore[no-untyped-def]
    window, resets = filled, []
    window.model.modelReset.connect(lambda: resets.append(True))
    before = _shown(window)
    _select(window, [2, 0])
    chosen, current = sorted(window.results.selected_ids()), window.results.current_id()
    window.results.horizontalHeader().setSortIndicator(TITLE, ASC)
    assert _shown(window) == before  # the rows shown stay until the sorted ids come
    settle(qtbot, window)
    ids = window.session.document_ids()
    assert _shown(window) == _by_title(window, ids)  # Latin titles before Arabic ones
    assert resets == []  # rows moved, not a new list
    assert sorted(window.results.selected_ids()) == chosen
    assert window.results.current_id() == current
    _click(qtbot, window, TITLE, DESC)
    assert _shown(window) == _by_title(window, ids, descending=True)
    _click(qtbot, window, -1, ASC)  # the sort undone: newest import first again
    assert _shown(window) == before and sorted(window.results.selected_ids()) == chosen


def test_dates_sort_with_the_undated_first_ascending(qtbot, filled):  # type: ignore[no-untyped-def]
    window = filled
    ids = sorted(window.session.document_ids())
    for doc_id, date in zip(ids, ("2021-03-01", None, "2019-07-15", "2021-03-01"), strict=True):
        if date is not None:
            window.session.update_document(doc_id, published=date)
    qtbot.waitUntil(lambda: not window.session.lanes.serial.busy, timeout=10000)
    settle(qtbot, window)
    _click(qtbot, window, DATE, ASC)
    assert _shown(window) == [ids[1], ids[2], ids[0], ids[3]]  # ties by id
    _click(qtbot, window, DATE, DESC)
    assert _shown(window) == [ids[3], ids[0], ids[2], ids[1]]


def test_the_sort_lasts_after_an_edit_and_an_import(qtbot, filled, tmp_path):  # type: ignore[no-untyped-def]
    window = filled
    _click(qtbot, window, TITLE, ASC)
    last = _shown(window)[-1]
    _select(window, [len(_shown(window)) - 1])
    window.session.update_document(last, title="AAA now first")
    qtbot.waitUntil(lambda: _shown(window)[0] == last, timeout=10000)  # moved by the edit
    settle(qtbot, window)
    assert window.results.selected_ids() == [last] and window.results.current_id() == last
    import_and_wait(qtbot, window, [_notes(tmp_path / "more", ["Mango", "باب"])])
    ids = window.session.document_ids()
    assert len(ids) == 6 and _shown(window) == _by_title(window, ids)  # still by title
    assert window.results.selected_ids() == [last]


def test_search_results_sort_in_the_store_and_again_when_the_query_runs_again(qtbot, filled):  # type: ignore[no-untyped-def]
    window = filled
    search(qtbot, window, "أوكرانيا OR budget")
    hits = _shown(window)
    assert len(hits) == 3
    _select(window, [1])
    chosen = window.results.selected_ids()
    _click(qtbot, window, TITLE, DESC)
    assert _shown(window) == _by_title(window, [i for i in hits if i], descending=True)
    assert window.results.selected_ids() == chosen
    window.refresh()  # the query run again (after an import, say): shown in its sort at once
    settle(qtbot, window)
    assert _shown(window) == _by_title(window, [i for i in hits if i], descending=True)


def test_a_selected_row_sorted_past_the_rows_loaded_is_loaded_and_stays_selected(qtbot, filled):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel as Selection

    from archiver.gui.results_model import ResultsModel

    model = ResultsModel(filled.session, page_size=1)
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("")
    ids = filled.session.document_ids()
    assert model.rowCount() == 1 and model.doc_id(0) == ids[0]  # one row loaded: the newest
    order = _by_title(filled, ids)
    place = order.index(ids[0])
    assert place >= 1  # sorted, it goes past the rows loaded
    selection = Selection(model)
    selection.setCurrentIndex(model.index(0, 0), Selection.SelectionFlag.Select)
    model.sort(TITLE, ASC)
    qtbot.waitUntil(lambda: not filled.session.lanes.reads.busy, timeout=10000)
    assert model.rowCount() == place + 1  # loaded down to it
    assert [model.doc_id(r) for r in range(model.rowCount())] == order[: place + 1]
    assert selection.currentIndex().row() == place
    assert [i.row() for i in selection.selectedIndexes()] == [place]
