"""The report of a team sync: what was pushed and pulled, and the participants the pull kept
apart because each could be more than one here (as a bundle's report lists them)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from archiver.gui.bundle_report import ambiguous_html, copies_html
from archiver.gui.import_report import directed
from archiver.gui.locale_text import isolate
from archiver.gui.widget_names import named

if TYPE_CHECKING:
    from archiver.core.team.sync import SyncReport


class SyncReportDialog(QDialog):
    """Shows a SyncReport: the counts, then the participants not matched."""

    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReport")
        self.setWindowTitle(self.tr("Team sync"))
        self.report = report
        self.summary = named(QLabel(self.summary_text()), "summary")
        self.summary.setWordWrap(True)
        self.browser = named(QTextBrowser(), "details")
        self.browser.setHtml(self.details_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def summary_text(self) -> str:
        """One paragraph: the server, what went each way, what is left to look at."""
        r, pulled = self.report, self.report.pulled
        pushed = self.tr("%Ln changes pushed", "", r.pushed.changes)
        docs = self.tr("%Ln documents pulled", "", pulled.documents_added)
        changes = self.tr("%Ln changes applied", "", pulled.changes_applied)
        text = self.tr("Synced with {0}: {1}; {2}, {3}.").format(
            isolate(r.server), pushed, docs, changes)  # fmt: skip
        if pulled.conflicts:
            text += " " + self.tr("%Ln conflicts to resolve (Edit → Conflicts…).", "",
                                  len(pulled.conflicts))  # fmt: skip
        if pulled.participants_ambiguous:
            text += " " + self.tr(
                "%Ln participants pulled could each be more than one here and were not "
                "matched: see below.", "", len(pulled.participants_ambiguous))  # fmt: skip
        return text

    def details_html(self) -> str:
        """The participants not matched; a line saying so when there are none."""
        pulled = self.report.pulled
        parts = copies_html(pulled.likely_duplicates)
        parts += ambiguous_html(pulled.participants_ambiguous, pulled=True)
        if not parts:
            none = self.tr("Every participant pulled was matched, or new here.")
            parts = [f"<p>{html.escape(none)}</p>"]
        return directed("".join(parts), self.layoutDirection())
