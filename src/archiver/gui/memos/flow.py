"""Memos in the window: write one on the reader's selection, the document, or the participant or
commitment chosen in the panel; the memo browser; every change on the write lane."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from archiver.core.annotations.model import Memo, MemoTarget
from archiver.core.errors import NotFound
from archiver.gui.actions import Spec
from archiver.gui.annotations.controller import AnnotationController
from archiver.gui.annotations.host import AnnotationHost
from archiver.gui.annotations.panel import actors_text
from archiver.gui.annotations.terms import embed, key_in_text, status_label
from archiver.gui.locale_text import QT_TRANSLATE_NOOP
from archiver.gui.memos.browser import MemoBrowser, first_line, kind_words
from archiver.gui.memos.dialog import MemoDialog
from archiver.services.annotation_ops import AnnotationOps
from archiver.services.memo_ops import MemoOps

MENU = "Annotations"
SPECS = (
    Spec("write_memo", QT_TRANSLATE_NOOP("actions", "Write memo…"), ("Ctrl+Shift+M",), MENU,
         QT_TRANSLATE_NOOP("actions", "A memo on the reader's selection, else on the document"
                           " (in the panel: on the participant or commitment chosen there)")),
    Spec("show_memos", QT_TRANSLATE_NOOP("actions", "Memos"), ("Alt+9",), MENU,
         QT_TRANSLATE_NOOP("actions", "Every memo: filter, open, edit, delete")),
)  # fmt: skip


class MemoFlow(QObject):
    """One per window, beside the annotation controller (it shares its session's ops)."""

    def __init__(self, host: AnnotationHost, annotations: AnnotationController) -> None:
        super().__init__(host.as_widget())
        self.setObjectName("memoFlow")
        self.host = host
        self.annotations = annotations
        self.browser: MemoBrowser | None = None
        self.dialog: MemoDialog | None = None  # the dialog open now (tests drive it)
        self._ops: tuple[AnnotationOps, MemoOps] | None = None
        self._places: dict[int, str] = {}  # memo id -> the Where column's text
        annotations.panel.memo_requested.connect(self.write_on)
        annotations.bound.connect(self._follow)  # after the controller, never before it

    @property
    def ops(self) -> MemoOps | None:
        """The memo half of the session shown now (None without one)."""
        current = self.annotations.ops
        if current is None:
            return None
        if self._ops is None or self._ops[0] is not current:
            self._ops = (current, MemoOps(current))
            current.changed.connect(lambda *_a: self._refresh())
            current.session.events.history_changed.connect(lambda *_a: self._refresh())
        return self._ops[1]

    def _follow(self) -> None:
        """The controller let go of its ops or took another archive's: so do we."""
        self._ops = None
        if self.dialog is not None:
            self.dialog.close()  # a memo begun in the old archive has nowhere to go
        self._refresh()

    # -- writing ---------------------------------------------------------------------------

    def write_memo(self) -> None:
        """Ctrl+Shift+M: in the panel, on its participant or commitment; in the reader, on the
        selection (exactly those characters, spaces at the ends aside), else on the document."""
        chosen = self.annotations.panel.memo_target()
        if chosen is not None and self.annotations.panel.has_focus():
            self.write_on(*chosen)
            return
        doc = self.host.current_document_id()
        if doc is None:
            self.host.show_message(self.tr("Open a document first"), 4000)
            return
        span, text = self.host.selection_span(), self.host.document_text()
        if span is not None:
            start, end = span
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                where = self.tr("On a quote in document #{0}: {1}")
                self._ask(MemoTarget.on_quote(doc, start, end), where.format(doc, embed(self._title(doc))),
                          text[start:end])  # fmt: skip
                return
        where = self.tr("On document #{0}: {1}")
        self._ask(MemoTarget.on_document(doc), where.format(doc, embed(self._title(doc))))

    def write_on(self, kind: str, record_id: int) -> None:
        """M in the panel: a memo on this participant or commitment."""
        if self.ops is None:
            return
        if kind == "participant":
            person = self.annotations.participant_index().by_id.get(record_id)
            where = self.tr("On participant {0}").format(
                embed(person.name if person else record_id)
            )
            self._ask(MemoTarget.on_participant(record_id), where)
            return
        try:
            c = self.annotations.ops.commitment(record_id) if self.annotations.ops else None
        except NotFound:
            return
        if c is not None:
            where = self.tr("On commitment #{0}: {1} — {2}").format(
                c.id, embed(actors_text(c)), c.what
            )
            self._ask(MemoTarget.on_commitment(record_id), where, c.quote)

    def _title(self, doc: int) -> str:
        return self.ops.document_title(doc) if self.ops else ""

    def _ask(self, target: MemoTarget, where: str, quote: str = "") -> None:
        if self.ops is None:
            return
        dialog = MemoDialog(where, quote, parent=self.host.as_widget())
        dialog.accepted.connect(lambda: self._save_new(target, dialog.text()))
        self._show(dialog)

    def _save_new(self, target: MemoTarget, text: str) -> None:
        if self.ops is not None:
            self.ops.add(target, text, on_done=lambda _m: self.host.show_message(
                self.tr("Memo saved ({0} undoes)").format(key_in_text("Ctrl+Z")), 4000))  # fmt: skip

    def edit(self, memo_id: int) -> None:
        """E or F2 in the browser: the memo's dialog, filled in."""
        if self.ops is None:
            return
        try:
            memo = self.ops.memo(memo_id)
        except NotFound:
            self._refresh()
            return
        where = self.tr("On the {0} {1}").format(kind_words(memo.kind), embed(self._where(memo)))
        dialog = MemoDialog(where, memo.quote, memo.text, self.host.as_widget())
        dialog.accepted.connect(lambda: self.ops and self.ops.edit(memo_id, dialog.text()))
        self._show(dialog)

    def delete(self, memo_id: int) -> None:
        """Delete in the browser: the memo goes at once (Ctrl+Z brings it back)."""
        if self.ops is not None:
            self.ops.remove(memo_id, on_done=lambda _c: self.host.show_message(
                self.tr("Memo deleted ({0} undoes)").format(key_in_text("Ctrl+Z")), 4000))  # fmt: skip

    def _show(self, dialog: MemoDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # -- the browser -----------------------------------------------------------------------

    def show_browser(self) -> MemoBrowser:
        """Alt+9: every memo, the text filter focused."""
        if self.browser is None:
            self.browser = MemoBrowser(self._where, self.host.as_widget())
            self.browser.load = self._load
            self.browser.open_requested.connect(self.open_target)
            self.browser.edit_requested.connect(self.edit)
            self.browser.delete_requested.connect(self.delete)
            self.host.add_bottom_dock(self.browser)
        self._refresh(force=True)
        self.browser.show()
        self.browser.raise_()
        self.browser.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.browser

    def _load(self, **filters: object) -> list[Memo]:
        if self.ops is None:
            return []
        memos = self.ops.memos(**filters)
        self._places = self._places_of(memos)
        return memos

    def _places_of(self, memos: list[Memo]) -> dict[int, str]:
        """What the Where column shows for each memo, read once per reload."""
        ops, people = self.ops, self.annotations.participant_index().by_id
        if ops is None:
            return {}
        titles = {d: ops.document_title(d) for d in {m.document_id for m in memos} if d}
        commitments: dict[int, str] = {}
        for cid in {m.commitment_id for m in memos if m.commitment_id is not None}:
            try:
                c = ops.ops.commitment(cid)
                commitments[cid] = f"#{cid} {actors_text(c)} — {status_label(c.status)}: {c.what}"
            except NotFound:
                commitments[cid] = f"#{cid}"
        places: dict[int, str] = {}
        for m in memos:
            if m.participant_id is not None:
                person = people.get(m.participant_id)
                places[m.id] = person.name if person else f"p{m.participant_id}"
            elif m.commitment_id is not None:
                places[m.id] = commitments[m.commitment_id]
            else:
                places[m.id] = f"#{m.document_id} {titles.get(m.document_id or 0, '')}"
        return places

    def _where(self, m: Memo) -> str:
        return self._places.get(m.id, "")

    def _refresh(self, force: bool = False) -> None:
        if self.browser is None or not (force or self.browser.isVisible()):
            return
        self.browser.set_authors(self.ops.authors() if self.ops else [])
        self.browser.reload()

    def open_target(self, memo_id: int) -> None:
        """Enter in the browser: the document with the quote selected, the commitment's quote,
        or the participant's page."""
        if self.ops is None:
            return
        try:
            m = self.ops.memo(memo_id)
        except NotFound:
            self._refresh()
            return
        if m.kind == "participant" and m.participant_id is not None:
            self.annotations.show_participant_page()
            self.annotations.show_participant(m.participant_id)
        elif m.kind == "commitment" and m.commitment_id is not None:
            self.annotations.open_commitment(m.commitment_id)
        elif m.document_id is not None:
            self.host.open_document(m.document_id, focus=True)
            if m.start is not None and m.end is not None:
                self.host.select_span(m.start, m.end)
        self.host.show_message(self.tr("Memo: {0}").format(first_line(m.text)), 6000)


def install(host: AnnotationHost, annotations: AnnotationController) -> list[QAction]:
    """The memo actions (for the Annotations menu); the flow hangs on the window."""
    flow = MemoFlow(host, annotations)
    handlers = {"write_memo": flow.write_memo, "show_memos": flow.show_browser}
    return [host.add_action(spec, partial(handlers[spec.id])) for spec in SPECS]
