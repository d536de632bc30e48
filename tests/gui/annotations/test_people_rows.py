"""The panel's suggestion rows for people from their titles: a new person is accepted by key
(created with parent and role), and Shift+X turns a suggestion down everywhere."""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import controller_of, idle, press
from PySide6.QtCore import Qt

K, ALT, SHIFT = Qt.Key, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = ("أعلنت روما دعمها، وقال الرئيس الأوكراني فولوديمير زيلينسكي إن كييف ممتنة.\n"
        "وأكد زيلينسكي ذلك.\n")  # fmt: skip


def _open(qtbot, window, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.txt"
    path.write_text(TEXT, encoding="utf-8")
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(path)])
    doc = reports[0].imported[0].id
    idle(qtbot, window)
    window.open_document(doc)
    press(qtbot, K.Key_4, ALT)
    return doc


def _row(panel, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, s in enumerate(panel.suggestions.rows) if s.name == name)


def test_a_new_person_row_is_accepted_by_key(qtbot, annotating, tmp_path: Path) -> None:
    window, _ = annotating
    doc = _open(qtbot, window, tmp_path)
    panel = controller_of(window).panel
    row = _row(panel, "فولوديمير زيلينسكي")
    model = panel.suggestions
    assert model.data(model.index(row, 0)) == "فولوديمير زيلينسكي"
    assert model.data(model.index(row, 1)) == "new: President · Ukraine"
    panel.suggested_view.select_row(row)
    press(qtbot, K.Key_A)
    idle(qtbot, window)
    ann = window.session.reader.annotations
    [person] = ann.participants.all("person")
    assert (person.name_ar, person.role) == ("فولوديمير زيلينسكي", "President")
    assert person.parent_id == ann.participants.resolve("Ukraine").id
    assert [len(p.spans) for p in ann.mentions.participants_in(doc)] == [2]


def test_shift_x_rejects_everywhere_and_x_here(qtbot, annotating, tmp_path: Path) -> None:
    window, _ = annotating
    doc = _open(qtbot, window, tmp_path)
    panel = controller_of(window).panel
    panel.suggested_view.select_row(_row(panel, "Italy"))
    press(qtbot, K.Key_X, SHIFT)
    idle(qtbot, window)
    ann = window.session.reader.annotations
    assert [(b.participant, b.alias, b.document_id) for b in ann.blocks.all()] == [
        ("Italy", "روما", None)
    ]
    panel.suggested_view.select_row(_row(panel, "فولوديمير زيلينسكي"))
    press(qtbot, K.Key_X)
    idle(qtbot, window)
    names = {s.name for s in ann.mentions.suggestions(doc)}
    assert "Italy" not in names and "فولوديمير زيلينسكي" not in names
    assert [b.document_id for b in ann.blocks.all()] == [None, doc]
