"""Editing a document's details: title, date, source, URL, author, notes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from archiver.core.model import Document
from archiver.gui.locale_text import isolate
from archiver.gui.textspans import direction_of
from archiver.gui.widget_names import named

DATE_FORMAT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # YYYY, YYYY-MM or YYYY-MM-DD
DATE_HINT = "YYYY-MM-DD"  # the form a date is typed in, the same in every language


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
        ok = not self.published.text().strip() or bool(
            DATE_FORMAT.match(self.published.text().strip())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def changes(self) -> dict[str, str | None]:
        """The edited fields that differ from the document (an empty date becomes None)."""
        values = {
            "title": self.title.text().strip() or self.doc.title,
            "published": self.published.text().strip() or None,
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
