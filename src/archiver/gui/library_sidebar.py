"""The library sidebar: a dock with the archive's collections, saved searches, tags,
participants, recent imports and the trash, in one keyboard-navigable tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMenu, QStyle, QTreeView, QWidget

from archiver.gui.library_model import KEY_ROLE, KIND_ROLE, LibraryModel
from archiver.services.library_nodes import Node, NodeKind, Section

CHOOSE_AFTER_MS = 250  # moving through the tree by keyboard filters once the cursor rests
# Rows that act only when asked (Enter, a click): opening the trash is a dialog.
_ON_REQUEST = (NodeKind.TRASH.value, NodeKind.SECTION.value)
RENAMABLE = (NodeKind.COLLECTION.value, NodeKind.SAVED.value, NodeKind.TAG.value)


_KEYS = {Qt.Key.Key_Return: "choose", Qt.Key.Key_Enter: "choose", Qt.Key.Key_F2: "edit",
         Qt.Key.Key_Delete: "delete", Qt.Key.Key_Insert: "new"}  # fmt: skip


class LibraryTree(QTreeView):
    """The tree: type-ahead (Qt's keyboard search), Enter chooses, F2 renames, Del deletes."""

    key_action = Signal(str)  # "choose", "edit", "delete", "new"
    moved = Signal()  # the user moved the cursor by keyboard (arrows, type-ahead)

    @staticmethod
    def _action_of(event: QKeyEvent) -> str | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        return _KEYS.get(Qt.Key(event.key()))

    def event(self, event: QEvent) -> bool:
        """F2 and Del here are the sidebar's, not the window's (edit details, delete document)."""
        overriding = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if overriding and self._action_of(event) is not None:  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, F2, Del and Insert act on the current row; other keys move or type ahead."""
        action = self._action_of(event)
        if action is not None:
            self.key_action.emit(action)
            return
        before = self.currentIndex()
        super().keyPressEvent(event)
        if self.currentIndex() != before:
            self.moved.emit()


class LibrarySidebar(QDockWidget):
    """What the user chooses here, the flow (``gui/library_flow.py``) carries out."""

    chosen = Signal(str, object)  # kind, key: show these documents (or open the trash)
    edit_requested = Signal(str, object)  # F2: rename, or the participant editor
    delete_requested = Signal(str, object)  # Del on a collection, saved search or tag
    new_collection_requested = Signal(object)  # the parent collection's id, or None
    menu_requested = Signal(str, object, QMenu)  # the context menu, to be filled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySidebar")
        self.setWindowTitle(self.tr("Library"))
        self.model = LibraryModel()
        self.tree = LibraryTree()
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.setMinimumWidth(160)
        self.setWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._choose_timer = QTimer(self, singleShot=True, interval=CHOOSE_AFTER_MS)
        self._choose_timer.timeout.connect(self._choose_resting)
        self.tree.clicked.connect(lambda index: self._choose(index, now=True))
        self.tree.key_action.connect(self._key_action)
        # Only the user's moves choose (a row set by a refresh or by the flow never does).
        self.tree.moved.connect(self._choose_timer.start)

    def set_nodes(self, nodes: list[Node]) -> None:
        """Show these rows, keeping the current row and the open branches where they were."""
        current = self.current()
        expanded = {self._ref(i) for i in self.model.rows() if self.tree.isExpanded(i)}
        first = self.model.rowCount() == 0
        self.model.set_nodes(nodes)
        self._fit_headings()
        for index in self.model.rows():
            heading = index.data(KIND_ROLE) == NodeKind.SECTION.value
            if self._ref(index) in expanded or (first and heading):
                self.tree.setExpanded(index, True)
        if current is not None:
            found = self.model.find(*current)
            if found.isValid():
                self.tree.setCurrentIndex(found)

    def _fit_headings(self) -> None:
        """Wide enough for every heading whole ("Saved searches (none yet)" in any language)."""
        bold = self.tree.font()
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(t) for t in self.model.section_labels()),
                     default=0)  # fmt: skip
        scrollbar = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.tree.indentation() + 2 * self.tree.frameWidth() + scrollbar + 12
        self.tree.setMinimumWidth(max(160, widest + room))

    @staticmethod
    def _ref(index: QModelIndex) -> tuple[str, object]:
        return index.data(KIND_ROLE), index.data(KEY_ROLE)

    def current(self) -> tuple[str, object] | None:
        """(kind, key) of the current row."""
        index = self.tree.currentIndex()
        return self._ref(index) if index.isValid() else None

    def select(self, kind: str, key: object) -> bool:
        """Make this record's row current (without choosing it); False when not listed."""
        found = self.model.find(kind, key)
        if found.isValid():
            self.tree.setCurrentIndex(found)
        return found.isValid()

    def _choose_resting(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) not in _ON_REQUEST:
            self._choose(index, now=True)

    def _choose(self, index: QModelIndex, now: bool) -> None:
        self._choose_timer.stop()
        if index.isValid() and index.data(KIND_ROLE) != NodeKind.SECTION.value:
            self.chosen.emit(*self._ref(index))

    def _key_action(self, action: str) -> None:
        index = self.tree.currentIndex()
        kind, key = self._ref(index) if index.isValid() else ("", None)
        if action == "choose":
            if kind == NodeKind.PARTICIPANT.value:  # Enter edits a participant; moving filters
                self.edit_requested.emit(kind, key)
            elif kind == NodeKind.SECTION.value:
                self.tree.setExpanded(index, not self.tree.isExpanded(index))
            else:
                self._choose(index, now=True)
        elif action == "edit" and kind in (*RENAMABLE, NodeKind.PARTICIPANT.value):
            self.edit_requested.emit(kind, key)
        elif action == "delete" and kind in RENAMABLE:
            self.delete_requested.emit(kind, key)
        elif action == "new":
            self.new_collection_requested.emit(self._collection_parent(kind, key))

    @staticmethod
    def _collection_parent(kind: str, key: object) -> object:
        return key if kind == NodeKind.COLLECTION.value else None

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        kind, key = self._ref(index) if index.isValid() else ("", None)
        menu = QMenu(self)
        menu.setObjectName("libraryMenu")
        self.menu_requested.emit(kind, key, menu)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def focus_section(self, section: Section) -> None:
        """Put the cursor on a heading (the flow does, after creating the first record)."""
        self.select(NodeKind.SECTION.value, section.value)
