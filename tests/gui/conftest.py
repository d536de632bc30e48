"""GUI fixtures: a temporary archive and settings per test, one QApplication, lanes drained."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from waiting import import_and_wait

from archiver.gui.app import build_window
from archiver.gui.mainwindow import MainWindow
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes

ARTICLES = {
    "ukraine-ar.txt": "اجتماع تحالف الراغبين لدعم أوكرانيا\n\nتستضيف بريطانيا اجتماعاً لدعم أوكرانيا في مواجهة روسيا.\nوقال الرئيس إن أوكرانيا تحتاج ضمانات أمنية.",
    "mixed.txt": "Coalition meeting in London\n\nLeaders met to discuss security guarantees for Ukraine.\nقال رئيس الوزراء إن الدعم لأوكرانيا مستمر.\nThe talks continue next week.",
    "economy-en.txt": "Markets rally after the budget\n\nShares rose sharply on Monday as investors welcomed the budget.",
    "sport-ar.txt": "فوز الترجي في الدوري\n\nفاز فريق الترجي على منافسه بهدفين في مباراة الأمس.",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """Collect cycles here, never on a worker thread (a Qt widget must die on the GUI thread)."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings folder and default archive location."""
    monkeypatch.setenv("ARCHIVER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ARCHIVER_HOME", str(tmp_path / "home-archive"))
    return tmp_path / "config"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in the test's folder; no automatic backup (the tests of backups turn it on)."""
    made = Settings(tmp_path / "config" / "settings.ini")
    made.set("backup/daily", False)
    return made


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of a few short Arabic, English and mixed articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def session(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty archive session (imports run in-process for speed and determinism)."""
    lanes = Lanes()
    opened = ArchiveSession(tmp_path / "a", lanes, import_workers=1)
    yield opened
    opened.close()
    lanes.drain()


@pytest.fixture
def window(qtbot, settings: Settings, session: ArchiveSession) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window over the empty session."""
    win = MainWindow(settings, session)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def composed(qtbot, settings: Settings, session: ArchiveSession):  # type: ignore[no-untyped-def]
    """The window as the app builds it, the annotation panel installed: (window, controller)."""
    win, controller = build_window(settings, session)
    qtbot.addWidget(win)
    win.show()
    return win, controller


@pytest.fixture
def filled(qtbot, window: MainWindow, articles: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window after importing the sample articles."""
    import_and_wait(qtbot, window, [articles])
    return window
