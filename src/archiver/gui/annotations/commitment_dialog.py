"""Ctrl+Shift+C: record a commitment from the selection (or edit one); Enter or Ctrl+Enter
saves when the fields are valid, and an invalid one says why. The quantity is read as the core
reads it (1.5 billion, ٢ ألف), and what will be stored is shown under it as it is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from archiver.core.annotations import actor_roles
from archiver.core.annotations.categories import likely_category
from archiver.core.annotations.model import (
    ACTIONS,
    CATEGORIES,
    DELIVERIES,
    STATUSES,
    Commitment,
    Participant,
    Suggestion,
)
from archiver.core.annotations.prefill import Prefill, read_quote
from archiver.core.annotations.quantities import read_quantity
from archiver.core.errors import Invalid
from archiver.gui.annotations.colors import status_color
from archiver.gui.annotations.panel import about_text, actors_text, list_separator
from archiver.gui.annotations.pickers import ActorPicker, ParticipantIndex
from archiver.gui.annotations.terms import (
    action_label,
    amount_text,
    category_label,
    date_text,
    embed,
    key_in_text,
    line,
    status_label,
)
from archiver.gui.dialog_keys import enter_saves, save_keys
from archiver.gui.widget_names import named

DATE_PATTERN = r"^$|^\d{4}(-\d{2}(-\d{2})?)?$"


def _short(text: str, most: int = 40) -> str:
    """The start of a long text, with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def typed_number(value: float | None) -> str:
    """A quantity as the field takes it: 250000000, 2.5 (never 2.5e+08)."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


class CommitmentDialog(QDialog):
    """Actors, action, category, status, what, flags, dates, condition, quantity, notes."""

    def __init__(
        self,
        index: ParticipantIndex,
        resolve: Callable[[str], list[Participant]],
        *,
        quote: str,
        document_date: str = "",
        existing: Commitment | None = None,
        describe: Callable[[int], Commitment | None] = lambda _cid: None,
        passage: Sequence[Commitment] = (),
        same: Callable[[dict[str, Any]], Commitment | None] = lambda _values: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.describe = describe  # a commitment by id, for the pledge a delivery fulfils
        self.same = same  # the commitment these values would repeat (saving is refused)
        self.setObjectName("commitmentDialog")
        self.setWindowTitle(
            self.tr("Edit commitment") if existing else self.tr("Record a commitment")
        )
        self.existing = existing
        if existing is not None:
            document_date = (existing.published or "")[:10]
        self._build_fields(index, resolve, quote, document_date)
        self.passage = named(QLabel(self._passage_text(passage, existing)), "passage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.passage.setVisible(bool(self.passage.text()))
        self._build_buttons()
        self._lay_out()
        save_keys(self)
        self.sources.unresolved.connect(self._unknown)
        self.recipients.unresolved.connect(self._unknown)
        self._clear_error_on_change()
        self.saved = False  # accepted once: the record is on its way to the store
        if existing is not None:
            self._fill(existing)
        self.resize(560, 600)
        self.sources.edit.setFocus()

    def _build_fields(
        self,
        index: ParticipantIndex,
        resolve: Callable[[str], list[Participant]],
        quote: str,
        document_date: str,
    ) -> None:
        self.sources = ActorPicker(index, resolve, "sources")
        self.recipients = ActorPicker(index, resolve, "recipients")
        self.action = self._combo("action", [("", self.tr("(follows the status)"))]
                                  + [(a, action_label(a)) for a in ACTIONS])  # fmt: skip
        self.category = self._combo("category", [("", self.tr("(choose a category)"))]
                                    + [(c, category_label(c)) for c in CATEGORIES])  # fmt: skip
        self.category_hint = named(QLabel(), "categoryHint")  # "told by “دولار”"
        self.category_hint.setTextFormat(Qt.TextFormat.PlainText)
        self._likely = likely_category(quote) if self.existing is None else None
        if self._likely is not None:
            self.category.setCurrentIndex(self.category.findData(self._likely.category))
        self.category.currentIndexChanged.connect(self._show_category_reason)
        self._show_category_reason()
        self._build_status()
        self.what = named(QLineEdit(quote.strip()), "what")
        self.future = named(QCheckBox(self.tr("&Future")), "future")
        self.hypothetical = named(QCheckBox(self.tr("&Hypothetical")), "hypothetical")
        self.negated = named(QCheckBox(self.tr("&Negated")), "negated")
        date_check = QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self)
        self.date = named(QLineEdit(), "statementDate")  # empty: the document's date, as it is
        self.date.setPlaceholderText(
            self.tr("the document's date: {0}", "in an empty statement date field").format(
                embed(date_text(document_date))
            )
            if document_date
            else self.tr("YYYY-MM-DD", "the date's format, in an empty field")
        )
        self.date.setValidator(date_check)
        self.condition = named(QLineEdit(), "condition")
        self.quantity = named(QLineEdit(), "quantity")
        self.quantity.setPlaceholderText(self.tr("1500, 2.5, 1.5 million…"))
        self.quantity_hint = named(QLabel(), "quantityHint")  # "= 1,500,000,000 GBP"
        self.quantity_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.unit = named(QLineEdit(), "unit")
        self.unit.setPlaceholderText(self.tr("unit or currency: EUR, USD, troops…"))
        for field in (self.quantity, self.unit):
            field.textChanged.connect(self._show_quantity)
        self.fulfils = named(QLineEdit(), "fulfils")
        self.fulfils.setValidator(QIntValidator(1, 2**31 - 1, self))
        self.fulfils.validator().setLocale(QLocale.c())
        self.fulfils.setPlaceholderText(self.tr("for a delivery: the number of the pledge"))
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.quote = named(QLabel(quote), "quote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.error = named(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #dc2626;")

    def _build_status(self) -> None:
        """The status, "offered" unless the quote's verb tells another, and its reason."""
        self.status = self._combo("status", [(s, status_label(s)) for s in STATUSES])
        for row, status in enumerate(STATUSES):
            self.status.setItemData(row, status_color(status), Qt.ItemDataRole.DecorationRole)
        self.status.setCurrentIndex(self.status.findData("offered"))  # the usual case
        self.status_hint = named(QLabel(), "statusHint")  # "told by “تعهدت”"
        self.status_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.status_hint.setVisible(False)
        self._told_status: tuple[str, str] | None = None  # (status, the verb that told it)
        self.status.currentIndexChanged.connect(self._show_status_reason)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(
            self.tr("Save ({0} or {1})").format(key_in_text("Enter"), key_in_text("Ctrl+Enter"))
        )
        save.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        flags = QHBoxLayout()
        for box in (self.future, self.hypothetical, self.negated):
            flags.addWidget(box)
        flags.addStretch(1)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 2)
        amount.addWidget(self.unit, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Quote:"), self.quote)
        form.addRow(self.passage)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Sources:"), self.sources), (self.tr("&Recipients:"), self.recipients),
            (self.tr("Ac&tion:"), self.action), (self.tr("&Category:"), self.category),
            ("", self.category_hint),
            (self.tr("Stat&us:"), self.status), ("", self.status_hint),
            (self.tr("&What:"), self.what),
        )  # fmt: skip
        for text, field in rows:
            if text:
                self._row(form, text, field)
            else:
                form.addRow("", field)  # the category's (or status's) reason, under it
        form.addRow(self.tr("Flags:"), flags)
        for text, field in (
            (self.tr("Statement &date:"), self.date),
            (self.tr("C&ondition:"), self.condition),
        ):
            self._row(form, text, field)
        label = QLabel(self.tr("&Quantity:"))
        label.setBuddy(self.quantity)
        form.addRow(label, amount)
        form.addRow("", self.quantity_hint)
        self._row(form, self.tr("Fulfils &pledge #:"), self.fulfils)
        self._row(form, self.tr("Not&es:"), self.notes)
        form.addRow(self.error)
        form.addRow(self.buttons)

    @staticmethod
    def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = named(QComboBox(), name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field.focusProxy() or field)
        form.addRow(label, field)

    def _passage_text(self, passage: Sequence[Commitment], existing: Commitment | None) -> str:
        """ "This passage already has commitment #3 (Qatar: send troops)", or ''."""
        others = [c for c in passage if existing is None or c.id != existing.id]
        said = [self.tr("#{0} ({1}: {2})", "a commitment: its number, actors and what").format(
            c.id, embed(actors_text(c)), embed(_short(c.what) or category_label(c.category)))
            for c in others]  # fmt: skip
        if len(said) == 1:
            return self.tr("This passage already has commitment {0}.").format(said[0])
        if said:
            return self.tr("This passage already has %Ln commitments: {0}.", "",
                           len(said)).format(list_separator().join(said))  # fmt: skip
        return ""

    def prefill(
        self,
        text: str,
        span: tuple[int, int],
        named: list[tuple[int, int, int]],
        names: Callable[[int], list[str]],
        new: Sequence[Suggestion],
    ) -> None:
        """From the quote ``text[span]``: its commitment's statement as the what, the status
        its verb tells, the quantity and unit, and the actors it names: participants
        (``named``: id, start, end) and persons not in the archive yet (``new``), each a source
        or a recipient by the words around it (none outside that statement); the new ones
        are offered in both lines, created when the commitment is saved."""
        told = read_quote(text, *span)
        self._prefill_fields(text, told)
        for pid, role in actor_roles.roles(text, named, names, told.statement):
            (self.sources if role == actor_roles.SOURCE else self.recipients).add(pid)
        for person in new:
            about = about_text(person)
            label = (self.tr("{0} — new: {1}", "a person saving creates, and the office").format(
                embed(person.name), embed(about)) if about else self.tr(
                "{0} — new person", "a person saving creates").format(embed(person.name)))  # fmt: skip
            for picker in (self.sources, self.recipients):
                picker.offer_new(person.name, label, person.aliases)
            start, end = person.spans[0]
            said = actor_roles.role_at(text, start, end, [person.name, *person.aliases])
            if not actor_roles.within(told.statement, start):
                said = None
            if said is not None:
                (self.sources if said == actor_roles.SOURCE else self.recipients).add_new(
                    person.name
                )

    def _prefill_fields(self, text: str, told: Prefill) -> None:
        """The what, status and quantity the quote tells; the status's word under it."""
        self.what.setText(text[told.statement[0] : told.statement[1]])
        self.what.setCursorPosition(0)  # its start shown, not its end
        if told.status is not None:
            self._told_status = (told.status, told.status_word)
            self.status.setCurrentIndex(self.status.findData(told.status))
            self._show_status_reason()
        if told.quantity is not None:
            self.quantity.setText(typed_number(told.quantity))
            self.unit.setText(told.unit)

    def _show_status_reason(self) -> None:
        """Under the status: the quote's verb it was told by, while it is the one told."""
        told, shown = self._told_status, ""
        if told is not None and self.status.currentData() == told[0]:
            shown = self.tr("told by the quote's word “{0}”; change it if that is wrong",
                            "the status prefilled from the quote's verb").format(embed(told[1]))  # fmt: skip
        self.status_hint.setText(line(shown) if shown else "")
        self.status_hint.setVisible(bool(shown))
        self.status.setAccessibleDescription(shown)

    def _show_category_reason(self) -> None:
        """Under the category: the quote's words it was told by, while it is the one told."""
        likely = self._likely
        shown = ""
        if likely is not None and self.category.currentData() == likely.category:
            words = list_separator().join(embed(w) for w in likely.words)
            shown = self.tr("told by the quote's words “{0}”; change it if that is wrong").format(
                words
            )
        self.category_hint.setText(line(shown) if shown else "")
        self.category_hint.setVisible(bool(shown))
        self.category.setAccessibleDescription(shown)

    def _clear_error_on_change(self) -> None:
        """A field changed takes the red error away (it told of the fields as they were; the
        next Enter checks them again), so a fixed fault leaves no stale error behind."""
        clear = lambda *_: self.error.clear()  # noqa: E731
        for picker in (self.sources, self.recipients):
            picker.changed.connect(clear)
            picker.edit.textEdited.connect(clear)
        for combo in (self.action, self.category, self.status):
            combo.currentIndexChanged.connect(clear)
        for edit in (self.what, self.date, self.condition, self.quantity, self.unit,
                     self.fulfils):  # fmt: skip
            edit.textEdited.connect(clear)
        for box in (self.future, self.hypothetical, self.negated):
            box.toggled.connect(clear)
        self.notes.textChanged.connect(clear)

    def _unknown(self, text: str) -> None:
        self.error.setText(self.tr("No single participant is called “{0}”.").format(embed(text)))

    def _fill(self, c: Commitment) -> None:
        for actor in c.actors:
            (self.sources if actor.role == "source" else self.recipients).add(actor.participant_id)
        for combo, value in ((self.action, c.action), (self.category, c.category),
                             (self.status, c.status)):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.what.setText(c.what)
        self.future.setChecked(c.future)
        self.hypothetical.setChecked(c.hypothetical)
        self.negated.setChecked(c.negated)
        self.date.setText("" if c.dated_by_document else c.statement_date or "")
        self.condition.setText(c.condition)
        self.quantity.setText(typed_number(c.quantity))
        self.unit.setText(c.unit)
        self.fulfils.setText(str(c.fulfils_id) if c.fulfils_id else "")
        self.notes.setPlainText(c.notes)

    def typed_quantity(self) -> float | None:
        """The quantity field as the core reads it (None when empty); Invalid if it says none."""
        if not self.quantity.text().strip():
            return None
        return read_quantity(self.quantity.text(), decimal=QLocale().decimalPoint())

    def _show_quantity(self) -> None:
        """Under the quantity: what will be stored, in the interface's digits, or that the
        text is no number (in red); nothing while the field is empty."""
        try:
            value = self.typed_quantity()
        except Invalid:
            shown, style = self.tr("cannot read this as a number"), "color: #dc2626;"
        else:
            amount = "" if value is None else amount_text(value, self.unit.text().strip())
            shown = self.tr("= {0}", "the quantity as stored").format(amount) if amount else ""
            style = ""
        self.quantity_hint.setText(line(shown) if shown else "")
        self.quantity_hint.setStyleSheet(style)
        self.quantity.setAccessibleDescription(shown)

    def values(self) -> dict[str, Any]:
        """The fields as Commitments.add/update take them (without the quote)."""
        actors: list[tuple[int, str]] = [(pid, "source") for pid in self.sources.ids()]
        actors += [(pid, "recipient") for pid in self.recipients.ids()]
        new = [(n, "source") for n in self.sources.new_names()]
        new += [(n, "recipient") for n in self.recipients.new_names()]
        values: dict[str, Any] = {
            "actors": actors, "category": self.category.currentData(),
            "status": self.status.currentData(), "what": self.what.text().strip(),
            "future": self.future.isChecked(), "hypothetical": self.hypothetical.isChecked(),
            "negated": self.negated.isChecked(), "condition": self.condition.text().strip(),
            "quantity": self.typed_quantity(), "unit": self.unit.text().strip(),
            "statement_date": self.date.text().strip() or None,
            "notes": self.notes.toPlainText().strip(),
            "fulfils": int(self.fulfils.text()) if self.fulfils.text().strip() else None,
        }  # fmt: skip
        if new:
            values["new_people"] = new
        if self.existing is not None:
            values["fulfils_id"] = values.pop("fulfils")
        action = self.action.currentData()
        if action or self.existing is not None:
            values["action"] = action or None
        if self.existing is not None and not action:
            from archiver.core.annotations.model import DEFAULT_ACTION

            values["action"] = DEFAULT_ACTION[values["status"]]
        return values

    def problem(self) -> tuple[str, QWidget] | None:
        """Why the fields cannot be saved as they are, and the field to fix; None when valid."""
        for picker in (self.sources, self.recipients):
            if not picker.commit_typed():
                return self.tr("No single participant is called “{0}”: pick one from the list."
                           ).format(embed(picker.edit.text().strip())), picker.edit  # fmt: skip
        if not self.sources.ids() and not self.sources.new_names():
            return self.tr("Add at least one source actor (who committed)."), self.sources.edit
        if not self.category.currentData():
            return self.tr("Choose the commitment's category."), self.category
        if not self.date.hasAcceptableInput():
            return self.tr("The date is YYYY, YYYY-MM or YYYY-MM-DD."), self.date
        try:
            quantity = self.typed_quantity()
        except Invalid:
            return self.tr(
                "Cannot read the quantity “{0}” as a number: write it as 1500, 2.5 or 1.5 million."
            ).format(embed(self.quantity.text().strip())), self.quantity
        if quantity is not None and not self.unit.text().strip():
            return self.tr("Give the quantity its unit or currency (EUR, USD, troops…)."), self.unit
        return self._fulfils_problem()

    def _fulfils_problem(self) -> tuple[str, QWidget] | None:
        if not self.fulfils.text().strip():
            return None
        if self.status.currentData() not in DELIVERIES:
            return self.tr(
                "Only a delivery (delivered, partly delivered) fulfils a pledge."
            ), self.fulfils
        pledge = self.describe(int(self.fulfils.text()))
        if pledge is None or (self.existing is not None and pledge.id == self.existing.id):
            return self.tr("There is no other commitment #{0}.").format(
                self.fulfils.text()
            ), self.fulfils
        if pledge.status in DELIVERIES:
            return self.tr("#{0} is a delivery itself, not a pledge.").format(
                pledge.id
            ), self.fulfils
        return None

    def _repeat(self) -> tuple[str, QWidget] | None:
        """The refusal of a commitment stored already (the same passage, actors, action,
        amount, dates…), naming it; None when these values are new."""
        values = self.values()
        same = None if values.get("new_people") else self.same(values)
        if same is None:
            return None
        return self.tr("Commitment #{0} already records this: change what differs, or press "
                       "Cancel.").format(same.id), self.what  # fmt: skip

    def accept(self) -> None:
        """Save only a complete record, once; otherwise say what is wrong and go to that field."""
        if self.saved:  # an Enter that reached the dialog as it closed: saved already
            return
        problem = self.problem() or self._repeat()
        if problem is not None:
            text, field = problem
            self.error.setText(text)
            field.setFocus()
            return
        self.error.clear()
        self.saved = True
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter that no field took (an actor line adds the name typed first) saves.
        if not enter_saves(self, event):
            super().keyPressEvent(event)
