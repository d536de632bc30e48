"""Waiting for a backup, restore or salvage behind a progress dialog, and wording its outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from archiver.core.backups.restoring import RestoreReport
    from archiver.core.salvage import SalvageReport
    from archiver.services.carry_ops import CarryJob

SALVAGE_LINES = 12  # the report's first lines in the dialog; the CLI prints them all


def _tr(text: str) -> str:
    return QCoreApplication.translate("carry", text)


def wait_for(job: CarryJob, parent: QWidget | None, title: str) -> Any:
    """A modal progress dialog until the job (on a worker) ends: its report, or its error raised.

    The GUI thread keeps running its event loop meanwhile, so the window repaints.
    """
    if not job.done:
        dialog = QProgressDialog(title, "", 0, 0, parent)
        dialog.setObjectName("carryProgress")
        dialog.setCancelButton(None)  # no button: the work cannot be stopped halfway
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        loop = QEventLoop()

        def show(done: int, total: int, label: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            dialog.setLabelText(f"{title}\n{label}")

        job.progress.connect(show)
        job.finished.connect(loop.quit)
        job.failed.connect(loop.quit)
        dialog.show()
        if not job.done:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.report


def restore_text(report: RestoreReport) -> str:
    """What a restore made, and what check says of it."""
    text = _tr("Restored {0} documents and {1} originals into {2}.").format(
        report.documents, report.originals, report.folder
    )
    if report.consistent:
        return text + " " + _tr("The check found nothing wrong.")
    return text + " " + _tr("The check found problems:") + "\n" + "\n".join(report.problems[:8])


def salvage_text(report: SalvageReport) -> str:
    """The salvage report's summary: how, what was kept, what came back from originals."""
    lines = report.lines()
    shown = [*lines[:SALVAGE_LINES], *(["…"] if len(lines) > SALVAGE_LINES + 1 else []), lines[-1]]
    return "\n".join(dict.fromkeys(shown))
