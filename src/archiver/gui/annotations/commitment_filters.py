"""The commitments filter bar: actor, status, category, dates, text; shared by table and timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.gui.annotations.colors import status_color
from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.annotations.terms import category_label, status_label
from archiver.gui.widget_names import named

DATE_PATTERN = r"^$|^\d{4}(-\d{2}(-\d{2})?)?$"
NOBODY = 0  # the actor of a name nobody answers to: nothing matches, rather than everything


class CommitmentFilterBar(QWidget):
    """The filter widgets in a row; ``changed`` carries a CommitmentFilter (debounced typing)."""

    changed = Signal(object)  # CommitmentFilter

    def __init__(self, prefix: str = "filter", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: ParticipantIndex | None = None
        self.resolve: Callable[[str], list[Any]] = lambda _t: []
        self.actor = named(QLineEdit(), f"{prefix}Actor")
        self.actor.setPlaceholderText(self.tr("Actor…"))
        self.actor.setClearButtonEnabled(True)
        self.names = QStringListModel(self)  # what the completer offers
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actor.setCompleter(self.completer)
        self.status = self._combo(f"{prefix}Status", self.tr("Any status"),
                                  [(s, status_label(s)) for s in STATUSES])  # fmt: skip
        for row, status in enumerate(STATUSES, start=1):
            self.status.setItemData(row, status_color(status), Qt.ItemDataRole.DecorationRole)
        self.category = self._combo(f"{prefix}Category", self.tr("Any category"),
                                    [(c, category_label(c)) for c in CATEGORIES])  # fmt: skip
        dates = QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self)
        self.date_from = named(QLineEdit(), f"{prefix}From")
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM"))
        self.date_to = named(QLineEdit(), f"{prefix}To")
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM"))
        for edit in (self.date_from, self.date_to):
            edit.setValidator(dates)
            edit.setMaximumWidth(110)
        self.text = named(QLineEdit(), f"{prefix}Text")
        self.text.setPlaceholderText(self.tr("Text in what, quote, notes…"))
        self.text.setClearButtonEnabled(True)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.actor, self.status, self.category, self.date_from, self.date_to):
            line.addWidget(widget)
        line.addWidget(self.text, 1)
        self._connect()

    @staticmethod
    def _combo(name: str, anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.addItem(anything, "")
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _connect(self) -> None:
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self.apply)
        for edit in (self.actor, self.date_from, self.date_to, self.text):
            edit.textChanged.connect(self.debounce.start)
            edit.returnPressed.connect(self.apply)
        self.completer.activated.connect(lambda _t: self.apply())
        self.status.currentIndexChanged.connect(self.apply)
        self.category.currentIndexChanged.connect(self.apply)

    def set_index(self, index: ParticipantIndex, resolve: Callable[[str], list[Any]]) -> None:
        """Participants for the actor filter."""
        self.index, self.resolve = index, resolve
        self.names.setStringList(index.labels())

    def actor_ids(self) -> list[int] | None:
        """The actor filter as ids ([] when the text names nobody; None when blank)."""
        text = self.actor.text().strip()
        if not text:
            return None
        if self.index is not None and text in self.index.by_label:
            return [self.index.by_label[text]]
        return [p.id for p in self.resolve(text)]

    def value(self) -> CommitmentFilter:
        """The filter the widgets say now."""
        actors = self.actor_ids()
        status, category = self.status.currentData(), self.category.currentData()
        return CommitmentFilter(
            actors=tuple(actors) if actors else (NOBODY,) if actors == [] else (),
            statuses=(status,) if status else (),
            categories=(category,) if category else (),
            date_from=self.date_from.text() or None
            if self.date_from.hasAcceptableInput()
            else None,
            date_to=self.date_to.text() or None if self.date_to.hasAcceptableInput() else None,
            text=self.text.text().strip(),
        )

    def apply(self) -> None:
        """Say the filter now (typing waits for a pause)."""
        self.debounce.stop()
        self.changed.emit(self.value())
