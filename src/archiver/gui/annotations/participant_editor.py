"""The participant editor: names in both scripts, kind, parent, aliases, merge into another.

Enter saves when every field is valid (in the alias line, Enter adds the alias typed there);
Esc cancels. A save is one journaled change, a merge another: Ctrl+Z takes either back and
the History lists both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import KINDS, Participant
from archiver.core.annotations.setup import alias_row
from archiver.gui.annotations.participant_merge import MergePicker, merge_question
from archiver.gui.annotations.pickers import NameCompleter, ParticipantIndex, display_name
from archiver.gui.annotations.terms import alias_kind_label, embed, kind_label
from archiver.gui.errors import error_message
from archiver.gui.widget_names import named
from archiver.services.annotation_ops import AnnotationOps, annotation_ops
from archiver.services.operations import ArchiveSession

ALIAS_ROLE = Qt.ItemDataRole.UserRole + 1


def edit_participant(
    parent_widget: QWidget, session: ArchiveSession, participant_id: int
) -> ParticipantEditor:
    """Open the editor of one participant (window-modal) and return it at once."""
    editor = ParticipantEditor(annotation_ops(session), participant_id, parent_widget)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


class _AliasLine(QLineEdit):
    """Enter adds the alias typed here; on an empty line it saves the dialog."""

    def __init__(self, editor: ParticipantEditor) -> None:
        super().__init__()
        self.setObjectName("editorAliasEdit")
        self.editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.editor.add_alias_typed()
            event.accept()
            return
        super().keyPressEvent(event)


class _AliasList(QListWidget):
    """Delete or Backspace removes the current alias."""

    def __init__(self, editor: ParticipantEditor) -> None:
        super().__init__()
        self.setObjectName("editorAliases")
        self.editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.editor.remove_current_alias()
            event.accept()
            return
        super().keyPressEvent(event)


class ParticipantEditor(QDialog):
    """Edit one participant; Save writes every change as one undoable step."""

    def __init__(self, ops: AnnotationOps, pid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantEditor")
        self.ops = ops
        self.person: Participant = ops.participant(pid)
        self.index = ParticipantIndex(ops.participants(), ops.aliases())
        self.setWindowTitle(self.tr("Participant: {0}").format(embed(display_name(self.person))))
        # a hook a test may replace: ask before merging (the default asks the user)
        self.confirm_merge = self._ask_merge
        self.picker: MergePicker | None = None  # the merge picker open now (tests drive it)
        self._build_fields()
        self._build_aliases()
        self._lay_out()
        self._fill()
        self.validate()
        self.resize(520, 560)

    # -- building ----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name = named(QLineEdit(), "editorName")
        self.name_ar = named(QLineEdit(), "editorNameAr")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = named(QLineEdit(), "editorNameEn")
        self.kind = named(QComboBox(), "editorKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.role = named(QLineEdit(), "editorRole")
        self.role.setPlaceholderText(self.tr("A person's office, e.g. Foreign Minister"))
        self.parent_edit = named(QLineEdit(), "editorParent")
        self.parent_edit.setPlaceholderText(self.tr("None (type a name in Arabic or English)"))
        self.completer = NameCompleter(self.index, self, leave_out=self.person.id)
        self.parent_edit.setCompleter(self.completer)
        for edit in (self.name, self.name_ar, self.name_en, self.parent_edit):
            edit.textChanged.connect(self.validate)

    def _build_aliases(self) -> None:
        self.aliases = _AliasList(self)
        self.alias_edit = _AliasLine(self)
        self.alias_edit.setPlaceholderText(self.tr("New alias, Enter adds it"))
        self.add_button = named(QPushButton(self.tr("A&dd")), "editorAddAlias")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_alias_typed)
        self.remove_button = named(QPushButton(self.tr("&Remove")), "editorRemoveAlias")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current_alias)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name),
                             (self.tr("&Arabic name:"), self.name_ar),
                             (self.tr("&English name:"), self.name_en),
                             (self.tr("&Kind:"), self.kind),
                             (self.tr("R&ole:"), self.role),
                             (self.tr("&Part of:"), self.parent_edit)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        alias_label = QLabel(self.tr("A&liases (how the texts name it):"))
        alias_label.setBuddy(self.aliases)
        adding = QHBoxLayout()
        adding.addWidget(self.alias_edit, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        self.problem = named(QLabel(), "editorProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # every control has its own Alt letter, Save's too (Alt+S must not reach the Kind box)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.merge_button = named(QPushButton(self.tr("&Merge into…")), "editorMerge")
        self.merge_button.setAutoDefault(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_into)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(alias_label)
        layout.addWidget(self.aliases, 1)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        p = self.person
        self.name.setText(p.name)
        self.name_ar.setText(p.name_ar)
        self.name_en.setText(p.name_en)
        self.role.setText(p.role)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        parent = [t for t, pid in self.completer.pids.items() if pid == p.parent_id]
        self.parent_edit.setText(parent[0] if parent and p.parent_id is not None else "")
        stored = self.ops.participant_aliases(p.id)
        self.original_aliases = [a.alias for a in stored]
        for alias in stored:
            self._add_item(alias.alias, alias.kind)
        self.aliases.setCurrentRow(0)
        self.name.selectAll()
        self.name.setFocus()

    # -- aliases -----------------------------------------------------------------------------

    def alias_texts(self) -> list[str]:
        """The aliases as the list holds them now."""
        return [self.aliases.item(i).data(ALIAS_ROLE) for i in range(self.aliases.count())]

    def _add_item(self, alias: str, kind: str = "name") -> None:
        shown = alias if kind == "name" else f"{alias}  ({alias_kind_label(kind)})"
        item = QListWidgetItem(shown)
        item.setData(ALIAS_ROLE, alias)
        self.aliases.addItem(item)

    def add_alias_typed(self) -> None:
        """Add the alias typed in the alias line (once; one with only stop words is refused)."""
        text = self.alias_edit.text().strip()
        if not text:
            return
        row = alias_row(self.person.id, text, "name")
        if not row[2] and not row[5]:
            self.problem.setText(
                self.tr("“{0}” has only stop words; it cannot be matched").format(embed(text))
            )
            return
        if text not in self.alias_texts():
            self._add_item(text)
        self.aliases.setCurrentRow(self.alias_texts().index(text))
        self.alias_edit.clear()
        self.validate()

    def remove_current_alias(self) -> None:
        """Take the current alias off the list."""
        row = self.aliases.currentRow()
        if row >= 0:
            self.aliases.takeItem(row)
            self.validate()

    # -- checking and saving -----------------------------------------------------------------

    def parent_choice(self) -> tuple[int | None, str]:
        """The parent the field names (None: none) and, when it names none, why."""
        text = self.parent_edit.text().strip()
        if not text:
            return None, ""
        pid = self.completer.pids.get(text, self.index.by_label.get(text))
        if pid is None:
            found = self.index.filter(text, limit=2)
            if len(found) != 1:
                why = self.tr("“{0}” names no participant") if not found else self.tr(
                    "“{0}” names several participants: pick one from the list")  # fmt: skip
                return None, why.format(embed(text))
            pid = found[0].pid
        return pid, self._cycle(pid)

    def _cycle(self, pid: int) -> str:
        """Why ``pid`` cannot be the parent ('' when it can)."""
        seen: list[Participant] = []
        current = self.index.by_id.get(pid)
        while current is not None and current not in seen:
            seen.append(current)
            if current.id == self.person.id:
                if len(seen) == 1:
                    return self.tr("a participant cannot be its own parent")
                return self.tr("{0} is under {1} already: it cannot be its parent").format(
                    embed(seen[0].name), embed(self.person.name))  # fmt: skip
            current = self.index.by_id.get(current.parent_id) if current.parent_id else None
        return ""

    def validate(self) -> bool:
        """Enable Save when every field is valid; say what is wrong otherwise."""
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("A participant needs a name")
        else:
            _pid, problem = self.parent_choice()
        self.problem.setText(problem)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)
        return not problem

    def changes(self) -> tuple[dict[str, object], list[str], list[str]]:
        """(field changes, aliases added, aliases removed) against the stored participant."""
        p = self.person
        fields: dict[str, object] = {
            "name": self.name.text().strip(),
            "name_ar": self.name_ar.text().strip(),
            "name_en": self.name_en.text().strip(),
            "kind": self.kind.currentData(),
            "role": self.role.text().strip(),
            "parent_id": self.parent_choice()[0],
        }
        fields = {k: v for k, v in fields.items() if getattr(p, k) != v}
        now = self.alias_texts()
        added = [a for a in now if a not in self.original_aliases]
        removed = [a for a in self.original_aliases if a not in now]
        return fields, added, removed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.validate():
            event.accept()  # Enter saves only a valid participant
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        """Write the changes (one undoable step), then close; an error keeps the dialog open."""
        if not self.validate():
            return
        fields, added, removed = self.changes()
        if not (fields or added or removed):
            self.accept()
            return
        self.setEnabled(False)
        self.ops.edit_participant(self.person.id, fields, added, removed,
                                  on_done=lambda _c: self.accept(), on_error=self._failed)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.problem.setText(error_message(exc))

    # -- merging -----------------------------------------------------------------------------

    def merge_into(self) -> None:
        """Pick the participant this one is the same as; merge into it after asking."""
        picker = MergePicker(self.index, self.person, self)
        picker.accepted.connect(lambda: self._merge_picked(picker.choice()))
        picker.open()
        self.picker = picker

    def _merge_picked(self, keep: int | None) -> None:
        if keep is None or keep == self.person.id:
            return
        kept = self.index.by_id[keep]
        if not self.confirm_merge(kept, self.person):
            return
        self.setEnabled(False)
        self.ops.merge_participants(keep, self.person.id, on_done=lambda _c: self.accept(),
                                    on_error=self._failed)  # fmt: skip

    def _ask_merge(self, keep: Participant, other: Participant) -> bool:
        return merge_question(self, keep, other)
