"""Wires the annotation panel, dialogs and archive-wide views to the window and the archive."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

from archiver.core.annotations.model import Commitment
from archiver.core.errors import ArchiverError, NotFound
from archiver.core.text.scripts import trim_selection
from archiver.gui import file_dialogs
from archiver.gui.annotations.colors import MEMO_COLOR, participant_color, status_color
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.commitments_model import CommitmentsModel
from archiver.gui.annotations.commitments_view import CommitmentsDock
from archiver.gui.annotations.host import AnnotationHost
from archiver.gui.annotations.matrix import MatrixDock
from archiver.gui.annotations.panel import AnnotationPanel, commitment_tooltip
from archiver.gui.annotations.participant_editor import ParticipantEditor, edit_participant
from archiver.gui.annotations.participant_page import ParticipantPageDock
from archiver.gui.annotations.participants_list import ParticipantsList, show_participants_list
from archiver.gui.annotations.pickers import ParticipantIndex, name_forms, shown_name
from archiver.gui.annotations.tag_dialog import TagDialog, tag_outcome
from archiver.gui.annotations.terms import embed, key_in_text
from archiver.gui.annotations.timeline_flow import TimelineFlow
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number
from archiver.services.annotation_ops import AnnotationOps, DocumentAnnotations, annotation_ops
from archiver.services.operations import ArchiveSession

LONG_TEXT = 50_000  # characters: a longer document's panel is filled from the read pool

EXPORTS = (  # what, format, menu text (translated where the action is made), file suffix
    ("commitments", "csv", QT_TRANSLATE_NOOP("actions", "Export commitments (CSV)…"),
     "commitments.csv"),
    ("commitments-long", "csv",
     QT_TRANSLATE_NOOP("actions", "Export commitments, one row per actor (CSV)…"),
     "commitments-long.csv"),
    ("commitments", "json", QT_TRANSLATE_NOOP("actions", "Export commitments (JSON)…"),
     "commitments.json"),
    ("participants", "csv", QT_TRANSLATE_NOOP("actions", "Export participants (CSV)…"),
     "participants.csv"),
    ("participants", "json", QT_TRANSLATE_NOOP("actions", "Export participants (JSON)…"),
     "participants.json"),
)  # fmt: skip


class AnnotationController(QObject):
    """One per main window; follows its archive session and its open document."""

    loaded = Signal(int)  # the side panel shows this document's annotations
    exported = Signal(str)  # the path written
    bound = Signal()  # now on another session's ops (or on none): views that share them follow

    def __init__(self, host: AnnotationHost) -> None:
        super().__init__(host.as_widget())
        self.host = host
        self.ops: AnnotationOps | None = None
        self._index: ParticipantIndex | None = None
        self.pending: set[str] = set()  # keys of suggestions decided, not yet stored
        self._jump: tuple[int, int] = (-1, -1)
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        # Hooks a test can replace; the defaults ask the user.
        self.confirm: Callable[[str, str], bool] = lambda title, text: host.confirm(title, text)
        self.choose_cascade: Callable[[str, str], str | None] = self._ask_cascade
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.panel = AnnotationPanel(host.as_widget())
        self.commitments_model = CommitmentsModel(parent=self)
        self.table_dock: CommitmentsDock | None = None
        self.matrix_dock: MatrixDock | None = None
        self.page_dock: ParticipantPageDock | None = None
        self.participants_list: ParticipantsList | None = None
        self.timeline = TimelineFlow(self)
        # Archive-wide views refresh once after a burst of changes (a, a, a, ... in the panel).
        self._views_timer = QTimer(self, singleShot=True, interval=250)
        self._views_timer.timeout.connect(self.refresh_views)
        self._connect_panel()

    # -- binding ----------------------------------------------------------------------------

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session."""
        self.pending.clear()
        self._index = None
        self.ops = None
        if session is not None:
            ops = self.ops = annotation_ops(session)
            ops.changed.connect(partial(self._changed_in, ops))
            session.events.document_deleted.connect(self._document_deleted)
            # an undo, redo or restore (from the window's Edit menu or its History view)
            session.events.history_changed.connect(
                lambda change: self._changed(list(change.documents) if change else [], "")
            )
        self.panel.show_document(None)
        self.commitments_model.set_ops(self.ops)
        if self.page_dock is not None:
            self.page_dock.show_page(None)
        self.timeline.refresh_if_shown()
        self.bound.emit()

    def participant_index(self) -> ParticipantIndex:
        """Names and aliases for the pickers (rebuilt after a change)."""
        if self._index is None:
            assert self.ops is not None
            self._index = ParticipantIndex(self.ops.participants(), self.ops.aliases())
        return self._index

    def message(self, text: str, ms: int = 5000) -> None:
        """A line in the status bar."""
        self.host.show_message(text, ms)

    # -- the open document -----------------------------------------------------------------

    def load(self, doc_id: int | None) -> None:
        """Fill the panel and the reader's marks for a document."""
        if self.ops is None or doc_id is None:
            self.panel.show_document(None)
            return
        if len(self.host.document_text()) > LONG_TEXT:  # seconds of suggestions: not here
            self.panel.show_document(None)
            ops, failed = self.ops, lambda _exc: self.panel.show_document(None)
            self.host.when_text_laid_out(  # dropped when another text is shown first
                lambda: ops.document_annotations_later(doc_id, self._loaded, failed)
            )
            return
        try:
            data = self.ops.document_annotations(doc_id)
        except ArchiverError:
            self.panel.show_document(None)
            return
        self._fill(data)

    def _loaded(self, data: DocumentAnnotations) -> None:
        if self.host.current_document_id() == data.doc_id:  # not another one opened since
            self._fill(data)

    def _fill(self, data: DocumentAnnotations) -> None:
        self.panel.show_document(data, self.pending)
        self._mark(data)
        self.loaded.emit(data.doc_id)

    def _mark(self, data: DocumentAnnotations) -> None:
        if self.host.current_document_id() != data.doc_id:
            return
        marks: list[tuple[int, int, Any]] = [
            (s, e, participant_color(p.participant_id))
            for p in data.participants
            for s, e in p.spans
        ]
        marks += [(c.start, c.end, status_color(c.status)) for c in data.commitments
                  if c.start is not None and c.end is not None]  # fmt: skip
        marks += [(m.start, m.end, MEMO_COLOR) for m in data.memos  # last: over the others
                  if m.start is not None and m.end is not None]  # fmt: skip
        self.host.set_marks(marks)

    def _changed_in(self, ops: AnnotationOps, docs: list[int], label: str) -> None:
        if ops is self.ops:  # not a change from the archive shown before
            self._changed(docs, label)

    def _changed(self, docs: list[int], label: str) -> None:
        self._index = None
        self.host.refresh_annotation_query()
        current = self.host.current_document_id()
        if current is not None and (not docs or current in docs):
            self.load(current)
        elif current is None:
            self.panel.show_document(None)
        self._views_timer.start()

    def _document_deleted(self, doc_id: int) -> None:
        if self.panel.doc_id == doc_id:
            self.panel.show_document(None)
        self.refresh_views()

    def refresh_views(self) -> None:
        """Reload the archive-wide views that are open."""
        if self.table_dock is not None and self.table_dock.isVisible():
            self.commitments_model.reload()
        if self.matrix_dock is not None and self.matrix_dock.isVisible() and self.ops:
            self.matrix_dock.model.set_matrix(self.ops.matrix())
        if self.page_dock is not None and self.page_dock.isVisible():
            self.show_participant(self.page_dock.pid)
        self.timeline.refresh_if_shown()

    # -- panel decisions --------------------------------------------------------------------

    def _connect_panel(self) -> None:
        p = self.panel
        p.accept_requested.connect(lambda key: self._decide(key, accept=True))
        p.reject_requested.connect(lambda key: self._decide(key, accept=False))
        p.reject_everywhere_requested.connect(
            lambda key: self._decide(key, accept=False, everywhere=True)
        )
        p.confirm_all_requested.connect(self.confirm_all)
        p.jump_requested.connect(self.jump)
        p.untag_requested.connect(self.untag)
        p.edit_requested.connect(self.edit_commitment)
        p.delete_requested.connect(self.delete_commitment)

    def _decide(self, key: str, accept: bool, everywhere: bool = False) -> None:
        doc = self.panel.doc_id
        if self.ops is None or doc is None:
            return
        self.pending.add(key)
        self.panel.drop_suggestion(self.panel.suggested_view.currentIndex().row())
        settle = lambda *_a: self.pending.discard(key)  # noqa: E731
        if accept:
            self.ops.confirm_suggestion(doc, key, on_done=settle, on_error=settle)
        else:
            self.ops.reject_suggestion(doc, key, everywhere, on_done=settle, on_error=settle)

    def confirm_all(self) -> None:
        """Ctrl+Shift+Enter: accept every suggestion of the open document."""
        doc = self.panel.doc_id
        if self.ops is None or doc is None or not self.panel.suggestions.rowCount():
            return
        ids = {s.key for s in self.panel.suggestions.rows}
        self.pending |= ids
        self.panel.suggestions.set_rows([])
        settle = lambda *_a: self.pending.difference_update(ids)  # noqa: E731
        self.ops.confirm_all(doc, on_done=settle, on_error=settle)
        self.message(self.tr("Confirming %Ln participants…", "", len(ids)), 3000)

    def jump(self, pid: int) -> None:
        """Select the participant's next mention in the reader (Enter again: the one after)."""
        item = next((p for p in self.panel.participants.rows if p.participant_id == pid), None)
        if item is None or not item.spans:
            self.message(self.tr("No marked mention of this participant in the text"), 3000)
            return
        spans = sorted(item.spans)
        last_pid, last = self._jump
        step = (last + 1) % len(spans) if last_pid == pid else 0
        self._jump = (pid, step)
        self.host.select_span(*spans[step])
        name = name_forms(item.name, item.name_ar, item.name_en)[0]
        self.message(self.tr("{0}: mention {1} of {2}").format(
            embed(name), number(step + 1), number(len(spans))), 3000)  # fmt: skip

    def untag(self, pid: int) -> None:
        """Delete on a participant: forget it in this document (Ctrl+Z brings it back)."""
        doc = self.panel.doc_id
        if self.ops is not None and doc is not None:
            self.ops.untag(doc, pid)
            self.message(
                self.tr("Removed from this document ({0} undoes)").format(key_in_text("Ctrl+Z")),
                4000,
            )

    # -- dialogs ---------------------------------------------------------------------------

    def _selection(self) -> tuple[tuple[int, int], str] | None:
        """The reader's selection without spaces or punctuation at its ends (a quote or a name
        picked with Ctrl+Shift+arrows usually brings a comma or a space along)."""
        span, text = self.host.selection_span(), self.host.document_text()
        if span is None:
            return None
        start, end = trim_selection(text, *span)
        return ((start, end), text[start:end]) if start < end else None

    def tag_selection(self) -> None:
        """Ctrl+Shift+P: tag the reader's selection as a participant."""
        doc, selected = self.host.current_document_id(), self._selection()
        if self.ops is None or doc is None or selected is None:
            self.message(self.tr("Select the words in the reader first"), 4000)
            return
        span, words = selected
        index = self.participant_index()
        index.first = self.panel.document_ids()  # listed first when nothing is typed
        inside = [pid for pid, _s, _e in self.panel.named_in(span)]  # الأردنية in الحكومة الأردنية
        dialog = TagDialog(index, words, self.host.as_widget(), likely_kind=self.ops.likely_kind,
                           inside=inside)  # fmt: skip
        dialog.accepted.connect(lambda: self._tagged(dialog, doc, span))
        self._show(dialog)

    def _tagged(self, dialog: TagDialog, doc: int, span: tuple[int, int]) -> None:
        choice = dialog.choice()
        if self.ops is not None and choice is not None:
            who = dialog.chosen_name()  # the dialog is gone when the tag is done
            self.ops.tag_span(doc, span, choice, dialog.add_alias(), dialog.alias_anyway(),
                              on_done=lambda change: self.message(tag_outcome(change, who), 6000))  # fmt: skip

    def record_commitment(self) -> None:
        """Ctrl+Shift+C: a commitment whose quote is the reader's selection."""
        doc = self.host.current_document_id()
        if self.ops is None or doc is None:
            self.message(self.tr("Open a document first"), 4000)
            return
        selected = self._selection()
        span, words = selected if selected else (None, "")
        dialog = CommitmentDialog(self.participant_index(), self.ops.find_participants,
                                  quote=words, document_date=self.ops.document_date(doc),
                                  describe=self._commitment_or_none,
                                  passage=self.ops.passage_commitments(doc, span),
                                  same=partial(self.ops.same_commitment, doc, span),
                                  parent=self.host.as_widget())  # fmt: skip
        if span is not None:  # the actors named inside the quote: sources and recipients
            names = self.participant_index().names
            dialog.prefill(self.host.document_text(), span, self.panel.named_in(span),
                           lambda pid: names.get(pid, []), self.panel.new_people_in(span))  # fmt: skip
        dialog.accepted.connect(lambda: self.ops and self.ops.add_commitment(
            doc, {**dialog.values(), "quote": span}))  # fmt: skip
        self._show(dialog)

    def edit_commitment(self, cid: int) -> None:
        """Enter on a commitment: the same dialog, filled in."""
        if self.ops is None:
            return
        c = self.ops.commitment(cid)
        dialog = CommitmentDialog(self.participant_index(), self.ops.find_participants,
                                  quote=c.quote, existing=c, describe=self._commitment_or_none,
                                  passage=self.ops.passage_commitments(c.document_id, c.span),
                                  same=partial(self.ops.same_after_edit, cid),
                                  parent=self.host.as_widget())  # fmt: skip
        dialog.accepted.connect(
            lambda: self.ops and self.ops.update_commitment(cid, c.document_id, dialog.values())
        )
        self._show(dialog)

    def _commitment_or_none(self, cid: int) -> Commitment | None:
        try:
            return self.ops.commitment(cid) if self.ops else None
        except NotFound:
            return None

    def delete_commitment(self, cid: int) -> None:
        """Delete on a commitment, after confirmation."""
        if self.ops is None:
            return
        c = self.ops.commitment(cid)
        if self.confirm(self.tr("Delete commitment"),
                        self.tr("Delete this commitment?\n\n{0}").format(commitment_tooltip(c))):  # fmt: skip
            self.ops.delete_commitment(cid, c.document_id)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # -- archive-wide views ----------------------------------------------------------------

    @staticmethod
    def _raise(dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        (dock.widget() or dock).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_commitments(self, export_actions: list | None = None) -> CommitmentsDock:
        """The commitments table."""
        if self.table_dock is None:
            self.table_dock = CommitmentsDock(
                self.commitments_model, export_actions or [], self.host.as_widget()
            )
            self.table_dock.open_requested.connect(self.open_commitment)
            self.host.add_bottom_dock(self.table_dock)
        if self.ops is not None:
            self.table_dock.set_index(self.participant_index(), self.ops.find_participants)
        self.commitments_model.set_ops(self.ops)
        self._raise(self.table_dock)
        return self.table_dock

    def show_matrix(self) -> MatrixDock:
        """Participants x categories."""
        if self.matrix_dock is None:
            self.matrix_dock = MatrixDock(self.host.as_widget())
            self.matrix_dock.open_requested.connect(self.open_commitment)
            self.matrix_dock.model.describe = self._describe
            self.host.add_bottom_dock(self.matrix_dock)
        if self.ops is not None:
            self.matrix_dock.model.set_matrix(self.ops.matrix())
            self.matrix_dock.select_first_cell()
        self._raise(self.matrix_dock)
        return self.matrix_dock

    def _describe(self, cid: int) -> str:
        return commitment_tooltip(self.ops.commitment(cid)) if self.ops else ""

    def show_participant_page(self) -> ParticipantPageDock:
        """A participant's page (the one selected in the panel, if any)."""
        if self.page_dock is None:
            self.page_dock = ParticipantPageDock(self.host.as_widget())
            self.page_dock.participant_chosen.connect(self.show_participant)
            self.page_dock.open_document.connect(lambda d: self.host.open_document(d, focus=True))
            self.page_dock.open_commitment.connect(self.open_commitment)
            self.page_dock.delete_requested.connect(self.delete_participant)
            self.page_dock.edit_requested.connect(self.edit_participant)
            self.host.add_bottom_dock(self.page_dock)
        if self.ops is not None:
            self.page_dock.set_index(self.participant_index())
        chosen = self.panel.participants.row(self.panel.participants_view.currentIndex().row())
        if chosen is not None and self.panel.isAncestorOf(self.host.as_widget().focusWidget()):
            self.show_participant(chosen.participant_id)
        self._raise(self.page_dock)
        return self.page_dock

    def show_participant(self, pid: int | None) -> None:
        """Fill the participant page."""
        if self.page_dock is None or self.ops is None:
            return
        try:
            self.page_dock.show_page(self.ops.participant_page(pid) if pid is not None else None)
        except NotFound:  # deleted meanwhile
            self.page_dock.show_page(None)

    def edit_participant(self, pid: int) -> ParticipantEditor | None:
        """The participant editor (from the participant page's Edit… button)."""
        session = self.host.session
        if self.ops is None or session is None:
            return None
        try:
            editor = edit_participant(self.host.as_widget(), session, pid)
        except NotFound:  # deleted meanwhile
            return None
        self.dialog = editor
        editor.finished.connect(lambda _r: setattr(self, "dialog", None))
        return editor

    def show_participants(self) -> ParticipantsList | None:
        """Edit → Participants…: all participants, to edit and merge."""
        session = self.host.session
        if session is None:
            self.message(self.tr("Open an archive first"), 4000)
            return None
        self.participants_list = show_participants_list(self.host.as_widget(), session)
        return self.participants_list

    def open_commitment(self, cid: int) -> None:
        """Open the commitment's document with its quote selected."""
        if self.ops is None:
            return
        c = self.ops.commitment(cid)
        self.host.open_document(c.document_id, focus=True)
        if c.start is not None and c.end is not None:
            self.host.select_span(c.start, c.end)

    def delete_participant(self, pid: int) -> None:
        """Delete a participant after asking; its commitments are detached or deleted, never left."""
        if self.ops is None:
            return
        name = self.participant_index().by_id.get(pid)
        label = shown_name(name) if name else f"p{pid}"
        used = self.ops.count_commitments(actor=pid, role=None)
        if used:
            mode = self.choose_cascade(
                self.tr("Delete participant"),
                self.tr("{0} is an actor of %Ln commitments. Take {0} off them (a commitment "
                        "left with no actor is deleted) or delete those commitments too?", "",
                        used).format(embed(label)),
            )  # fmt: skip
            if mode not in ("detach", "delete"):
                return
            cascade: bool | str = mode
        else:
            if not self.confirm(self.tr("Delete participant"),
                                self.tr("Delete {0}, its aliases and its mentions? {1} undoes it.").format(embed(label), key_in_text("Ctrl+Z"))):  # fmt: skip
                return
            cascade = False
        self.ops.remove_participant(pid, cascade, on_done=lambda _docs: self.message(
            self.tr("Deleted {0}").format(embed(label)), 5000))  # fmt: skip
        if self.page_dock is not None and self.page_dock.pid == pid:
            self.page_dock.show_page(None)

    def _ask_cascade(self, title: str, text: str) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.host.as_widget())
        detach = box.addButton(
            self.tr("Take off the commitments"), QMessageBox.ButtonRole.AcceptRole
        )
        delete = box.addButton(
            self.tr("Delete the commitments too"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "detach" if clicked is detach else "delete" if clicked is delete else None

    # -- exports ---------------------------------------------------------------------------

    def export(self, what: str, fmt: str, suggested: str) -> None:
        """Ask for a file, then write the export on a worker."""
        if self.ops is None:
            return
        path = self.ask_save_path(self.tr("Export"), suggested)
        if not path:
            return
        self.message(self.tr("Exporting…"), 0)

        def done(written: str) -> None:
            self.message(self.tr("Exported to {0}").format(isolate(written)), 6000)
            self.exported.emit(written)

        self.ops.export(what, fmt, Path(path), on_done=done)

    def _ask_save_path(self, title: str, suggested: str) -> str:
        suffix = Path(suggested).suffix.lstrip(".")
        return file_dialogs.save_file(self.host.as_widget(), self.host.settings, title,
                                      suggested, f"{suffix.upper()} (*.{suffix})")  # fmt: skip
