"""The report at the end of an import: imported, duplicates (linked), failures with reasons."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from archiver.core.model import ImportReport
from archiver.gui.errors import import_reason, import_stop_text
from archiver.gui.locale_text import isolate, number, rtl_mark
from archiver.gui.widget_names import named

LIST_MAX = 500  # rows per section; the rest is counted, and copied in full


class ImportReportDialog(QDialog):
    """Shows an ImportReport; clicking a duplicate opens the document already in the archive."""

    open_document = Signal(int)

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        titles: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.titles = titles or {}
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import report"))
        self.report = report
        self.summary = named(QLabel(self.summary_text()), "summary")
        self.summary.setWordWrap(True)
        self.browser = named(QTextBrowser(), "details")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.details_html())
        self.browser.anchorClicked.connect(self._clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def summary_text(self) -> str:
        """One line: the counts, and whether the import was cancelled."""
        r = self.report
        text = self.tr("Imported {0}, duplicates {1}, failed {2}.").format(
            number(len(r.imported)), number(len(r.duplicates)), number(len(r.failed))
        )
        stop = import_stop_text(r)
        if stop:
            return stop + " " + text
        return (self.tr("Import cancelled.") + " " + text) if r.cancelled else text

    def details_html(self) -> str:
        """The three sections as HTML (file names escaped)."""
        r, parts = self.report, []
        if r.failed:
            heading = self.tr("Failed ({0})").format(number(len(r.failed)))
            parts.append(f"<h3>{heading}</h3><ul>")
            parts += [
                f"<li><b>{_name(f.path)}</b> — {html.escape(import_reason(f))}</li>"
                for f in r.failed[:LIST_MAX]
            ]
            parts.append(self._more(len(r.failed)) + "</ul>")
        # After an isolated Latin title, a right-to-left mark keeps the closing quote Arabic.
        mark = rtl_mark()
        if r.duplicates:
            heading = self.tr("Already in the archive ({0})").format(number(len(r.duplicates)))
            parts.append(f"<h3>{heading}</h3><ul>")
            for d in r.duplicates[:LIST_MAX]:
                title = html.escape(isolate(self.titles.get(d.id) or f"#{d.id}"))
                link = f'<a href="doc:{d.id}">{title}</a>{mark}'
                line = self.tr("{0} — nearly the same text as {1}") if d.likely \
                    else self.tr("{0} — same as {1}")  # fmt: skip
                restored = (
                    " " + self.tr("(its lost original was restored)") if d.original_restored else ""
                )
                parts.append(f"<li>{line.format(_name(d.path), link)}{restored}</li>")
            parts.append(self._more(len(r.duplicates)) + "</ul>")
        if r.imported:
            heading = self.tr("Imported ({0})").format(number(len(r.imported)))
            parts.append(f"<h3>{heading}</h3><ul>")
            parts += [f'<li><a href="doc:{f.id}">{html.escape(isolate(f.title))}</a> <small>{_name(f.path)}</small></li>'
                      for f in r.imported[:LIST_MAX]]  # fmt: skip
            parts.append(self._more(len(r.imported)) + "</ul>")
        if r.skipped_types:
            parts.append(self._skipped_html())
        if not parts:
            none = self.tr("No files were found to import.")
            parts.append(f"<p>{html.escape(none)}</p>")
        return directed("".join(parts), self.layoutDirection())

    def _skipped_html(self) -> str:
        """The files the folders held of types that are not imported, by extension."""
        skipped = self.report.skipped_types
        heading = self.tr("Not imported: types Archiver does not read ({0})").format(
            number(sum(skipped.values()))
        )
        bare = self.tr("no extension")
        items = "".join(
            f"<li>{html.escape(isolate(ext) if ext else bare)} ({number(n)})</li>"
            for ext, n in self.report.skipped_ranked()
        )
        return f"<h3>{heading}</h3><ul>{items}</ul>"

    def _more(self, count: int) -> str:
        """A last line saying how many rows are not shown (Copy report has them all)."""
        if count <= LIST_MAX:
            return ""
        hidden = self.tr("… and %Ln more (Copy report gives the full list)", "", count - LIST_MAX)
        return f"<li><i>{hidden}</i></li>"

    def plain_text(self) -> str:
        """The whole report as text, for the clipboard."""
        r = self.report
        lines = [self.summary_text(), ""]
        lines += [f"FAILED\t{f.path}\t{f.reason}" for f in r.failed]
        lines += [
            f"DUPLICATE\t{d.path}\t#{d.id}{' (likely)' if d.likely else ''}"
            f"{' (original restored)' if d.original_restored else ''}"
            for d in r.duplicates
        ]
        lines += [f"IMPORTED\t{f.path}\t#{f.id}\t{f.title}" for f in r.imported]
        lines += [f"SKIPPED\t{ext or '(no extension)'}\t{n}" for ext, n in r.skipped_types.items()]
        return "\n".join(lines)

    def copy(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.plain_text())

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            self.open_document.emit(int(url.path()))


def directed(text: str, direction: Qt.LayoutDirection) -> str:
    """HTML whose blocks read in the interface's direction, whatever their first letter is
    (Qt takes a block's direction from its first strong letter, an isolated Latin name too)."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return text
    return re.sub(r"<(h3|ul|li|p)>", r'<\1 dir="rtl">', text)


def _name(path: str) -> str:
    return html.escape(isolate(Path(path).name))
