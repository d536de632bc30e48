"""The import report's lines read in the interface's direction, whatever letter a file name
starts with, and an Arabic file name keeps its extension at its end in an English line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archiver.core.model import DuplicateFile, FailedFile, ImportedFile, ImportReport
from archiver.gui.import_report import ImportReportDialog

NAME = "تقرير-الكهرباء.txt"
TITLE = "وزير الخارجية يتعهد بصندوق لإعادة الإعمار"


def _report(tmp_path) -> ImportReport:  # type: ignore[no-untyped-def]
    return ImportReport(
        imported=[ImportedFile(str(tmp_path / "en-report.pdf"), 2, "Ministers pledge a fund")],
        duplicates=[DuplicateFile(str(tmp_path / NAME), 1, likely=False)],
        failed=[FailedFile(str(tmp_path / "تالف.pdf"), "damaged PDF (truncated)", "damaged")],
    )


def _directions(dialog: ImportReportDialog) -> dict[str, Qt.LayoutDirection]:
    """Each line of the details, as the browser laid it out, and the direction it took."""
    document, found = dialog.browser.document(), {}
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            found[block.text()] = block.layout().textOption().textDirection()
        block = block.next()
    return found


def test_an_english_report_reads_every_line_left_to_right(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportReportDialog(_report(tmp_path), titles={1: TITLE})
    qtbot.addWidget(dialog)
    dialog.show()
    lines = _directions(dialog)
    line = next(text for text in lines if "same as" in text)
    assert lines[line] == Qt.LayoutDirection.LeftToRight
    assert line.startswith(f"\u2066{NAME}\u2069 — same as")  # a left-to-right isolate
    failed = next(text for text in lines if "damaged" in text)
    assert lines[failed] == Qt.LayoutDirection.LeftToRight


def test_an_arabic_report_reads_every_line_right_to_left(qtbot, tmp_path, arabic) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportReportDialog(_report(tmp_path), titles={1: TITLE})
    qtbot.addWidget(dialog)
    dialog.show()
    lines = _directions(dialog)
    imported = next(text for text in lines if "Ministers" in text)
    assert lines[imported] == Qt.LayoutDirection.RightToLeft
