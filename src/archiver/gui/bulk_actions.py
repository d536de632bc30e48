"""Changes to the selected results at once: tags, collections, source, date, the trash.

Each is one journaled change on the write lane (one Ctrl+Z takes it back), and the views
follow from the change's signals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from archiver.core.annotations.collections import split_path
from archiver.core.dates.typed import read_typed
from archiver.gui.actions import Spec
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate

if TYPE_CHECKING:
    from archiver.gui.library_flow import LibraryFlow

MENU = QT_TRANSLATE_NOOP("actions", "Library")
SPECS = (
    Spec("tag_selected", QT_TRANSLATE_NOOP("actions", "Tag selected documents…"), ("Ctrl+T",), MENU,
         QT_TRANSLATE_NOOP("actions", "Give the selected results one or more free tags (a/b is b under a)")),
    Spec("untag_selected", QT_TRANSLATE_NOOP("actions", "Remove a tag from selected documents…"), (), MENU),
    Spec("collect_selected", QT_TRANSLATE_NOOP("actions", "Add selected documents to a collection…"), ("Ctrl+Shift+L",), MENU),
    Spec("uncollect_selected", QT_TRANSLATE_NOOP("actions", "Remove selected documents from a collection…"), (), MENU),
    Spec("set_source_selected", QT_TRANSLATE_NOOP("actions", "Set the source of selected documents…"), (), MENU),
    Spec("set_date_selected", QT_TRANSLATE_NOOP("actions", "Set the date of selected documents…"), (), MENU),
)  # fmt: skip


DATE_PATTERNS = ("YYYY", "YYYY-MM", "YYYY-MM-DD")  # shown as they are, in any language


def undo_key() -> str:
    """Ctrl+Z as the keyboard shows it, isolated for a sentence (key names stay untranslated)."""
    return isolate(QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText))


_TAG_SEPARATORS = re.compile("[,\u060c\u061b]")  # the comma, the Arabic comma and semicolon


def tag_names(text: str) -> list[str]:
    """The tags typed in one line, split on commas (an Arabic keyboard's ، and ؛ too)."""
    return [name.strip() for name in _TAG_SEPARATORS.split(text) if name.strip()]


def path_example(label: str) -> str:
    """A label's example of a path ("{0} is {1} under {2}") filled in with the example names
    of the interface's language, each isolated so the sentence around keeps its direction."""
    parent = QCoreApplication.translate("PathExample", "a", "the parent in an example path a/b")
    child = QCoreApplication.translate("PathExample", "b", "the child in an example path a/b")
    return label.format(isolate(f"{parent}/{child}"), isolate(child), isolate(parent))


class BulkActions(QObject):
    """The bulk actions of one window, on its selected results."""

    def __init__(self, flow: LibraryFlow) -> None:
        super().__init__(flow)
        self.flow = flow
        window = flow.window
        handlers = {"tag_selected": self.tag, "untag_selected": self.untag,
                    "collect_selected": self.collect, "uncollect_selected": self.uncollect,
                    "set_source_selected": self.set_source, "set_date_selected": self.set_date}  # fmt: skip
        self.actions = {spec.id: window.add_action(spec, handlers[spec.id]) for spec in SPECS}
        results = window.results
        results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        results.customContextMenuRequested.connect(self._context_menu)

    def selected(self) -> list[int]:
        """The selected results (none: a message says to select some)."""
        ids = self.flow.window.results.selected_ids()
        if not ids:
            self.flow.message(self.tr("Select one or more results first"))
        return ids

    def _title(self, ids: list[int]) -> str:
        return self.tr("%Ln selected documents", "", len(ids))

    def _done(self, text: str) -> Callable[[object], None]:
        return lambda _change: self.flow.message(
            self.tr("{0} ({1} takes it back)").format(text, undo_key())
        )

    def tag(self) -> None:
        """Ctrl+T: tags for every selected result, in one change."""
        ids, organise = self.selected(), self.flow.organise
        if not ids or organise is None:
            return
        known = [t.name for t in self.flow.window.session.reader.annotations.tags.all()] \
            if self.flow.window.session else []  # fmt: skip
        label = path_example(self.tr("Tags (comma between two; {0} is {1} under {2}):"))
        text = self.flow.ask(self._title(ids), label, "", known or None)
        names = tag_names(text or "")
        if names:
            organise.tag(ids, names, on_done=self._done(
                self.tr("Tagged %Ln documents “{0}”", "", len(ids)).format(isolate(", ".join(names)))))  # fmt: skip

    def untag(self) -> None:
        """Ctrl+Shift+T: take tags off every selected result, in one change."""
        ids, organise, session = self.selected(), self.flow.organise, self.flow.window.session
        if not ids or organise is None or session is None:
            return
        carried = sorted({t for i in ids for t in session.reader.annotations.tags.of(i)})
        if not carried:
            self.flow.message(self.tr("The selected documents have no tags"))
            return
        text = self.flow.ask(self._title(ids), self.tr("Tag to remove:"), carried[0], carried)
        names = tag_names(text or "")
        if names:
            organise.untag(ids, names, on_done=self._done(
                self.tr("Removed “{0}” from %Ln documents", "", len(ids)).format(isolate(", ".join(names)))))  # fmt: skip

    def _collection_paths(self) -> dict[str, int]:
        session = self.flow.window.session
        found = session.reader.annotations.collections.all() if session is not None else []
        return {c.path: c.id for c in found}

    def collect(self) -> None:
        """Ctrl+Shift+L: put the selected results in a collection (a new path makes it first)."""
        ids, organise = self.selected(), self.flow.organise
        if not ids or organise is None:
            return
        paths = self._collection_paths()
        text = self.flow.ask(self._title(ids), self.tr("Collection (a new name makes it):"),
                             "", sorted(paths) or None)  # fmt: skip
        if not text:
            return
        path = "/".join(split_path(text))
        done = self._done(self.tr("Put %Ln documents in “{0}”", "", len(ids)).format(isolate(path)))
        if path in paths:
            organise.collect(paths[path], ids, on_done=done)
        else:  # made and filled in one change: one Ctrl+Z takes back both
            organise.add_collection(path, doc_ids=ids, on_done=done)

    def uncollect(self) -> None:
        """Take the selected results out of one of their collections, in one change."""
        ids, organise, session = self.selected(), self.flow.organise, self.flow.window.session
        if not ids or organise is None or session is None:
            return
        held = {c.path: c.id for i in ids for c in session.reader.annotations.collections.of(i)}
        if not held:
            self.flow.message(self.tr("The selected documents are in no collection"))
            return
        text = self.flow.ask(self._title(ids), self.tr("Take them out of:"), "", sorted(held))
        if text in held:
            organise.uncollect(held[text], ids, on_done=self._done(
                self.tr("Took %Ln documents out of “{0}”", "", len(ids)).format(isolate(text))))  # fmt: skip

    def set_source(self) -> None:
        """The same source for every selected result, in one change."""
        ids, ops = self.selected(), self.flow.ops
        if not ids or ops is None:
            return
        text = self.flow.ask(self._title(ids), self.tr("Source:"), "", None)
        if text is not None:
            ops.set_details(ids, on_done=self._done(
                self.tr("Source of %Ln documents set", "", len(ids))), source=text)  # fmt: skip

    def set_date(self) -> None:
        """The same publication date for every selected result, in one change (empty clears)."""
        ids, ops = self.selected(), self.flow.ops
        if not ids or ops is None:
            return
        text = self.flow.ask(self._title(ids),
                             self.tr("Publication date ({0}, {1} or {2}; empty clears):").format(
                                 *map(isolate, DATE_PATTERNS)),
                             "", None)  # fmt: skip
        if text is None:
            return
        typed = read_typed(text)
        if text and not typed.iso:
            self.flow.message(
                self.tr("“{0}” is not a date: write {1}, {2} or {3}").format(
                    isolate(text), *map(isolate, DATE_PATTERNS)
                )
            )
            return
        ops.set_details(ids, on_done=self._done(
            self.tr("Date of %Ln documents set", "", len(ids))), published=typed.iso or None)  # fmt: skip

    def _context_menu(self, pos: QPoint) -> None:
        window = self.flow.window
        menu = QMenu(window.results)
        menu.setObjectName("resultsMenu")
        for action_id in ("tag_selected", "untag_selected", "collect_selected",
                          "uncollect_selected", "set_source_selected", "set_date_selected"):  # fmt: skip
            menu.addAction(self.actions[action_id])
        menu.addSeparator()
        menu.addAction(window.actions_by_id["delete_document"])
        menu.exec(window.results.viewport().mapToGlobal(pos))
