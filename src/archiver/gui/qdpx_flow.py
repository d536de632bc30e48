"""REFI-QDA projects in the window: File → Export REFI-QDA project… / Import REFI-QDA project….

Both run on the serial lane behind a progress dialog whose Cancel stops them (an export
leaves no file, an import stores nothing); an import ends with what came in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from archiver.core.exchange.qdpx.importing import ProjectImport
from archiver.core.progress import Cancelled
from archiver.gui import file_dialogs, windowmenus
from archiver.gui.actions import Spec
from archiver.gui.errors import show_error
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.services.bundle_ops import BundleJob
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.qdpx_ops import QdpxOps

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

SPECS = (
    Spec("export_qdpx", QT_TRANSLATE_NOOP("actions", "Export REFI-QDA project…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Write the documents, participants, mentions and commitments as a .qdpx project "
         "for QualCoder, MAXQDA, ATLAS.ti or NVivo")),
    Spec("import_qdpx", QT_TRANSLATE_NOOP("actions", "Import REFI-QDA project…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Bring in a .qdpx project made by QualCoder or another QDA program: its texts, "
         "codes and coded selections")),
)  # fmt: skip


# What the core counts in a project import, for the report.
_COUNTED = {
    "participants matched": QT_TRANSLATE_NOOP("QdpxFlow", "participants matched"),
    "participants created": QT_TRANSLATE_NOOP("QdpxFlow", "participants created"),
    "aliases added": QT_TRANSLATE_NOOP("QdpxFlow", "aliases added"),
    "participants that could be more than one here (kept apart)": QT_TRANSLATE_NOOP(
        "QdpxFlow", "participants that could be more than one here (kept apart)"
    ),
    "tags created": QT_TRANSLATE_NOOP("QdpxFlow", "tags created"),
    "selections already here": QT_TRANSLATE_NOOP("QdpxFlow", "selections already here"),
    "selections without codes, notes or text": QT_TRANSLATE_NOOP(
        "QdpxFlow", "selections without codes, notes or text"
    ),
    "mentions": QT_TRANSLATE_NOOP("QdpxFlow", "mentions"),
    "document tags": QT_TRANSLATE_NOOP("QdpxFlow", "document tags"),
    "coded quotes": QT_TRANSLATE_NOOP("QdpxFlow", "coded quotes"),
    "commitments": QT_TRANSLATE_NOOP("QdpxFlow", "commitments"),
    "memos": QT_TRANSLATE_NOOP("QdpxFlow", "memos"),
    "memos already here": QT_TRANSLATE_NOOP("QdpxFlow", "memos already here"),
    "notes on codes": QT_TRANSLATE_NOOP("QdpxFlow", "notes on codes"),
    "empty or oversized notes": QT_TRANSLATE_NOOP("QdpxFlow", "empty or oversized notes"),
    "notes on characters outside their text": QT_TRANSLATE_NOOP(
        "QdpxFlow", "notes on characters outside their text"
    ),
    "note references to no note": QT_TRANSLATE_NOOP("QdpxFlow", "note references to no note"),
    "notes on nothing in the archive (a project journal)": QT_TRANSLATE_NOOP(
        "QdpxFlow", "notes on nothing in the archive (a project journal)"
    ),
    "other sources": QT_TRANSLATE_NOOP("QdpxFlow", "other sources"),
}


class QdpxFlow(QObject):
    """One per main window; follows its archive session."""

    finished = Signal(object)  # ExportInfo or ProjectImport
    failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops: QdpxOps | None = None
        self.job: BundleJob | None = None
        self.progress: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        # Hooks a test may replace; the defaults ask the user.
        self.ask_save: Callable[[], str] = lambda: file_dialogs.save_file(
            window, window.settings, self.tr("Export REFI-QDA project"), "archive.qdpx",
            self.file_filter())  # fmt: skip
        self.ask_open: Callable[[], str] = lambda: file_dialogs.open_file(
            window, window.settings, self.tr("Import REFI-QDA project"), self.file_filter())  # fmt: skip
        self.warn: Callable[[str, BaseException], None] = lambda title, exc: show_error(
            window, title, exc)  # fmt: skip

    def file_filter(self) -> str:
        """The file chooser's filter: REFI-QDA projects, or any file."""
        return self.tr("REFI-QDA projects (*.qdpx);;All files (*)")

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session."""
        self.ops = QdpxOps(session) if session is not None else None

    def export(self) -> BundleJob | None:
        """File → Export REFI-QDA project…: the whole archive as one .qdpx."""
        path = self.ask_save() if self.ops is not None else ""
        if not path or self.ops is None:
            return None
        if not path.lower().endswith(".qdpx"):
            path += ".qdpx"
        return self._follow(self.ops.export(Path(path)), self.tr("Exporting the project…"))

    def import_project(self, path: str | None = None) -> BundleJob | None:
        """File → Import REFI-QDA project…: read it whole, then store it; the report at the end."""
        path = path or (self.ask_open() if self.ops is not None else "")
        if not path or self.ops is None:
            return None
        return self._follow(self.ops.import_project(Path(path)),
                            self.tr("Reading and importing the project…"))  # fmt: skip

    def cancel(self) -> None:
        """Stop the running export or import."""
        if self.job is not None:
            self.job.cancel()

    def _follow(self, job: BundleJob | None, label: str) -> BundleJob | None:
        if job is None:
            return None
        self.job = job
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("qdpxProgress")
        dialog.setWindowTitle(self.tr("REFI-QDA project"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(job.cancel)
        self.progress = dialog
        job.progress.connect(self._progressed)
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        return job

    def _progressed(self, done: int, total: int, label: str) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(f"{dialog.labelText().splitlines()[0]}\n{isolate(label)}")
        dialog.setValue(min(done, total))

    def _end(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: Any) -> None:
        self._end()
        if isinstance(result, ProjectImport):
            self.window.refresh()
            self._report(result)
        else:
            self.window.show_message(self.tr("Project written: {0} (%Ln documents, {1} coded "
                                             "selections)", "", result.counts.get("documents", 0)).format(
                isolate(result.path), number(result.counts.get("selections", 0))), 8000)  # fmt: skip
        self.finished.emit(result)

    def _report(self, report: ProjectImport) -> None:
        first = self.tr("Project {0} imported: %Ln documents added, {1} already here", "",
                        len(report.documents_added)).format(
            isolate(report.name or Path(report.path).name), number(len(report.documents_matched)))  # fmt: skip
        lines = [self.tr("{0}: {1}").format(self._what(what), number(count))
                 for what, count in sorted(report.counts.items())]  # fmt: skip
        lines += [self.tr("left out, {1}: {0}").format(number(count), self._what(what))
                  for what, count in sorted(report.skipped.items())]  # fmt: skip
        self.window.show_message(first, 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("REFI-QDA project imported"),
                          first, QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setObjectName("qdpxReport")
        box.setInformativeText("\n".join(lines))
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.report_box = box
        box.show()

    @staticmethod
    def _what(counted: str) -> str:
        words = _COUNTED.get(counted)
        return QCoreApplication.translate("QdpxFlow", words) if words else isolate(counted)

    def _failed(self, exc: BaseException) -> None:
        job = self.job
        self._end()
        if isinstance(exc, Cancelled):
            self.window.show_message(self.tr("Cancelled: nothing was written"), 6000)
        elif job is not None:
            title = (self.tr("Export REFI-QDA project") if job.what == Operation.EXPORT_PROJECT
                     else self.tr("Import REFI-QDA project"))  # fmt: skip
            self.warn(title, exc)
        self.failed.emit(exc)


def install(window: MainWindow) -> QdpxFlow:
    """Add the two actions to the File menu, after the bundle actions (before Quit)."""
    flow = QdpxFlow(window)
    handlers = {"export_qdpx": flow.export, "import_qdpx": lambda: flow.import_project()}
    file_menu = windowmenus.menu(window, "File")
    quit_action = next(a for a in file_menu.actions() if a.objectName() == "quit")
    for spec in SPECS:
        file_menu.insertAction(quit_action, window.add_action(spec, handlers[spec.id]))
    file_menu.insertSeparator(quit_action)
    window.session_closing.connect(lambda _old: flow.bind(None))
    window.session_changed.connect(flow.bind)
    flow.bind(window.session)
    return flow
