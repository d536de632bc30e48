"""Labels of journaled changes, built from their kind and ids (no sentence parsed back)."""

from __future__ import annotations

from archiver.core.changes import Change, ChangeKind
from archiver.gui.annotations.change_labels import change_label


def test_labels_name_participants_by_their_current_name(qapp) -> None:
    confirm = Change(ChangeKind.CONFIRM, 4, participants=(12,), documents=(3,), names=("France",))
    assert change_label(confirm, {12: "French Republic"}) == "confirm French Republic in #3"
    assert change_label(confirm, {}) == "confirm France in #3"  # deleted since: as recorded
    rename = Change(ChangeKind.RENAME_PARTICIPANT, participants=(12,), names=("France", "FR"))
    assert change_label(rename, {12: "FR"}) == "rename France to FR"
    added = Change(ChangeKind.ADD_COMMITMENT, participants=(12,), commitments=(5,), documents=(3,))
    assert change_label(added, {}) == "commitment in #3"
    legacy = Change(ChangeKind.LEGACY, extra={"label": "tag p12 in #3"})
    assert change_label(legacy, {12: "France"}) == "tag p12 in #3"


def test_every_kind_has_a_label(qapp) -> None:
    for kind in ChangeKind:
        change = Change(kind, participants=(1,), commitments=(2,), documents=(3,), names=("a", "b"))
        assert change_label(change, {1: "X"})


def test_a_confirm_all_counts_participants_or_names_the_one(qapp) -> None:
    """ "confirm 14 participants in #1"; one participant by name, not "1 participant"."""
    many = Change(ChangeKind.CONFIRM_ALL, participants=tuple(range(1, 15)), documents=(1,))
    assert change_label(many, {}) == "confirm 14 participants in #1"
    one = Change(ChangeKind.CONFIRM_ALL, participants=(12,), documents=(3,))
    assert change_label(one, {12: "France"}) == "confirm France in #3"
