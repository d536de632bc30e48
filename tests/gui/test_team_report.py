"""The team sync report lists what a pull added that a user should review, as a bundle's
report does: likely copies of documents held here, participants kept apart."""

from __future__ import annotations

from archiver.core.team.pull import Pulled
from archiver.core.team.push import Pushed
from archiver.core.team.sync import SyncReport
from archiver.gui.team_report import SyncReportDialog


def test_the_sync_report_lists_likely_copies(qtbot) -> None:  # type: ignore[no-untyped-def]
    copy = {"document": 12, "title": "تقرير الصندوق", "of": 3, "of_title": "تقرير الصندوق",
            "similarity": 0.97}  # fmt: skip
    pulled = Pulled(documents_added=1, likely_duplicates=[copy])
    report = SyncReport("postgresql://127.0.0.1/team", "s1", "layla", Pushed(), pulled,
                        False, {}, 0, 0.5, "2026-12-02T07:00:00")  # fmt: skip
    dialog = SyncReportDialog(report)
    qtbot.addWidget(dialog)
    details = dialog.browser.toPlainText()
    assert "Likely copies of documents held here (1)" in details
    assert "#12 " in details and "is likely a copy of #3 " in details and "97 %" in details
