"""A result row's snippet, narrower than its text, shows the first hit, not only its start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem

from archiver.gui.delegates import ResultDelegate, first_hit_span, visible_left
from archiver.gui.results_model import RTL_ROLE, SNIPPET_ROLE

AR = (
    "…الخارجية التركي هاكان فيدان إن أنقرة مستعدة للوساطة بين روسيا <b>وأوكرانيا</b>"
    " في المحادثات المقبلة"
)
EN = "…the foreign minister said Ankara stood ready to mediate between Russia and <b>Ukraine</b> soon"


@pytest.mark.parametrize(("html", "rtl"), [(AR, True), (EN, False)])
def test_the_first_hit_is_inside_a_narrow_cell(qtbot, html: str, rtl: bool) -> None:
    doc = ResultDelegate()._document(html, rtl, QFont())
    width = doc.idealWidth()
    hit = first_hit_span(doc)
    assert hit is not None and 0 <= hit[0] < hit[1] <= width
    for cell in (width / 4, width / 2, width + 10):
        left = visible_left(width, cell, hit, rtl)
        assert left <= hit[0] and hit[1] <= left + cell, cell
    # wide enough to show the start and the hit: the start stays where it reads from
    assert visible_left(width, width + 10, hit, rtl) == 0.0
    assert visible_left(width, width, None, rtl) == 0.0


def test_a_narrow_row_paints_its_hit(qtbot) -> None:
    model = QStandardItemModel()
    item = QStandardItem("تصريح وزير الخارجية التركي")
    item.setData(AR, SNIPPET_ROLE)
    item.setData(True, RTL_ROLE)
    model.appendRow(item)
    image = QImage(220, 60, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 220, 60)
    painter = QPainter(image)
    ResultDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    inked = [x for x in range(220) for y in range(30, 60) if image.pixelColor(x, y).value() < 128]
    assert inked and min(inked) < 40 and max(inked) > 180  # the line fills the cell
