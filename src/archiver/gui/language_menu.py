"""View ▸ Language: the interface's language, stored in ``ui/language``, taken at the next
start, or at once by restarting the app on the same archive."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from archiver.gui.language import ENV_OVERRIDE, SHIPPED
from archiver.gui.locale_text import isolate

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


def restart_command(
    archive: str | None, frozen: bool | None = None, executable: str | None = None
) -> tuple[str, list[str]]:
    """The program and arguments that start the app again on ``archive``: the bundle's own
    executable, or this Python running ``-m archiver`` (files given at start are not
    imported twice)."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    program = executable or sys.executable
    where = ["--archive", archive] if archive else []
    return program, [*([] if frozen else ["-m", "archiver"]), *where, "gui"]


class LanguageMenu(QObject):
    """The checkable languages (the system's, then each shipped one in its own name)."""

    def __init__(self, window: MainWindow, view: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("languageMenu")
        self.window = window
        # Replaceable by a test: the question (True restarts now), starting a program (None when
        # started, else why not), quitting.
        self.ask_restart: Callable[[str], bool] = self._ask_restart
        self.start_detached: Callable[[str, list[str]], str | None] = start_detached
        self.quit: Callable[[], None] = QApplication.quit
        self.menu = view.addMenu(self.tr("&Language"))
        self.menu.setObjectName("menuLanguage")
        self._separator = view.insertSeparator(self.menu.menuAction())
        view.aboutToShow.connect(lambda: self._keep_last(view))
        group = QActionGroup(self)
        current = window.settings.get("ui/language")
        names = {"": self.tr("System language"), **SHIPPED}
        for code, name in names.items():
            action = self.menu.addAction(name)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, c=code: self.choose(c))

    def actions(self) -> list[QAction]:
        """The language entries, the system's first."""
        return self.menu.actions()

    def _keep_last(self, view: QMenu) -> None:
        # Docks added later put their entries at the end of View; Language stays below them.
        for action in (self._separator, self.menu.menuAction()):
            view.removeAction(action)
            view.addAction(action)

    def choose(self, code: str) -> None:
        """Store the language; say it applies at the next start, offer to restart now."""
        if code == self.window.settings.get("ui/language"):
            return
        self.window.settings.set("ui/language", code)
        name = SHIPPED.get(code) or self.tr("the system language")
        if self.ask_restart(name):
            self.restart()

    def _ask_restart(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("The interface will be in {0} from the next start.")
                          .format(isolate(name)),
                          parent=self.window)  # fmt: skip
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> bool:
        """Close the window (releasing the archive), start the app again, quit this one."""
        session = self.window.session
        archive = str(Path(session.root)) if session is not None else None
        program, arguments = restart_command(archive)
        if not self.window.close():
            return False
        failure = self.start_detached(program, arguments)
        if failure is not None:  # the window is gone: the user must know to start it again
            QMessageBox.warning(None, self.tr("Language"),
                                self.tr("Archiver could not be started again: {0}\n\nThe new "
                                        "language is kept: start Archiver again to use it.")
                                .format(isolate(failure)))  # fmt: skip
        self.quit()
        return failure is None


def start_detached(program: str, arguments: list[str]) -> str | None:
    """Start ``program`` on its own, without the one-off language override: None when it
    started, else Qt's reason it did not."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(ENV_OVERRIDE)  # a one-off override would hide the language just chosen
    process.setProcessEnvironment(environment)
    # A (started, pid) pair in some PySide6 versions, a plain bool in others (6.11).
    result: object = process.startDetached()
    started = result[0] if isinstance(result, tuple) else result
    return None if started else process.errorString() or f"{program} did not start"
