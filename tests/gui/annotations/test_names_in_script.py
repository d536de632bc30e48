"""A participant with a name in both scripts is shown by the form in the interface's script first
(one rule, core.annotations.names): in Arabic the suggestion, its state, the document's
participants and the pickers read إيمانويل ماكرون · فرنسا first; in English Emmanuel Macron · France.
Real archive, real panel and picker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archiver.core.archive import Archive
from archiver.gui.annotations.panel import AnnotationPanel, actors_text
from archiver.gui.annotations.pickers import ParticipantIndex
from archiver.gui.library_model import LibraryModel
from archiver.services.annotation_ops import DocumentAnnotations
from archiver.services.library_nodes import Node, NodeKind

# Our own sentence, in the manner of the news reports the archive holds.
TEXT = "قمة باريس\n\nقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستشارك في المراقبة.\n"


@pytest.fixture
def macron(tmp_path: Path) -> Iterator[tuple[Archive, int]]:
    """An archive where Emmanuel Macron (English name first, Arabic name beside it) is France's
    president, and an Arabic article naming him; (archive, document id)."""
    with Archive.open(tmp_path / "archive") as archive:
        ann = archive.annotations
        france = ann.participants.resolve("France")
        ann.participants.add("Emmanuel Macron", "person", name_ar="إيمانويل ماكرون",
                             parent=france.id, role="President")  # fmt: skip
        path = tmp_path / "paris.txt"
        path.write_text(TEXT, encoding="utf-8")
        yield archive, archive.import_paths([path]).imported[0].id


def _panel(archive: Archive, doc: int) -> AnnotationPanel:
    mentions = archive.annotations.mentions
    panel = AnnotationPanel()
    data = DocumentAnnotations(doc, mentions.suggestions(doc), mentions.participants_in(doc), [])
    panel.show_document(data)
    return panel


def _at(model, name_column: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name_column)


def _row(model, name_column: str) -> list[str]:  # type: ignore[no-untyped-def]
    row = _at(model, name_column)
    return [model.data(model.index(row, c)) for c in range(3)]


def _headers(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]


def _confirm(archive: Archive, doc: int) -> None:
    archive.annotations.mentions.confirm(
        doc, archive.annotations.participants.resolve("Emmanuel Macron").id
    )


def test_the_arabic_interface_names_the_person_and_the_state_in_arabic_first(
    arabic: QApplication, macron: tuple[Archive, int]
) -> None:
    archive, doc = macron
    panel = _panel(archive, doc)
    assert _headers(panel.suggestions) == ["الاسم", "الدور", "بالإنجليزية"]
    assert _row(panel.suggestions, "إيمانويل ماكرون") == [
        "إيمانويل ماكرون", "الرئيس · فرنسا", "Emmanuel Macron"]  # fmt: skip
    assert _row(panel.suggestions, "فرنسا")[2] == "France"  # a state too
    at = panel.suggestions.index(_at(panel.suggestions, "إيمانويل ماكرون"), 0)
    tip = panel.suggestions.data(at, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("إيمانويل ماكرون · Emmanuel Macron")
    _confirm(archive, doc)
    panel.deleteLater()
    panel = _panel(archive, doc)
    assert _row(panel.participants, "إيمانويل ماكرون")[1] == "Emmanuel Macron"
    ann = archive.annotations
    index = ParticipantIndex(ann.participants.all(), ann.participants.aliases())
    assert "إيمانويل ماكرون — Emmanuel Macron" in index.labels()
    assert "فرنسا — France" in index.labels()
    assert [e.label for e in index.filter("Macron")] == ["إيمانويل ماكرون — Emmanuel Macron"]
    panel.deleteLater()


def test_the_english_interface_keeps_the_english_name_first(
    qapp: QApplication, macron: tuple[Archive, int]
) -> None:
    archive, doc = macron
    panel = _panel(archive, doc)
    assert _headers(panel.suggestions) == ["Name", "Role", "Arabic"]
    assert _row(panel.suggestions, "Emmanuel Macron") == [
        "Emmanuel Macron", "President · France", "إيمانويل ماكرون"]  # fmt: skip
    _confirm(archive, doc)
    panel.deleteLater()
    panel = _panel(archive, doc)
    assert _row(panel.participants, "Emmanuel Macron")[1] == "إيمانويل ماكرون"
    ann = archive.annotations
    index = ParticipantIndex(ann.participants.all(), ann.participants.aliases())
    assert "Emmanuel Macron — إيمانويل ماكرون" in index.labels()
    panel.deleteLater()


def test_a_name_known_in_one_script_only_is_shown_alone(qapp: QApplication, tmp_path: Path) -> None:
    """A person stored by their Arabic name with an English name beside it (name_en) reads
    English first in the English interface; one with no other form is shown as it is."""
    with Archive.open(tmp_path / "archive") as archive:
        ann = archive.annotations
        ann.participants.add("فولوديمير زيلينسكي", "person", name_en="Volodymyr Zelensky")
        ann.participants.add("كايا كالاس", "person")
        labels = ParticipantIndex(ann.participants.all(), ann.participants.aliases()).labels()
    assert "Volodymyr Zelensky — فولوديمير زيلينسكي" in labels and "كايا كالاس" in labels


def test_the_sidebar_and_the_actors_follow_the_same_rule(arabic: QApplication) -> None:
    from archiver.core.annotations.model import Actor, Commitment

    model = LibraryModel()
    model.set_nodes([Node(NodeKind.PARTICIPANT, 3, "Ukraine", 2, detail="أوكرانيا")])
    item = model.item(0)
    assert "أوكرانيا" in item.text() and "Ukraine" not in item.text()
    assert item.toolTip() == "Ukraine"
    pledge = Commitment(1, 1, "pledge", "military", "pledged", "troops",
                        [Actor(1, "France", "source", "فرنسا"), Actor(2, "Ukraine", "target", "أوكرانيا")])  # fmt: skip
    assert actors_text(pledge).startswith("فرنسا، أوكرانيا (")


def test_history_names_the_participant_in_the_interfaces_script(qtbot, arabic, annotating) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+H in Arabic: «وسم فرنسا في #1», not «وسم France في #1» (F15)."""
    from annotation_helpers import controller_of, idle

    window, doc = annotating
    ops = controller_of(window).ops
    france = window.session.reader.annotations.participants.resolve("France")
    assert france.name_ar == "فرنسا" and france.name == "France"
    start = window.session.document(doc).text.index("فرنسا")
    ops.tag_span(doc, (start, start + 5), france.id, False, False)
    idle(qtbot, window)
    dialog = window.undo_history.show_history()
    labels = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    tagged = [label for label in labels if "فرنسا" in label]
    assert tagged and not any("France" in label for label in labels), labels
    dialog.close()


def test_the_sidebar_sorts_participants_by_the_shown_name_and_fits_its_headings(
    qtbot, arabic
) -> None:  # type: ignore[no-untyped-def]
    """Arabic: أستراليا، الاتحاد الأوروبي، الدنمارك، فنلندا، كندا — not in the English order; the
    headings whole, «(لا شيء)» included (F15)."""
    from PySide6.QtGui import QFontMetrics

    from archiver.gui.library_sidebar import LibrarySidebar
    from archiver.services.library_nodes import Section

    people = [("Australia", "أستراليا"), ("Canada", "كندا"), ("Denmark", "الدنمارك"),
              ("European Union", "الاتحاد الأوروبي"), ("Finland", "فنلندا")]  # fmt: skip
    nodes = [Node(NodeKind.PARTICIPANT, i, en, 1, detail=ar) for i, (en, ar) in enumerate(people)]
    sections = [Node(NodeKind.SECTION, Section.SAVED.value, ""),
                Node(NodeKind.SECTION, Section.PARTICIPANTS.value, "", children=tuple(nodes))]  # fmt: skip
    sidebar = LibrarySidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_nodes(sections)
    heading = sidebar.model.item(1)
    shown = [heading.child(row).text() for row in range(heading.rowCount())]
    order = [next(ar for _en, ar in people if ar in text) for text in shown]
    assert order == ["أستراليا", "الاتحاد الأوروبي", "الدنمارك", "فنلندا", "كندا"]
    saved = sidebar.model.item(0).text()
    assert "(لا شيء)" in saved
    bold = sidebar.tree.font()
    bold.setBold(True)
    assert sidebar.tree.minimumWidth() > QFontMetrics(bold).horizontalAdvance(saved)
