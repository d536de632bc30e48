"""A query the archive refuses is shown with its reason, never saved, and never stops the app."""

from __future__ import annotations

from waiting import search, settle

from archiver.core.archive import Archive
from archiver.gui import app as gui_app
from archiver.gui import window_layout
from archiver.gui.mainwindow import MainWindow
from archiver.services.settings import Settings

HOSTILE = ["(" * 900 + "تونس", " ".join(["تونس"] * 1000), "ب" * 20000, "ال* ال*"]


def test_a_saved_hostile_query_does_not_stop_the_window_from_opening(
    qtbot, settings: Settings, session
) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not session.indexing)  # a new archive builds its index first
    for text in HOSTILE:
        settings.set_last_query(str(session.root), text)
        win = MainWindow(settings, session)  # raised (RecursionError) before
        qtbot.addWidget(win)
        win.show()
        settle(qtbot, win)  # "ال* ال*" is refused by the index, on the read pool
        assert win.results_stack.currentWidget() is win.no_hits
        assert "cannot be searched" in win.no_hits.label.text()
        assert win.status_hits.text()  # the reason, short, in the status bar
        window_layout.save(win, settings)
        assert (
            settings.last_query(str(session.root)) == ""
        )  # a query that could not run is not kept


def test_the_last_query_that_ran_is_saved_not_the_refused_one(
    qtbot, filled: MainWindow, settings
) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, filled, "أوكرانيا")
    assert filled.model.total >= 1
    search(qtbot, filled, "ال*")
    assert filled.results_stack.currentWidget() is filled.no_hits
    assert "two letters" in filled.no_hits.label.text()
    window_layout.save(filled, settings)
    assert settings.last_query(str(filled.session.root)) == "أوكرانيا"
    search(qtbot, filled, "أوكرانيا")
    assert filled.results_stack.currentWidget() is filled.results


def test_the_app_opens_with_a_hostile_saved_query(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "arch") as archive:  # an archive with its index built
        (tmp_path / "a.txt").write_text("تونس\n\nاجتماع في تونس", encoding="utf-8")
        archive.import_paths([tmp_path / "a.txt"])
    settings = Settings()  # in the test's ARCHIVER_CONFIG_DIR, where main() reads it
    settings.set_last_query(str(tmp_path / "arch"), "(" * 900 + "تونس")
    settings.sync()
    shown: list = []

    class _App:
        def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
            self.app = app

        def exec(self) -> int:
            self.app.processEvents()
            for w in qapp.topLevelWidgets():
                if w.objectName() == "mainWindow" and w.isVisible():
                    shown.append(w)
                    w.close()
            return 0

    real = gui_app.create_app
    monkeypatch.setattr(gui_app, "create_app", lambda argv=None, lang="": _App(real(argv, lang)))
    assert gui_app.main(archive=str(tmp_path / "arch")) == 0
    assert shown
    assert Settings().last_query(str(tmp_path / "arch")) == ""


def test_an_empty_database_beside_originals_is_refused_by_the_app(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_open_failure import answer_when_shown

    folder = tmp_path / "synced"
    with Archive.open(folder) as archive:
        (tmp_path / "a.txt").write_text("تونس\n\nاجتماع في تونس", encoding="utf-8")
        archive.import_paths([tmp_path / "a.txt"])
    (folder / "archive.sqlite3").write_bytes(b"")  # a sync conflict's leftover
    settings = Settings()
    settings.set("archive/last", str(folder))
    settings.sync()
    seen: list[str] = []
    answer_when_shown("quit_button", seen)
    assert gui_app.main() == 1
    assert seen and str(folder) in seen[0] and "backup" in seen[0]
    assert (folder / "archive.sqlite3").stat().st_size == 0  # nothing recreated
