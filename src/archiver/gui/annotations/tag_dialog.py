"""Ctrl+Shift+P: tag the reader's selection as a participant, or create one; Enter or
Ctrl+Enter saves once a line is chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.alias_forms import KNOWN, NOT_A_NAME, OFFICE, alias_form
from archiver.core.annotations.model import KINDS
from archiver.core.changes import Change
from archiver.core.text import arabic
from archiver.gui.annotations.pickers import Entry, ParticipantIndex, fold, shown_name
from archiver.gui.annotations.terms import embed, kind_label
from archiver.gui.dialog_keys import enter_saves, save_keys
from archiver.gui.widget_names import named
from archiver.services.annotation_ops import NewParticipant

PID_ROLE = Qt.ItemDataRole.UserRole + 1
CREATE = -1


class _Edit(QLineEdit):
    """Up/Down move in the list below while typing stays here."""

    def __init__(self, dialog: TagDialog) -> None:
        super().__init__()
        self.setObjectName("tagEdit")
        self.dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.dialog.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class TagDialog(QDialog):
    """Pick who the selected words name; the last line creates a new participant."""

    def __init__(
        self,
        index: ParticipantIndex,
        selected: str,
        parent: QWidget | None = None,
        likely_kind: Callable[..., str] = lambda *_names: "person",
        inside: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.inside = list(dict.fromkeys(inside))  # whose aliases the words hold: offered first
        self.likely_kind = likely_kind  # names (typed, selected) -> a new participant's kind
        self.kind_picked = False  # the user chose the kind: typing no longer changes it
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("Tag as participant"))
        self.index = index
        self.selected = selected
        quote = named(QLabel(selected), "tagQuote")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = _Edit(self)
        self.edit.setPlaceholderText(self.tr("Type a name or alias (Arabic or English)…"))
        self.model = QStandardItemModel(self)
        self.list = named(QListView(), "tagList")
        self.list.setModel(self.model)
        self.list.activated.connect(lambda _i: self.accept())
        self.kind = named(QComboBox(), "tagKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("person"))  # till the words tell another
        self.kind.activated.connect(lambda _row: setattr(self, "kind_picked", True))
        self._build_alias_box(selected)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = named(QLabel(), "tagError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #dc2626;")
        save_keys(self)
        form = QFormLayout()
        kind_title = QLabel(self.tr("Kind of a &new participant:"))
        kind_title.setBuddy(self.kind)
        form.addRow(kind_title, self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.alias)
        layout.addWidget(self.alias_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self.filter)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._alias_for_choice())
        self.edit.setText(selected.strip())
        self.edit.selectAll()
        self.resize(460, 420)

    def _build_alias_box(self, selected: str) -> None:
        """The "add as an alias" box, ticked unless the words are a title or no name, and
        the note under it that says why not."""
        self.form = alias_form(selected)
        self.alias = named(QCheckBox(self._alias_label()), "tagAlias")
        self.alias.setChecked(self.form.refusal is None)  # a title names its holders, not one
        self.alias_touched = False  # ticked or unticked by hand: the choice no longer changes it
        self.alias.clicked.connect(lambda: setattr(self, "alias_touched", True))
        self.alias_note = named(QLabel(), "tagAliasNote")
        self.alias_note.setWordWrap(True)
        self._show_alias_note(self._alias_note())

    def filter(self, text: str) -> None:
        """Show the participants matching ``text`` and a "Create new …" line; select the first."""
        self.model.clear()
        for entry in self._entries(text):
            item = QStandardItem(entry.label)
            item.setData(entry.pid, PID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        name = text.strip()
        if not self.kind_picked:  # "تحالف الراغبين" a coalition, "Canada" a state…
            self.kind.setCurrentIndex(self.kind.findData(self.likely_kind(name, self.selected)))
        if name:
            item = QStandardItem(self.tr("Create new participant “{0}”").format(embed(name)))
            item.setData(CREATE, PID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def _entries(self, text: str) -> list[Entry]:
        """The lines for ``text``: with the selected words as they came, the participants
        whose aliases they hold first (الأردن for «الحكومة الأردنية»), then the matches."""
        found = self.index.filter(text)
        if text.strip() != self.selected.strip() or not self.inside:
            return found
        own = {e.pid: e for e in self.index.entries if e.primary}
        first = [own[pid] for pid in self.inside if pid in own]
        return first + [e for e in found if e.pid not in self.inside]

    def step(self, delta: int) -> None:
        """Move the selection in the list."""
        rows = self.model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.list.currentIndex().row() + delta))
            self.list.setCurrentIndex(self.model.index(row, 0))

    def choice(self) -> int | NewParticipant | None:
        """The chosen participant id, a participant to create, or None."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        pid = index.data(PID_ROLE)
        if pid != CREATE:
            return int(pid)
        name = self.edit.text().strip()
        script = arabic.script_of(
            name
        )  # the name in its script's field too (the editor shows both)
        return NewParticipant(name, self.kind.currentData(), name if script == "ar" else "",
                              name if script == "en" else "")  # fmt: skip

    def _alias_label(self) -> str:
        if self.form.text and self.form.text != self.selected.strip():  # a clitic trimmed
            return self.tr("Add “{0}” as an &alias").format(embed(self.form.text))
        return self.tr("Add the selection as an &alias")

    def _alias_note(self) -> str:
        """Why the box is not ticked: the words are a title, or no name."""
        if self.form.refusal == OFFICE:
            return self.tr("Not ticked: “{0}” is a title; it names whoever holds the office, "
                           "not one person.").format(embed(self.form.text))  # fmt: skip
        if self.form.refusal == NOT_A_NAME:
            return self.tr("Not ticked: “{0}” does not read as a name.").format(
                embed(self.form.text)
            )
        return ""

    def _show_alias_note(self, text: str) -> None:
        self.alias_note.setText(text)
        self.alias_note.setVisible(bool(text))

    def _alias_for_choice(self) -> None:
        """The box unticked, with the reason, for a participant one of whose aliases is the
        selected words already; ticked as the words tell for any other (unless set by hand)."""
        if self.alias_touched:
            return
        choice = self.choice()
        known = isinstance(choice, int) and self.form.text and fold(self.form.text) in {
            fold(n) for n in self.index.names.get(choice, []) if n}  # fmt: skip
        if known:
            self.alias.setChecked(False)
            self._show_alias_note(self.tr("Not ticked: “{0}” is an alias of this participant "
                                          "already.").format(embed(self.form.text)))  # fmt: skip
        else:
            self.alias.setChecked(self.form.refusal is None)
            self._show_alias_note(self._alias_note())

    def chosen_name(self) -> str:
        """The chosen participant's name as a sentence shows it ('' with no choice)."""
        choice = self.choice()
        if isinstance(choice, int):
            return shown_name(self.index.by_id[choice]) if choice in self.index.by_id else ""
        return choice.name if choice is not None else ""

    def add_alias(self) -> bool:
        """Whether the selected words become an alias."""
        return self.alias.isChecked()

    def alias_anyway(self) -> bool:
        """Whether the box was ticked by hand for words that are a title or no name."""
        return self.alias.isChecked() and self.form.refusal is not None

    def accept(self) -> None:
        """Close only with a choice; without one, say so."""
        if self.choice() is None:
            self.error.setText(self.tr("Type a name, then pick a participant or “Create new…”."))
            self.edit.setFocus()
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_saves(self, event):
            super().keyPressEvent(event)


def tag_outcome(change: Change, who: str) -> str:
    """What a tag did, for the status bar: tagged, or tagged already (nothing changed), and
    the alias added or why not (``who``: the participant's name)."""
    if change.extra.get("already_tagged"):
        text = QCoreApplication.translate(
            "TagDialog", "Already tagged as {0} here: no second mention"
        ).format(embed(who))
    else:
        text = QCoreApplication.translate("TagDialog", "Tagged as {0}").format(embed(who))
    alias, refused = change.extra.get("alias"), change.extra.get("alias_refused")
    if alias:
        return text + QCoreApplication.translate("TagDialog", "; “{0}” added as an alias").format(
            embed(alias)
        )
    reasons = {OFFICE: QCoreApplication.translate("TagDialog", "it is a title"),
               NOT_A_NAME: QCoreApplication.translate("TagDialog", "it does not read as a name"),
               KNOWN: QCoreApplication.translate("TagDialog", "an alias of this participant matches it already")}  # fmt: skip
    if refused in reasons:
        return text + QCoreApplication.translate(
            "TagDialog", "; not added as an alias: {0}"
        ).format(reasons[refused])
    return text
