"""Starting the app: main() opens the archive from its argument and returns an exit code."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from archiver.gui import app as gui_app


class _App:
    """The real QApplication, but exec() closes the window instead of running until quit.

    (A real exec() that returns marks the application as closing, which would stop the
    thread pools of the tests that follow.)
    """

    def __init__(self, app, windows: list) -> None:  # type: ignore[no-untyped-def]
        self.app, self.windows = app, windows

    def exec(self) -> int:
        self.app.processEvents()
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        ]
        self.windows.extend(found)
        for window in found:
            window.close()
        return 0


def test_main_opens_the_given_archive_and_exits_cleanly(qapp, tmp_path, monkeypatch):
    windows: list = []
    real = gui_app.create_app
    monkeypatch.setattr(
        gui_app, "create_app", lambda argv=None, lang="": _App(real(argv, lang), windows)
    )
    assert gui_app.main(archive=str(tmp_path / "arch")) == 0
    assert windows and (tmp_path / "arch" / "archive.sqlite3").exists()
    assert windows[0].session is None  # closed with the window


def test_xcb_hint_names_missing_libraries(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(gui_app.ctypes.util, "find_library", lambda name: None)
    hint = gui_app.xcb_hint()
    assert hint and "libxcb-icccm4" in hint and "apt-get install" in hint
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert gui_app.xcb_hint() is None
