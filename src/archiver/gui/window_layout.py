"""The main window's layout in the settings: geometry, docks, splitter, zoom, last query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from archiver.services.settings import Settings

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


def restore(window: MainWindow, settings: Settings) -> None:
    """The layout the user left, or the first-run one."""
    geometry = settings.get("window/geometry")
    if geometry.isEmpty():
        window.resize(1280, 800)
    else:
        window.restoreGeometry(geometry)
    restore_docks(window, settings)
    splitter = settings.get("window/splitter")
    if not splitter.isEmpty():
        window.splitter.restoreState(splitter)
    else:
        window.splitter.setSizes([640, 560])
    window.reader.set_zoom(settings.get("reader/zoom"))
    window.results.set_hidden_columns(settings.get("results/hidden_columns"))
    window.search_bar.setText(settings.get("search/last_query"))


def restore_docks(window: QMainWindow, settings: Settings) -> None:
    """Where the docks were (only the docks that exist now move)."""
    state = settings.get("window/state")
    if not state.isEmpty():
        window.restoreState(state)


def save(window: MainWindow, settings: Settings) -> None:
    """Remember geometry, docks, splitter, hidden result columns and the last query that ran."""
    settings.set("window/geometry", QByteArray(window.saveGeometry()))
    settings.set("window/state", QByteArray(window.saveState()))
    settings.set("window/splitter", QByteArray(window.splitter.saveState()))
    settings.set("results/hidden_columns", window.results.hidden_columns())
    settings.set("search/last_query", window.model.last_run)  # never one the archive refused
    settings.sync()
