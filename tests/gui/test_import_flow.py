"""Importing through the window: progress, cancel, the report, a consistent archive after."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from waiting import settle

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.gui.import_report import ImportReportDialog


def make_folder(tmp_path, count: int = 60):  # type: ignore[no-untyped-def]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(count):
        lang = "ar" if i % 2 else "en"
        text = (f"خبر رقم {i}\n\nنص عربي قصير عن الموضوع {i} مع كلمات مختلفة {i * 7}"
                if lang == "ar" else f"News item {i}\n\nA short English text about topic {i}, word{i * 7}.")  # fmt: skip
        (folder / f"{i:03d}-{lang}.txt").write_text(text, encoding="utf-8")
    return folder


def test_import_reports_progress_and_lists_the_documents(qtbot, window, tmp_path):
    folder = make_folder(tmp_path, 30)
    settle(qtbot, window)
    assert window.pages.currentIndex() == 0  # the empty archive's start page
    seen: list[tuple[int, int]] = []
    reports: list = []
    window.show_report = reports.append
    job = window.import_paths([str(folder)])
    job._throttle.interval = 0  # every file, so the test sees them all
    job.progress.connect(lambda d, t, _f: seen.append((d, t)))
    assert window.import_status.isVisible()
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        pass
    assert seen[-1] == (30, 30)
    assert len(reports[0].imported) == 30 and not reports[0].cancelled
    assert not window.import_status.isVisible()
    settle(qtbot, window)
    assert window.model.total == 30 and window.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: "30 documents" in window.status_docs.text(), timeout=5000)


def test_cancel_midway_keeps_the_archive_consistent(qtbot, window, tmp_path):
    folder = make_folder(tmp_path, 60)
    reports: list = []
    window.show_report = reports.append
    job = window.import_paths([str(folder)])
    job._throttle.interval = 0
    # Cancel from the worker thread itself at file 20, so the stop point is deterministic.
    job.progress.connect(
        lambda d, _t, _f: job.cancel() if d >= 20 else None, Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        pass
    report = reports[0]
    assert report.cancelled
    assert len(report.imported) == 20
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("Import cancelled.")
    root = window.session.root
    window.close_archive()
    with Archive.open(root) as archive:
        assert archive.count() == len(report.imported)
        assert check(archive).consistent


def test_cancel_button_in_the_status_bar(qtbot, window, tmp_path):
    folder = make_folder(tmp_path, 40)
    window.show_report = lambda report: None
    # Hold the serial lane so the click lands before the batch starts, whatever the machine.
    gate = threading.Event()
    window.session.lanes.serial.submit(lambda: gate.wait(10))
    job = window.import_paths([str(folder)])
    qtbot.mouseClick(window.import_status.cancel, Qt.MouseButton.LeftButton)
    assert job.cancelled
    gate.set()
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled and report.imported == []
    assert not window.import_status.isVisible() and window.session.count() == 0


def test_report_lists_duplicates_with_links_and_failures(qtbot, filled, articles, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    reports: list = []
    filled.show_report = reports.append
    with qtbot.waitSignal(filled.import_finished, timeout=30000):
        filled.import_paths([str(articles / "mixed.txt"), str(bad)])
    report = reports[0]
    assert len(report.duplicates) == 1 and len(report.failed) == 1
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    html = dialog.details_html()
    assert f'href="doc:{report.duplicates[0].id}"' in html and "broken.pdf" in html
    assert "FAILED" in dialog.plain_text() and report.failed[0].reason in dialog.plain_text()
    dialog.open_document.connect(filled._open_from_report)
    filled.report_dialog = dialog
    dialog.open_document.emit(report.duplicates[0].id)
    assert filled.current_document_id() == report.duplicates[0].id


def test_pdf_import_and_page_view(qtbot, qapp, window, tmp_path):
    from tests.pdf_fixtures import make_pdf

    pdf = tmp_path / "report.pdf"
    make_pdf(
        pdf,
        ["Security guarantees for Ukraine were discussed.", "ضمانات أمنية لأوكرانيا"],
        title="Report",
    )
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(pdf)])
    doc_id = reports[0].imported[0].id
    window.open_document(doc_id)
    assert "page" in window.reader.meta.text()
    window.actions_by_id["toggle_pages"].trigger()
    assert window.reader.stack.currentWidget() is window.reader.pages
    window.actions_by_id["toggle_pages"].trigger()
    assert window.reader.stack.currentWidget() is window.reader.view


def test_the_windows_report_keeps_the_batchs_counts_and_skipped_types(qtbot, window, tmp_path):
    folder = make_folder(tmp_path, 2)
    (folder / "clip.xyz").write_bytes(b"not a document")
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(folder)])
    assert reports[0].skipped_types == {".xyz": 1} and reports[0].files == 2
    dialog = ImportReportDialog(reports[0])
    qtbot.addWidget(dialog)
    assert ".xyz" in dialog.details_html()


def test_the_windows_report_keeps_the_folders_not_entered(qtbot, window, tmp_path):
    folder = make_folder(tmp_path, 2)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.txt").write_text("not part of the folder", encoding="utf-8")
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    reports: list = []
    window.show_report = reports.append
    window.import_paths([str(folder)])
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        pass
    assert len(reports[0].imported) == 2
    assert [(f.path, f.reason) for f in reports[0].not_entered] == [
        (str(folder / "linked"), "link_outside")
    ]
