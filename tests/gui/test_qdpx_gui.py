"""File → Export REFI-QDA project… / Import REFI-QDA project… on the serial lane."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from archiver.core.archive import Archive
from archiver.gui.app import build_window
from archiver.gui.qdpx_flow import QdpxFlow
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes

QUALCODER = Path(__file__).resolve().parents[1] / "fixtures" / "qdpx" / "qualcoder-export.qdpx"


@pytest.fixture
def window_on(qtbot, settings: Settings):  # type: ignore[no-untyped-def]
    """window_on(folder) -> (window, flow) over the archive there, as the app builds it."""
    made: list[ArchiveSession] = []

    def build(folder: Path):  # type: ignore[no-untyped-def]
        session = ArchiveSession(folder, Lanes(), import_workers=1)
        made.append(session)
        window, _annotations = build_window(settings, session)
        qtbot.addWidget(window)
        window.show()
        flow = window.findChild(QdpxFlow)
        assert flow is not None
        return window, flow

    yield build
    for session in made:
        session.close()


def test_the_file_menu_holds_both_actions(window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _flow = window_on(tmp_path / "empty")
    names = [a.objectName() for a in window.menuBar().findChild(QMenu, "menuFile").actions()]
    assert names.index("import_bundle") < names.index("export_qdpx") < names.index("import_qdpx")
    assert names.index("import_qdpx") < names.index("quit")


def test_import_then_export_on_the_serial_lane(qtbot, window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow = window_on(tmp_path / "a")
    flow.ask_open = lambda: str(QUALCODER)
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        window.actions_by_id["import_qdpx"].trigger()
    report = done.args[0]
    assert len(report.documents_added) == 2 and report.counts["coded quotes"] == 6
    assert flow.report_box is not None and "2 documents added" in flow.report_box.text()
    assert "coded quotes: 6" in flow.report_box.informativeText()
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    flow.ask_save = lambda: str(target)
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        window.actions_by_id["export_qdpx"].trigger()
    assert done.args[0].counts["selections"] == 6
    assert zipfile.is_zipfile(tmp_path / "out" / "mine.qdpx")
    assert "Project written" in window.statusBar().currentMessage()


def test_a_cancelled_import_stores_nothing(qtbot, window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "a"):
        pass
    window, flow = window_on(tmp_path / "a")
    window.session.lanes.serial.submit(lambda: time.sleep(0.3))  # the job waits: cancel first
    job = flow.import_project(str(QUALCODER))
    assert job is not None
    flow.cancel()
    with qtbot.waitSignal(flow.failed, timeout=20000):
        pass
    assert "nothing was written" in window.statusBar().currentMessage()
    assert window.session.reader.count() == 0


def test_a_bad_project_is_worded(qtbot, window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, flow = window_on(tmp_path / "a")
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    warned: list[tuple[str, BaseException]] = []
    flow.warn = lambda title, exc: warned.append((title, exc))
    with qtbot.waitSignal(flow.failed, timeout=20000):
        flow.import_project(str(bad))
    assert warned and warned[0][0] == "Import REFI-QDA project"
    assert "nothing was stored" in str(warned[0][1])
