"""View ▸ Language: the choice is stored, said to apply at the next start, and Restart now
starts the same program again on the same archive."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from archiver import __version__
from archiver.gui import windowmenus
from archiver.gui.language import ENV_OVERRIDE
from archiver.gui.language_menu import LanguageMenu, restart_command, start_detached
from archiver.gui.mainwindow import MainWindow


def _language_menu(window: MainWindow) -> LanguageMenu:
    found = window.findChild(LanguageMenu)
    assert found is not None
    return found


def test_choosing_a_language_stores_it_and_says_when_it_applies(window: MainWindow) -> None:
    """The choice lands in ui/language, is checked, and the user is told (no restart asked)."""
    languages = _language_menu(window)
    asked: list[str] = []
    languages.ask_restart = lambda name: asked.append(name) or False
    entries = {a.objectName(): a for a in languages.actions()}
    assert list(entries) == ["language_system", "language_en", "language_ar"]
    assert entries["language_system"].isChecked()  # the default: the system's language
    entries["language_ar"].trigger()
    assert window.settings.get("ui/language") == "ar"
    assert asked == ["العربية"]
    assert entries["language_ar"].isChecked() and not entries["language_system"].isChecked()
    entries["language_ar"].trigger()  # already the choice: nothing asked again
    assert asked == ["العربية"]
    entries["language_system"].trigger()
    assert window.settings.get("ui/language") == ""
    assert window.session is not None  # "Later": the window stays as it is


def test_restart_now_starts_the_app_again_on_the_same_archive(window: MainWindow) -> None:
    """The window closes (the archive is let go) before the same program starts again."""
    languages = _language_menu(window)
    assert window.session is not None
    root = str(window.session.root)
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    languages.ask_restart = lambda _name: True
    languages.start_detached = lambda program, args: started.append((program, args)) or None
    languages.quit = lambda: quits.append(True)
    languages.choose("en")
    assert window.settings.get("ui/language") == "en"
    assert started == [(sys.executable, ["-m", "archiver", "--archive", root, "gui"])]
    assert quits == [True]
    assert window.session is None and not window.isVisible()


def test_a_program_is_really_started_on_its_own_without_the_language_override(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's own startDetached (a bool in PySide6 6.11, a (bool, pid) pair elsewhere) runs it."""
    monkeypatch.setenv(ENV_OVERRIDE, "ar")
    marker = tmp_path / "ran.txt"
    code = f"import os; open({str(marker)!r}, 'w').write(os.environ.get({ENV_OVERRIDE!r}, '-'))"
    assert start_detached(sys.executable, ["-c", code]) is None
    deadline = time.monotonic() + 30  # the child is on its own: wait for it
    while not (marker.exists() and marker.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text() == "-"


def test_a_restart_that_cannot_start_the_app_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window is already closed: the user is told the app did not start, and why."""
    languages = _language_menu(window)
    missing = tmp_path / "no-such-python"
    monkeypatch.setattr(sys, "executable", str(missing))
    languages.ask_restart = lambda _name: True
    quits: list[bool] = []
    languages.quit = lambda: quits.append(True)
    warned: list[str] = []

    def close_the_warning() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_the_warning)
            return
        warned.append(box.text())
        box.close()

    QTimer.singleShot(0, close_the_warning)
    assert languages.restart() is False
    assert len(warned) == 1 and "could not be started again" in warned[0]
    assert "No such file" in warned[0] or str(missing) in warned[0]
    assert quits == [True] and window.session is None


def test_the_restart_command_of_a_bundle_runs_its_own_executable() -> None:
    """A PyInstaller bundle (sys.frozen) is the program itself: no -m archiver."""
    program, args = restart_command("/data/arch", frozen=True, executable="/opt/Archiver/archiver")
    assert (program, args) == ("/opt/Archiver/archiver", ["--archive", "/data/arch", "gui"])
    assert restart_command(None, frozen=False, executable="/usr/bin/python3") == (
        "/usr/bin/python3",
        ["-m", "archiver", "gui"],
    )


def test_the_restart_command_line_really_starts_archiver(tmp_path: Path) -> None:
    """The same program and options, asked for its version instead of the window, answers."""
    program, args = restart_command(str(tmp_path / "arch"))
    assert args[-1] == "gui"
    done = subprocess.run([program, *args[:-1], "--version"], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout


def test_language_stays_at_the_end_of_view_when_docks_add_entries(composed: tuple) -> None:
    """The annotation panel's View entries come after the menus are built; Language follows."""
    window, _controller = composed
    view = windowmenus.menu(window, "View")
    view.aboutToShow.emit()
    assert view.actions()[-1] is _language_menu(window).menu.menuAction()
    assert view.actions()[-2].isSeparator()
