"""Likely duplicates kept from the import report: one file or all of them, imported on the
write lane with keep_duplicates (progress, cancel, one undo step), the report updated; two
near-identical files of one batch said to be so ("imported in this batch")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from archiver.gui.import_report import ImportReportDialog

ORIGINAL_AR = (
    "أعلنت وزارة الزراعة في بيان رسمي صدر اليوم أن صندوق الطوارئ المخصص لمواجهة الجفاف في "
    "المحافظات الشمالية سيرتفع إلى ثلاثين مليون دولار خلال العام الجاري. وقال الوزير إن المزارعين "
    "المتضررين سيحصلون على دعم مباشر لشراء البذور والأعلاف وإصلاح قنوات الري القديمة، وإن فرقا "
    "ميدانية ستزور القرى الأكثر تضررا لتسجيل الأسر المحتاجة. وأضاف أن الحكومة تعمل مع المنظمات "
    "الدولية على خطة طويلة الأمد لإدارة المياه وحماية المراعي من التصحر في السنوات المقبلة."
)
EDITED_AR = ORIGINAL_AR.replace("ثلاثين", "خمسين") + " وسيبدأ صرف الدفعة الأولى الشهر المقبل."
ORIGINAL_EN = (
    "The ministry of agriculture said on Tuesday that the emergency fund for the drought in the "
    "northern provinces will be raised to thirty million dollars this year. Farmers who lost "
    "their harvest will receive direct support to buy seed and fodder and to repair old "
    "irrigation canals, and field teams will visit the villages hit hardest to register the "
    "families in need. The government is working with international agencies on a long-term "
    "plan to manage water and to protect pastures from desertification in the coming years."
)
EDITED_EN = ORIGINAL_EN.replace("thirty", "fifty") + " The first payments start next month."


def near_folder(tmp_path: Path) -> Path:
    """Two pairs: an edited copy whose name sorts first (stored first), and its original."""
    folder = tmp_path / "pairs"
    folder.mkdir()
    for name, text in (("a-edited.ar.txt", EDITED_AR), ("b-original.ar.txt", ORIGINAL_AR),
                       ("c-edited.en.txt", EDITED_EN), ("d-original.en.txt", ORIGINAL_EN)):  # fmt: skip
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _report_of_folder(qtbot, window, tmp_path: Path) -> ImportReportDialog:  # type: ignore[no-untyped-def]
    """The folder imported through the window, and its report dialog as the window shows it."""
    shown: list = []
    window.show_report = shown.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(near_folder(tmp_path))])
    window._show_report(shown[0])
    dialog = window.report_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: window.session.count() == 2)
    return dialog


def _imports_journaled(window) -> int:  # type: ignore[no-untyped-def]
    return [e.change.kind.value for e in window.session.reader.annotations.journal.history()].count(
        "import"
    )


def test_a_near_duplicate_of_the_same_batch_is_said_so_and_kept_from_the_report(
    qtbot, window, tmp_path
):
    dialog = _report_of_folder(qtbot, window, tmp_path)
    html = dialog.details_html()
    assert html.count("imported in this batch") == 2 and html.count('href="keep:') == 2
    assert "b-original.ar.txt" in html and "(in this batch)" in dialog.plain_text()
    assert dialog.keep_all.isVisible()
    with qtbot.waitSignal(window.imports.kept, timeout=30000):
        dialog._clicked(QUrl("keep:0"))  # "Keep anyway" beside b-original.ar.txt
        assert window.import_status.isVisible()  # as any import: progress and Cancel
        assert (
            not dialog.keep_all.isEnabled()
            and "Keeping 1 likely duplicate…" in dialog.summary.text()
        )
    report = dialog.report
    assert [Path(f.path).name for f in report.imported][-1] == "b-original.ar.txt"
    assert [Path(d.path).name for d in report.duplicates] == ["d-original.en.txt"]
    assert dialog.summary.text().startswith("Imported 3, duplicates 1")
    assert dialog.details_html().count('href="keep:') == 1
    qtbot.waitUntil(lambda: window.session.count() == 3)
    kept = window.session.document(report.imported[-1].id)
    assert "ثلاثين مليون" in kept.text  # the untouched original, beside its edited copy
    assert _imports_journaled(window) == 2  # the batch, and the keep: one step of its own
    with qtbot.waitSignal(window.undo_history.undone, timeout=10000):
        window.undo_history.undo()
    qtbot.waitUntil(lambda: window.session.count() == 2)


def test_keep_all_imports_every_likely_duplicate_in_one_step(qtbot, window, tmp_path):
    dialog = _report_of_folder(qtbot, window, tmp_path)
    with qtbot.waitSignal(window.imports.kept, timeout=30000):
        dialog.keep_all.click()
    assert dialog.report.duplicates == [] and len(dialog.report.imported) == 4
    assert not dialog.keep_all.isVisible()
    qtbot.waitUntil(lambda: window.session.count() == 4)
    assert _imports_journaled(window) == 2
    with qtbot.waitSignal(window.undo_history.undone, timeout=10000):
        window.undo_history.undo()
    qtbot.waitUntil(lambda: window.session.count() == 2)  # both kept files, one Ctrl+Z


def test_a_cancelled_keep_leaves_the_duplicates_to_keep_later(qtbot, window, tmp_path):
    import threading

    dialog = _report_of_folder(qtbot, window, tmp_path)
    gate = threading.Event()
    window.session.lanes.serial.submit(lambda: gate.wait(10))  # the click lands before it runs
    dialog.keep_all.click()
    window.import_status.cancel.click()
    with qtbot.waitSignal(window.imports.kept, timeout=30000):
        gate.set()
    assert len(dialog.report.duplicates) == 2 and len(dialog.report.imported) == 2
    assert dialog.summary.text().startswith("Keeping was cancelled.")
    assert dialog.keep_all.isVisible() and dialog.keep_all.isEnabled()
    assert window.session.count() == 2 and _imports_journaled(window) == 1
