"""REFI-QDA projects in the window: File → Export REFI-QDA project… / Import REFI-QDA project….

Both run on the serial lane behind a progress dialog whose Cancel stops them (an export
leaves no file, an import stores nothing); an import ends with what came in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from archiver.core.exchange.qdpx.importing import ProjectImport
from archiver.core.progress import Cancelled
from archiver.gui import windowmenus
from archiver.gui.actions import Spec
from archiver.gui.errors import show_error
from archiver.services.bundle_ops import BundleJob
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.qdpx_ops import QdpxOps

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

SPECS = (
    Spec("export_qdpx", "Export REFI-QDA project…", (), "File",
         "Write the documents, participants, mentions and commitments as a .qdpx project "
         "for QualCoder, MAXQDA, ATLAS.ti or NVivo"),
    Spec("import_qdpx", "Import REFI-QDA project…", (), "File",
         "Bring in a .qdpx project made by QualCoder or another QDA program: its texts, "
         "codes and coded selections"),
)  # fmt: skip
FILTER = "REFI-QDA projects (*.qdpx);;All files (*)"


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
        self.ask_save: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            window, self.tr("Export REFI-QDA project"), "archive.qdpx", self.tr(FILTER))[0]  # fmt: skip
        self.ask_open: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            window, self.tr("Import REFI-QDA project"), "", self.tr(FILTER))[0]  # fmt: skip
        self.warn: Callable[[str, BaseException], None] = lambda title, exc: show_error(
            window, title, exc)  # fmt: skip

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
        dialog.setLabelText(f"{dialog.labelText().splitlines()[0]}\n{label}")
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
            self.window.show_message(self.tr("Project written: {0} ({1} documents, {2} coded "
                                             "selections)").format(
                result.path, result.counts.get("documents", 0),
                result.counts.get("selections", 0)), 8000)  # fmt: skip
        self.finished.emit(result)

    def _report(self, report: ProjectImport) -> None:
        first = self.tr("Project {0} imported: {1} documents added, {2} already here").format(
            report.name or Path(report.path).name, len(report.documents_added),
            len(report.documents_matched))  # fmt: skip
        lines = [f"{what}: {count}" for what, count in sorted(report.counts.items())]
        lines += [self.tr("left out, {1}: {0}").format(count, what)
                  for what, count in sorted(report.skipped.items())]  # fmt: skip
        self.window.show_message(first, 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("REFI-QDA project imported"),
                          first, QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setObjectName("qdpxReport")
        box.setInformativeText("\n".join(lines))
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.report_box = box
        box.show()

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
    window.session_changed.connect(flow.bind)
    flow.bind(window.session)
    return flow
