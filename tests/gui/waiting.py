"""Waiting for the read pool: searches, the reader's spans and counts arrive after a call returns."""

from __future__ import annotations

from archiver.gui.mainwindow import MainWindow


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the read pool has answered (searches, spans, counts) and the window shows it."""
    lanes = window.session.lanes if window.session is not None else None
    qtbot.waitUntil(
        lambda: window.model.pending is None and (lanes is None or not lanes.reads.busy),
        timeout=30000,
    )


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type-free search: set the query and wait for its hits (or its refusal) to be shown."""
    window.search_bar.set_query(text)
    settle(qtbot, window)


def import_and_wait(qtbot, window: MainWindow, paths: list) -> object:  # type: ignore[no-untyped-def]
    """Import through the window and wait for the report (and the refreshed results)."""
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(p) for p in paths])
    settle(qtbot, window)
    return reports[0]
