"""A search of more hits than its pages loaded sorts every hit by a header click, in the
store, on the read pool: the last row sorted by date is the truly latest document, however far
down the relevance order it was, and the selection moves with its document."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from waiting import search, settle

from archiver.core.archive import Archive
from archiver.gui.app import build_window
from archiver.gui.results_model import COLUMNS
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

COUNT = 2300  # more than the 2,000 hits a sort used to reach
DATE, TITLE = COLUMNS.index("date"), COLUMNS.index("title")
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _notes(folder: Path) -> dict[str, str]:
    """COUNT short notes, each dated by its file name, days apart in a shuffled order; the
    latest and the earliest say "harbour" once only, so they rank last (title -> date)."""
    rng = random.Random(7)
    days = list(range(COUNT))
    rng.shuffle(days)
    folder.mkdir()
    dated = {}
    for number, day in enumerate(days):
        when = (date(2001, 1, 1) + timedelta(days=day)).isoformat()
        words = " ".join("".join(rng.choices("bcdfghklmnprstvz", k=7)) for _ in range(12))
        common = "harbour" if day in (0, COUNT - 1) else "harbour harbour harbour"
        title = f"Note {number:04d}"
        (folder / f"{when}-n{number}.txt").write_text(f"{title}\n\n{common} {words}\n", "utf-8")
        dated[title] = when
    return dated


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An archive of the notes, made once (one import) for the tests that only read it."""
    folder = tmp_path_factory.mktemp("many")
    dated = _notes(folder / "in")
    with Archive.open(folder / "archive") as archive:
        assert len(archive.import_paths([folder / "in"]).imported) == COUNT
    return folder / "archive", dated


@pytest.fixture()
def window(qtbot, settings, many):  # type: ignore[no-untyped-def]
    root, dated = many
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    made, _controller = build_window(settings, session)
    qtbot.addWidget(made)
    made.show()
    settle(qtbot, made)
    try:
        yield made, dated
    finally:
        made.close()
        lanes.drain()


def _sort(qtbot, made, column: int, order: Qt.SortOrder) -> None:  # type: ignore[no-untyped-def]
    made.results.horizontalHeader().setSortIndicator(column, order)
    settle(qtbot, made)


def _load_all(model) -> list[int]:  # type: ignore[no-untyped-def]
    while model.canFetchMore():
        model.fetchMore()
    return [model.doc_id(r) for r in range(model.rowCount())]


def test_a_date_sort_of_many_hits_orders_every_hit(qtbot, window):  # type: ignore[no-untyped-def]
    made, dated = window
    model, session = made.model, made.session
    search(qtbot, made, "harbour")
    assert model.total == COUNT and model.rowCount() < COUNT  # a page of them loaded
    ranked = [model.doc_id(r) for r in range(model.rowCount())]
    latest, earliest = max(dated.values()), min(dated.values())
    made.results.select_row(3)
    chosen = made.results.selected_ids()
    _sort(qtbot, made, DATE, ASC)
    assert model.rowCount() < COUNT  # sorted in the store, paged in as the view scrolls
    assert made.results.selected_ids() == chosen  # the selection moved with its document
    shown = _load_all(model)
    assert len(shown) == len(set(shown)) == COUNT
    dates = [model.index(r, DATE).data() for r in range(COUNT)]
    assert dates == sorted(dates) and dates[0] == earliest and dates[-1] == latest
    last = session.summaries([shown[-1]])[shown[-1]]
    assert dated[last["title"]] == latest  # the truly latest document, ranked last
    _sort(qtbot, made, DATE, DESC)
    assert model.index(0, DATE).data() == latest
    assert model.index(model.rowCount() - 1, DATE).data() == earliest  # all rows stay loaded
    assert made.results.selected_ids() == chosen
    _sort(qtbot, made, -1, ASC)  # relevance again: the search's own order
    assert [model.doc_id(r) for r in range(len(ranked))] == ranked


def test_a_title_sort_of_many_hits_lasts_when_the_search_runs_again(qtbot, window):  # type: ignore[no-untyped-def]
    made, _dated = window
    model = made.model
    search(qtbot, made, "harbour")
    _sort(qtbot, made, TITLE, DESC)
    assert model.index(0, TITLE).data() == f"Note {COUNT - 1:04d}"
    made.refresh()  # after an edit or an import: shown in its sort at once
    settle(qtbot, made)
    assert model.index(0, TITLE).data() == f"Note {COUNT - 1:04d}"
    titles = [model.index(r, TITLE).data() for r in range(len(_load_all(model)))]
    assert titles == [f"Note {n:04d}" for n in reversed(range(COUNT))]
