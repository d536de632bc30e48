"""The History view says which changes were merged from another copy; they are not undone alone."""

from __future__ import annotations

from archiver.core.changes import Change, ChangeKind, HistoryEntry
from archiver.gui.history_dialog import HistoryDialog


def test_merged_changes_are_marked_and_cannot_be_undone_alone(qtbot) -> None:
    dialog = HistoryDialog()
    qtbot.addWidget(dialog)
    merge = HistoryEntry(Change(ChangeKind.MERGE, 7, "2026-01-02T10:00:00", count=1), "bashir")
    theirs = HistoryEntry(Change(ChangeKind.ADD_PARTICIPANT, 0, "2026-01-01T09:00:00",
                                 names=("Quartet",)), "amal",
                          merged_from="0f3c2a9e-1111-4222-8333-444455556666")  # fmt: skip
    dialog.show_entries([merge, theirs], {})
    second = dialog.tree.topLevelItem(1)
    assert second is not None
    assert (second.text(1), second.text(2)) == ("amal", "add participant Quartet")
    assert second.text(4) == "merged from copy 0f3c2a9e"
    requested: list[int] = []
    dialog.undo_requested.connect(requested.append)
    dialog.tree.setCurrentItem(second)
    dialog.undo_button.click()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.undo_button.click()
    assert requested == [7]
