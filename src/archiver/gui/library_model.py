"""The library sidebar's item model: rows built from the services' nodes, each naming a record
by id; dropping documents on a collection or a tag asks to put them there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cmp_to_key

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from archiver.core.annotations.names import in_order
from archiver.gui import document_drag, language
from archiver.gui.locale_text import isolate, line_mark, local_time, number
from archiver.services.library_nodes import Node, NodeKind, Section

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
DROP_TARGETS = (NodeKind.COLLECTION.value, NodeKind.TAG.value)


class LibraryModel(QStandardItemModel):
    """Headings (collections, saved searches, tags, participants, recent imports) and records."""

    dropped = Signal(str, object, list)  # kind, key, document ids

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(1)

    def set_nodes(self, nodes: Sequence[Node]) -> None:
        """Replace every row."""
        self.clear()
        root = self.invisibleRootItem()
        for node in nodes:
            if node.kind is NodeKind.SECTION and node.key == Section.PARTICIPANTS.value:
                node = replace(node, children=tuple(_by_shown_name(node.children)))
            root.appendRow(self._item(node))

    def section_labels(self) -> list[str]:
        """The headings as shown (the sidebar is made wide enough for them)."""
        root = self.invisibleRootItem()
        return [root.child(row).text() for row in range(root.rowCount())
                if root.child(row).data(KIND_ROLE) == NodeKind.SECTION.value]  # fmt: skip

    def _item(self, node: Node) -> QStandardItem:
        if node.kind is NodeKind.PARTICIPANT and node.detail:  # أوكرانيا, Ukraine in Arabic
            first, other = in_order(language.name_script(), node.label, node.detail)
            node = replace(node, label=first, detail=other)
        item = QStandardItem(self._label(node))
        item.setData(node.kind.value, KIND_ROLE)
        item.setData(node.key, KEY_ROLE)
        item.setEditable(False)
        item.setDropEnabled(node.kind.value in DROP_TARGETS)
        item.setDragEnabled(False)
        if node.kind is NodeKind.MERGE:
            item.setToolTip(self.tr("Brought in by a merge on {0}").format(local_time(node.label)))
        elif node.detail:
            item.setToolTip(node.detail)
        if node.kind is NodeKind.SECTION:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        for child in node.children:
            item.appendRow(self._item(child))
        return item

    def _label(self, node: Node) -> str:
        words = {
            NodeKind.ALL: self.tr("All documents"),
            NodeKind.TRASH: self.tr("Trash"),
            NodeKind.IMPORT: self.tr("Imported {0}").format(local_time(node.label)),
            NodeKind.MERGE: self.tr("Bundle {0}").format(isolate(node.detail))
            if node.detail
            else self.tr("Merged {0}").format(local_time(node.label)),
        }
        if node.kind is NodeKind.SECTION:
            text = _section_titles()[Section(str(node.key))]
            return text if node.children else self.tr("{0} (none yet)").format(text)
        text = words.get(node.kind, node.label)
        if node.count is None:
            return text
        # "ماكرون  (1)" in an English window: the name isolated, so the count stays after it,
        # and the line led by the interface's direction whatever the name's script.
        return line_mark() + self.tr("{0}  ({1})").format(isolate(text), number(node.count))

    def find(self, kind: str, key: object) -> QModelIndex:
        """The row of this record, or an invalid index."""
        for index in self._walk(QModelIndex()):
            if index.data(KIND_ROLE) == kind and index.data(KEY_ROLE) == key:
                return index
        return QModelIndex()

    def _walk(self, parent: QModelIndex) -> list[QModelIndex]:
        found = []
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            found.append(index)
            found += self._walk(index)
        return found

    def rows(self) -> list[QModelIndex]:
        """Every row, depth first."""
        return self._walk(QModelIndex())

    # -- drops ---------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        """Documents dragged from the result list."""
        return [document_drag.DOCUMENTS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        """Documents are linked (copied) to a collection or tag, never moved out of the list."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """On a collection or a tag, documents only."""
        return bool(document_drag.decode(data)) and parent.data(KIND_ROLE) in DROP_TARGETS

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask to put the dropped documents in the collection or under the tag (no row added)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.dropped.emit(parent.data(KIND_ROLE), parent.data(KEY_ROLE), document_drag.decode(data))
        return False  # nothing to remove from the result list


def _by_shown_name(people: Sequence[Node]) -> list[Node]:
    """Participants in the order of the names shown (Arabic names in Arabic order), each
    participant's own people likewise."""
    collator = QCollator(QLocale())
    script = language.name_script()

    def key(node: Node) -> str:
        return in_order(script, node.label, node.detail)[0] if node.detail else node.label

    ordered = sorted(people, key=lambda n: cmp_to_key(collator.compare)(key(n)))
    return [replace(n, children=tuple(_by_shown_name(n.children))) if n.children else n
            for n in ordered]  # fmt: skip


def _section_titles() -> dict[Section, str]:
    return {
        Section.COLLECTIONS: QCoreApplication.translate("LibraryModel", "Collections"),
        Section.SAVED: QCoreApplication.translate("LibraryModel", "Saved searches"),
        Section.TAGS: QCoreApplication.translate("LibraryModel", "Tags"),
        Section.PARTICIPANTS: QCoreApplication.translate("LibraryModel", "Participants"),
        Section.IMPORTS: QCoreApplication.translate("LibraryModel", "Recent imports"),
    }
