"""Editing a document's details: title, date, source, URL, author, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from archiver.core.dates.typed import read_typed
from archiver.core.model import Document
from archiver.gui.locale_text import isolate
from archiver.gui.textspans import direction_of
from archiver.gui.widget_names import named

DATE_HINT = "YYYY-MM-DD"  # the form a date is kept in, the same in every language
DATE_EXAMPLES = ("14/3/2025", "14 March 2025")  # other forms read, shown as they are


class MetadataDialog(QDialog):
    """A form over the editable fields; ``changes()`` returns only what the user changed."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataDialog")
        self.setWindowTitle(self.tr("Document details"))
        self.doc = doc
        self.title = named(QLineEdit(doc.title), "title")
        self.title.setLayoutDirection(direction_of(doc.title))
        self.published = named(QLineEdit(doc.published or ""), "published")
        self.published.setPlaceholderText(DATE_HINT)
        self.source = named(QLineEdit(doc.source or ""), "source")
        self.url = named(QLineEdit(doc.url or ""), "url")
        self.author = named(QLineEdit(doc.author or ""), "author")
        self.author.setLayoutDirection(direction_of(doc.author or doc.title))
        self.notes = named(QPlainTextEdit(doc.notes or ""), "notes")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.published)
        self.date_note = named(QLabel(self._date_note(doc)), "dateNote")
        self.date_note.setWordWrap(True)
        self.date_note.setVisible(bool(self.date_note.text()))
        form.addRow("", self.date_note)
        self.date_error = named(QLabel(), "dateError")  # why Save is off, or what is saved
        self.date_error.setWordWrap(True)
        self.date_error.setVisible(False)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&Author"), self.author)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("File"), QLineEdit(doc.file_name, readOnly=True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.published.textChanged.connect(self._validate)
        self.resize(560, 380)

    def _date_note(self, doc: Document) -> str:
        """Where the date came from, when it matters: a file's date is not a publication date."""
        if doc.date_is_file_date:
            return self.tr(
                "This is the file's creation date, not the publication date. "
                "Correct it here; a date you save is marked as yours."
            )
        if doc.file_date and doc.file_date != doc.published:
            return self.tr("The file was created on {0}.").format(isolate(doc.file_date))
        return ""

    def _validate(self) -> None:
        typed = self.published.text().strip()
        read = read_typed(typed)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not typed or bool(read.iso)
        )
        self.date_error.setText(self._date_words(typed, read.iso, read.readings))
        self.date_error.setVisible(bool(self.date_error.text()))

    def _date_words(self, typed: str, iso: str, readings: tuple[str, ...]) -> str:
        """What the date field's text is read as, or why it is not a date."""
        if not typed or iso == typed:
            return ""
        if iso:
            return self.tr("Date: saved as {0}.").format(isolate(iso))
        if readings:
            return self.tr("Date: “{0}” could be {1} or {2}: write it as {3}.").format(
                isolate(typed), *map(isolate, readings), DATE_HINT)  # fmt: skip
        return self.tr("Date: “{0}” is not a date: write it as {1} (or {2}, {3}).").format(
            isolate(typed), DATE_HINT, *map(isolate, DATE_EXAMPLES))  # fmt: skip

    def changes(self) -> dict[str, str | None]:
        """The edited fields that differ from the document (an empty date becomes None)."""
        values = {
            "title": self.title.text().strip() or self.doc.title,
            "published": read_typed(self.published.text()).iso
            or self.published.text().strip()
            or None,  # not a date: Save is off, and the store would refuse it
            "source": self.source.text().strip(),
            "url": self.url.text().strip(),
            "author": self.author.text().strip(),
            "notes": self.notes.toPlainText(),
        }
        return {
            k: v
            for k, v in values.items()
            if v != (getattr(self.doc, k) or ("" if k != "published" else None))
        }
