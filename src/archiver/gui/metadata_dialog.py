"""Editing a document's details: title, date, source, URL, notes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from archiver.core.model import Document
from archiver.gui.textspans import direction_of
from archiver.gui.widget_names import named

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


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
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.source = named(QLineEdit(doc.source or ""), "source")
        self.url = named(QLineEdit(doc.url or ""), "url")
        self.notes = named(QPlainTextEdit(doc.notes or ""), "notes")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.published)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&URL"), self.url)
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

    def _validate(self) -> None:
        ok = not self.published.text().strip() or bool(_DATE.match(self.published.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def changes(self) -> dict[str, str | None]:
        """The edited fields that differ from the document (an empty date becomes None)."""
        values = {
            "title": self.title.text().strip() or self.doc.title,
            "published": self.published.text().strip() or None,
            "source": self.source.text().strip(),
            "url": self.url.text().strip(),
            "notes": self.notes.toPlainText(),
        }
        return {
            k: v
            for k, v in values.items()
            if v != (getattr(self.doc, k) or ("" if k != "published" else None))
        }
