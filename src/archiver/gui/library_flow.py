"""The library sidebar at work in a window: what choosing a row shows, the records made,
renamed and deleted from it, documents dropped on it, and its refresh after every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QStyle, QWidget

from archiver.core.changes import Change
from archiver.core.errors import NotFound
from archiver.gui import language
from archiver.gui.actions import Spec
from archiver.gui.bulk_actions import BulkActions, path_example, undo_key
from archiver.gui.library_sidebar import LibrarySidebar
from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, local_time
from archiver.services.library_nodes import Node, NodeKind, Section
from archiver.services.library_ops import ImportBatch, LibraryOps
from archiver.services.operations import ArchiveSession
from archiver.services.organise_ops import OrganiseOps

if TYPE_CHECKING:
    from archiver.gui.annotations.controller import AnnotationController
    from archiver.gui.mainwindow import MainWindow

MENU = QT_TRANSLATE_NOOP("actions", "Library")
SPECS = (
    Spec("toggle_library", QT_TRANSLATE_NOOP("actions", "Library sidebar"), ("Ctrl+B",), MENU, QT_TRANSLATE_NOOP("actions", "Show or hide the library sidebar")),
    Spec("focus_library", QT_TRANSLATE_NOOP("actions", "Go to the library"), ("Alt+1",), MENU,
         QT_TRANSLATE_NOOP("actions", "Collections, saved searches, tags, participants, recent imports, trash")),
    Spec("save_search", QT_TRANSLATE_NOOP("actions", "Save search…"), ("Ctrl+S",), MENU,
         QT_TRANSLATE_NOOP("actions", "Keep the query under a name; choosing it in the sidebar runs it again")),
    Spec("new_collection", QT_TRANSLATE_NOOP("actions", "New collection…"), ("Ctrl+Alt+L",), MENU),
)  # fmt: skip
SIDEBAR_WIDTH = 210  # px at the first run; the user's width is kept after that
SIDEBAR_MAX = 320  # px: a first width never wider, whatever the language
Ask = Callable[[str, str, str, list[str] | None], str | None]


def ask_text(
    parent: QWidget, title: str, label: str, text: str, choices: list[str] | None
) -> str | None:
    """A line of text, or one of ``choices`` (typing another is allowed); None when cancelled."""
    if choices is not None:
        current = choices.index(text) if text in choices else 0
        value, ok = QInputDialog.getItem(parent, title, label, choices, current, True)
    else:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else None


def field_value(text: str) -> str:
    """A value as a query field takes it: quoted when it holds spaces (quotes dropped)."""
    plain = text.replace('"', "")
    return f'"{plain}"' if any(c.isspace() for c in plain) else plain


class LibraryFlow(QObject):
    """One per main window; follows its archive session."""

    def __init__(self, window: MainWindow, annotations: AnnotationController) -> None:
        super().__init__(window)
        self.window, self.annotations = window, annotations
        self.ops: LibraryOps | None = None
        self.bulk: BulkActions | None = None
        self.sidebar = LibrarySidebar(window)
        window.addDockWidget(language.dock_area(start=True), self.sidebar)
        # Hooks a test may replace: the questions asked, the participant editor.
        self.ask: Ask = lambda title, label, text, choices: ask_text(
            window, title, label, text, choices)  # fmt: skip
        self.edit_participant: Callable[[int], None] = self._edit_participant
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._select_next: tuple[str, object] | None = None  # a record just made
        self._refresh_timer.timeout.connect(self.refresh)
        handlers = {"toggle_library": self.toggle, "focus_library": self.focus,
                    "save_search": self.save_search, "new_collection": lambda: self.new_collection(None)}  # fmt: skip
        self.actions = {spec.id: window.add_action(spec, handlers[spec.id]) for spec in SPECS}
        sidebar = self.sidebar
        sidebar.chosen.connect(self.choose)
        sidebar.edit_requested.connect(self.edit)
        sidebar.delete_requested.connect(self.delete)
        sidebar.new_collection_requested.connect(self.new_collection)
        sidebar.model.dropped.connect(self.drop)
        sidebar.menu_requested.connect(self.fill_menu)
        window.session_closing.connect(lambda _old: self.bind(None))
        window.session_changed.connect(self.bind)
        window.imports.progressed.connect(self.refresh_soon)  # the counts, as a batch stores
        self.bind(window.session)

    @property
    def organise(self) -> OrganiseOps | None:
        """Tags, collections and saved searches of the archive shown (through the panel's ops)."""
        ops = self.annotations.ops
        return OrganiseOps(ops) if ops is not None else None

    def bind(self, session: ArchiveSession | None) -> None:
        """Follow another archive session: its records, and every change to them."""
        self.ops = LibraryOps(session) if session is not None else None
        if session is not None:
            events = session.events
            for signal in (events.documents_added, events.document_deleted, events.history_changed,
                           events.annotations_changed, events.index_rebuilt):  # fmt: skip
                signal.connect(self.refresh_soon)
        self.refresh()

    def refresh_soon(self, *_args: Any) -> None:
        """Refresh once after a burst of changes."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the sidebar's rows again (on the read pool; shown when they arrive)."""
        self._refresh_timer.stop()
        if self.window.session is None:  # the archive was let go (the window closes)
            self.ops = None
        if self.ops is None:
            self.sidebar.set_nodes([])
            return
        ops = self.ops
        ops.contents_later(lambda nodes: self._show_nodes(ops, nodes))

    def _show_nodes(self, ops: LibraryOps, nodes: list[Node]) -> None:
        if self.ops is not ops:  # let go (or another archive opened) while they were read
            return
        self.sidebar.set_nodes(nodes)
        if self._select_next is not None and self.sidebar.select(*self._select_next):
            self._select_next = None

    def toggle(self) -> None:
        """F9: show or hide the sidebar."""
        self.sidebar.setVisible(not self.sidebar.isVisible())
        if self.sidebar.isVisible():
            self.focus()

    def focus(self) -> None:
        """Alt+1: show the sidebar and put the keyboard in its tree."""
        self.sidebar.show()
        self.sidebar.raise_()
        self.sidebar.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.sidebar.tree.currentIndex().isValid():
            self.sidebar.select(NodeKind.ALL.value, None)

    def message(self, text: str) -> None:
        """A passing line in the status bar."""
        self.window.show_message(text, 6000)

    # -- choosing ---------------------------------------------------------------------------

    def choose(self, kind: str, key: object) -> None:
        """Show what the row stands for: a query in the search bar, a list, or the trash."""
        window = self.window
        if self.ops is None:
            return
        if kind == NodeKind.TRASH.value:
            window.undo_history.show_trash()
        elif kind in (NodeKind.IMPORT.value, NodeKind.MERGE.value):
            batch = self.ops.import_batch(int(str(key)))
            if batch is not None:
                window.search_bar.set_query("", run=False)
                window.model.show_list(batch.documents)  # its live ones come from the read pool
                self.message(self._batch_words(batch))
        else:
            query = self._query_for(kind, key)
            if query is not None:
                window.model.listed = None  # "All documents" after a batch: every one again
                window.search_bar.forget_last()  # chosen again: run again (a saved search, live)
                window.search_bar.set_query(query)

    def _batch_words(self, batch: ImportBatch) -> str:
        """What the status bar says of a recent import's or merge's documents, listed."""
        count, at = batch.live, local_time(batch.at)
        if batch.merged and batch.bundle:
            return self.tr("%Ln documents brought in by the bundle {0}", "", count).format(
                isolate(batch.bundle))  # fmt: skip
        if batch.merged:
            return self.tr("%Ln documents brought in by the merge of {0}", "", count).format(at)
        return self.tr("%Ln documents of the import of {0}", "", count).format(at)

    def _query_for(self, kind: str, key: object) -> str | None:
        assert self.ops is not None
        ann = self.ops.session.reader.annotations
        try:
            if kind == NodeKind.ALL.value:
                return ""
            if kind == NodeKind.COLLECTION.value:
                return f"collection:{field_value(ann.collections.get(int(str(key))).path)}"
            if kind == NodeKind.SAVED.value:
                return ann.saved.get(int(str(key))).query
            if kind == NodeKind.TAG.value:
                return f"tag:{field_value(str(key))}"
            if kind == NodeKind.PARTICIPANT.value:
                return f"participant:{field_value(ann.participants.get(int(str(key))).name)}"
        except NotFound:  # gone since the rows were read
            self.refresh_soon()
        return None

    # -- records ----------------------------------------------------------------------------

    def save_search(self) -> None:
        """Ctrl+S: keep the query in the search bar under a name."""
        query, organise = self.window.search_bar.text().strip(), self.organise
        if organise is None:
            return
        if not query:
            self.message(self.tr("Type a query first, then save it"))
            return
        name = self.ask(
            self.tr("Save search"), self.tr("A name for «{0}»:").format(isolate(query)), "", None
        )
        if name:
            organise.add_saved(name, query, on_done=lambda change: self._made(
                change, NodeKind.SAVED, "saved_search", self.tr("Saved search “{0}”").format(isolate(name))))  # fmt: skip

    def new_collection(self, parent: object) -> None:
        """A new collection (under ``parent``, a collection id, when given)."""
        organise = self.organise
        if organise is None:
            return
        label = path_example(self.tr("Name ({0} makes {1} inside {2}):"))
        name = self.ask(self.tr("New collection"), label, "", None)
        if name:
            organise.add_collection(name, parent=parent if isinstance(parent, int) else None,
                                    on_done=lambda change: self._made(
                                        change, NodeKind.COLLECTION, "collection",
                                        self.tr("Collection “{0}” made").format(isolate(name))))  # fmt: skip

    def _made(self, change: Change, kind: NodeKind, extra: str, text: str) -> None:
        self.message(text)
        if extra in change.extra:  # selected once the rows that hold it are read
            self._select_next = (kind.value, change.extra[extra])
        self.refresh()

    def edit(self, kind: str, key: object) -> None:
        """F2: rename a collection, saved search or tag; the editor for a participant."""
        organise = self.organise
        if kind == NodeKind.PARTICIPANT.value:
            self.edit_participant(int(str(key)))
            return
        if organise is None or self.ops is None:
            return
        ann = self.ops.session.reader.annotations
        title = self.tr("Rename")
        try:
            if kind == NodeKind.COLLECTION.value:
                old = ann.collections.get(int(str(key))).name
                new = self.ask(title, self.tr("New name of the collection:"), old, None)
                if new and new != old:
                    organise.rename_collection(int(str(key)), new)
            elif kind == NodeKind.SAVED.value:
                old = ann.saved.get(int(str(key))).name
                new = self.ask(title, self.tr("New name of the saved search:"), old, None)
                if new and new != old:
                    organise.rename_saved(int(str(key)), new)
            elif kind == NodeKind.TAG.value:
                new = self.ask(title, self.tr("New name of the tag (its children follow):"),
                               str(key), None)  # fmt: skip
                if new and new != key:
                    organise.rename_tag(str(key), new)
        except NotFound:
            self.refresh_soon()

    def delete(self, kind: str, key: object) -> None:
        """Del: a collection (with those inside it), a saved search or a tag; Ctrl+Z undoes."""
        organise = self.organise
        if organise is None:
            return
        undo = self.tr("{0} brings it back").format(undo_key())
        if kind == NodeKind.COLLECTION.value:
            organise.delete_collection(int(str(key)), on_done=lambda change: self.message(
                self.tr("Deleted collection “{0}” ({1}); its documents stay").format(
                    isolate(", ".join(change.names)), undo)))  # fmt: skip
        elif kind == NodeKind.SAVED.value:
            organise.remove_saved(int(str(key)), on_done=lambda change: self.message(
                self.tr("Deleted saved search “{0}” ({1})").format(isolate(", ".join(change.names)), undo)))  # fmt: skip
        elif kind == NodeKind.TAG.value:
            organise.delete_tag(str(key), on_done=lambda _change: self.message(
                self.tr("Deleted tag “{0}” from every document ({1})").format(isolate(key), undo)))  # fmt: skip

    def drop(self, kind: str, key: object, ids: list[int]) -> None:
        """Documents dropped on a collection go in it; on a tag, they get it."""
        organise = self.organise
        if organise is None or not ids:
            return
        if kind == NodeKind.COLLECTION.value:
            organise.collect(int(str(key)), ids, on_done=lambda change: self.message(
                self.tr("Put %Ln documents in “{0}”", "", len(ids)).format(isolate(", ".join(change.names)))))  # fmt: skip
        elif kind == NodeKind.TAG.value:
            organise.tag(ids, [str(key)], on_done=lambda _change: self.message(
                self.tr("Tagged %Ln documents “{0}”", "", len(ids)).format(isolate(key))))  # fmt: skip

    def _edit_participant(self, pid: int) -> None:
        session = self.window.session
        if session is not None:
            from archiver.gui.annotations.participant_editor import edit_participant

            edit_participant(self.window, session, pid)

    # -- the context menu ---------------------------------------------------------------------

    def fill_menu(self, kind: str, key: object, menu: QMenu) -> None:
        """What a right-click on a row offers."""
        parent = key if kind == NodeKind.COLLECTION.value else None
        anywhere = kind in (NodeKind.COLLECTION.value, "")
        if anywhere or (kind == NodeKind.SECTION.value and key == Section.COLLECTIONS.value):
            menu.addAction(self.tr("New collection…"), lambda: self.new_collection(None))
        if kind == NodeKind.COLLECTION.value:
            menu.addAction(self.tr("New collection inside…"), lambda: self.new_collection(parent))
        if kind == NodeKind.SAVED.value:
            menu.addAction(self.tr("Replace its query with the search bar's"),
                           lambda: self._update_saved(int(str(key))))  # fmt: skip
        if kind in (NodeKind.COLLECTION.value, NodeKind.SAVED.value, NodeKind.TAG.value):
            menu.addAction(self.tr("Rename…"), lambda: self.edit(kind, key))
            menu.addAction(self.tr("Delete"), lambda: self.delete(kind, key))
        if kind == NodeKind.PARTICIPANT.value:
            menu.addAction(self.tr("Edit participant…"), lambda: self.edit(kind, key))

    def _update_saved(self, sid: int) -> None:
        query, organise = self.window.search_bar.text().strip(), self.organise
        if query and organise is not None:
            organise.update_saved(sid, query)


def first_width(sidebar: LibrarySidebar) -> int:
    """The sidebar's width at the first run: slim, yet wide enough for its headings in the
    interface's language (Arabic headings run longer than English ones)."""
    font = sidebar.tree.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    model = sidebar.model
    headings = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
    widest = max((metrics.horizontalAdvance(text) for text in headings), default=0)
    return min(max(SIDEBAR_WIDTH, widest + 2 * sidebar.tree.indentation()), SIDEBAR_MAX)


def install(window: MainWindow, annotations: AnnotationController) -> LibraryFlow:
    """The sidebar at the start of the line, the bulk actions on the results, and the Library menu."""
    flow = LibraryFlow(window, annotations)
    save = flow.actions["save_search"]  # also a button at the end of the search bar
    save.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
    window.search_bar.addAction(save, QLineEdit.ActionPosition.TrailingPosition)
    if window.settings.get("window/state").isEmpty():  # the first run: a slim sidebar
        window.resizeDocks([flow.sidebar], [first_width(flow.sidebar)], Qt.Orientation.Horizontal)
    flow.bulk = BulkActions(flow)
    menu = QMenu(QCoreApplication.translate("menus", "&Library"), window)
    menu.setObjectName(f"menu{MENU}")
    for action in flow.actions.values():
        menu.addAction(action)
    menu.addSeparator()
    for action in flow.bulk.actions.values():
        menu.addAction(action)
    annotations_menu = window.findChild(QMenu, "menuAnnotations")
    if annotations_menu is not None:  # File Edit Go View Library Annotations … Help
        window.menuBar().insertMenu(annotations_menu.menuAction(), menu)
    else:
        window.add_menu(menu)
    return flow
