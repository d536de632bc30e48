"""A sidebar row's count stays after its name in reading order, an Arabic name in the English
window or a Latin one in the Arabic window: laid out by Qt's own bidi, as the tree draws it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from archiver.gui.library_model import LibraryModel
from archiver.services.library_nodes import Node, NodeKind

LTR, RTL, AUTO = (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft,
                  Qt.LayoutDirection.LayoutDirectionAuto)  # fmt: skip


def x_of(text: str, position: int, direction: Qt.LayoutDirection) -> float:
    """Where the caret before ``position`` of ``text`` is drawn on one line laid out so."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(position)[0]


def count_after_name(label: str, name: str, reading: Qt.LayoutDirection) -> bool:
    """True when the count's digits come after the whole name in ``reading`` order."""
    count = label.rindex("(") + 1
    for direction in (reading, AUTO):  # the row's own direction, or found from its text
        name_xs = [x_of(label, label.index(name) + i, direction) for i in range(len(name) + 1)]
        count_x = x_of(label, count, direction)
        after = count_x > max(name_xs) if reading == LTR else count_x < min(name_xs)
        if not after:
            return False
    return True


def labels(*nodes: Node) -> list[str]:
    model = LibraryModel()
    model.set_nodes(list(nodes))
    return [model.item(row).text() for row in range(model.rowCount())]


ROWS = (
    Node(NodeKind.PARTICIPANT, 1, "إيمانويل ماكرون", 1),
    Node(NodeKind.TAG, "politics", "politics", 12),
    Node(NodeKind.COLLECTION, 3, "مجموعة أولى", 2),
    Node(NodeKind.TAG, "2024 UN", "2024 الأمم المتحدة", 3),
)


def test_in_the_english_window_the_count_follows_an_arabic_name(qapp) -> None:  # type: ignore[no-untyped-def]
    """ "إيمانويل ماكرون  (1)" reads name first, then "(1)", left to right."""
    for node, label in zip(ROWS, labels(*ROWS), strict=True):
        assert count_after_name(label, node.label, LTR), repr(label)


def test_in_the_arabic_window_the_count_follows_a_latin_name(arabic) -> None:  # type: ignore[no-untyped-def]
    """ "politics  (١٢)" reads name first, then the count, right to left."""
    for node, label in zip(ROWS, labels(*ROWS), strict=True):
        assert count_after_name(label, node.label, RTL), repr(label)
