"""Side panel keys, tagging, undo focus, deleting participants, the archive-wide views and models."""

from __future__ import annotations

import pytest
from annotation_helpers import controller_of, idle, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key


def pid_of(window, name: str) -> int:  # type: ignore[no-untyped-def]
    return window.session.reader.annotations.participants.resolve(name).id


@pytest.fixture
def recorded(qtbot, annotating):  # type: ignore[no-untyped-def]
    """The article with every suggestion confirmed and two commitments (France+Australia, France)."""
    window, doc = annotating
    ops = controller_of(window).ops
    text = window.session.document(doc).text
    france, australia = pid_of(window, "France"), pid_of(window, "Australia")
    ops.confirm_all(doc)
    start = text.index("فرنسا وأستراليا")
    ops.add_commitment(doc, {"actors": [france, australia], "category": "monitoring",
                             "status": "offered", "quote": (start, start + 15)})  # fmt: skip
    start = text.index("تقود")
    ops.add_commitment(doc, {"actors": [france], "category": "diplomatic", "status": "pledged",
                             "quote": (start, start + 20)})  # fmt: skip
    idle(qtbot, window)
    window.open_document(doc)
    return window, doc


def test_single_keys_decide_and_delete_is_not_delete_document(qtbot, annotating):
    window, doc = annotating
    window.confirm = lambda *_a: pytest.fail("Delete in the panel must not delete the document")
    window.open_document(doc)
    press(qtbot, K.Key_4, ALT)
    panel = controller_of(window).panel
    rejected = panel.suggestions.rows[0].participant_id
    press(qtbot, K.Key_Delete)
    press(qtbot, K.Key_X)
    accepted = panel.suggestions.rows[0].participant_id
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    ann = window.session.reader.annotations
    assert [p.participant_id for p in ann.mentions.participants_in(doc)] == [accepted]
    decided = {
        s.participant_id: s.state for s in ann.mentions.suggestions(doc, include_decided=True)
    }
    assert decided[rejected] == "rejected"
    assert window.session.count() == 1


def test_ctrl_z_reaches_the_undo_action_from_every_pane(qtbot, annotating):
    window, doc = annotating
    controller, history = controller_of(window), window.undo_history
    window.open_document(doc)
    panel = controller.panel
    for target in (window.reader.view, window.results, panel.suggested_view):
        press(qtbot, K.Key_4, ALT)
        name = panel.suggestions.rows[0].name
        press(qtbot, K.Key_A)
        idle(qtbot, window)
        target.setFocus()
        with qtbot.waitSignal(history.undone, timeout=10000) as undone:
            qtbot.keyClick(target, K.Key_Z, CTRL)
        idle(qtbot, window)
        assert undone.args[0] == f"confirm {name} in #{doc}"
        assert not window.session.reader.annotations.mentions.participants_in(doc)
    # then the window's earlier changes: the date set on the document, its import; no more
    for expected in ("edit of «", "import of «"):
        with qtbot.waitSignal(history.undone, timeout=10000) as undone:
            qtbot.keyClick(window.reader.view, K.Key_Z, CTRL)
        idle(qtbot, window)
        assert undone.args[0].startswith(expected)
    assert not window.actions_by_id["undo"].isEnabled()  # nothing left: greyed out
    assert window.actions_by_id["redo"].isEnabled()


def test_tag_selection_existing_and_new_participant(qtbot, annotating):
    window, doc = annotating
    controller, ann = controller_of(window), window.session.reader.annotations
    text = window.session.document(doc).text
    window.open_document(doc)
    start = text.index("قوة لحفظ السلام")
    window.reader.select_span(start, start + len("قوة لحفظ السلام"))
    press(qtbot, K.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.edit and dialog.edit.text() == "قوة لحفظ السلام"
    assert dialog.alias.isChecked(), "the selection becomes an alias by default"
    last = dialog.model.rowCount() - 1
    while dialog.list.currentIndex().row() < last:
        press(qtbot, K.Key_Down)
    press(qtbot, K.Key_N, ALT)  # the kind of the new participant
    qtbot.keyClicks(QApplication.focusWidget(), "or")
    assert dialog.kind.currentData() == "organisation"
    dialog.edit.setFocus()
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    created = ann.participants.resolve("قوة لحفظ السلام")
    assert created.kind == "organisation"
    assert [
        p.spans for p in ann.mentions.participants_in(doc) if p.participant_id == created.id
    ] == [[(start, start + len("قوة لحفظ السلام"))]]

    # an existing participant, found by typing part of an English name over the selection
    start = text.index("كييف")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.select_span(start, start + 4)
    window.reader.view.setFocus()
    press(qtbot, K.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.edit.clear()
    type_text(dialog.edit, "ukra")
    assert dialog.model.index(0, 0).data().startswith("Ukraine")
    press(qtbot, K.Key_Return)
    idle(qtbot, window)
    ukraine = pid_of(window, "Ukraine")
    assert any(p.participant_id == ukraine for p in ann.mentions.participants_in(doc))
    assert any(m == "manual" for m in [p.method for p in ann.mentions.participants_in(doc)])


def test_deleting_a_participant_with_commitments_asks_and_leaves_nothing_dangling(qtbot, recorded):
    window, _doc = recorded
    controller = controller_of(window)
    com, db = window.session.reader.commitments, window.session.reader.db
    france = pid_of(window, "France")
    asked: list[str] = []
    controller.choose_cascade = lambda _title, text: asked.append(text)  # cancel
    controller.show_participant_page()
    controller.show_participant(france)
    controller.page_dock.delete_button.click()
    idle(qtbot, window)
    assert asked and "2 commitment" in asked[0]
    assert com.count(role=None) == 2 and pid_of(window, "France") == france

    controller.choose_cascade = lambda _title, _text: "detach"
    controller.page_dock.delete_button.click()
    idle(qtbot, window)
    assert not window.session.reader.annotations.participants.find("France")
    left = com.list_commitments(role=None)
    assert [[a.name for a in c.actors] for c in left] == [["Australia"]]
    assert not db.execute(
        "SELECT 1 FROM commitment_actor a LEFT JOIN participant p ON p.id = a.participant_id"
        " WHERE p.id IS NULL"
    ).fetchone()
    assert not db.execute(
        "SELECT 1 FROM commitment c WHERE NOT EXISTS"
        " (SELECT 1 FROM commitment_actor a WHERE a.commitment_id = c.id)"
    ).fetchone()
    assert not db.execute("SELECT 1 FROM mention WHERE participant_id = ?", (france,)).fetchone()
    assert not db.execute(
        "SELECT 1 FROM span s WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.span_id = s.id)"
        " AND NOT EXISTS (SELECT 1 FROM commitment c WHERE c.span_id = s.id)"
    ).fetchone()
    assert controller.page_dock.pid is None

    # no commitments: a plain yes/no, and no means no
    japan = pid_of(window, "Japan")
    controller.confirm = lambda _t, _x: False
    controller.delete_participant(japan)
    idle(qtbot, window)
    assert pid_of(window, "Japan") == japan
    controller.confirm = lambda _t, _x: True
    controller.delete_participant(japan)
    idle(qtbot, window)
    assert not window.session.reader.annotations.participants.find("Japan")


def test_commitments_table_filters_and_opens_the_quote(qtbot, recorded):
    window, doc = recorded
    press(qtbot, K.Key_5, ALT)
    dock = controller_of(window).table_dock
    assert dock is not None and dock.isVisible()
    assert QApplication.focusWidget() is dock.table
    assert dock.model.rowCount() == 2
    dock.status.setFocus()
    qtbot.keyClicks(dock.status, "o")
    assert dock.model.rowCount() == 1
    dock.status.setCurrentIndex(0)
    dock.actor.setFocus()
    type_text(dock.actor, "أستراليا")
    press(qtbot, K.Key_Return)
    assert [c.status for c in dock.model.rows] == ["offered"]
    dock.actor.clear()
    type_text(dock.text, "نسا وأست")  # part of the quote, hamza-insensitive
    dock.apply()
    assert dock.model.rowCount() == 1
    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.model.index(0, 0))
    press(qtbot, K.Key_Return)
    assert window.current_document_id() == doc
    assert window.reader.selected_text() == "فرنسا وأستراليا"
    assert window.reader.view.hasFocus()


def test_matrix_and_participant_page_open_by_keyboard(qtbot, recorded):
    window, doc = recorded
    press(qtbot, K.Key_7, ALT)
    dock = controller_of(window).matrix_dock
    model = dock.model
    names = [p.name for p in model.matrix.participants]
    assert names == ["Australia", "France"]
    assert model.matrix.categories == ["monitoring", "diplomatic"]
    cell = model.index(names.index("France"), 1)
    assert cell.data().startswith("pledged") and "2025-07-09" in cell.data()
    assert "pledged" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(names.index("Australia"), 1).data() is None
    dock.view.setCurrentIndex(model.index(names.index("France"), 0))
    press(qtbot, K.Key_Return)
    assert window.reader.selected_text() == "فرنسا وأستراليا"

    press(qtbot, K.Key_6, ALT)
    page = controller_of(window).page_dock
    assert QApplication.focusWidget() is page.picker
    type_text(page.picker, "فرنسا")
    press(qtbot, K.Key_Return)
    assert page.pid == pid_of(window, "France")
    assert "France" in page.title.text() and "فرنسا" in page.aliases.text()
    assert [d.id for d in page.documents.rows] == [doc]
    assert [c.status for c in page.commitments.rows] == ["offered", "pledged"]
    page.documents_view.setFocus()
    press(qtbot, K.Key_Return)
    assert window.current_document_id() == doc


def test_models_pass_the_model_tester(qtbot, qtmodeltester, recorded):
    window, _doc = recorded
    controller = controller_of(window)
    panel = controller.panel
    for model in (panel.suggestions, panel.participants, panel.commitments):
        qtmodeltester.check(model, force_py=False)
    from archiver.gui.annotations.commitments_model import CommitmentsModel

    model = CommitmentsModel(controller.ops, page=1)  # no view attached: views fetch on reset
    model.reload()
    assert model.rowCount() == 1 and model.canFetchMore()
    qtmodeltester.check(model, force_py=False)
    model.fetchMore()
    assert model.rowCount() == 2 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.order == "oldest"
    qtmodeltester.check(model, force_py=False)
    qtmodeltester.check(controller.show_matrix().model, force_py=False)
