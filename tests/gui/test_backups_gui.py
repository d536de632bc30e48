"""Backups in the app: automatic on open, Back up now…, Restore from backup…, and the way out
the open-failure dialog offers for a damaged archive (restore a backup, salvage)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from archiver.core.archive import Archive
from archiver.core.backups.found import automatic_backups, automatic_folder
from archiver.core.backups.making import make_backup
from archiver.gui.app import build_window
from archiver.gui.backup_flow import BackupFlow
from archiver.gui.open_failure import OpenFailedDialog, SessionOpener
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes


def _archive_of(articles: Path, root: Path) -> Path:
    with Archive.open(root) as archive:
        assert len(archive.import_paths([articles], workers_count=1).imported) == 4
    return root


def _damage(root: Path) -> None:
    with (root / "archive.sqlite3").open("r+b") as db:
        db.write(b"garbage!" * 512)  # the header and the schema page


def _click_when_shown(button: str) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, OpenFailedDialog):
            getattr(dialog, button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _flow(window) -> BackupFlow:  # type: ignore[no-untyped-def]
    found = window.findChild(BackupFlow)
    assert found is not None
    return found


def test_opening_backs_up_once_a_day_beside_the_archive(qtbot, settings, session, articles):  # type: ignore[no-untyped-def]
    settings.set("backup/daily", True)
    session.lanes.drain()
    window, _ = build_window(settings, session)
    qtbot.addWidget(window)
    flow = _flow(window)
    assert flow.automatic is not None
    qtbot.waitUntil(lambda: flow.automatic.done, timeout=20000)
    assert flow.automatic.error is None
    assert len(automatic_backups(automatic_folder(session.root))) == 1
    flow.bind(session)  # opened again the same day: nothing more
    qtbot.waitUntil(lambda: flow.automatic.done, timeout=20000)
    assert flow.automatic.report is None
    assert len(automatic_backups(automatic_folder(session.root))) == 1


def test_no_automatic_backup_when_the_setting_is_off(qtbot, settings, session):  # type: ignore[no-untyped-def]
    settings.set("backup/daily", False)
    window, _ = build_window(settings, session)
    qtbot.addWidget(window)
    assert _flow(window).automatic is None
    assert not automatic_folder(session.root).exists()


def test_back_up_now_and_restore_from_backup(qtbot, settings, session, articles, tmp_path):  # type: ignore[no-untyped-def]
    settings.set("backup/daily", False)
    window, _ = build_window(settings, session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.show_report = lambda report: None
        window.import_paths([str(articles)])
    flow = _flow(window)
    (tmp_path / "backups").mkdir()
    window.ask_folder = lambda title: str(tmp_path / "backups")
    window.actions_by_id["back_up_now"].trigger()
    job = flow.manual
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.error is None and job.report.documents == 4
    answers = iter([str(job.report.folder), str(tmp_path / "restored")])
    window.ask_folder = lambda title: next(answers)
    told: list[str] = []
    flow.inform = lambda title, text: told.append(text)
    window.actions_by_id["restore_backup"].trigger()
    assert "Restored 4 documents" in told[0] and "nothing wrong" in told[0]
    assert window.session is not None and window.session.root == (tmp_path / "restored").resolve()
    assert window.session.count() == 4


def test_a_damaged_archive_can_be_restored_from_a_backup(qapp, tmp_path, articles):  # type: ignore[no-untyped-def]
    root = _archive_of(articles, tmp_path / "damaged")
    make_backup(root, tmp_path / "backup")
    _damage(root)
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    answers = iter([str(tmp_path / "backup"), str(tmp_path / "restored")])
    opener.ask_folder = lambda title: next(answers)
    told: list[str] = []
    opener.inform = lambda title, text: told.append(text)
    _click_when_shown("restore_button")
    session = opener.open(str(root))
    try:
        assert isinstance(session, ArchiveSession)
        assert session.root == (tmp_path / "restored").resolve() and session.count() == 4
        assert "Restored 4 documents" in told[0]
    finally:
        assert session is not None
        session.close()
        lanes.drain()


def test_a_damaged_archive_can_be_salvaged(qapp, tmp_path, articles):  # type: ignore[no-untyped-def]
    root = _archive_of(articles, tmp_path / "damaged")
    _damage(root)
    before = (root / "archive.sqlite3").read_bytes()
    lanes = Lanes()
    opener = SessionOpener(lanes, import_workers=1)
    opener.ask_folder = lambda title: str(tmp_path / "salvaged")
    told: list[str] = []
    opener.inform = lambda title, text: told.append(text)
    _click_when_shown("salvage_button")
    session = opener.open(str(root))
    try:
        assert isinstance(session, ArchiveSession)
        assert session.root == (tmp_path / "salvaged").resolve() and session.count() == 4
        assert "salvaged into" in told[0]
        assert (root / "archive.sqlite3").read_bytes() == before  # only read
    finally:
        assert session is not None
        session.close()
        lanes.drain()
