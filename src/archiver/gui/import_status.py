"""The import's place in the status bar: n of N, the current file, a Cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from archiver.core.imports.batch import TIDYING
from archiver.gui.locale_text import isolate, number
from archiver.gui.widget_names import named


class ImportStatus(QWidget):
    """Progress of the running import; hidden when none runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importStatus")
        self.label = named(QLabel(), "importLabel")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = named(QPushButton(self.tr("Cancel")), "importCancel")
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self) -> None:
        """Show an import that is starting."""
        self.label.setText(self.tr("Preparing import…"))
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, current: str) -> None:
        """Show ``done`` of ``total`` and the file being stored."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if current == TIDYING:  # every file stored: the batch's index segments are merged
            self.label.setText(
                self.tr("Imported {0} of {1} · merging the search index…").format(
                    number(done), number(total)
                )
            )
            return
        name = Path(current).name
        if len(name) > 40:
            name = name[:18] + "…" + name[-18:]
        self.label.setText(
            self.tr("Importing {0} of {1} · {2}").format(number(done), number(total), isolate(name))
        )

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()
