"""The app on a read-only archive and on a full disk: it opens, says so, and offers no change."""

from __future__ import annotations

from pathlib import Path

from waiting import settle

from archiver.core.archive import Archive
from archiver.core.errors import DiskFull, IndexDamaged
from archiver.core.model import ImportedFile, ImportReport
from archiver.gui.errors import error_message, import_stop_text
from archiver.gui.import_report import ImportReportDialog
from archiver.gui.mainwindow import WRITE_ACTIONS, MainWindow
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes
from disks import articles as make_articles
from disks import fill, read_only_view, small_disk, tree


def open_window(qtbot, settings, root: Path) -> tuple[MainWindow, ArchiveSession, Lanes]:  # type: ignore[no-untyped-def]
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    win = MainWindow(settings, session)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)  # the list is read on the read pool
    return win, session, lanes


def close(win: MainWindow, lanes: Lanes) -> None:
    win.close_archive()
    lanes.drain()


def test_a_read_only_archive_opens_with_a_notice_and_no_write_actions(
    qtbot, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "archive"
    with Archive.open(source) as archive:
        archive.import_paths(make_articles(tmp_path / "src", 3))
    with read_only_view(source, tmp_path / "stick") as stick:
        before = tree(stick)
        win, session, lanes = open_window(qtbot, settings, stick)
        try:
            assert session.readonly
            assert win.banner.isVisible() and "read-only archive" in win.banner.text()
            for action_id in WRITE_ACTIONS:
                assert not win.actions_by_id[action_id].isEnabled(), action_id
            assert win.model.rowCount() == 3  # searching and reading work
            assert session.document(1).title
            assert win.import_paths([str(tmp_path / "src")]) is None
        finally:
            close(win, lanes)
        assert tree(stick) == before


def test_a_writable_archive_keeps_its_write_actions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert not window.banner.isVisible()
    history = {"undo", "redo"}  # enabled once there is something to take back or re-apply
    assert all(window.actions_by_id[a].isEnabled() for a in WRITE_ACTIONS if a not in history)
    assert not any(window.actions_by_id[a].isEnabled() for a in history)


def test_the_app_opens_an_archive_on_a_full_disk_read_only(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with small_disk(tmp_path / "disk", 8192) as disk:
        with Archive.open(disk / "a") as archive:
            archive.import_paths(make_articles(tmp_path / "src", 2))
        fill(disk)
        win, session, lanes = open_window(qtbot, settings, disk / "a")
        try:
            assert session.readonly and "disk full" in win.banner.text()
            assert win.model.rowCount() == 2
        finally:
            close(win, lanes)


def test_the_words_for_a_full_disk_and_a_damaged_index(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "disk is full" in error_message(DiskFull("disk full: no space left"))
    assert "disk is full" in error_message(OSError(28, "No space left on device"))
    damaged = IndexDamaged("the search index in /x is damaged (EOFError)")
    assert "check --repair" in error_message(damaged)
    damaged.rebuilding = True
    assert "being rebuilt" in error_message(damaged)


def test_the_import_report_says_the_disk_stopped_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    report = ImportReport(imported=[ImportedFile("a.txt", 1, "A", [])], files=5, disk_full=True,
                          unindexed=1)  # fmt: skip
    assert import_stop_text(report).startswith("Disk full: 1 of 5 files stored.")
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert "Disk full: 1 of 5 files stored" in dialog.summary.text()
    assert import_stop_text(ImportReport(files=5)) == ""
