"""An older archive opened by the app is upgraded on a worker behind a dialog naming it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_open_failure import answer_when_shown

from archiver.core import store
from archiver.gui.mainwindow import MainWindow
from archiver.gui.open_failure import SessionOpener
from archiver.services.tasks import Lanes
from archiver.services.upgrade_ops import UpgradeJob
from older_archives import blocked_archive, older_archive


class Watcher:
    """What a test sees of an upgrade: each step and the thread it came from, and the dialog."""

    def __init__(self) -> None:
        self.steps: list[tuple[int, int]] = []
        self.threads: set[int] = set()
        self.dialog_texts: list[str] = []
        self.stayed: list[bool] = []
        self.jobs = 0

    def __call__(self, job: UpgradeJob) -> None:
        self.jobs += 1
        job.progress.connect(self.on_worker, Qt.ConnectionType.DirectConnection)
        job.progress.connect(self.on_gui_thread)  # queued: the GUI thread's loop runs meanwhile

    def on_worker(self, done: int, total: int, label: str) -> None:
        self.threads.add(threading.get_ident())
        self.steps.append((done, total))

    def on_gui_thread(self, done: int, total: int, label: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "upgradeProgress":
            self.dialog_texts.append(dialog.labelText())  # type: ignore[attr-defined]
            dialog.close()  # and Escape: neither hides it while the upgrade runs
            dialog.reject()  # type: ignore[attr-defined]
            self.stayed.append(dialog.isVisible())


def test_an_older_archive_is_upgraded_off_the_gui_thread_step_by_step(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = older_archive(tmp_path / "old")
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    opener.watch_upgrade = watcher = Watcher()
    session = opener.open(str(root))
    try:
        assert session is not None and session.writer is not None
        assert watcher.steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
        assert watcher.threads and threading.get_ident() not in watcher.threads
        assert watcher.dialog_texts, "the dialog was up while the GUI thread ran its loop"
        assert watcher.stayed and all(watcher.stayed)
        text = watcher.dialog_texts[-1]
        assert "Upgrading the archive" in text and str(root.resolve()) in text and " of 4" in text
        assert store.schema_version(session.writer.db) == store.latest_version()
        assert session.reader.count() == 2
    finally:
        assert session is not None
        session.close()
        lanes.drain()


def test_a_current_archive_opens_with_no_dialog(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    opener.watch_upgrade = watcher = Watcher()
    for _ in range(2):  # made new, then opened again as it is
        session = opener.open(str(tmp_path / "current"))
        assert session is not None and session.writer is not None
        session.close()
    lanes.drain()
    assert watcher.jobs == 0


def test_a_failing_migration_reaches_the_open_failure_message_and_the_file_is_unchanged(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    root = blocked_archive(tmp_path / "blocked")
    before = (root / "archive.sqlite3").read_bytes()
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    opener.watch_upgrade = watcher = Watcher()
    seen: list[str] = []
    answer_when_shown("quit_button", seen)
    assert opener.open(str(root)) is None
    lanes.drain()
    assert watcher.jobs == 1 and watcher.steps == [(0, 4)]  # the backup, then 21 failed
    assert str(root) in seen[0] and "document_band_keys already exists" in seen[0]
    assert (root / "archive.sqlite3").read_bytes() == before


def test_switching_to_an_older_archive_upgrades_it_and_a_failing_one_is_named(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    root = older_archive(tmp_path / "old")
    window.switch_archive(str(root))
    assert window.session is not None and window.session.root == root.resolve()
    assert window.session.writer is not None
    assert store.schema_version(window.session.writer.db) == store.latest_version()
    blocked = blocked_archive(tmp_path / "blocked")
    warned: list[str] = []

    def close_the_warning() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_the_warning)
            return
        warned.append(box.text())
        box.close()

    QTimer.singleShot(0, close_the_warning)
    window.switch_archive(str(blocked))
    assert window.session.root == root.resolve()  # the open archive stays open
    assert str(blocked) in warned[0] and "already exists" in warned[0]
