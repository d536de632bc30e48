"""Undo and redo of this window's changes, named in the Edit menu; the History and Trash views.

Ctrl+Z takes back the newest change made in this window since it opened (never an earlier
session's), Ctrl+Shift+Z re-applies the change undone last; the Edit menu names both before
they are pressed. Older changes are taken back from the History view, which warns when later
changes depend on the one chosen, and redoes what an earlier session undid (the one undone
last first, as the journal redoes). Everything runs on the serial lane through ``HistoryOps``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QProgressDialog

from archiver.core.changes import Change
from archiver.core.errors import HasDependents
from archiver.core.trash import TrashSize
from archiver.gui import language
from archiver.gui.annotations.change_labels import change_label
from archiver.gui.history_dialog import HistoryDialog
from archiver.gui.index_status import IndexStatus
from archiver.gui.locale_text import number
from archiver.gui.trash_dialog import TrashDialog, size_text
from archiver.services.history_ops import HistoryOps
from archiver.services.operations import ArchiveSession

D = TypeVar("D", HistoryDialog, TrashDialog)
NATIVE = QKeySequence.SequenceFormat.NativeText

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow


class UndoHistory(QObject):
    """One per main window; follows its archive session."""

    undone = Signal(str)  # the words of what was undone ("" when nothing was)
    redone = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops: HistoryOps | None = None
        self.history_dialog: HistoryDialog | None = None
        self.trash_dialog: TrashDialog | None = None
        self.indexing: QProgressDialog | None = None  # a change's documents being re-indexed
        self.index_status = IndexStatus(window)  # the rest of them, after a Cancel
        # a greyed-out action's keys do nothing: while Undo is greyed, Ctrl+Z says why
        self._greyed_undo = QShortcut(window)
        self._greyed_undo.setEnabled(False)
        self._greyed_undo.activated.connect(self._say_why_greyed)

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session: its undo starts from now."""
        self.ops = HistoryOps(session) if session is not None else None
        self.index_status.bind(session)
        if self.ops is not None:
            self.ops.indexing.connect(self._indexing)
            self.ops.stored.connect(self.window.refresh)  # the list, while the index catches up
        if session is not None:
            session.events.wrote.connect(lambda _what: self.refresh_labels())
            session.events.history_changed.connect(self._history_changed)
        self.refresh_labels()
        self._refresh_views()

    # -- undo and redo ------------------------------------------------------------------------

    def _names(self) -> dict[int, str]:
        return self.ops.names(language.name_script()) if self.ops is not None else {}

    def refresh_labels(self) -> None:
        """Name in the Edit menu what Ctrl+Z and Ctrl+Shift+Z would do now."""
        undo, redo = self.window.actions_by_id["undo"], self.window.actions_by_id["redo"]
        ops = self.ops
        target = ops.undo_target() if ops is not None else None
        again = ops.redo_target() if ops is not None else None
        names = self._names() if target or again else {}
        undo.setText(self.tr("&Undo {0}").format(change_label(target, names)) if target
                     else self.tr("&Undo"))  # fmt: skip
        redo.setText(self.tr("&Redo {0}").format(change_label(again, names)) if again
                     else self.tr("&Redo"))  # fmt: skip
        # greyed out when there is nothing (a new session) or the archive is read-only
        writable = ops is not None and not ops.session.readonly
        undo.setEnabled(writable and target is not None)
        redo.setEnabled(writable and again is not None)
        self._explain_greyed(undo.isEnabled())

    def _why_greyed(self) -> str:
        """Why Ctrl+Z has nothing to take back, and where an earlier change is undone."""
        ops = self.ops
        if ops is not None and ops.session.readonly:
            return self.tr("Nothing to undo: the archive is open read-only")
        if ops is not None and ops.earlier_change() is not None:
            history = self.window.actions_by_id["show_history"].shortcut().toString(NATIVE)
            return self.tr("Nothing to undo in this session: earlier changes are in History "
                           "({0})").format(history)  # fmt: skip
        return self.tr("Nothing to undo")

    def _explain_greyed(self, enabled: bool) -> None:
        undo = self.window.actions_by_id["undo"]
        tip = self.tr("Take back the last change made in this window") if enabled else ""
        if not enabled and self.ops is not None:
            tip = self._why_greyed()
        undo.setToolTip(tip)
        undo.setStatusTip(tip)
        self._greyed_undo.setKeys(undo.shortcuts() if not enabled else [])
        self._greyed_undo.setEnabled(not enabled and self.ops is not None)

    def _say_why_greyed(self) -> None:
        self.window.show_message(self._why_greyed(), 6000)

    def undo(self) -> None:
        """Ctrl+Z: take back the newest change made in this window, and say what it was."""
        if self.ops is not None:
            names = self._names()
            self.ops.undo(on_done=lambda change: self._said(change, names, undo=True))

    def redo(self) -> None:
        """Ctrl+Shift+Z: re-apply the change undone last in this window."""
        if self.ops is not None:
            names = self._names()
            self.ops.redo(on_done=lambda change: self._said(change, names, undo=False))

    def _said(self, change: Change | None, names: dict[int, str], *, undo: bool) -> None:
        signal = self.undone if undo else self.redone
        if change is None:
            self.window.show_message(self._why_greyed() if undo
                                     else self.tr("Nothing to redo"), 6000)  # fmt: skip
            signal.emit("")
            return
        words = change_label(change, names)
        self.window.show_message((self.tr("Undone: {0}") if undo else self.tr("Redone: {0}"))
                                 .format(words), 6000)  # fmt: skip
        signal.emit(words)

    def _indexing(self, done: int, total: int) -> None:
        """The documents of an undo, redo or restore re-indexed so far, with Cancel (shown
        only when it lasts: most changes re-index a few documents at once)."""
        if total == 0:
            if self.indexing is not None:
                self.indexing.reset()
                self.indexing.hide()  # not close(): its closeEvent would say Cancel
                self.indexing.deleteLater()
                self.indexing = None
            return
        if self.indexing is None:
            dialog = QProgressDialog("", self.tr("Cancel"), 0, total, self.window)
            dialog.setObjectName("reindexProgress")
            dialog.setWindowTitle(self.tr("Search index"))
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if self.ops is not None:
                dialog.canceled.connect(self.ops.cancel_indexing)
            self.indexing = dialog
        dialog = self.indexing
        dialog.setMaximum(total)
        dialog.setLabelText(self.tr("Updating the search index: {0} of {1} documents (the "
                                    "change is made; cancelled, the rest is indexed in the "
                                    "background)").format(number(done), number(total)))  # fmt: skip
        dialog.setValue(min(done, total))

    def _history_changed(self, _change: object) -> None:
        self.refresh_labels()
        self._refresh_views()

    # -- the History view ---------------------------------------------------------------------

    def show_history(self) -> HistoryDialog:
        """Ctrl+H: every change, who, when, what, documents; undo a selected one."""
        if self.history_dialog is None:
            self.history_dialog = HistoryDialog(self.window)
            self.history_dialog.undo_requested.connect(self.undo_entry)
            self.history_dialog.redo_requested.connect(self.redo_entry)
        self._fill_history()
        return _present(self.history_dialog)

    def _fill_history(self) -> None:
        if self.history_dialog is not None and self.ops is not None:
            again = self.ops.next_redo()
            self.history_dialog.show_entries(self.ops.history(), self._names(),
                                             again.id if again is not None else None)  # fmt: skip

    def undo_entry(self, entry_id: int) -> None:
        """Take back one change of the history, after a warning when later ones depend on it."""
        if self.ops is None:
            return
        entry = next((e for e in self.ops.history() if e.change.id == entry_id), None)
        if entry is None or entry.undone:
            self.window.show_message(self.tr("That change is undone already"), 4000)
            return
        names = self._names()
        later = self.ops.dependents(entry_id)
        if later:
            listed = "\n".join(f"• {change_label(c, names)}" for c in later[:8])
            more = f"\n• … (+{len(later) - 8})" if len(later) > 8 else ""
            if not self.window.confirm(
                self.tr("Undo an earlier change"),
                self.tr("Later changes depend on “{0}”:\n{1}{2}\n\nUndo it anyway? Those "
                        "changes stay; some of them may no longer undo cleanly.")
                .format(change_label(entry.change, names), listed, more),
            ):  # fmt: skip
                return
        self.ops.undo_entry(entry_id, bool(later), on_done=lambda change: self._said(
            change, names, undo=True), on_error=self._undo_failed)  # fmt: skip

    def redo_entry(self, entry_id: int) -> None:
        """Re-apply an undone change of the history, whichever session undid it (the one
        undone last; the History view says why another cannot be)."""
        if self.ops is None:
            return
        again = self.ops.next_redo()
        if again is None or again.id != entry_id:
            self.window.show_message(self.tr("That change cannot be redone now"), 4000)
            self._fill_history()
            return
        names = self._names()
        self.ops.redo_entry(entry_id, on_done=lambda change: self._said(change, names, undo=False),
                            on_error=lambda _exc: self._fill_history())  # fmt: skip

    def _undo_failed(self, exc: BaseException) -> None:
        if isinstance(exc, HasDependents):  # a change made meanwhile: ask again
            self._fill_history()

    # -- the Trash view -----------------------------------------------------------------------

    def show_trash(self) -> TrashDialog:
        """Ctrl+Shift+T: the deleted documents; restore them, or empty the trash."""
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.window)
            self.trash_dialog.restore_requested.connect(self.restore)
            self.trash_dialog.empty_requested.connect(self.empty_trash)
        self._fill_trash()
        return _present(self.trash_dialog)

    def _fill_trash(self) -> None:
        if self.trash_dialog is not None and self.ops is not None:
            self.trash_dialog.show_items(self.ops.trash_items(), self.ops.trash_size())

    def restore(self, ids: list[int]) -> None:
        """Bring documents back from the trash (Ctrl+Z sends them back)."""
        if self.ops is not None:
            self.ops.restore(ids, on_done=lambda change: self.window.show_message(
                self.tr("Restored: {0}").format(change_label(change, {})), 5000))  # fmt: skip

    def empty_trash(self) -> None:
        """Delete the trash's documents for good, after saying what that frees."""
        if self.ops is None:
            return
        size = self.ops.trash_size()
        if not size.documents:
            return
        docs = self.tr("%Ln documents", "", size.documents)
        if self.window.confirm(
            self.tr("Empty the trash"),
            self.tr("Delete {0} and {1} of original files for good, with their annotations? "
                    "This cannot be undone.").format(docs, size_text(size.bytes)),
        ):  # fmt: skip
            self.ops.empty_trash(on_done=self._emptied)

    def _emptied(self, freed: TrashSize) -> None:
        docs = self.tr("%Ln documents", "", freed.documents)
        self.window.show_message(self.tr("Trash emptied: {0}, {1} freed")
                                 .format(docs, size_text(freed.bytes)), 6000)  # fmt: skip

    def _refresh_views(self) -> None:
        if self.history_dialog is not None and self.history_dialog.isVisible():
            self._fill_history()
        if self.trash_dialog is not None and self.trash_dialog.isVisible():
            self._fill_trash()


def _present(dialog: D) -> D:
    """Show a view (or bring it forward) with the keyboard in its list."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return dialog
