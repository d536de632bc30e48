"""The index catching up, in the status bar: how many documents searches may miss, Stop, Resume.

Shown only while the session's ``catch_up`` has documents to index (after a re-index was
cancelled); when it ends the results are searched again, so the list holds every hit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from archiver.gui.widget_names import named

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession


class IndexStatus(QWidget):
    """'Indexing N documents…' with Stop, or 'N documents not indexed yet' with Resume."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("indexStatus")
        self.main = window
        self.session: ArchiveSession | None = None
        self.label = named(QLabel(), "indexStatusLabel")
        self.button = named(QPushButton(), "indexStatusButton")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        window.statusBar().addPermanentWidget(self)
        self.hide()

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session's catch-up."""
        if self.session is not None:
            self.session.catch_up.changed.disconnect(self._changed)
            self.session.catch_up.finished.disconnect(self._finished)
        self.session = session
        self.hide()
        if session is not None:
            session.catch_up.changed.connect(self._changed)
            session.catch_up.finished.connect(self._finished)

    @property
    def incomplete(self) -> bool:
        """True while searches may miss documents the index has not caught up with."""
        catch_up = self.session.catch_up if self.session is not None else None
        return catch_up is not None and (catch_up.running or catch_up.behind > 0)

    def _changed(self, behind: int, running: bool) -> None:
        self.setVisible(running or behind > 0)
        self.main.search_status.note_index()
        if running:
            self.label.setText(self.tr("Indexing %Ln documents… search results may be "
                                       "incomplete", "", behind) if behind
                               else self.tr("Checking the search index…"))  # fmt: skip
            self.button.setText(self.tr("Stop"))
            self.button.setToolTip(self.tr("Stop indexing for now (Index now, or the next "
                                           "start, indexes the rest)"))  # fmt: skip
        elif behind:
            self.label.setText(self.tr("%Ln documents not in the search index yet: search "
                                       "results may be incomplete", "", behind))  # fmt: skip
            self.button.setText(self.tr("Index now"))
            self.button.setToolTip(self.tr("Index them in the background"))
        self.button.setEnabled(not (running and self._stopping()))

    def _stopping(self) -> bool:
        return self.session is not None and self.session.catch_up.stopping

    def _finished(self) -> None:
        self.hide()
        self.main.search_status.note_index()
        self.main.refresh()  # the hits the index lacked are found now

    def _clicked(self) -> None:
        if self.session is None:
            return
        if self.session.catch_up.running:
            self.button.setEnabled(False)
            self.session.catch_up.cancel()
        else:
            self.session.catch_up.start()
