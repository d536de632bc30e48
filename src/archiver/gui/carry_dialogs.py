"""Waiting for a backup, restore or salvage behind a progress dialog, and wording its outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number

if TYPE_CHECKING:
    from archiver.core.backups.restoring import RestoreReport
    from archiver.core.salvage import SalvageReport
    from archiver.services.carry_ops import CarryJob

SALVAGE_LINES = 12  # the report's first lines in the dialog; the CLI prints them all
# The steps the core names in its progress (backups, restores, salvage, team sync).
_STEPS = {
    "copying the database": QT_TRANSLATE_NOOP("CarryDialogs", "copying the database"),
    "originals": QT_TRANSLATE_NOOP("CarryDialogs", "originals"),
    "copying originals": QT_TRANSLATE_NOOP("CarryDialogs", "copying originals"),
    "documents pushed": QT_TRANSLATE_NOOP("CarryDialogs", "documents pushed"),
    "changes pushed": QT_TRANSLATE_NOOP("CarryDialogs", "changes pushed"),
    "pulled": QT_TRANSLATE_NOOP("CarryDialogs", "pulled"),
}


def step_words(label: str) -> str:
    """A progress step the core names, in the interface's language (a file name as it is)."""
    known = _STEPS.get(label)
    return QCoreApplication.translate("CarryDialogs", known) if known else isolate(label)


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
            dialog.setLabelText(f"{title}\n{step_words(label)}")

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
    text = QCoreApplication.translate(
        "CarryDialogs", "Restored {0} documents and {1} originals into {2}."
    ).format(number(report.documents), number(report.originals), isolate(report.folder))
    if report.consistent:
        return (
            text
            + " "
            + QCoreApplication.translate("CarryDialogs", "The check found nothing wrong.")
        )
    return (
        text
        + " "
        + QCoreApplication.translate("CarryDialogs", "The check found problems:")
        + "\n"
        + "\n".join(map(isolate, report.problems[:8]))
    )


def salvage_text(report: SalvageReport) -> str:
    """The salvage report's summary: how, what was kept, what came back from originals."""
    lines = report.lines()
    shown = [*lines[:SALVAGE_LINES], *(["…"] if len(lines) > SALVAGE_LINES + 1 else []), lines[-1]]
    first = QCoreApplication.translate(
        "CarryDialogs", "Salvaged into {0}. What the salvage did (as the command line says it):"
    ).format(isolate(report.folder))
    return "\n".join([first, *map(isolate, dict.fromkeys(shown))])
