"""The library and carry parts of the interface in Arabic: the import report, the trash."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from archiver.core.imports import prepare_safely
from archiver.core.model import FailedFile, ImportedFile, ImportReport
from archiver.core.store.documents import Trashed
from archiver.core.trash import TrashSize
from archiver.gui.errors import import_reason
from archiver.gui.import_report import ImportReportDialog
from archiver.gui.locale_text import isolate, line_mark
from archiver.gui.trash_dialog import TrashDialog
from translations_build import arabic_letters


def test_the_import_report_in_arabic_words_the_core_reasons(arabic, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Title, counts in Arabic digits, a core reason in Arabic, the file name isolated."""
    report = ImportReport(
        imported=[ImportedFile(str(tmp_path / "note.txt"), 1, "تحالف الراغبين")],
        failed=[FailedFile(str(tmp_path / "empty.txt"), "empty file", "empty_file")],
        files=2,
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "تقرير الاستيراد"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "١" in dialog.summary.text() and arabic_letters(dialog.summary.text())
    details = dialog.details_html()
    assert "ملف فارغ" in details and isolate("empty.txt") in details
    assert "empty file" not in details
    assert '<li dir="rtl">' in details  # every line right to left, a Latin name first or not


def test_the_reasons_the_core_gives_are_worded_in_arabic(arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each common failure the importer gives is worded in Arabic from its code."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.txt").write_text("   \n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "table.xyz").write_text("a,b", encoding="utf-8")
    names = ["empty.txt", "spaces.txt", "binary.txt", "table.xyz", "missing.txt"]
    for name in names:
        failed = prepare_safely(str(tmp_path / name))
        assert isinstance(failed, FailedFile), name
        worded = import_reason(failed)
        assert arabic_letters(worded), (name, failed.code, worded)


def test_the_trash_in_arabic_counts_with_the_dual_and_mirrors(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two documents read as the Arabic dual; the dialog is right to left."""
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    items = [Trashed(i, f"وثيقة {i}", f"d{i}.txt", 2048, "2026-03-02T10:04:05", "x")
             for i in (1, 2)]  # fmt: skip
    dialog.show_items(items, TrashSize(2, 4096))
    assert dialog.windowTitle() == "سلّة المحذوفات"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.summary.text().startswith("وثيقتان في سلّة المحذوفات")
    assert dialog.restore_button.text() == "ا&ستعادة"


def test_the_sidebar_names_participants_in_arabic_when_it_can(arabic) -> None:  # type: ignore[no-untyped-def]
    """An Arabic interface lists أوكرانيا (Ukraine in the tip); a name without one stays."""
    from archiver.gui.library_model import LibraryModel
    from archiver.services.library_nodes import Node, NodeKind

    model = LibraryModel()
    model.set_nodes([Node(NodeKind.PARTICIPANT, 1, "Ukraine", 2, detail="أوكرانيا"),
                     Node(NodeKind.PARTICIPANT, 2, "NATO", 1)])  # fmt: skip
    first, second = model.item(0), model.item(1)
    assert first.text().startswith(line_mark() + isolate("أوكرانيا"))
    assert first.toolTip() == "Ukraine"
    assert second.text().startswith(line_mark() + isolate("NATO"))


def deleted_column(stamp: str) -> str:
    """The "Deleted" cell the trash dialog shows for a document deleted at ``stamp``."""
    dialog = TrashDialog()
    dialog.show_items([Trashed(1, "وثيقة", "d.txt", 10, stamp, "x")], TrashSize(1, 10))
    text = dialog.tree.topLevelItem(0).text(0)
    dialog.deleteLater()
    return text


def test_the_trash_dates_read_as_the_sidebars_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """ "2 Mar 2025" on the user's clock (the sidebar's imports' way), not "3/2/25 10:04 AM"."""
    stamp = "2025-03-02T10:04:05+00:00"
    day = datetime.fromisoformat(stamp).astimezone().day
    assert deleted_column(stamp) == f"{day} Mar 2025"
    now = datetime.now(UTC).replace(month=3, day=2, hour=10, minute=4, second=5, microsecond=0)
    local = now.astimezone()
    assert deleted_column(now.isoformat()) == f"{local.day} Mar {local:%H:%M}"  # this year's


def test_the_trash_dates_in_arabic_name_the_month_in_arabic_digits(arabic) -> None:  # type: ignore[no-untyped-def]
    """ "٢ مارس ٢٠٢٥", as the sidebar writes a date, not "٢‏/٣‏/٢٠٢٥ ١٠:٠٤ ص"."""
    shown = deleted_column("2025-03-02T10:04:05+00:00")
    assert "مارس" in shown and shown.endswith("٢٠٢٥") and "/" not in shown
