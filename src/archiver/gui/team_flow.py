"""File → Team: connect to the team's server, sync now, sync every few minutes; the status bar
says when the last sync was and what is waiting to be pushed (docs/team.md).

A sync runs on the serial lane like any change; the app works the same without a server
(an automatic sync that finds it unreachable says "offline" and tries again later). A password
the server asks for is asked once and kept in memory for the session, never written down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from archiver.core.errors import ServerFailure
from archiver.core.progress import Cancelled
from archiver.gui.actions import Spec
from archiver.gui.carry_dialogs import step_words
from archiver.gui.errors import show_error
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.gui.team_report import SyncReportDialog
from archiver.gui.windowmenus import menu
from archiver.services.operations import ArchiveSession
from archiver.services.team_ops import SyncJob, TeamOps

if TYPE_CHECKING:
    from archiver.core.team.sync import SyncReport
    from archiver.gui.bundle_flow import BundleFlow
    from archiver.gui.mainwindow import MainWindow

URL_EXAMPLE = "postgresql://user@host:5432/team"  # a server address, the same in every language
SPECS = (
    Spec("team_connect", QT_TRANSLATE_NOOP("actions", "Connect to a team server…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Share this archive with a team through a PostgreSQL server")),
    Spec("team_sync", QT_TRANSLATE_NOOP("actions", "Sync now"), ("F9",), "File",
         QT_TRANSLATE_NOOP("actions", "Push this copy's changes to the team's server and pull the others'")),
    Spec("team_auto", QT_TRANSLATE_NOOP("actions", "Sync automatically"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Sync every few minutes while the app is open (Connect… sets how often)")),
    Spec("team_report", QT_TRANSLATE_NOOP("actions", "Last sync's report…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "What the last sync pushed and pulled, and the participants it kept apart")),
)  # fmt: skip


class ConnectDialog(QDialog):
    """The server's URL and how often to sync."""

    def __init__(self, window: MainWindow, url: str, minutes: int, auto: bool) -> None:
        super().__init__(window)
        self.setObjectName("teamConnect")
        self.setWindowTitle(self.tr("Connect to a team server"))
        form = QFormLayout(self)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText(URL_EXAMPLE)
        self.url.setObjectName("teamUrl")
        form.addRow(self.tr("&Server:"), self.url)
        hint = QLabel(
            self.tr("The password comes from {0} or is asked for; it is never stored.").format(
                isolate("~/.pgpass")
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.auto = QCheckBox(self.tr("Sync &automatically every"))
        self.auto.setChecked(auto)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.auto, self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect and sync"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TeamFlow(QObject):
    """The window's team actions, its sync timer and its status-bar line."""

    def __init__(self, window: MainWindow, bundles: BundleFlow | None = None) -> None:
        super().__init__(window)
        self.window, self.bundles = window, bundles
        self.ops: TeamOps | None = None
        self.job: SyncJob | None = None
        self.passwords: dict[str, str] = {}  # this session only
        self.offline = False
        self.status = QLabel()
        self.status.setObjectName("teamStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync(automatic=True))
        # Hooks a test may replace; the defaults ask the user.
        self.ask_connect: Callable[[str, int, bool], tuple[str, int, bool] | None] = self._ask
        self.ask_password: Callable[[str], str | None] = self._ask_password
        self.warn: Callable[[str, BaseException], None] = lambda title, exc: show_error(
            window, title, exc)  # fmt: skip
        handlers = {"team_connect": self.connect_server, "team_sync": lambda: self.sync(),
                    "team_auto": self._toggle_auto, "team_report": self.show_report}  # fmt: skip
        self.last_report: SyncReport | None = None  # this session's, for Last sync's report…
        self.report_dialog: SyncReportDialog | None = None
        self.actions = {s.id: window.add_action(s, handlers[s.id]) for s in SPECS}
        self.actions["team_auto"].setCheckable(True)
        self.actions["team_auto"].setChecked(bool(window.settings.get("team/auto")))
        self.actions["team_report"].setEnabled(False)
        team_menu = menu(window, "File").addMenu(self.tr("&Team"))
        team_menu.setObjectName("teamMenu")
        team_menu.addActions(list(self.actions.values()))
        file_menu = menu(window, "File")
        quit_action = window.actions_by_id["quit"]
        file_menu.insertMenu(quit_action, team_menu)
        file_menu.insertSeparator(quit_action)
        window.session_closing.connect(lambda _old: self.bind(None))
        window.session_changed.connect(self.bind)
        self.bind(window.session)

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive: its server, its status, the timer."""
        self.ops = TeamOps(session) if session is not None else None
        self.offline = False
        if session is not None:
            session.events.wrote.connect(lambda _what: self.show_status())
        self._arm_timer()
        self.show_status()

    def server(self) -> str | None:
        """The server this archive last synced with (None: never)."""
        return self.ops.status()["server"] if self.ops is not None else None

    # -- actions -------------------------------------------------------------------------

    def connect_server(self) -> SyncJob | None:
        """File → Team → Connect…: ask for the server and how often, then sync at once."""
        settings = self.window.settings
        answer = self.ask_connect(self.server() or "", settings.get("team/minutes"),
                                  settings.get("team/auto"))  # fmt: skip
        if answer is None or not answer[0].strip():
            return None
        url, minutes, auto = answer
        settings.set("team/minutes", minutes)
        settings.set("team/auto", auto)
        self.actions["team_auto"].setChecked(auto)
        self._arm_timer()
        return self.sync(url.strip())

    def sync(self, url: str | None = None, *, automatic: bool = False) -> SyncJob | None:
        """F9: sync with the archive's server (Connect… first when it has none)."""
        if self.ops is None or self.job is not None:
            return None
        url = url or self.server()
        if url is None:
            return None if automatic else self.connect_server()
        job = self.ops.sync(url, self.passwords.get(url), automatic=automatic)
        if job is None:
            return None
        self.job = job
        self.status.setText(self.tr("Team: syncing…"))
        job.progress.connect(
            lambda n, label: self.status.setText(
                self.tr("Team: {0} {1}").format(step_words(label), number(n))
            )
        )
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        return job

    def _toggle_auto(self) -> None:
        self.window.settings.set("team/auto", self.actions["team_auto"].isChecked())
        self._arm_timer()

    def _arm_timer(self) -> None:
        minutes = int(self.window.settings.get("team/minutes"))
        if self.window.settings.get("team/auto") and self.ops is not None:
            self.timer.start(max(1, minutes) * 60_000)
        else:
            self.timer.stop()

    # -- the end of a sync ---------------------------------------------------------------

    def _done(self, report: SyncReport) -> None:
        automatic = self.job is not None and self.job.automatic
        self.job, self.offline = None, False
        self.last_report = report
        self.actions["team_report"].setEnabled(True)
        self.window.refresh()
        self.show_status()
        apart = len(report.pulled.participants_ambiguous)
        if (apart or report.pulled.likely_duplicates) and not automatic:  # as a bundle's report
            self.show_report()
        if report.conflicts and self.bundles is not None:
            self.window.show_message(self.tr("The sync found %Ln conflicts: pick a value for each", "",
                                             len(report.conflicts)), 10000)  # fmt: skip
            self.bundles.show_conflicts()
        elif apart and automatic:
            self.window.show_message(self.tr(
                "The sync kept %Ln participants apart that could each be more than one here: "
                "File → Team → Last sync's report…", "", apart), 10000)  # fmt: skip
        elif not self.job:
            self.window.show_message(self.tr("Synced with {0}: %Ln changes pushed, {1} pulled", "",
                                             report.pushed.changes)
                                     .format(isolate(report.server),
                                             number(report.pulled.changes_applied)), 6000)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        job, self.job = self.job, None
        automatic = job is not None and job.automatic
        if (
            isinstance(exc, ServerFailure)
            and exc.needs_password
            and job is not None
            and not automatic
        ):
            password = self.ask_password(job.url)
            if password:
                self.passwords[job.url] = password
                self.sync(job.url)
                return
        if isinstance(exc, ServerFailure):
            self.offline = True
            self.show_status()
            if automatic:
                return
        if isinstance(exc, Cancelled):
            self.window.show_message(self.tr("Sync stopped: what was done stays done"), 6000)
        else:
            self.warn(self.tr("Sync"), exc)
        self.show_status()

    def show_status(self) -> None:
        """Team: last sync and what is pending (nothing when the archive has no server)."""
        found: dict[str, Any] = self.ops.status() if self.ops is not None else {"server": None}
        if found["server"] is None:
            self.status.setText("")
            self.status.setToolTip("")
            return
        pending = found["pending"] or {"documents": 0, "changes": 0}
        waiting = pending["documents"] + pending["changes"]
        when = _when(found["last_sync"])
        text = (
            self.tr("Team: offline") if self.offline else self.tr("Team: synced {0}").format(when)
        )
        if waiting:
            text += self.tr(" · {0} to push").format(number(waiting))
        self.status.setText(text)
        self.status.setToolTip(found["server"])

    def show_report(self) -> SyncReportDialog | None:
        """File → Team → Last sync's report…: this session's last sync (None before one)."""
        if self.last_report is None:
            return None
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = SyncReportDialog(self.last_report, self.window)
        self.report_dialog.show()
        return self.report_dialog

    # -- asking --------------------------------------------------------------------------

    def _ask(self, url: str, minutes: int, auto: bool) -> tuple[str, int, bool] | None:
        dialog = ConnectDialog(self.window, url, minutes, auto)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url.text(), dialog.minutes.value(), dialog.auto.isChecked()

    def _ask_password(self, url: str) -> str | None:
        text, ok = QInputDialog.getText(self.window, self.tr("Team server password"),
                                        self.tr("Password for {0}:").format(isolate(url)),
                                        QLineEdit.EchoMode.Password)  # fmt: skip
        return text if ok and text else None


def _when(stamp: str | None) -> str:
    """A sync time as the user reads it: the time today, else the date."""
    if not stamp:
        return QCoreApplication.translate("TeamFlow", "never")
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    today = datetime.now().astimezone().date()
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if moment.date() == today:
        return QLocale().toString(shown.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def install(window: MainWindow, bundles: BundleFlow | None = None) -> TeamFlow:
    """Add File → Team and the status-bar line."""
    return TeamFlow(window, bundles)
