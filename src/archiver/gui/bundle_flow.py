"""Bundles in the window: File → Export bundle… / Import bundle…, and Edit → Conflicts….

Export and import run on the serial lane behind a progress dialog whose Cancel stops them
before anything is written; an import ends with its report, which opens the Conflicts view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QProgressDialog

from archiver.core.changes import ChangeKind
from archiver.core.progress import Cancelled
from archiver.core.sync.merge import MergeReport
from archiver.gui import file_dialogs, windowmenus
from archiver.gui.actions import Spec
from archiver.gui.bulk_actions import undo_key
from archiver.gui.bundle_report import BundleReportDialog
from archiver.gui.conflicts_view import ConflictsDialog
from archiver.gui.errors import show_error
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate
from archiver.services.bundle_ops import BundleJob, BundleOps
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

SPECS = (
    Spec("export_bundle", QT_TRANSLATE_NOOP("actions", "Export bundle…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Write the archive, its coding and its history to one zip file for another copy")),
    Spec("import_bundle", QT_TRANSLATE_NOOP("actions", "Import bundle…"), (), "File",
         QT_TRANSLATE_NOOP("actions", "Merge a bundle from another copy: new documents and coding arrive, conflicts are listed")),
    Spec("show_conflicts", QT_TRANSLATE_NOOP("actions", "Conflicts…"), (), "Edit",
         QT_TRANSLATE_NOOP("actions", "Fields a bundle changed differently from this copy: keep yours or take theirs")),
)  # fmt: skip


class BundleFlow(QObject):
    """One per main window; follows its archive session."""

    finished = Signal(object)  # BundleInfo or MergeReport
    failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops: BundleOps | None = None
        self.job: BundleJob | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: BundleReportDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        # Hooks a test may replace; the defaults ask the user.
        self.ask_save: Callable[[], str] = lambda: file_dialogs.save_file(
            window, window.settings, self.tr("Export bundle"), "archive-bundle.zip",
            self.file_filter())  # fmt: skip
        self.ask_open: Callable[[], str] = lambda: file_dialogs.open_file(
            window, window.settings, self.tr("Import bundle"), self.file_filter())  # fmt: skip
        self.show_report: Callable[[MergeReport, str], None] = self._show_report
        self.warn: Callable[[str, BaseException], None] = lambda title, exc: show_error(
            window, title, exc)  # fmt: skip

    def file_filter(self) -> str:
        """The file chooser's filter: bundles, or any file."""
        return self.tr("Archiver bundles (*.zip);;All files (*)")

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session."""
        self.ops = BundleOps(session) if session is not None else None
        if session is not None:
            session.events.history_changed.connect(lambda _change: self._refresh_conflicts())
        self._refresh_conflicts()  # an open Conflicts view shows this archive's (or none)

    # -- export and import --------------------------------------------------------------------

    def export(self) -> BundleJob | None:
        """File → Export bundle…: the whole archive into one zip file."""
        path = self.ask_save() if self.ops is not None else ""
        if not path or self.ops is None:
            return None
        if not path.lower().endswith(".zip"):
            path += ".zip"
        return self._follow(self.ops.export(Path(path)), self.tr("Exporting the bundle…"))

    def import_bundle(self, path: str | None = None) -> BundleJob | None:
        """File → Import bundle…: check it whole, then merge it; the report at the end."""
        path = path or (self.ask_open() if self.ops is not None else "")
        if not path or self.ops is None:
            return None
        return self._follow(self.ops.import_bundle(Path(path)), self.tr("Checking and merging "
                                                                        "the bundle…"))  # fmt: skip

    def _follow(self, job: BundleJob | None, label: str) -> BundleJob | None:
        if job is None:
            return None
        self.job = job
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("bundleProgress")
        dialog.setWindowTitle(self.tr("Bundle"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(job.cancel)
        self.progress = dialog
        job.progress.connect(self._progressed)
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        return job

    def cancel(self) -> None:
        """Stop the running export or import (before anything is written)."""
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int, label: str) -> None:
        dialog, job = self.progress, self.job
        if dialog is None or job is None:
            return
        if done >= total and job.what == Operation.IMPORT_BUNDLE:
            # Every entry checked: the merge runs now, as one transaction that cannot stop.
            dialog.setCancelButton(None)
            dialog.setRange(0, 0)
            dialog.setLabelText(self.tr("Merging the bundle into this archive…"))
            return
        dialog.setMaximum(total)
        dialog.setLabelText(f"{dialog.labelText().splitlines()[0]}\n{isolate(label)}")
        dialog.setValue(min(done, total))  # last: a modal dialog handles the next signals here

    def _end(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: Any) -> None:
        job = self.job
        self._end()
        if isinstance(result, MergeReport):
            self.window.refresh()
            self.show_report(result, job.path.name if job is not None else "")
        else:
            docs = result.manifest.counts.get("documents", 0)
            self.window.show_message(self.tr("Bundle written: {0} (%Ln documents)", "", docs)
                                     .format(isolate(result.path)), 8000)  # fmt: skip
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        job = self.job
        self._end()
        if isinstance(exc, Cancelled):
            self.window.show_message(self.tr("Cancelled: nothing was written"), 6000)
        elif job is not None:
            title = (self.tr("Export bundle") if job.what == Operation.EXPORT_BUNDLE
                     else self.tr("Import bundle"))  # fmt: skip
            self.warn(title, exc)
        self.failed.emit(exc)

    def _show_report(self, report: MergeReport, name: str) -> None:
        self.report_dialog = BundleReportDialog(report, name, self.window)
        self.report_dialog.show_conflicts.connect(self.show_conflicts)
        self.report_dialog.trash_copies.connect(self._trash_copies)
        self.report_dialog.show()

    def _trash_copies(self, ids: list[int]) -> None:
        """The report's likely copies to the trash, as one undoable change."""
        session = self.window.session
        if session is not None and ids and session.delete_documents(ids):
            self.window.show_message(
                self.tr("Moved %Ln likely copies to the trash ({0} brings them back)", "",
                        len(ids)).format(undo_key()), 6000)  # fmt: skip

    # -- the Conflicts view -------------------------------------------------------------------

    def show_conflicts(self) -> ConflictsDialog:
        """Edit → Conflicts…: every open conflict; keep this copy's value or take the other's."""
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.window)
            self.conflicts_dialog.resolve_requested.connect(self.resolve)
            self.conflicts_dialog.value_requested.connect(self.resolve_with)
            self.conflicts_dialog.undo_requested.connect(self.window.undo_history.undo)
            self.conflicts_dialog.refresh_requested.connect(self._fill_conflicts)
        self._fill_conflicts()
        dialog = self.conflicts_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dialog

    def _fill_conflicts(self) -> None:
        dialog = self.conflicts_dialog
        if dialog is not None and self.ops is None:
            dialog.show_conflicts([])
        elif dialog is not None and self.ops is not None:
            dialog.show_conflicts(
                self.ops.conflicts(open_only=not dialog.show_resolved.isChecked())
            )
            history = self.window.undo_history.ops
            target = history.undo_target() if history is not None else None
            # Undo here takes back a pick only, never the merge or another change.
            dialog.undo_button.setEnabled(target is not None
                                          and target.kind == ChangeKind.RESOLVE_CONFLICT)  # fmt: skip

    def _refresh_conflicts(self) -> None:
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self._fill_conflicts()

    def resolve_with(self, conflict_id: int, value: str) -> None:
        """Set the value both copies should hold (undoable; it travels like any edit)."""
        if self.ops is not None:
            self.ops.resolve(conflict_id, None, value=value,
                             on_done=lambda _change: self.window.show_message(
                                 self.tr("Conflict resolved ({0} takes it back)").format(undo_key()), 5000))  # fmt: skip

    def resolve(self, conflict_id: int, pick: str) -> None:
        """Keep this copy's value (``local``) or take the other's (``remote``): undoable."""
        if self.ops is not None and pick in ("local", "remote"):
            self.ops.resolve(conflict_id, "local" if pick == "local" else "remote",
                             on_done=lambda _change: self.window.show_message(
                                 self.tr("Conflict resolved ({0} takes it back)").format(undo_key()), 5000))  # fmt: skip


def install(window: MainWindow) -> BundleFlow:
    """Add the bundle actions to the File menu (before Quit) and Conflicts… to the Edit menu."""
    flow = BundleFlow(window)
    handlers = {"export_bundle": flow.export, "import_bundle": lambda: flow.import_bundle(),
                "show_conflicts": flow.show_conflicts}  # fmt: skip
    actions = {spec.id: window.add_action(spec, handlers[spec.id]) for spec in SPECS}
    file_menu = windowmenus.menu(window, "File")
    quit_action = next(a for a in file_menu.actions() if a.objectName() == "quit")
    file_menu.insertAction(quit_action, actions["export_bundle"])
    file_menu.insertAction(quit_action, actions["import_bundle"])
    file_menu.insertSeparator(quit_action)
    _after(windowmenus.menu(window, "Edit"), "show_trash", actions["show_conflicts"])
    window.session_closing.connect(lambda _old: flow.bind(None))
    window.session_changed.connect(flow.bind)
    flow.bind(window.session)
    return flow


def _after(menu: QMenu, name: str, action: Any) -> None:
    listed = menu.actions()
    at = next(i for i, a in enumerate(listed) if a.objectName() == name)
    menu.insertAction(listed[at + 1] if at + 1 < len(listed) else None, action)  # type: ignore[arg-type]
