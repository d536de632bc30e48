"""A participant's page: aliases, the documents that mention it, its commitments over time."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Commitment, DocumentRef, ParticipantPage
from archiver.gui.annotations.colors import status_color
from archiver.gui.annotations.keyview import ENTER_KEYS, KeyView
from archiver.gui.annotations.panel import (
    actors_text,
    commitment_tooltip,
    flags_text,
    list_separator,
)
from archiver.gui.annotations.pickers import ParticipantIndex, display_name, name_forms
from archiver.gui.annotations.rows import Column, RowsModel
from archiver.gui.annotations.terms import (
    category_label,
    date_text,
    embed,
    kind_label,
    status_label,
)
from archiver.gui.locale_text import number
from archiver.gui.widget_names import named


class ParticipantPageDock(QDockWidget):
    """Pick a participant (completion); Enter on a document or commitment opens it."""

    participant_chosen = Signal(int)
    open_document = Signal(int)
    open_commitment = Signal(int)
    delete_requested = Signal(int)  # participant id
    edit_requested = Signal(int)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participant"), parent)
        self.setObjectName("participantPageDock")
        self.pid: int | None = None
        self.index: ParticipantIndex | None = None
        self._build_header()
        self._build_lists()
        self._lay_out()
        self.show_page(None)

    def _build_header(self) -> None:
        self.picker = named(QLineEdit(), "pagePicker")
        self.picker.setPlaceholderText(self.tr("Participant…"))
        self.names = QStringListModel(self)  # what the completer offers
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(self.completer)
        self.completer.activated.connect(self._pick)
        self.picker.returnPressed.connect(lambda: self._pick(self.picker.text()))
        self.delete_button = named(QPushButton(self.tr("Delete participant…")), "deleteParticipant")
        self.delete_button.clicked.connect(self._delete_clicked)
        self.edit_button = named(QPushButton(self.tr("&Edit participant…")), "editParticipant")
        self.edit_button.clicked.connect(self._edit_clicked)
        self.title = named(QLabel(), "pageTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.aliases = named(QLabel(), "pageAliases")
        self.aliases.setWordWrap(True)
        self.aliases.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_lists(self) -> None:
        self.documents: RowsModel[DocumentRef] = RowsModel([
            Column(self.tr("Date"), lambda d: date_text((d.published or "")[:10])),
            Column(self.tr("Title"), lambda d: d.title),
            Column(self.tr("Mentions"), lambda d: number(d.mentions)),
            Column(self.tr("Commitments"), lambda d: number(d.commitments)),
        ], self)  # fmt: skip
        self.commitments: RowsModel[Commitment] = RowsModel([
            Column(self.tr("Date"), lambda c: date_text(c.statement_date)),
            Column(self.tr("Status"), lambda c: status_label(c.status), lambda c: status_color(c.status),
                   commitment_tooltip),
            Column(self.tr("Category"), lambda c: category_label(c.category)),
            Column(self.tr("Actors"), actors_text, None, commitment_tooltip),
            Column(self.tr("What"), lambda c: c.what, None, commitment_tooltip),
            Column(self.tr("Flags"), flags_text),
        ], self)  # fmt: skip
        self.documents_view = KeyView("pageDocuments", fit=False)
        self.documents_view.setModel(self.documents)
        self.documents_view.bind(ENTER_KEYS, lambda row: self._emit_doc(row))
        self.commitments_view = KeyView("pageCommitments", fit=False)
        self.commitments_view.setModel(self.commitments)
        self.commitments_view.bind(ENTER_KEYS, lambda row: self._emit_commitment(row))
        for view, widths in ((self.documents_view, (90, 360, 70)),
                             (self.commitments_view, (90, 110, 100, 200, 260))):  # fmt: skip
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)

    def _lay_out(self) -> None:
        self.documents_label = QLabel(self.tr("&Documents"))
        self.documents_label.setBuddy(self.documents_view)
        commitments_label = QLabel(self.tr("Commitments &over time"))
        commitments_label.setBuddy(self.commitments_view)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        body = named(QWidget(), "participantPageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.aliases)
        layout.addWidget(self.documents_label)
        layout.addWidget(self.documents_view, 1)
        layout.addWidget(commitments_label)
        layout.addWidget(self.commitments_view, 1)
        body.setFocusProxy(self.picker)
        self.setWidget(body)

    def _edit_clicked(self) -> None:
        if self.pid is not None:
            self.edit_requested.emit(self.pid)

    def _delete_clicked(self) -> None:
        if self.pid is not None:
            self.delete_requested.emit(self.pid)

    def set_index(self, index: ParticipantIndex) -> None:
        """Participants for the picker."""
        self.index = index
        self.names.setStringList(index.labels())

    def _pick(self, text: str) -> None:
        if self.index is None:
            return
        pid = self.index.by_label.get(text.strip())
        if pid is None:
            found = self.index.filter(text, limit=1)
            pid = found[0].pid if found else None
        if pid is not None:
            self.participant_chosen.emit(pid)

    def show_page(self, page: ParticipantPage | None) -> None:
        """Fill the page (None: nothing chosen)."""
        self.pid = None if page is None else page.participant.id
        self.delete_button.setEnabled(page is not None)
        self.edit_button.setEnabled(page is not None)
        if page is None:
            self.title.setText(self.tr("Choose a participant above."))
            self.aliases.clear()
            self.documents.set_rows([])
            self.commitments.set_rows([])
            return
        p = page.participant
        parts = [display_name(p), kind_label(p.kind)]
        if p.name_en and p.name_en not in name_forms(p.name, p.name_ar, p.name_en):
            parts.append(p.name_en)  # a second Latin form ("UK" beside "United Kingdom")
        if page.parent:
            parent = page.parent
            shown = name_forms(parent.name, parent.name_ar, parent.name_en)[0]
            parts.append(self.tr("part of {0}").format(embed(shown)))
        self.title.setText(" · ".join(embed(part) for part in parts))
        self.aliases.setText(self.tr("Aliases: {0}").format(
            list_separator().join(embed(a.alias) for a in page.aliases)))  # fmt: skip
        self.documents_label.setText(
            self.tr("&Documents ({0})").format(number(page.document_count))
        )
        self.documents.set_rows(page.documents)
        self.commitments.set_rows(page.commitments)
        self.documents_view.select_row(0)
        self.commitments_view.select_row(0)

    def _emit_doc(self, row: int) -> None:
        doc = self.documents.row(row)
        if doc is not None:
            self.open_document.emit(doc.id)

    def _emit_commitment(self, row: int) -> None:
        c = self.commitments.row(row)
        if c is not None:
            self.open_commitment.emit(c.id)
