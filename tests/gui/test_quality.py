"""The text quality score: a column of the results (header menu), and the reader's notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from waiting import import_and_wait, search, settle

import pdf_fixtures as fx
from archiver.gui import window_layout
from archiver.gui.mainwindow import MainWindow
from archiver.gui.results_model import COLUMNS
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes

QUALITY = COLUMNS.index("quality")
# Lone letters, consonant runs and presentation forms: what a badly encoded PDF font gives.
JUNK = "ف ل ة ب xqzt tsrkl ك ع ا ﺪﻘﻋ ﻲﻓ bcdfg ة ت ث ج " * 6


@pytest.fixture
def mixed(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window after importing a clean text and a PDF whose text reads poorly."""
    pdf = fx.make_pdf(tmp_path / "poor.pdf", ["تقرير رديء", JUNK, "نص عربي سليم في الآخر"])
    clean = tmp_path / "clean.txt"
    clean.write_text("تقرير جيد\n\nنص عربي سليم عن تقرير الميزانية.", encoding="utf-8")
    report = import_and_wait(qtbot, window, [pdf, clean])
    assert len(report.imported) == 2
    assert any("low text quality" in w for f in report.imported for w in f.warnings)
    return window


def _rows(window: MainWindow) -> dict[str, int]:
    model = window.model
    return {model.index(r, 0).data(): r for r in range(model.rowCount())}


def test_the_results_show_the_score_and_flag_a_low_one(mixed: MainWindow) -> None:
    model, rows = mixed.model, _rows(mixed)
    poor, good = rows["تقرير رديء"], rows["تقرير جيد"]
    score = float(model.index(poor, QUALITY).data())
    assert score < 0.5 and model.index(good, QUALITY).data() == "1.00"
    assert QColor(model.index(poor, QUALITY).data(Qt.ItemDataRole.ForegroundRole)).isValid()
    assert model.index(good, QUALITY).data(Qt.ItemDataRole.ForegroundRole) is None
    icon = model.index(poor, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()  # seen even with the column hidden
    assert model.index(good, 0).data(Qt.ItemDataRole.DecorationRole) is None
    tip = model.index(poor, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("تقرير رديء\n") and f"Low text quality ({score:.2f})" in tip


def test_search_hits_carry_the_score_and_sort_by_it(qtbot, mixed: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, mixed, "تقرير")
    model = mixed.model
    assert model.total == 2
    model.sort(QUALITY, Qt.SortOrder.AscendingOrder)
    settle(qtbot, mixed)
    assert float(model.index(0, QUALITY).data()) < 0.5 and model.index(0, 0).data() == "تقرير رديء"
    model.sort(QUALITY, Qt.SortOrder.DescendingOrder)
    settle(qtbot, mixed)
    assert model.index(0, QUALITY).data() == "1.00"


def test_the_column_starts_hidden_and_the_header_menu_shows_it(
    qtbot, mixed: MainWindow, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = mixed.results
    assert view.isColumnHidden(QUALITY)
    menu = view.column_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["column_quality"].isChecked() and not actions["column_title"].isEnabled()
    actions["column_quality"].trigger()
    assert not view.isColumnHidden(QUALITY)
    actions["column_date"].trigger()
    assert view.isColumnHidden(COLUMNS.index("date"))
    window_layout.save(mixed, settings)
    mixed.close_archive()
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "a", lanes, import_workers=1)
    again = MainWindow(settings, session)
    qtbot.addWidget(again)
    assert not again.results.isColumnHidden(QUALITY)  # as the user left it
    assert again.results.isColumnHidden(COLUMNS.index("date"))
    again.close_archive()


def test_the_reader_shows_the_score_and_explains_a_low_one(qtbot, mixed: MainWindow) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(mixed)
    mixed.open_document(mixed.model.doc_id(rows["تقرير رديء"]), focus=False)
    settle(qtbot, mixed)
    reader = mixed.reader
    assert reader.notice.isVisible() and "Low text quality (0." in reader.notice.text()
    assert "quality 0." in reader.meta.text()
    mixed.open_document(mixed.model.doc_id(rows["تقرير جيد"]), focus=False)
    assert not reader.notice.isVisible() and "quality 1.00" in reader.meta.text()
