"""The report at the end of an import: imported, duplicates (linked), failures with reasons;
likely duplicates kept anyway from it, one file or all of them (``keep_requested``)."""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from archiver.core.model import FolderNotEntered, ImportReport, NotEnteredReason
from archiver.gui.errors import import_reason, import_stop_text
from archiver.gui.locale_text import file_isolate, isolate, number, rtl_mark
from archiver.gui.widget_names import named

if TYPE_CHECKING:
    from archiver.gui.import_flow import ImportFlow
    from archiver.services.operations import ArchiveSession

LIST_MAX = 500  # rows per section; the rest is counted, and copied in full


class ImportReportDialog(QDialog):
    """Shows an ImportReport; clicking a duplicate opens the document already in the archive.

    "Keep anyway" beside a likely duplicate (and "Keep all likely duplicates") asks for those
    files to be imported although their words are nearly a stored document's; the window runs
    that import and hands its report to ``absorb``, which moves them to the imported.
    """

    open_document = Signal(int)
    keep_requested = Signal(list)  # the paths of likely duplicates to import anyway

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
        self.keeping: list[str] = []  # the paths being kept now (buttons off meanwhile)
        self.note = ""  # why the last keep did not start
        self.summary = named(QLabel(self.summary_text()), "summary")
        self.summary.setWordWrap(True)
        self.browser = named(QTextBrowser(), "details")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.details_html())
        self.browser.anchorClicked.connect(self._clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        self.keep_all = buttons.addButton(self.tr("&Keep all likely duplicates"),
                                          QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.keep_all.setObjectName("keepAll")
        self.keep_all.setToolTip(self.tr("Import them anyway: their words are nearly those of a "
                                         "document in the archive, not the same"))  # fmt: skip
        self.keep_all.clicked.connect(lambda: self.keep(self.keepable()))
        self.keep_all.setVisible(bool(self.keepable()))
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
        if self.keeping:
            return self.tr("Keeping %Ln likely duplicates…", "", len(self.keeping)) + " " + text
        if self.note:
            return self.note + " " + text
        return (self.tr("Import cancelled.") + " " + text) if r.cancelled else text

    def keepable(self) -> list[str]:
        """The likely duplicates that can be imported anyway: files still where they were
        (an e-mail's attachment is not a file of its own)."""
        return [d.path for d in self.report.duplicates if d.likely and Path(d.path).is_file()]

    def keep(self, paths: list[str]) -> None:
        """Ask for these likely duplicates to be imported anyway (nothing while a keep runs)."""
        if paths and not self.keeping:
            self.keeping, self.note = list(paths), ""
            self._show()
            self.keep_requested.emit(list(paths))

    def absorb(self, kept: ImportReport, titles: dict[int, str] | None = None) -> None:
        """Take in the report of the files kept: each kept one moves from the duplicates to the
        imported, one found a duplicate again (the same text) or failed replaces its line."""
        r, asked = self.report, set(self.keeping)
        self.titles.update(titles or {})
        seen = [f.path for f in kept.imported] + [d.path for d in kept.duplicates]
        done = {*seen, *(f.path for f in kept.failed)} & asked
        r.duplicates = [d for d in r.duplicates if d.path not in done] + kept.duplicates
        r.imported += kept.imported
        r.failed += kept.failed
        r.disk_full = r.disk_full or kept.disk_full
        self.keeping = []
        self.note = self.tr("Keeping was cancelled.") if kept.cancelled else ""
        self._show()

    def keep_failed(self, why: str = "") -> None:
        """The keep import did not run or stopped (``why``, or the window's error message):
        the buttons come back."""
        self.keeping, self.note = [], why
        self._show()

    def keep_refused(self, closed: bool) -> None:
        """The keep could not start: another import runs, or the archive was closed since."""
        self.keep_failed(self.tr("This report is of an archive that is closed now.") if closed
                         else self.tr("Another import is running: keep them once it ends."))  # fmt: skip

    def _show(self) -> None:
        self.summary.setText(self.summary_text())
        self.browser.setHtml(self.details_html())
        self.keep_all.setVisible(bool(self.keepable()))
        self.keep_all.setEnabled(not self.keeping)

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
            ours, keepable = r.imported_ids(), set(self.keepable())
            keep, keeping = self.tr("Keep anyway"), self.tr("keeping…")
            for i, d in enumerate(r.duplicates[:LIST_MAX]):
                link = f'<a href="doc:{d.id}">{self._title(d.id)}</a>{mark}'
                line = self._duplicate_line(d.likely, d.id in ours).format(_name(d.path), link)
                if d.original_restored:
                    line += " " + self.tr("(its lost original was restored)")
                if d.path in keepable and not self.keeping:
                    line += f' — <a href="keep:{i}">{keep}</a>'
                elif d.path in self.keeping:
                    line += " — " + keeping
                parts.append(f"<li>{line}</li>")
            parts.append(self._more(len(r.duplicates)) + "</ul>")
        if r.imported:
            heading = self.tr("Imported ({0})").format(number(len(r.imported)))
            parts.append(f"<h3>{heading}</h3><ul>")
            parts += [f'<li><a href="doc:{f.id}">{html.escape(isolate(f.title))}</a> <small>{_name(f.path)}</small></li>'
                      for f in r.imported[:LIST_MAX]]  # fmt: skip
            parts.append(self._more(len(r.imported)) + "</ul>")
        if r.skipped_types:
            parts.append(self._skipped_html())
        if r.not_entered:
            parts.append(self._not_entered_html())
        if not parts:
            none = self.tr("No files were found to import.")
            parts.append(f"<p>{html.escape(none)}</p>")
        return directed("".join(parts), self.layoutDirection())

    def _title(self, doc_id: int) -> str:
        """A document's title as HTML, isolated (its id when the title is not known)."""
        return html.escape(isolate(self.titles.get(doc_id) or f"#{doc_id}"))

    def _duplicate_line(self, likely: bool, ours: bool) -> str:
        """How a duplicate is said: the same text or nearly, of a document stored before or
        by this very batch (then the user sees which of the two files was kept)."""
        if ours:
            return (self.tr("{0} — nearly the same text as {1}, imported in this batch") if likely
                    else self.tr("{0} — same as {1}, imported in this batch"))  # fmt: skip
        return self.tr("{0} — nearly the same text as {1}") if likely \
            else self.tr("{0} — same as {1}")  # fmt: skip

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

    def _not_entered_html(self) -> str:
        """The sub-folders the import did not walk, each with why and what to do."""
        folders = self.report.not_entered
        heading = self.tr("Folders not entered ({0})").format(number(len(folders)))
        items = [f"<li><b>{_name(f.path)}</b> — {html.escape(self._why_not_entered(f))}</li>"
                 for f in folders[:LIST_MAX]]  # fmt: skip
        return f"<h3>{heading}</h3><ul>{''.join(items)}{self._more(len(folders))}</ul>"

    def _why_not_entered(self, folder: FolderNotEntered) -> str:
        if folder.reason == NotEnteredReason.LINK_OUTSIDE:
            return self.tr("a link to a folder outside the imported one: import that folder itself")
        return self.tr("a sub-folder with %Ln file(s) to import, not walked: import it on its own",
                       "", folder.files)  # fmt: skip

    def _more(self, count: int) -> str:
        """A last line saying how many rows are not shown (Copy report has them all)."""
        if count <= LIST_MAX:
            return ""
        hidden = self.tr("… and %Ln more (Copy report gives the full list)", "", count - LIST_MAX)
        return f"<li><i>{hidden}</i></li>"

    def plain_text(self) -> str:
        """The whole report as text, for the clipboard."""
        r = self.report
        lines, ours = [self.summary_text(), ""], r.imported_ids()
        lines += [f"FAILED\t{f.path}\t{f.reason}" for f in r.failed]
        lines += [
            f"DUPLICATE\t{d.path}\t#{d.id}{' (likely)' if d.likely else ''}"
            f"{' (in this batch)' if d.id in ours else ''}"
            f"{' (original restored)' if d.original_restored else ''}"
            for d in r.duplicates
        ]
        lines += [f"IMPORTED\t{f.path}\t#{f.id}\t{f.title}" for f in r.imported]
        lines += [f"SKIPPED\t{ext or '(no extension)'}\t{n}" for ext, n in r.skipped_types.items()]
        lines += [f"NOT ENTERED\t{f.path}\t{f.reason.value}\t{f.files}" for f in r.not_entered]
        return "\n".join(lines)

    def copy(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.plain_text())

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            self.open_document.emit(int(url.path()))
        elif url.scheme() == "keep" and int(url.path()) < len(self.report.duplicates):
            self.keep([self.report.duplicates[int(url.path())].path])


def follow_keeping(dialog: ImportReportDialog, flow: ImportFlow, session: ArchiveSession) -> None:
    """Run the dialog's keep requests through the window's import flow, on the archive the
    report is of, and give the dialog each run's report (or its failure)."""

    def kept(report: ImportReport) -> None:
        if dialog.keeping:
            rows = session.summaries(d.id for d in report.duplicates[:LIST_MAX])
            dialog.absorb(report, {i: row["title"] for i, row in rows.items()})

    def failed(_exc: BaseException) -> None:
        if dialog.keeping:
            dialog.keep_failed()

    def requested(paths: list[str]) -> None:
        if flow.job is not None or session.closed:
            dialog.keep_refused(closed=session.closed)
        elif flow.keep(session, paths) is None:
            dialog.keep_failed()  # the session refused it (read-only): the window says why

    dialog.keep_requested.connect(requested)
    flow.kept.connect(kept)
    flow.failed.connect(failed)
    dialog.destroyed.connect(lambda: _disconnect(flow, kept, failed))


def _disconnect(flow: ImportFlow, *slots: Callable[..., None]) -> None:
    for signal, slot in zip((flow.kept, flow.failed), slots, strict=True):
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(slot)


def directed(text: str, direction: Qt.LayoutDirection) -> str:
    """HTML whose blocks read in the interface's direction, whatever their first letter is
    (Qt takes a block's direction from its first strong letter, an isolated name too: an
    Arabic name first turned an English line right to left)."""
    side = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
    return re.sub(r"<(h3|ul|li|p)>", rf'<\1 dir="{side}">', text)


def _name(path: str) -> str:
    return html.escape(file_isolate(Path(path).name))
