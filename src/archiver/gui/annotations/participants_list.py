"""Edit → Participants…: every participant, filtered as you type; Enter edits the current one,
Ctrl+M merges the two selected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Participant
from archiver.gui.annotations.keyview import ENTER_KEYS, KeyView
from archiver.gui.annotations.participant_editor import ParticipantEditor
from archiver.gui.annotations.pickers import ParticipantIndex, display_name, shown_name
from archiver.gui.annotations.rows import Column, RowsModel
from archiver.gui.annotations.terms import embed, key_in_text, kind_label
from archiver.gui.locale_text import number
from archiver.gui.widget_names import named
from archiver.services.annotation_ops import AnnotationOps, annotation_ops
from archiver.services.operations import ArchiveSession

MERGE_KEYS = "Ctrl+M"


def show_participants_list(parent_widget: QWidget, session: ArchiveSession) -> ParticipantsList:
    """Open the list of all participants (non-modal) and return it at once."""
    dialog = ParticipantsList(annotation_ops(session), parent_widget)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class _Filter(QLineEdit):
    """Up/Down and Page keys move in the list while typing stays here."""

    def __init__(self, owner: ParticipantsList) -> None:
        super().__init__()
        self.setObjectName("participantsFilter")
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                           Qt.Key.Key_PageDown):  # fmt: skip
            self.owner.view.setFocus()
            self.owner.view.keyPressEvent(event)
            self.setFocus()
            return
        super().keyPressEvent(event)


class ParticipantsList(QDialog):
    """All participants; Enter edits, Ctrl+M merges the two selected (asking which stays)."""

    def __init__(self, ops: AnnotationOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsList")
        self.setWindowTitle(self.tr("Participants"))
        self.ops = ops
        self.index = ParticipantIndex([], [])
        self.editor: ParticipantEditor | None = None  # the editor open now (tests drive it)
        # a hook a test may replace: which of two stays (None: cancelled)
        self.choose_kept: Callable[[Participant, Participant], Participant | None] = self._ask_kept
        self._build()
        ops.changed.connect(self.reload)
        ops.session.events.history_changed.connect(self.reload)  # undo, redo, a bundle merged
        self.reload()
        self.resize(760, 520)

    def _build(self) -> None:
        self.filter_edit = _Filter(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: any name or alias, Arabic or English"))
        self.filter_edit.textChanged.connect(lambda _t: self.refilter())
        self.filter_edit.returnPressed.connect(self.edit_current)
        self.model: RowsModel[Participant] = RowsModel([
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Arabic"), lambda p: p.name_ar),
            Column(self.tr("English"), lambda p: p.name_en),
            Column(self.tr("Kind"), lambda p: kind_label(p.kind)),
            Column(self.tr("Part of"), self._parent_name),
        ], self)  # fmt: skip
        self.view = KeyView("participantsView", fit=False)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.size_columns(200, 160, 160, 100, 140)
        self.view.bind(ENTER_KEYS, lambda _row: self.edit_current())
        self.count = named(QLabel(), "participantsCount")
        edit = named(QPushButton(self.tr("&Edit…")), "participantsEdit")
        edit.clicked.connect(self.edit_current)
        merge = named(QPushButton(self.tr("&Merge the two selected ({0})").format(key_in_text(MERGE_KEYS))),
                      "participantsMerge")  # fmt: skip
        merge.clicked.connect(self.merge_selected)
        for button in (edit, merge):
            button.setAutoDefault(False)
        QShortcut(QKeySequence(MERGE_KEYS), self, self.merge_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(edit)
        buttons.addWidget(merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # the filter and the list handle Enter; QDialog would press the default button of
            # any dialog under this one (the editor's Save)
            event.accept()
            return
        super().keyPressEvent(event)

    def _parent_name(self, p: Participant) -> str:
        parent = self.index.by_id.get(p.parent_id) if p.parent_id is not None else None
        return shown_name(parent) if parent else ""

    def reload(self, *_args: object) -> None:
        """Read the participants again (after any change), keeping the filter."""
        self.index = ParticipantIndex(self.ops.participants(), self.ops.aliases())
        self.refilter()

    def refilter(self) -> None:
        """Show the participants the filter matches (all when it is empty), best first."""
        text = self.filter_edit.text()
        if text.strip():
            shown = [self.index.by_id[e.pid] for e in self.index.filter(text, limit=100000)]
        else:
            shown = list(self.index.by_id.values())
        self.model.set_rows(shown)
        total = len(self.index.by_id)
        self.count.setText(self.tr("{0} of %Ln participants", "", total).format(number(len(shown))))
        self.view.select_row(0)

    def selected(self) -> list[Participant]:
        """The participants selected, the current one first."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        current = self.view.currentIndex().row()
        if current in rows:
            rows.remove(current)
            rows.insert(0, current)
        return [p for p in (self.model.row(r) for r in rows) if p is not None]

    def select(self, *pids: int) -> None:
        """Select these participants (the first one current)."""
        model = self.view.selectionModel()
        model.clearSelection()
        rows = [i for i, p in enumerate(self.model.rows) if p.id in pids]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            model.select(self.model.index(row, 0), flags)
        if rows:
            first = next(i for i, p in enumerate(self.model.rows) if p.id == pids[0])
            model.setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def edit_current(self) -> None:
        """Enter: the editor of the current participant."""
        current = self.model.row(self.view.currentIndex().row())
        if current is None:
            return
        self.editor = ParticipantEditor(self.ops, current.id, self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.finished.connect(lambda _r: self._edited())
        self.editor.open()

    def _edited(self) -> None:
        self.editor = None
        self.activateWindow()
        self.view.setFocus()

    def merge_selected(self) -> None:
        """Ctrl+M: merge the two selected participants, after asking which one stays."""
        chosen = self.selected()
        if len(chosen) != 2:
            self.count.setText(self.tr("Select two participants to merge (Ctrl+click)"))
            return
        kept = self.choose_kept(chosen[0], chosen[1])
        if kept is None:
            return
        other = chosen[1] if kept.id == chosen[0].id else chosen[0]
        self.ops.merge_participants(kept.id, other.id)

    def _ask_kept(self, first: Participant, second: Participant) -> Participant | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge participants"),
                          self.tr("Which one stays? The other's mentions, commitment roles, "
                                  "aliases and members go to it, and its names become aliases. "
                                  "{0} undoes the merge.").format(key_in_text("Ctrl+Z")),
                          parent=self)  # fmt: skip
        keep_first = box.addButton(self.tr("Keep {0}").format(embed(display_name(first))),
                                   QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        keep_second = box.addButton(self.tr("Keep {0}").format(embed(display_name(second))),
                                    QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return first if clicked is keep_first else second if clicked is keep_second else None
