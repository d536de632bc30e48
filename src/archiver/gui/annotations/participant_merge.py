"""Choosing the participant another one is merged into, and asking before the merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Participant
from archiver.gui.annotations.pickers import ParticipantIndex, display_name, shown_name
from archiver.gui.annotations.terms import embed, key_in_text
from archiver.gui.widget_names import named

PID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Filter(QLineEdit):
    """Up/Down move in the list below while typing stays here."""

    def __init__(self, picker: MergePicker) -> None:
        super().__init__()
        self.setObjectName("mergeFilter")
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.picker.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class MergePicker(QDialog):
    """Type a name or alias (either script); Enter picks the participant to merge into."""

    def __init__(self, index: ParticipantIndex, person: Participant, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mergePicker")
        self.setWindowTitle(self.tr("Merge {0} into…").format(embed(shown_name(person))))
        self.index, self.person = index, person
        note = QLabel(self.tr("The participant {0} is the same as (it stays; {0} goes):")
                      .format(embed(display_name(person))))  # fmt: skip
        note.setWordWrap(True)
        self.edit = _Filter(self)
        self.model = QStandardItemModel(self)
        self.list = named(QListView(), "mergeList")
        self.list.setModel(self.model)
        self.list.activated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self.filter)
        self.edit.returnPressed.connect(self.accept)
        self.filter("")
        self.resize(420, 380)

    def filter(self, text: str) -> None:
        """Show the participants matching ``text`` (not the one being merged)."""
        self.model.clear()
        for entry in self.index.filter(text):
            if entry.pid != self.person.id:
                item = QStandardItem(entry.label)
                item.setData(entry.pid, PID_ROLE)
                item.setEditable(False)
                self.model.appendRow(item)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def step(self, delta: int) -> None:
        """Move the selection in the list."""
        rows = self.model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.list.currentIndex().row() + delta))
            self.list.setCurrentIndex(self.model.index(row, 0))

    def choice(self) -> int | None:
        """The participant picked."""
        index = self.list.currentIndex()
        return int(index.data(PID_ROLE)) if index.isValid() else None

    def accept(self) -> None:
        """Close only with a choice."""
        if self.choice() is not None:
            super().accept()


def merge_question(parent: QWidget, keep: Participant, other: Participant) -> bool:
    """Ask whether to merge ``other`` into ``keep``."""
    translate = QCoreApplication.translate
    text = translate("MergeQuestion", "Merge {0} into {1}?\n\n{0}'s mentions, commitment roles,"
                     " aliases and members go to {1}, and its names become aliases of {1}. {2}"
                     " undoes the merge.")  # fmt: skip
    answer = QMessageBox.question(
        parent, translate("MergeQuestion", "Merge participants"),
        text.format(embed(display_name(other)), embed(display_name(keep)), key_in_text("Ctrl+Z")),
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes
