"""Starting the desktop app: QApplication, fonts, translations, the archive, the window."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from archiver import APP_ID
from archiver.core.locations import default_archive_dir
from archiver.core.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from archiver.gui.annotations.controller import AnnotationController
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings

XCB_LIBS = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
}


def xcb_hint() -> str | None:
    """The apt-get line for the X11 libraries Qt's xcb plugin needs, when some are missing."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None
    missing = [pkg for lib, pkg in XCB_LIBS.items() if ctypes.util.find_library(lib) is None]
    if not missing:
        return None
    return f"Archiver: Qt needs {', '.join(missing)}: sudo apt-get install -y {' '.join(missing)}"


def create_app(argv: list[str] | None = None, language: str = "") -> QApplication:
    """The QApplication (the running one when there is one), named, with fonts and language."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from archiver.gui import fonts
    from archiver.gui import language as ui_language

    running = QApplication.instance()
    assert running is None or isinstance(running, QApplication), "a QCoreApplication runs"
    app = running or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Archiver")
    app.setOrganizationName("Archiver")
    app.setApplicationDisplayName("Archiver")
    app.setDesktopFileName(APP_ID)  # the desktop file: the dock's icon and name, Wayland's app id
    app.setWindowIcon(_icon())
    from archiver.services.gc import GuiThreadCollector

    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # a child of the app: it lives as long as the app
    fonts.load_bundled()
    ui_language.install(app, language)
    if app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        from archiver.gui.rtl_style import KeysLeftToRight

        app.setStyle(KeysLeftToRight())  # the app owns it; menus show "Ctrl++", not "++Ctrl"
    return app


def build_window(
    settings: Settings, session: ArchiveSession
) -> tuple[MainWindow, AnnotationController]:
    """The composition: the main window, then the annotation panel installed in it."""
    from archiver.gui import bundle_flow, library_flow, qdpx_flow, window_layout
    from archiver.gui.annotations.install import install
    from archiver.gui.backup_flow import install as install_backups
    from archiver.gui.mainwindow import MainWindow
    from archiver.gui.team_flow import install as install_team

    window = MainWindow(settings, session)
    annotations = install(window)
    bundles = bundle_flow.install(window)  # File → Export/Import bundle…, Edit → Conflicts…
    install_team(window, bundles)  # File → Team, the status bar's sync line (a child)
    qdpx_flow.install(window)  # File → Export/Import REFI-QDA project… (a child)
    install_backups(window)  # owned by the window (its Qt parent)
    library_flow.install(window, annotations)  # the sidebar, the bulk actions (children)
    window.restore_docks()  # the annotation docks exist only now
    window_layout.reopen_document(window, settings)  # where the reader was at closing
    return window, annotations


def _icon() -> QIcon:
    """The app's icon (the SVG that ships in resources/icons)."""
    from PySide6.QtGui import QIcon

    try:
        return QIcon(str(resource_path(f"icons/{APP_ID}.svg")))
    except FileNotFoundError:
        return QIcon()


def main(
    archive: str | None = None,
    argv: list[str] | None = None,
    files: Sequence[str] = (),
    smoke: bool = False,
) -> int:
    """Run the desktop app (importing ``files`` once open); returns the exit code.

    ``smoke``: paint the window once, print what it shows and quit (``archiver gui --smoke``).
    """
    hint = xcb_hint()
    if hint:
        print(hint, file=sys.stderr)
    from archiver.services.settings import Settings

    settings = Settings()
    app = create_app(argv, settings.get("ui/language"))
    from archiver.gui import instance
    from archiver.gui.open_failure import SessionOpener
    from archiver.services.operations import cpu_workers
    from archiver.services.tasks import Lanes

    target = Path(archive or settings.get("archive/last") or default_archive_dir())
    if files and not smoke and instance.hand_over(target, files):
        return 0  # the app running on this archive imports them
    opener = SessionOpener(Lanes(), cpu_workers(settings.get("import/workers")),
                           settings.get("user/name") or None)  # fmt: skip
    session = opener.open(archive or settings.get("archive/last") or None)
    if session is None:
        return 1
    window, _annotations = build_window(settings, session)  # both live until the app ends
    window.show()
    window.search_bar.focus_and_select()
    server = instance.InstanceServer(session.root, lambda paths: _import_handed(window, paths))
    if files:
        window.import_paths([str(Path(f).resolve()) for f in files])
    if smoke:
        from archiver.gui import smoke as smoke_run

        smoke_run.schedule(app, window)
    code = int(app.exec())
    server.deleteLater()
    return code


def _import_handed(window: MainWindow, paths: list[str]) -> None:
    """Files another launch handed over: the window comes forward and imports them."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    window.import_paths(paths)
