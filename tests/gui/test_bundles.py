"""File → Export bundle… / Import bundle…, the import report and the Conflicts view."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from archiver.core.archive import Archive
from archiver.core.bundle import export
from archiver.gui.app import build_window
from archiver.gui.bundle_flow import BundleFlow
from archiver.gui.bundle_report import BundleReportDialog
from archiver.gui.errors import error_message
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes

TEXT = "Ministers met in London. France and Sweden offered to help monitor a ceasefire."


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Archive A (opened in the window later) and B's bundle, where B renamed the coalition
    differently from A: (A's folder, B's bundle)."""
    monkeypatch.delenv("ARCHIVER_USER", raising=False)
    source = tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Archive.open(tmp_path / "A", author="amal") as a:
        a.import_paths([source])
        a.annotations.participants.add("Coalition of the Willing", "coalition")
        export(a, tmp_path / "a.zip")
    with Archive.open(tmp_path / "B", author="bashir") as b:
        b.ensure_index()
        from archiver.core.bundle import import_bundle

        import_bundle(b, tmp_path / "a.zip")
        pid = b.annotations.participants.resolve("Coalition of the Willing").id
        b.annotations.participants.rename(pid, "Willing coalition")
        export(b, tmp_path / "b.zip")
    with Archive.open(tmp_path / "A", author="amal") as a:
        pid = a.annotations.participants.resolve("Coalition of the Willing").id
        a.annotations.participants.rename(pid, "The willing")
    return tmp_path / "A", tmp_path / "b.zip"


@pytest.fixture
def window_on(qtbot, settings: Settings):  # type: ignore[no-untyped-def]
    """window_on(folder) -> (window, flow) over the archive there, as the app builds it."""
    made: list[ArchiveSession] = []

    def build(folder: Path):  # type: ignore[no-untyped-def]
        session = ArchiveSession(folder, Lanes(), import_workers=1)
        made.append(session)
        window, _annotations = build_window(settings, session)
        qtbot.addWidget(window)
        window.show()
        flow = window.findChild(BundleFlow)
        assert flow is not None
        return window, flow

    yield build
    for session in made:
        session.close()


def _names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions()]


def test_the_menus_hold_the_bundle_actions(window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _flow = window_on(tmp_path / "empty")
    file_menu = window.menuBar().findChild(QMenu, "menuFile")
    names = _names(file_menu)
    assert names.index("export_bundle") < names.index("import_bundle") < names.index("quit")
    edit = _names(window.menuBar().findChild(QMenu, "menuEdit"))
    assert edit.index("show_conflicts") == edit.index("show_trash") + 1


def test_export_writes_a_bundle_on_the_serial_lane(
    qtbot, window_on, copies, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, flow = window_on(copies[0])
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    flow.ask_save = lambda: str(target)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        window.actions_by_id["export_bundle"].trigger()
    assert done.args[0].manifest.counts["documents"] == 1
    assert (tmp_path / "out" / "mine.zip").is_file()
    assert "Bundle written" in window.statusBar().currentMessage()


def test_a_cancelled_import_writes_nothing(qtbot, window_on, copies) -> None:  # type: ignore[no-untyped-def]
    window, flow = window_on(copies[0])
    database = (copies[0] / "archive.sqlite3").read_bytes()
    window.session.lanes.serial.submit(lambda: time.sleep(0.3))  # the job waits: cancel first
    job = flow.import_bundle(str(copies[1]))
    assert job is not None
    flow.cancel()
    with qtbot.waitSignal(flow.failed, timeout=20000):
        pass
    assert "nothing was written" in window.statusBar().currentMessage()
    assert (copies[0] / "archive.sqlite3").read_bytes() == database
    assert flow.ops is not None and flow.ops.conflicts() == []


def test_import_reports_conflicts_and_the_view_resolves_them_undoably(
    qtbot, window_on, copies
) -> None:  # type: ignore[no-untyped-def]
    window, flow = window_on(copies[0])
    reports: list[BundleReportDialog] = []
    flow.show_report = lambda report, name: (flow._show_report(report, name),
                                             reports.append(flow.report_dialog))  # fmt: skip
    with qtbot.waitSignal(flow.finished, timeout=20000):
        flow.import_bundle(str(copies[1]))
    dialog = reports[0]
    assert dialog is not None
    assert "1 conflict to resolve" in dialog.summary.text()
    assert dialog.conflicts_button.text().replace("&", "") == "Conflicts (1)…"
    dialog.conflicts_button.click()
    view = flow.conflicts_dialog
    assert view is not None and view.isVisible()
    assert view.tree.topLevelItemCount() == 1
    assert not view.undo_button.isEnabled()  # the merge is what Ctrl+Z would take back now
    row = view.tree.topLevelItem(0)
    assert [row.text(i) for i in (2, 3, 4)] == ["The willing", "Willing coalition", "bashir"]
    with qtbot.waitSignal(window.session.events.history_changed, timeout=20000):
        view.take_button.click()
    names = {p.name for p in window.session.reader.annotations.participants.all()}
    assert "Willing coalition" in names
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 0, timeout=5000)
    assert "No conflicts" in view.summary.text()
    assert view.undo_button.isEnabled()
    with qtbot.waitSignal(window.session.events.history_changed, timeout=20000):
        view.undo_button.click()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=5000)
    names = {p.name for p in window.session.reader.annotations.participants.all()}
    assert "The willing" in names
    view.show_resolved.setChecked(True)
    assert view.tree.topLevelItemCount() == 1


def test_a_refused_bundle_is_worded_and_changes_nothing(qtbot, window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, flow = window_on(tmp_path / "empty")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    shown: list[str] = []
    flow.warn = lambda title, exc: shown.append(f"{title}: {error_message(exc)}")
    with qtbot.waitSignal(flow.failed, timeout=20000):
        flow.import_bundle(str(bad))
    assert (
        shown and shown[0].startswith("Import bundle: bundle refused") and "not a zip" in shown[0]
    )
    assert window.session.count() == 0
    assert [p.name for p in (tmp_path / "empty").iterdir() if p.name.startswith(".bundle")] == []


def test_the_report_names_participants_left_apart_and_quotes_coded_twice(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from archiver.core.bundle import import_bundle

    monkeypatch.delenv("ARCHIVER_USER", raising=False)
    source = tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        for archive in (a, b):
            doc = archive.import_paths([source]).imported[0].id
            france = archive.annotations.participants.resolve("France").id
            archive.commitments.add(doc, [france], category="monitoring", status="offered",
                                    quote=(0, 23))  # fmt: skip
        a.annotations.participants.add("Macron", kind="person")
        for name in ("Emmanuel Macron", "Brigitte Macron"):
            b.annotations.participants.add(name, kind="person", aliases=["Macron"])
        export(a, tmp_path / "a.zip")
        report = import_bundle(b, tmp_path / "a.zip")
    dialog = BundleReportDialog(report, "a.zip")
    qtbot.addWidget(dialog)
    assert "1 participant of the bundle could be more than one here" in dialog.summary.text()
    details = dialog.browser.toPlainText()
    assert "Participants not matched (1)" in details
    assert "could be" in details and "Emmanuel Macron" in details and "Brigitte Macron" in details
    assert "2 commitments share their quote with another one" in details


COPY_AR = ("قال وزير الخارجية يوم الجمعة إن لبنان سيتلقى 250 مليون دولار من دول الخليج لإعادة إعمار "
           "الجنوب، واصفاً المبلغ بأنه خطوة أولى، ووعد بنشر تفاصيل الصندوق بحلول حزيران 2025.")  # fmt: skip


def test_the_report_lists_likely_copies_and_moves_them_to_the_trash(
    qtbot, window_on, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ARCHIVER_USER", raising=False)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "fund.txt").write_text(COPY_AR.replace("يوم الجمعة", "الجمعة"), "utf-8")
    (tmp_path / "fund.txt").write_text(COPY_AR, encoding="utf-8")
    with Archive.open(tmp_path / "A", author="amal") as a:
        a.import_paths([tmp_path / "a" / "fund.txt"])
        a.annotations.participants.add("يوسف رجي", kind="person")
        export(a, tmp_path / "a.zip")
    with Archive.open(tmp_path / "B", author="bashir") as b:
        (held,) = [d.id for d in b.import_paths([tmp_path / "fund.txt"]).imported]
        b.annotations.participants.add("يوسف رجي", kind="person")
    window, flow = window_on(tmp_path / "B")
    reports: list[BundleReportDialog] = []
    flow.show_report = lambda report, name: (flow._show_report(report, name),
                                             reports.append(flow.report_dialog))  # fmt: skip
    with qtbot.waitSignal(flow.finished, timeout=20000):
        flow.import_bundle(str(tmp_path / "a.zip"))
    dialog = reports[0]
    assert "1 document added looks like a document held here already" in dialog.summary.text()
    details = dialog.browser.toPlainText()
    assert "Likely copies of documents held here (1)" in details
    assert f"#{held + 1} " in details and f"is likely a copy of #{held} " in details
    assert "يوسف رجي\u2069: the same name here" in details  # in words, not the key "name"
    assert 'dir="ltr"' in dialog.details_html()  # an Arabic name first keeps the line English
    assert dialog.copies_button.isVisible()
    with qtbot.waitSignal(window.session.events.document_deleted, timeout=20000):
        dialog.copies_button.click()
    assert window.session.in_trash(held + 1) and not window.session.in_trash(held)
    assert not dialog.copies_button.isEnabled()
