"""The side panel of the open document: suggested participants, confirmed ones, commitments."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Commitment, DocParticipant, Suggestion
from archiver.core.annotations.names import first_name
from archiver.core.annotations.title_data import role_in_arabic
from archiver.gui import language
from archiver.gui.actions import Spec
from archiver.gui.annotations.colors import participant_color, status_color
from archiver.gui.annotations.keyview import KeyView
from archiver.gui.annotations.pickers import name_forms
from archiver.gui.annotations.rows import ROW_ROLE, Column, RowsModel
from archiver.gui.annotations.terms import (
    action_label,
    amount_text,
    category_label,
    date_text,
    embed,
    flag_label,
    key_in_text,
    line,
    method_label,
    role_label,
    status_label,
)
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.gui.widget_names import named
from archiver.services.annotation_ops import DocumentAnnotations

MENU = "Annotation panel"
GROUP_NAMES = (  # the F1 sections of the annotation keys, said in the interface's language
    QT_TRANSLATE_NOOP("actions", "Annotation panel"),
    QT_TRANSLATE_NOOP("actions", "Annotations"),
    QT_TRANSLATE_NOOP("actions", "Timeline"),
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Annotation panel"),
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Annotations"),
    QT_TRANSLATE_NOOP("ShortcutsSheet", "Timeline"),
)
KEYS = {  # the panel's own keys: bound below, listed in F1 (install.py; texts translated there)
    "accept": Spec("panel_accept",
                   QT_TRANSLATE_NOOP("actions", "Suggested: accept (confirm in this document)"),
                   ("A", "Y", "Return"), MENU),
    "reject": Spec("panel_reject",
                   QT_TRANSLATE_NOOP("actions", "Suggested: reject (not suggested again here)"),
                   ("X", "N", "Del"), MENU),
    "reject_everywhere": Spec("panel_reject_everywhere", QT_TRANSLATE_NOOP(
                              "actions", "Suggested: reject everywhere (never again from these words)"),
                              ("Shift+X", "Shift+N", "Shift+Del"), MENU),
    "jump": Spec("panel_jump", QT_TRANSLATE_NOOP(
                 "actions", "Participants: select its next mention in the reader"),
                 ("Return",), MENU),
    "untag": Spec("panel_untag",
                  QT_TRANSLATE_NOOP("actions", "Participants: remove from this document"),
                  ("Del",), MENU),
    "edit": Spec("panel_edit", QT_TRANSLATE_NOOP("actions", "Commitments: edit"), ("Return",),
                 MENU),
    "delete": Spec("panel_delete", QT_TRANSLATE_NOOP("actions", "Commitments: delete (after asking)"),
                   ("Del",), MENU),
    "memo": Spec("panel_memo",
                 QT_TRANSLATE_NOOP("actions", "Participants, commitments: write a memo on it"),
                 ("M",), MENU),
}  # fmt: skip
MEMO_MARK = "✎"  # a participant or commitment with memos (the count follows)


def keys_of(spec: Spec) -> tuple[Qt.Key, ...]:
    """The keys of a panel spec (Return stands for the keypad's Enter too)."""
    keys = tuple(QKeySequence(k)[0].key() for k in spec.keys)  # type: ignore[index]
    return keys + ((Qt.Key.Key_Enter,) if Qt.Key.Key_Return in keys else ())


def about_text(s: Suggestion) -> str:
    """ "President · France" for a person ("الرئيس · فرنسا" in Arabic); a state's offices named
    with no holder."""
    said = role_in_arabic if language.arabic_names() else str
    if s.kind == "person":
        parent = first_name(language.name_script(), s.parent, s.parent_ar, s.parent_en)
        return " · ".join(part for part in (said(s.role), parent) if part)
    return list_separator().join(said(office) for office in s.offices)


def _forms(row: Suggestion | DocParticipant) -> tuple[str, str]:
    """A suggestion's or a participant's name in the interface's script, then in the other."""
    return name_forms(row.name, row.name_ar, row.name_en)


def list_separator() -> str:
    """Between the names of a list: ", " in English, "، " in Arabic."""
    return QCoreApplication.translate("CommitmentText", ", ", "between names in a list")


def flags_text(c: Commitment) -> str:
    """ "future · hypothetical" (the flags set on a commitment)."""
    names = ("future", "hypothetical", "negated")
    return " · ".join(flag_label(name) for name in names if getattr(c, name))


def actors_text(c: Commitment) -> str:
    """Source actors, then other roles in brackets."""
    script = language.name_script()
    others = [f"{first_name(script, a.name, a.name_ar)} ({role_label(a.role)})"
              for a in c.actors if a.role != "source"]  # fmt: skip
    sources = [first_name(script, a.name, a.name_ar) for a in c.sources]
    return list_separator().join(sources + others)


def commitment_tooltip(c: Commitment) -> str:
    """Every field a reader wants on hover, the quote last."""
    translate = QCoreApplication.translate
    head = " · ".join(w for w in (status_label(c.status), category_label(c.category),
                                  action_label(c.action), flags_text(c)) if w)  # fmt: skip
    lines = [
        head, line(actors_text(c)), c.what, date_text(c.statement_date),
        c.condition and translate("CommitmentText", "if: {0}").format(c.condition),
        amount_text(c.quantity, c.unit),
        translate("CommitmentText", "fulfils #{0}").format(c.fulfils_id) if c.fulfils_id else "",
        translate("CommitmentText", "“{0}”").format(c.quote) if c.quote else "",
        c.document_title,
    ]  # fmt: skip
    return "\n".join(line for line in lines if line)


def _section(title: str, view: KeyView, extra: QWidget | None = None) -> QVBoxLayout:
    label = QLabel(title)
    label.setBuddy(view)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    head = QHBoxLayout()
    head.addWidget(label, 1)
    if extra is not None:
        head.addWidget(extra)
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addLayout(head)
    box.addWidget(view, 1)
    return box


class AnnotationPanel(QDockWidget):
    """One key per decision: a/y/Enter accept, x/n/Delete reject; Enter jumps or edits."""

    accept_requested = Signal(str)  # the suggestion's key: "p12", or a new person's name
    reject_requested = Signal(str)
    reject_everywhere_requested = Signal(str)
    confirm_all_requested = Signal()
    jump_requested = Signal(int)  # participant id: select its next mention in the reader
    untag_requested = Signal(int)
    edit_requested = Signal(int)  # commitment id
    delete_requested = Signal(int)
    memo_requested = Signal(str, int)  # "participant" or "commitment", its id: write a memo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotationPanel")
        self.doc_id: int | None = None
        self.memo_counts: dict[str, dict[int, int]] = {"participant": {}, "commitment": {}}
        self._make_models()
        self.suggested_view = self._view("suggestedView", self.suggestions)
        self.participants_view = self._view("participantsView", self.participants)
        self.commitments_view = self._view("commitmentsView", self.commitments)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        self.suggested_view.size_columns(fit, fit, fit, fit, stretch)
        self.participants_view.size_columns(fit, fit, fit, stretch, fit)
        self.commitments_view.size_columns(fit, 150, fit, stretch, fit)
        self.confirm_all_button = named(QPushButton(self.tr("Confirm all")), "confirmAll")
        self.confirm_all_button.setToolTip(
            self.tr("Confirm every suggestion ({0})").format(key_in_text("Ctrl+Shift+Return"))
        )
        self.confirm_all_button.clicked.connect(self.confirm_all_requested)
        self._make_hints()
        self.empty = QLabel(self.tr("Open a document to see its participants and commitments."))
        self.empty.setWordWrap(True)
        body = named(QWidget(), "annotationPanelBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.empty)
        layout.addLayout(
            _section(self.tr("&Suggested"), self.suggested_view, self.confirm_all_button), 3
        )
        layout.addWidget(self.hint)
        layout.addLayout(_section(self.tr("&Participants"), self.participants_view), 2)
        layout.addLayout(_section(self.tr("Co&mmitments"), self.commitments_view), 2)
        layout.addWidget(self.memo_line)
        body.setFocusProxy(self.suggested_view)
        self.setWidget(body)
        self._bind()
        self.show_document(None)

    def _make_models(self) -> None:
        """The three tables' rows: suggestions, participants, commitments."""
        other = self.tr("English") if language.arabic_names() else self.tr("Arabic")
        self.suggestions: RowsModel[Suggestion] = RowsModel([
            Column(self.tr("Name"), lambda s: _forms(s)[0], self._suggestion_color, self._tooltip),
            Column(self.tr("Role"), self._about, None, self._tooltip),
            Column(other, lambda s: _forms(s)[1], None, self._tooltip),
            Column("#", lambda s: number(s.count)),
            Column(self.tr("Matched"), lambda s: list_separator().join(s.aliases)),
        ], self)  # fmt: skip
        self.participants: RowsModel[DocParticipant] = RowsModel([
            Column(self.tr("Name"), lambda p: _forms(p)[0],
                   lambda p: participant_color(p.participant_id)),
            Column(other, lambda p: _forms(p)[1]),
            Column("#", lambda p: number(len(p.spans))),
            Column(self.tr("How"), lambda p: method_label(p.method)),
            Column(MEMO_MARK, lambda p: self._memo_mark("participant", p.participant_id)),
        ], self)  # fmt: skip
        self.commitments: RowsModel[Commitment] = RowsModel([
            Column(self.tr("Status"), lambda c: status_label(c.status), lambda c: status_color(c.status),
                   commitment_tooltip),
            Column(self.tr("Actors"), actors_text, None, commitment_tooltip),
            Column(self.tr("Flags"), flags_text, None, commitment_tooltip),
            Column(self.tr("What"), lambda c: c.what, None, commitment_tooltip),
            Column(MEMO_MARK, lambda c: self._memo_mark("commitment", c.id)),
        ], self)  # fmt: skip

    def _make_hints(self) -> None:
        """The keys line under the suggestions, and the line counting the document's memos."""
        self.hint = QLabel(self.tr("{0}: accept · {1}: reject here · {2}: everywhere").format(
            isolate("a / y / Enter"), isolate("x / n / Del"), isolate("Shift+x")))  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setToolTip(self.tr(
            "{0}: never suggest it again in any document from the words that matched here (undo"
            " with {1}). {2}: every key").format(
                key_in_text(*KEYS["reject_everywhere"].keys),
                key_in_text("Ctrl+Z"), key_in_text("F1")))  # fmt: skip
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.memo_line = named(QLabel(), "panelMemos")  # the document's memos, counted
        self.memo_line.setWordWrap(True)
        self.memo_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def _about(self, s: Suggestion) -> str:
        text = about_text(s)
        if s.participant_id is not None:
            return text
        return self.tr("new: {0}").format(embed(text)) if text else self.tr("new person")

    def _tooltip(self, s: Suggestion) -> str:
        if s.participant_id is None:
            return self.tr("{0}: a new person ({1}); accepting adds them to the archive").format(
                embed(_forms(s)[0]),
                embed(about_text(s)) if about_text(s) else self.tr("no title's state"),
            )
        return " · ".join(part for part in (*_forms(s), about_text(s)) if part)

    @staticmethod
    def _suggestion_color(s: Suggestion) -> Any:
        return participant_color(s.participant_id) if s.participant_id is not None else None

    @staticmethod
    def _view(name: str, model: RowsModel[Any]) -> KeyView:
        view = KeyView(name)
        view.setModel(model)
        return view

    def _bind(self) -> None:
        p, c = self.participants, self.commitments
        shift = Qt.KeyboardModifier.ShiftModifier
        for key, signal in (("accept", self.accept_requested), ("reject", self.reject_requested)):
            self.suggested_view.bind(keys_of(KEYS[key]), partial(self._emit_key, signal))
        self.suggested_view.bind(keys_of(KEYS["reject_everywhere"]),
                                 partial(self._emit_key, self.reject_everywhere_requested),
                                 shift)  # fmt: skip
        for view, key, signal, rows in (
            (self.participants_view, "jump", self.jump_requested, p),
            (self.participants_view, "untag", self.untag_requested, p),
            (self.commitments_view, "edit", self.edit_requested, c),
            (self.commitments_view, "delete", self.delete_requested, c),
        ):
            view.bind(keys_of(KEYS[key]), partial(self._emit_row, signal, rows))
        self.participants_view.clicked.connect(
            lambda index: self._emit(self.jump_requested, p.row(index.row()))
        )
        for view in (self.participants_view, self.commitments_view):
            view.bind(keys_of(KEYS["memo"]), lambda _row: self._ask_memo())

    def _emit_key(self, signal: SignalInstance, row: int) -> None:
        item = self.suggestions.row(row)
        if item is not None:
            signal.emit(item.key)

    def _emit_row(self, signal: SignalInstance, rows: RowsModel[Any], row: int) -> None:
        self._emit(signal, rows.row(row))

    @staticmethod
    def _emit(signal: SignalInstance, item: DocParticipant | Commitment | None) -> None:
        if item is not None:
            signal.emit(item.id if isinstance(item, Commitment) else item.participant_id)

    def show_document(
        self, data: DocumentAnnotations | None, pending: AbstractSet[str] = frozenset()
    ) -> None:
        """Show a document's annotations, keeping the current rows where they were."""
        rows = {v: v.currentIndex().row() for v in self._views()}
        same = data is not None and data.doc_id == self.doc_id
        self.doc_id = None if data is None else data.doc_id
        self.empty.setVisible(data is None)
        if data is None:
            for model in (self.suggestions, self.participants, self.commitments):
                model.set_rows([])
            self.memo_line.clear()
        else:
            self.suggestions.set_rows([s for s in data.suggestions if s.key not in pending])
            self._count_memos(data)
            self.participants.set_rows(data.participants)
            self.commitments.set_rows(data.commitments)
        for view in self._views():
            view.select_row(rows[view] if same and rows[view] >= 0 else 0)
        self.confirm_all_button.setEnabled(self.suggestions.rowCount() > 0)
        self._update_focus_proxy()

    # -- memos -------------------------------------------------------------------------------

    def _memo_mark(self, kind: str, record_id: int) -> str:
        count = self.memo_counts[kind].get(record_id, 0)
        return f"{MEMO_MARK}{count}" if count else ""

    def _count_memos(self, data: DocumentAnnotations) -> None:
        on_commitments: dict[int, int] = {}
        for memo in data.memos:
            if memo.commitment_id is not None:
                on_commitments[memo.commitment_id] = on_commitments.get(memo.commitment_id, 0) + 1
        self.memo_counts = {"participant": dict(data.participant_memos),
                            "commitment": on_commitments}  # fmt: skip
        own = sum(1 for m in data.memos if m.kind == "document")
        quotes = sum(1 for m in data.memos if m.kind == "quote")
        words = self.tr("{0} {1} on the document, {2} on quotes · {3} writes one ({4} on a"
                        " participant or commitment) · {5} lists them")  # fmt: skip
        keys = (key_in_text(k) for k in ("Ctrl+Shift+M", "M", "Alt+9"))
        self.memo_line.setText(words.format(MEMO_MARK, number(own), number(quotes), *keys))

    def memo_target(self) -> tuple[str, int] | None:
        """The participant or commitment of the current row of the list that has the focus."""
        for view, kind in ((self.participants_view, "participant"),
                           (self.commitments_view, "commitment")):  # fmt: skip
            if view.hasFocus():
                item = view.model().data(view.currentIndex(), ROW_ROLE)
                if isinstance(item, DocParticipant):
                    return kind, item.participant_id
                if isinstance(item, Commitment):
                    return kind, item.id
        return None

    def has_focus(self) -> bool:
        """True when a list of the panel has the keyboard focus."""
        return any(view.hasFocus() for view in self._views())

    def _ask_memo(self) -> None:
        chosen = self.memo_target()
        if chosen is not None:
            self.memo_requested.emit(*chosen)

    def named_in(self, span: tuple[int, int]) -> list[tuple[int, int, int]]:
        """(participant, start, end) of the mentions inside a quote: of the participants
        confirmed in the document and of those suggested (saving a commitment confirms its
        actors in its own step); a person not in the archive yet is no actor to pick."""
        rows: list[DocParticipant | Suggestion] = [*self.participants.rows,
                                                   *self.suggestions.rows]  # fmt: skip
        return [(row.participant_id, s, e) for row in rows if row.participant_id is not None
                for s, e in row.spans if span[0] <= s < span[1]]  # fmt: skip

    def document_ids(self) -> list[int]:
        """The participants of the open document: confirmed, then suggested."""
        rows: list[DocParticipant | Suggestion] = [*self.participants.rows,
                                                   *self.suggestions.rows]  # fmt: skip
        return list(dict.fromkeys(r.participant_id for r in rows if r.participant_id is not None))

    def new_people_in(self, span: tuple[int, int]) -> list[Suggestion]:
        """The suggested persons not in the archive yet whom a quote names (saving its
        commitment can create them)."""
        return [row for row in self.suggestions.rows if row.participant_id is None
                and row.kind == "person" and any(span[0] <= s < span[1] for s, _ in row.spans)]  # fmt: skip

    def drop_suggestion(self, row: int) -> None:
        """Take a decided suggestion off the list at once (the archive catches up)."""
        self.suggestions.remove(row)
        self.suggested_view.select_row(row)
        self.confirm_all_button.setEnabled(self.suggestions.rowCount() > 0)

    def _views(self) -> tuple[KeyView, KeyView, KeyView]:
        return self.suggested_view, self.participants_view, self.commitments_view

    def _update_focus_proxy(self) -> None:
        body = self.widget()
        target = next((v for v in self._views() if v.model().rowCount()), self.suggested_view)
        if body.focusProxy() is not target:
            body.setFocusProxy(target)
