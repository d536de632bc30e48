"""Editing participants: names in both scripts, aliases, kind, parent (no cycles), and merging
two into one; every change undoable and typed."""

from __future__ import annotations

import pytest

from archiver.core.annotations.participants import ParentCycle
from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import Invalid, NotFound, UnknownParticipant

TEXT = (
    "قال الرئيس إيمانويل ماكرون إن فرنسا مستعدة لمراقبة وقف إطلاق النار، "
    "وأكد ماكرون أن الجمهورية الفرنسية سترسل مراقبين."
)


def _doc(archive: Archive, write, name: str = "a.txt", text: str = TEXT) -> int:  # type: ignore[no-untyped-def]
    return archive.import_paths([write(name, text)], keep_duplicates=True).imported[0].id


def _rows(archive: Archive) -> dict[str, list[tuple]]:
    tables = ("participant", "participant_alias", "span", "mention", "commitment_actor",
              "uuid_alias")  # fmt: skip
    return {t: sorted(tuple(r) for r in archive.db.execute(f"SELECT * FROM {t}")) for t in tables}


def _aliases(archive: Archive, pid: int) -> set[str]:
    return {a.alias for a in archive.annotations.participants.aliases(pid)}


def test_the_gazetteer_gives_english_names(archive: Archive) -> None:
    france = archive.annotations.participants.resolve("France")
    assert (france.name_en, france.name_ar) == ("France", "فرنسا")


def test_names_in_both_scripts_are_renames_that_keep_the_old_ones(archive: Archive) -> None:
    people = archive.annotations.participants
    person = people.add("ماكرون", "person", name_ar="ماكرون")
    edited = people.update(person.id, name="Emmanuel Macron", name_en="Emmanuel Macron",
                           name_ar="إيمانويل ماكرون")  # fmt: skip
    assert (edited.name, edited.name_en, edited.name_ar) == (
        "Emmanuel Macron", "Emmanuel Macron", "إيمانويل ماكرون")  # fmt: skip
    assert {"ماكرون", "Emmanuel Macron", "إيمانويل ماكرون"} <= _aliases(archive, person.id)
    change = archive.annotations.journal.latest
    assert change is not None and change.kind is ChangeKind.RENAME_PARTICIPANT
    assert people.resolve("Emmanuel Macron") == people.resolve("ماكرون") == edited
    archive.annotations.journal.undo_last()
    back = people.get(person.id)
    assert (back.name, back.name_en, back.name_ar) == ("ماكرون", "", "ماكرون")
    assert _aliases(archive, person.id) == {"ماكرون"}


def test_kind_and_english_name_are_checked_and_found(archive: Archive) -> None:
    people = archive.annotations.participants
    person = people.add("Kaja Kallas")
    with pytest.raises(Invalid, match="unknown kind 'planet'; one of: state"):
        people.update(person.id, kind="planet")
    people.update(person.id, kind="person", name_en="Kaja Kallas")
    assert people.get(person.id).kind == "person"
    assert people.resolve("kaja kallas").id == person.id


def test_a_parent_under_the_participant_is_refused_naming_the_chain(archive: Archive) -> None:
    people = archive.annotations.participants
    eu = people.add("European Union", "organisation")
    commission = people.add("European Commission", "organisation", parent=eu.id)
    kallas = people.add("Kaja Kallas", "person", parent=commission.id)
    before = _rows(archive)
    with pytest.raises(ParentCycle) as caught:
        people.update(eu.id, parent_id=kallas.id)
    assert str(caught.value) == (
        f"Kaja Kallas (p{kallas.id}) cannot be the parent of European Union: it is under "
        f"European Union already (European Union (p{eu.id}) → European Commission "
        f"(p{commission.id}) → Kaja Kallas (p{kallas.id}))"
    )
    with pytest.raises(ParentCycle, match="cannot be its own parent"):
        people.update(eu.id, parent_id=eu.id)
    with pytest.raises(UnknownParticipant):
        people.update(eu.id, parent_id=999999)
    assert _rows(archive) == before
    people.update(kallas.id, parent_id=eu.id)  # up the tree is fine
    assert people.get(kallas.id).parent_id == eu.id
    people.update(kallas.id, parent_id=None)
    assert people.get(kallas.id).parent_id is None


def test_unalias_drops_one_alias_and_undo_brings_it_back(archive: Archive) -> None:
    people = archive.annotations.participants
    person = people.add("Emmanuel Macron", "person", aliases=["Macron", "ماكرون"])
    change = people.unalias(person.id, " Macron ")
    assert change.kind is ChangeKind.REMOVE_ALIAS and change.names == ("Macron",)
    assert _aliases(archive, person.id) == {"Emmanuel Macron", "ماكرون"}
    with pytest.raises(NotFound, match=r"Emmanuel Macron \(p\d+\) has no alias 'Macron'"):
        people.unalias(person.id, "Macron")
    archive.annotations.journal.undo_last()
    assert "Macron" in _aliases(archive, person.id)


def _two_macrons(archive: Archive, write) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """Two participants for one man, both coded in two documents; (keep, other, doc, doc2)."""
    ann, people = archive.annotations, archive.annotations.participants
    doc, doc2 = _doc(archive, write), _doc(archive, write, "b.txt", TEXT + " وفي لندن.")
    france = people.resolve("France")
    keep = people.add("Emmanuel Macron", "person", name_en="Emmanuel Macron")
    other = people.add("ماكرون", "person", name_ar="ماكرون", parent=france.id)
    member = people.add("Macron's office", "organisation", parent=other.id)
    start = TEXT.index("ماكرون")
    ann.mentions.tag_span(doc, start, start + 6, keep.id, add_alias=False)
    ann.mentions.tag_span(doc, start, start + 6, other.id, add_alias=False)  # the same place
    second = TEXT.index("ماكرون", start + 1)
    ann.mentions.tag_span(doc, second, second + 6, other.id, add_alias=False)
    ann.mentions.reject(doc2, keep.id)
    ann.mentions.confirm(doc2, other.id)  # confirmed there under the other name
    archive.commitments.add(doc, [keep.id], category="monitoring", status="offered")
    archive.commitments.add(doc, [other.id, france.id], category="troops", status="pledged")
    archive.commitments.add(doc, [keep.id, other.id], category="military", status="offered")
    assert member.parent_id == other.id
    return keep.id, other.id, doc, doc2


def test_merge_moves_everything_and_folds_what_would_be_twice(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    keep, other, doc, doc2 = _two_macrons(archive, write)
    people = archive.annotations.participants
    before = _rows(archive)
    change = people.merge(keep, other)
    assert change.kind is ChangeKind.MERGE_PARTICIPANTS
    assert change.participants == (keep, other) and change.names == ("Emmanuel Macron", "ماكرون")
    assert set(change.documents) == {doc, doc2} and len(change.commitments) == 2
    assert change.extra["folded"] == 3  # a mention twice, a rejection, a role twice
    with pytest.raises(UnknownParticipant):
        people.get(other)
    kept = people.get(keep)
    assert (kept.name, kept.name_ar, kept.name_en) == (
        "Emmanuel Macron",
        "ماكرون",
        "Emmanuel Macron",
    )
    assert kept.parent_id is None  # its own (none) stays; the other's parent is not taken
    assert "ماكرون" in _aliases(archive, keep)
    assert [m.name for m in people.members(keep)] == ["Macron's office"]
    mentions = archive.annotations.mentions
    spans = next(p.spans for p in mentions.participants_in(doc) if p.participant_id == keep)
    assert len(spans) == len(set(spans)) == 2
    assert keep in {p.participant_id for p in mentions.participants_in(doc2)}
    assert not any(s.participant_id == keep for s in mentions.suggestions(doc2, include_decided=True)
                   if s.state == "rejected")  # fmt: skip
    actors = [[a.participant_id for a in c.actors]
              for c in archive.commitments.list_commitments(role=None, order="document")]  # fmt: skip
    assert sorted(map(sorted, actors)) == sorted(
        [[keep], sorted([keep, people.resolve("France").id]), [keep]]
    )
    assert {h.id for h in archive.search(f"participant:p{keep}").hits} == {doc, doc2}
    assert people.resolve("ماكرون").id == keep
    archive.annotations.journal.undo_last()
    assert _rows(archive) == before
    archive.annotations.journal.redo_last()
    assert people.resolve("ماكرون").id == keep


def test_merge_refuses_itself_and_the_unknown(archive: Archive) -> None:
    people = archive.annotations.participants
    one = people.add("One")
    with pytest.raises(Invalid, match=r"One \(p\d+\) cannot be merged with itself"):
        people.merge(one.id, one.id)
    with pytest.raises(UnknownParticipant):
        people.merge(one.id, 999999)


def test_merging_a_parent_into_its_member_lifts_the_member(archive: Archive) -> None:
    people = archive.annotations.participants
    top = people.add("Top", "organisation")
    mid = people.add("Mid", "organisation", parent=top.id)
    low = people.add("Low", "person", parent=mid.id)
    people.merge(low.id, mid.id)
    assert people.get(low.id).parent_id == top.id


def test_an_edit_of_fields_and_aliases_is_one_step(archive: Archive) -> None:
    people = archive.annotations.participants
    person = people.add("Macron", "other", aliases=["M."])
    before = _rows(archive)
    change = people.edit(person.id, name="Emmanuel Macron", kind="person",
                         add_aliases=["ماكرون", " "], remove_aliases=["M.", "Macron"])  # fmt: skip
    assert change is not None and change.kind is ChangeKind.UPDATE_PARTICIPANT
    assert change.extra["fields"] == ["name", "kind", "aliases"]  # said in its label
    assert _aliases(archive, person.id) == {"Emmanuel Macron", "ماكرون"}
    assert people.edit(person.id, name="Emmanuel Macron") is None  # nothing to change
    with pytest.raises(Invalid, match="only stop words"):
        people.edit(person.id, add_aliases=["في"])
    with pytest.raises(NotFound):
        people.edit(person.id, kind="state", remove_aliases=["Nobody"])
    assert people.get(person.id).kind == "person"  # nothing half-stored
    one = people.edit(person.id, add_aliases=["Macron"])
    assert one is not None and one.kind is ChangeKind.ADD_ALIAS and one.names == ("Macron",)
    archive.annotations.journal.undo_last()
    archive.annotations.journal.undo_last()
    assert _rows(archive) == before
