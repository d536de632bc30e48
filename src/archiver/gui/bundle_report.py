"""The report at the end of a bundle import: what arrived, what was known, the conflicts."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from archiver.core.sync.merge import MergeReport
from archiver.gui.conflicts_view import value_text
from archiver.gui.plural import counted
from archiver.gui.widget_names import named

LIST_MAX = 200


class BundleReportDialog(QDialog):
    """Shows a MergeReport; "Conflicts…" opens the Conflicts view."""

    show_conflicts = Signal()

    def __init__(self, report: MergeReport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleReport")
        self.setWindowTitle(self.tr("Bundle imported"))
        self.report = report
        self.summary = named(QLabel(self.summary_text(name)), "summary")
        self.summary.setWordWrap(True)
        self.browser = named(QTextBrowser(), "details")
        self.browser.setHtml(self.details_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.conflicts_button = buttons.addButton(
            self.tr("&Conflicts ({0})…").format(len(report.conflicts)),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.conflicts_button.setObjectName("reportConflicts")
        self.conflicts_button.clicked.connect(self.show_conflicts.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def summary_text(self, name: str) -> str:
        """One paragraph: the counts."""
        r = self.report
        if not (r.documents_added or r.changes_applied or sum(r.records_added.values())):
            return self.tr("{0}: nothing new — this archive held everything in it already.").format(
                name
            )
        docs = counted(len(r.documents_added), self.tr("{0} document added"),
                       self.tr("{0} documents added"))  # fmt: skip
        records = counted(sum(r.records_added.values()), self.tr("{0} record added"),
                          self.tr("{0} records added"))  # fmt: skip
        changes = counted(r.changes_applied, self.tr("{0} change applied"),
                          self.tr("{0} changes applied"))  # fmt: skip
        text = self.tr("{0}: {1}, {2} already here; {3}; {4} ({5} known already).").format(
            name, docs, len(r.documents_matched), records, changes, r.changes_known
        )
        if r.conflicts:
            text += " " + counted(len(r.conflicts), self.tr("{0} conflict to resolve"),
                                  self.tr("{0} conflicts to resolve")) + self.tr(
                ": this copy's values stay in force until you pick.")  # fmt: skip
        return text

    def details_html(self) -> str:
        """Conflicts, matched participants, records added, what was skipped."""
        r, parts = self.report, []
        if r.conflicts:
            parts.append(f"<h3>{self.tr('Conflicts')} ({len(r.conflicts)})</h3><ul>")
            parts += [f"<li><b>{html.escape(c.label)}</b> — {html.escape(c.field)}: "
                      f"{self.tr('here')} “{html.escape(value_text(c.local))}”, "
                      f"{self.tr('there')} “{html.escape(value_text(c.remote))}” "
                      f"({html.escape(c.remote_author)})</li>" for c in r.conflicts[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        if r.participants_matched:
            parts.append(
                f"<h3>{self.tr('Participants matched')} ({len(r.participants_matched)})</h3><ul>"
            )
            parts += [f"<li>{html.escape(str(m.get('remote')))} — {self.tr('by')} "
                      f"{html.escape(str(m.get('by')))}</li>" for m in r.participants_matched[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        added = {t: n for t, n in r.records_added.items() if n}
        if added:
            parts.append(f"<h3>{self.tr('Records added')}</h3><ul>")
            parts += [
                f"<li>{html.escape(t.replace('_', ' '))}: {n}</li>"
                for t, n in sorted(added.items())
            ]
            parts.append("</ul>")
        if r.skipped:
            parts.append(f"<h3>{self.tr('Skipped')} ({len(r.skipped)})</h3><ul>")
            parts += [f"<li>{html.escape(str(s.get('table')))} {html.escape(str(s.get('uuid')))}: "
                      f"{html.escape(str(s.get('reason')))}</li>" for s in r.skipped[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        if not r.conflicts:
            none = self.tr("No new conflicts: no field was changed differently on both sides.")
            parts.insert(0, f"<p>{none}</p>")
        return "".join(parts)
