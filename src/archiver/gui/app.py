"""Starting the desktop app: QApplication, fonts, translations, the archive, the window."""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

XCB_LIBS = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
}
TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


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


def _install_translator(app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator(app)
    if translator.load(QLocale(), "archiver", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        # Mirror the layout only when the UI text itself is in a right-to-left language.
        app.setLayoutDirection(QLocale().textDirection())


def create_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The QApplication (the running one when there is one), named and with fonts loaded."""
    from PySide6.QtWidgets import QApplication

    from archiver.gui import fonts

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Archiver")
    app.setOrganizationName("Archiver")
    app.setApplicationDisplayName("Archiver")
    if not hasattr(app, "_archiver_gc"):
        from archiver.services.gc import GuiThreadCollector

        app._archiver_gc = GuiThreadCollector(app)  # type: ignore[attr-defined]
    fonts.load_bundled()
    _install_translator(app)
    return app


def open_session(archive: str | None, settings, lanes):  # type: ignore[no-untyped-def]
    """The archive from the argument, else the last one used, else the default location."""
    from archiver.services.operations import ArchiveSession, cpu_workers

    path = archive or settings.get("archive/last") or None
    workers = cpu_workers(settings.get("import/workers"))
    try:
        return ArchiveSession(path, lanes, import_workers=workers)
    except Exception:
        if archive or not path:
            raise
        return ArchiveSession(None, lanes, import_workers=workers)  # the last one is gone: default


def main(archive: str | None = None, argv: list[str] | None = None) -> int:
    """Run the desktop app; returns the exit code."""
    hint = xcb_hint()
    if hint:
        print(hint, file=sys.stderr)
    app = create_app(argv)
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    settings = Settings()
    lanes = Lanes()
    try:
        session = open_session(archive, settings, lanes)
    except Exception as exc:
        print(f"Archiver: could not open the archive: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(settings, session)
    window.show()
    window.search_bar.focus_and_select()
    return int(app.exec())
