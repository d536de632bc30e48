"""File → Team in the window, against a real PostgreSQL server: connect and sync, the status
line, a conflict opening the Conflicts view, offline syncs that stay quiet, a password asked
once and kept only in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from archiver.core.archive import Archive
from archiver.core.team.sync import sync
from archiver.gui.app import build_window
from archiver.gui.team_flow import TeamFlow
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes
from pg_server import Team, pg_cluster, team

__all__ = ["pg_cluster", "team"]
TEXT = "Ministers met in London. France and Sweden offered to help monitor a ceasefire."


@pytest.fixture
def shared(team: Team, tmp_path: Path) -> Team:
    """The team's server after A imported an article and synced."""
    source = tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Archive.open(tmp_path / "A", author="amal") as a:
        a.import_paths([source])
        sync(a, team.url())
    return team


@pytest.fixture
def flow_on(qtbot, settings: Settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window over archive B, as the app builds it, and its TeamFlow."""
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "B", lanes, import_workers=1)
    window, _annotations = build_window(settings, session)
    qtbot.addWidget(window)
    window.show()
    flow = window.findChild(TeamFlow)
    warnings: list[BaseException] = []
    flow.warn = lambda _title, exc: warnings.append(exc)
    flow.warnings = warnings
    yield window, flow
    window.close()
    session.close()
    lanes.drain()


def _synced(qtbot, flow: TeamFlow, start) -> None:  # type: ignore[no-untyped-def]
    job = start()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass


def test_connect_sync_and_the_status_line(qtbot, shared: Team, flow_on) -> None:  # type: ignore[no-untyped-def]
    window, flow = flow_on
    flow.ask_connect = lambda url, minutes, auto: (shared.url("bob"), 5, True)
    _synced(qtbot, flow, flow.connect_server)
    assert window.session.reader.count() == 1
    assert flow.status.text().startswith("Team: synced") and "to push" not in flow.status.text()
    assert flow.timer.isActive() and flow.timer.interval() == 5 * 60_000
    assert window.settings.get("team/auto") and flow.actions["team_auto"].isChecked()
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "teamMenu")
    assert [a.text() for a in menu.actions()] == ["Connect to a team server…", "Sync now",
                                                  "Sync automatically", "Last sync's report…"]  # fmt: skip
    assert flow.report_dialog is None  # nothing kept apart: no report pops up


def test_a_conflict_opens_the_conflicts_view(qtbot, shared: Team, flow_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow = flow_on
    _synced(qtbot, flow, lambda: flow.sync(shared.url("bob")))
    with Archive.open(tmp_path / "A", author="amal") as a:
        people = a.annotations.participants
        people.rename(people.resolve("France").id, "France (A)")
        sync(a, shared.url())
    renamed: list[object] = []
    window.session.write(Operation.EDIT, lambda a: a.annotations.participants.rename(
        a.annotations.participants.resolve("France").id, "France (B)"), renamed.append)  # fmt: skip
    qtbot.waitUntil(lambda: bool(renamed), timeout=10000)
    qtbot.waitUntil(lambda: "to push" in flow.status.text(), timeout=5000)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert flow.job is not None
    with qtbot.waitSignal(flow.job.finished, timeout=30000):
        pass
    dialog = flow.bundles.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tree.topLevelItemCount() == 1
    dialog.ask_value = lambda field, here: "France (A and B)"
    assert dialog.value_button.isEnabled()
    dialog.value_button.click()
    people = window.session.reader.annotations.participants
    qtbot.waitUntil(lambda: people.resolve("France (A and B)").name == "France (A and B)"
                    if _known(people, "France (A and B)") else False, timeout=10000)  # fmt: skip
    assert flow.warnings == []


def _known(people, name: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        people.resolve(name)
    except LookupError:
        return False
    return True


def test_an_unreachable_server_is_offline_quietly(qtbot, flow_on) -> None:  # type: ignore[no-untyped-def]
    _window, flow = flow_on
    job = flow.sync("postgresql://bob@127.0.0.1:1/team", automatic=True)
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=30000):
        pass
    assert flow.warnings == [] and flow.offline
    job = flow.sync("postgresql://bob@127.0.0.1:1/team")
    with qtbot.waitSignal(job.failed, timeout=30000):
        pass
    assert len(flow.warnings) == 1 and "127.0.0.1" in str(flow.warnings[0])


def test_a_password_is_asked_once_and_never_stored(
    qtbot, shared: Team, flow_on, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, flow = flow_on
    shared.server.login("erin", "erin-secret", groups=("archiver_member",), pgpass=False)
    asked: list[str] = []
    flow.ask_password = lambda url: asked.append(url) or "erin-secret"
    url = shared.url("erin")
    first = flow.sync(url)
    with qtbot.waitSignal(first.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: flow.job is None and window.session.reader.count() == 1, timeout=30000)
    assert asked == [url] and flow.passwords == {url: "erin-secret"}
    _synced(qtbot, flow, lambda: flow.sync())
    assert asked == [url]
    for path in [*(tmp_path / "B").rglob("*"), *(tmp_path / "config").rglob("*")]:
        if path.is_file():
            assert b"erin-secret" not in path.read_bytes(), path


def test_participants_a_pull_kept_apart_are_listed(
    qtbot, team: Team, flow_on, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, flow = flow_on
    assert not flow.actions["team_report"].isEnabled()
    with Archive.open(tmp_path / "A", author="amal") as a:  # its first push: records whole
        a.annotations.participants.add("Macron", kind="person")
        sync(a, team.url())
    made: list[object] = []
    window.session.write(Operation.EDIT, lambda b: [
        b.annotations.participants.add("Emmanuel Macron", kind="person", aliases=["Macron"]),
        b.annotations.participants.add("Brigitte Macron", kind="person", aliases=["Macron"])],
        made.append)  # fmt: skip
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    _synced(qtbot, flow, lambda: flow.sync(team.url("bob")))
    dialog = flow.report_dialog
    assert dialog is not None and dialog.isVisible() and flow.actions["team_report"].isEnabled()
    assert (
        "1 participant pulled could be more than one here and was not matched"
        in dialog.summary.text()
    )
    details = dialog.browser.toPlainText()
    assert "Participants not matched (1)" in details
    assert "could be Emmanuel Macron or Brigitte Macron here" in details.replace(
        "\u2068", ""
    ).replace("\u2069", "")
    assert flow.warnings == []
