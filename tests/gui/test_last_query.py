"""Each archive opens on its own last query; one that finds nothing any more gives way to all
documents, with a line saying so."""

from __future__ import annotations

from waiting import search, settle

from archiver.gui.mainwindow import MainWindow
from archiver.services.settings import Settings


def test_each_archive_gets_back_its_own_last_query(qtbot, filled: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = filled.session.root
    search(qtbot, filled, "budget")
    filled.switch_archive(str(tmp_path / "other"))
    qtbot.waitUntil(lambda: filled.session.root == tmp_path / "other")
    settle(qtbot, filled)
    assert filled.search_bar.text() == "" and filled.model.query == ""  # not the first one's
    filled.switch_archive(str(first))
    qtbot.waitUntil(lambda: filled.session.root == first)
    settle(qtbot, filled)
    assert filled.search_bar.text() == "budget" and filled.model.query == "budget"
    assert filled.model.total >= 1
    filled.close_archive()


def test_a_last_query_that_finds_nothing_now_is_not_restored(
    qtbot, filled: MainWindow, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    session = filled.session
    settings.set_last_query(str(session.root), "budget")
    settings.set_last_query(str(session.root) + "/", "zanzibar")  # the same folder, spelt so
    assert settings.last_query(str(session.root)) == "zanzibar"
    win = MainWindow(settings, session)  # as the app opens after the documents were deleted
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: win.search_bar.text() == "", timeout=3000)
    settle(qtbot, win)
    assert win.model.query == "" and win.model.total == filled.model.total
    assert win.results_stack.currentWidget() is win.results  # not the no-hits page
    assert "zanzibar" in win.statusBar().currentMessage()
