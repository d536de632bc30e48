"""The results model under QAbstractItemModelTester: browsing, searching, paging, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from archiver.gui.results_model import (
    COLUMNS,
    ID_ROLE,
    RTL_ROLE,
    SECOND_LINE_ROLE,
    SNIPPET_ROLE,
    ResultsModel,
)


def check_model(model: ResultsModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def run_and_wait(qtbot, model: ResultsModel, query: str) -> None:  # type: ignore[no-untyped-def]
    """Run a query and wait for its first page (a blank query's ids come from the pool too)."""
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run(query)


def fetch_and_wait(qtbot, model: ResultsModel) -> None:  # type: ignore[no-untyped-def]
    """Ask for the next page and wait for its rows (a query's pages come from the read pool)."""
    rows = model.rowCount()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() > rows, timeout=10000)


def sort_and_wait(
    qtbot, model: ResultsModel, column: int, order=Qt.SortOrder.AscendingOrder
) -> None:  # type: ignore[no-untyped-def]
    """Sort and wait for the ids in their order (the read pool sorts them in the store)."""
    model.sort(column, order)
    assert model.session is not None
    qtbot.waitUntil(lambda: not model.session.lanes.reads.busy, timeout=10000)


def test_browse_pages_and_sorts(qtbot, filled):
    model = ResultsModel(filled.session, page_size=3)
    tester = check_model(model)
    run_and_wait(qtbot, model, "")
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    assert model.doc_id(0) == max(filled.session.document_ids())  # newest first
    sort_and_wait(qtbot, model, 0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    sort_and_wait(qtbot, model, -1)
    assert model.doc_id(0) == max(filled.session.document_ids())
    del tester


def test_search_rows_have_snippets_and_direction(qtbot, filled):
    model = ResultsModel(filled.session, page_size=1)
    tester = check_model(model)
    run_and_wait(qtbot, model, "أوكرانيا")
    result = model.result
    assert result is not None and result.total == 2
    assert model.rowCount() == 1
    fetch_and_wait(qtbot, model)
    assert model.rowCount() == 2
    title = COLUMNS.index("title")  # the title cell carries the snippet for its second line
    assert "<b>" in model.index(0, title).data(SNIPPET_ROLE)  # the first page's came with it
    assert model.index(1, title).data(SNIPPET_ROLE) == ""  # a later page's: asked for when drawn
    qtbot.waitUntil(lambda: "<b>" in model.index(1, title).data(SNIPPET_ROLE), timeout=10000)
    for row in range(2):
        assert "<b>" in model.index(row, title).data(SNIPPET_ROLE)
        assert "<b>" not in model.index(row, title).data(SECOND_LINE_ROLE)
        assert "أوكرانيا" in model.index(row, title).data(SECOND_LINE_ROLE)
        assert isinstance(model.index(row, 0).data(ID_ROLE), int)
    rtl = {model.index(r, 0).data(RTL_ROLE) for r in range(2)}
    assert True in rtl
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.forget(model.doc_id(0))
    assert model.rowCount() == 1
    del tester


def test_empty_model(qtbot, session):
    model = ResultsModel(session)
    tester = check_model(model)
    run_and_wait(qtbot, model, "")
    assert model.rowCount() == 0 and not model.canFetchMore()
    run_and_wait(qtbot, model, "nothing")
    assert model.rowCount() == 0
    del tester


def test_arabic_rows_are_laid_out_right_to_left(qtbot, filled):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from archiver.gui.delegates import DirectionDelegate

    model = ResultsModel(filled.session)
    run_and_wait(qtbot, model, "")
    delegate = DirectionDelegate()
    directions = set()
    for row in range(model.rowCount()):
        option = QStyleOptionViewItem()
        index = model.index(row, 0)
        delegate.initStyleOption(option, index)
        expected = (
            Qt.LayoutDirection.RightToLeft
            if index.data(RTL_ROLE)
            else Qt.LayoutDirection.LeftToRight
        )
        assert option.direction == expected
        directions.add(option.direction)
        if index.data(RTL_ROLE):  # still drawn against the right edge; the date stays LTR
            assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
            assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
            date = QStyleOptionViewItem()
            delegate.initStyleOption(date, model.index(row, 1))
            assert date.direction == Qt.LayoutDirection.LeftToRight
    assert len(directions) == 2  # the fixture has Arabic and English documents


def test_sorting_a_partly_loaded_search_sorts_every_hit_then_pages_them_in(qtbot, filled):
    model = ResultsModel(filled.session, page_size=1)
    tester = check_model(model)
    run_and_wait(qtbot, model, "أوكرانيا")
    assert model.rowCount() == 1 and model.total == 2
    first = model.doc_id(0)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # every hit's id, ordered on the read pool
    qtbot.waitUntil(lambda: not filled.session.lanes.reads.busy, timeout=10000)
    assert model.rowCount() == 1 and model.total == 2 and model.canFetchMore()
    model.fetchMore()  # the next page of the sorted hits, dressed from the store
    assert model.rowCount() == 2 and first in (model.doc_id(0), model.doc_id(1))
    titles = [model.index(r, 0).data() for r in range(2)]
    assert titles == sorted(titles, reverse=True)
    del tester
