"""The report at the end of a bundle import: what arrived, what was known, the conflicts."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from archiver.core.sync.merge import MergeReport
from archiver.gui.conflicts_view import record_kind, value_text
from archiver.gui.import_report import directed
from archiver.gui.locale_text import isolate, number
from archiver.gui.widget_names import named

LIST_MAX = 200


class BundleReportDialog(QDialog):
    """Shows a MergeReport; "Conflicts…" opens the Conflicts view."""

    show_conflicts = Signal()
    trash_copies = Signal(list)  # the ids of the likely copies the merge added

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
            self.tr("&Conflicts ({0})…").format(number(len(report.conflicts))),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.conflicts_button.setObjectName("reportConflicts")
        self.conflicts_button.clicked.connect(self.show_conflicts.emit)
        self.copies_button = buttons.addButton(
            self.tr("Move the %Ln likely copies to the &trash", "", len(report.likely_duplicates)),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copies_button.setObjectName("reportTrashCopies")
        self.copies_button.setVisible(bool(report.likely_duplicates))
        self.copies_button.clicked.connect(self._trash_copies)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def summary_text(self, name: str) -> str:
        """One paragraph: the counts."""
        r, name = self.report, isolate(name)
        if not (r.documents_added or r.changes_applied or sum(r.records_added.values())):
            return self.tr("{0}: nothing new — this archive held everything in it already.").format(
                name
            )
        docs = self.tr("%Ln documents added", "", len(r.documents_added))
        records = self.tr("%Ln records added", "", sum(r.records_added.values()))
        changes = self.tr("%Ln changes applied", "", r.changes_applied)
        text = self.tr("{0}: {1}, {2} already here; {3}; {4} ({5} known already).").format(
            name, docs, number(len(r.documents_matched)), records, changes, number(r.changes_known)
        )
        if r.conflicts:
            text += " " + self.tr(
                "%Ln conflicts to resolve: this copy's values stay in force until you pick.", "",
                len(r.conflicts))  # fmt: skip
        if r.likely_duplicates:
            text += " " + self.tr(
                "%Ln documents added look like documents held here already: see below.", "",
                len(r.likely_duplicates))  # fmt: skip
        if r.participants_ambiguous:
            text += " " + self.tr(
                "%Ln participants of the bundle could each be more than one here and were not "
                "matched: see below.", "", len(r.participants_ambiguous))  # fmt: skip
        return text

    def details_html(self) -> str:
        """Conflicts, matched participants, records added, what was skipped."""
        r, parts = self.report, []
        if r.conflicts:
            parts.append(self._heading(self.tr("Conflicts ({0})"), len(r.conflicts)))
            line = self.tr("{0} — {1}: here “{2}”, there “{3}” ({4})")
            parts += [_item(line, f"<b>{_html(c.label)}</b>", _html(c.field),
                            _html(value_text(c.local)), _html(value_text(c.remote)),
                            _html(c.remote_author)) for c in r.conflicts[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        if r.participants_matched:
            parts.append(self._heading(self.tr("Participants matched ({0})"),
                                       len(r.participants_matched)))  # fmt: skip
            parts += [_item(self._matched_line(str(m.get("by"))), _html(m.get("remote")))
                      for m in r.participants_matched[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        parts += self._copies_html()
        parts += self._ambiguous_html()
        if r.same_quote_commitments:
            review = self.tr("%Ln commitments share their quote with another one: both copies "
                             "coded it, and each keeps its own. Review them in the commitments "
                             "table.", "", r.same_quote_commitments)  # fmt: skip
            parts.append(f"<p>{html.escape(review)}</p>")
        added = {t: n for t, n in r.records_added.items() if n}
        if added:
            heading = self.tr("Records added")
            parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
            parts += [_item(self.tr("{0}: {1}"), html.escape(record_kind(t)), number(n))
                      for t, n in sorted(added.items())]  # fmt: skip
            parts.append("</ul>")
        if r.skipped:
            parts.append(self._heading(self.tr("Skipped ({0})"), len(r.skipped)))
            parts += [_item(self.tr("{0} {1}: {2}"), html.escape(record_kind(str(s.get("table")))),
                            _html(s.get("uuid")), _html(s.get("reason")))
                      for s in r.skipped[:LIST_MAX]]  # fmt: skip
            parts.append("</ul>")
        if not r.conflicts:
            none = self.tr("No new conflicts: no field was changed differently on both sides.")
            parts.insert(0, f"<p>{html.escape(none)}</p>")
        return directed("".join(parts), self.layoutDirection())

    def _matched_line(self, by: str) -> str:
        """How a participant of the bundle met one here, in words."""
        lines = {"name": self.tr("{0}: the same name here"),
                 "alias": self.tr("{0}: a name or alias of one here"),
                 "skeleton": self.tr("{0}: the same name here in the other script")}  # fmt: skip
        return lines.get(by, self.tr("{0}: matched"))

    def _copies_html(self) -> list[str]:
        """The documents added whose text one held here has, or nearly."""
        return copies_html(self.report.likely_duplicates)

    def _trash_copies(self) -> None:
        self.copies_button.setEnabled(False)
        self.trash_copies.emit([int(c["document"]) for c in self.report.likely_duplicates])

    def _ambiguous_html(self) -> list[str]:
        """The participants left apart because each could be more than one."""
        return ambiguous_html(self.report.participants_ambiguous)

    @staticmethod
    def _heading(words: str, count: int) -> str:
        return f"<h3>{html.escape(words.format(number(count)))}</h3><ul>"


def copies_html(found: list[dict[str, Any]]) -> list[str]:
    """The documents a merge added whose text one held here has, or nearly: a heading, a
    list and why they were kept (a bundle's report, a team sync's)."""
    if not found:
        return []
    tr = QCoreApplication
    heading = tr.translate("BundleReportDialog", "Likely copies of documents held here ({0})")
    parts = [f"<h3>{html.escape(heading.format(number(len(found))))}</h3><ul>"]
    line = tr.translate("BundleReportDialog",
                        "#{0} {1} is likely a copy of #{2} {3} (similarity {4} %)")  # fmt: skip
    parts += [_item(line, number(c["document"]), f"<b>{_html(c.get('title'))}</b>",
                    number(c["of"]), _html(c.get("of_title")),
                    number(round(100 * float(c["similarity"]))))
              for c in found[:LIST_MAX]]  # fmt: skip
    kept = tr.translate("BundleReportDialog",
                        "They were kept, because the other copy's tags and commitments may refer "
                        "to them. Move them to the trash if they are the same source; Ctrl+Z "
                        "brings them back.")  # fmt: skip
    return [*parts, "</ul>", f"<p>{html.escape(kept)}</p>"]


def ambiguous_html(found: list[dict[str, Any]], *, pulled: bool = False) -> list[str]:
    """The participants a merge left apart because each could be more than one here: a
    heading and a list (a bundle's report; ``pulled``, a team sync's)."""
    if not found:
        return []
    tr = QCoreApplication
    heading = tr.translate("BundleReportDialog", "Participants not matched ({0})")
    parts = [f"<h3>{html.escape(heading.format(number(len(found))))}</h3><ul>"]
    here = tr.translate(
        "BundleReportDialog", "{0} could be {1} here: kept apart (merge them if they are one)"
    )
    if pulled:
        there = tr.translate(
            "BundleReportDialog",
            "{0} could be {1} here, and so could another participant pulled "
            "from the server: kept apart (merge them if they are one)",
        )
    else:
        there = tr.translate(
            "BundleReportDialog",
            "{0} could be {1} here, and so could another participant of the "
            "bundle: kept apart (merge them if they are one)",
        )
    either = html.escape(tr.translate("BundleReportDialog", " or "))
    for a in found[:LIST_MAX]:
        names = either.join(_html(n) for n in a.get("local_names", []))
        line = here if a.get("why") == "several here" else there
        parts.append(_item(line, f"<b>{_html(a.get('remote'))}</b>", names))
    parts.append("</ul>")
    return parts  # fmt: skip


def _html(value: object) -> str:
    """A value from the report, escaped and in its own direction."""
    return html.escape(isolate(value))


def _item(line: str, *parts: str) -> str:
    """A list item from a translated line whose placeholders take HTML already escaped."""
    return f"<li>{html.escape(line).format(*parts)}</li>"
