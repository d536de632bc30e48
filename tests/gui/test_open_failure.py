"""An archive that fails to open says which folder and why, and is never swapped for another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from archiver.gui import app as gui_app
from archiver.gui.open_failure import OpenFailedDialog, SessionOpener
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes


def damaged_archive(tmp_path: Path) -> Path:
    """A folder whose database is garbage bytes."""
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "archive.sqlite3").write_bytes(b"this is not a database\x00\xff" * 200)
    return folder


def answer_when_shown(button: str, seen: list[str]) -> None:
    """Click ``button`` of the open-failure dialog once it is up (it runs its own event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenFailedDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.text())
        getattr(dialog, button).click()

    QTimer.singleShot(0, poll)


def test_a_damaged_last_archive_is_named_with_its_reason_and_quit_opens_nothing(qapp, tmp_path):
    folder = damaged_archive(tmp_path)
    settings = Settings()  # in the test's ARCHIVER_CONFIG_DIR, where main() reads it
    settings.set("archive/last", str(folder))
    settings.sync()
    before = set(main_windows())
    seen: list[str] = []
    answer_when_shown("quit_button", seen)
    assert gui_app.main() == 1
    assert seen and str(folder) in seen[0] and "damaged" in seen[0]
    assert not (tmp_path / "home-archive").exists()  # the default archive was not opened instead
    assert set(main_windows()) <= before  # and no window was built (others may be deleted)


def main_windows() -> list[int]:
    """The main windows alive now (other tests' may linger until Qt deletes them)."""
    return [id(w) for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]


def test_open_another_after_a_failure_opens_the_chosen_folder(qapp, tmp_path):
    folder = damaged_archive(tmp_path)
    chosen = tmp_path / "chosen"
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    opener.ask_folder = lambda title: str(chosen)
    seen: list[str] = []
    answer_when_shown("open_button", seen)
    session = opener.open(str(folder))
    try:
        assert session is not None and session.root == chosen.resolve()
        assert str(folder) in seen[0]
        assert (folder / "archive.sqlite3").read_bytes().startswith(b"this is not")  # untouched
    finally:
        assert session is not None
        session.close()
        lanes.drain()
