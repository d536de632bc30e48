"""A participant merged or edited in one copy arrives merged and edited in another, by bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from archiver.core.errors import UnknownParticipant

TEXT = "قال ماكرون إن فرنسا مستعدة لمراقبة وقف إطلاق النار، وأكد الرئيس ماكرون ذلك."


def _coding(archive: Archive) -> list[tuple[str, str, int, int]]:
    """(participant, method, start, end) of every mention, by names not ids."""
    rows = archive.db.execute(
        'SELECT p.name, m.method, s.start, s."end" FROM mention m JOIN participant p'
        " ON p.id = m.participant_id LEFT JOIN span s ON s.id = m.span_id"
    )
    return sorted((r[0], r[1], r[2] or 0, r[3] or 0) for r in rows)


def test_a_merge_and_an_edit_travel_in_a_bundle(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        doc = a.import_paths([write("a.txt", TEXT)]).imported[0].id
        people = a.annotations.participants
        keep = people.add("Emmanuel Macron", "person", name_en="Emmanuel Macron")
        other = people.add("ماكرون", "other", name_ar="ماكرون")
        first, second = TEXT.index("ماكرون"), TEXT.rindex("ماكرون")
        a.annotations.mentions.tag_span(doc, first, first + 6, keep.id, add_alias=False)
        a.annotations.mentions.tag_span(doc, first, first + 6, other.id, add_alias=False)
        a.annotations.mentions.tag_span(doc, second, second + 6, other.id, add_alias=False)
        a.commitments.add(doc, [other.id], category="monitoring", status="offered")
        export(a, tmp_path / "one.zip")
        import_bundle(b, tmp_path / "one.zip")
        assert len({row[0] for row in _coding(b)}) == 2

        people.merge(keep.id, other.id)
        people.update(keep.id, parent_id=people.resolve("France").id, name_ar="إيمانويل ماكرون")
        export(a, tmp_path / "two.zip")
        report = import_bundle(b, tmp_path / "two.zip")
        assert report.conflicts == [] and report.skipped == []

        theirs = b.annotations.participants
        kept = theirs.resolve("Emmanuel Macron")
        assert theirs.resolve("ماكرون") == kept  # the other's name is an alias there too
        assert (kept.name_ar, kept.kind) == ("إيمانويل ماكرون", "person")
        assert theirs.get(kept.parent_id or 0).name == "France"
        assert (
            _coding(b)
            == _coding(a)
            == [
                ("Emmanuel Macron", "manual", first, first + 6),
                ("Emmanuel Macron", "manual", second, second + 6),
            ]
        )
        actors = [x.name for c in b.commitments.list_commitments(role=None) for x in c.actors]
        assert actors == ["Emmanuel Macron"]
        assert [p.name for p in theirs.all() if p.name == "ماكرون"] == []
        with pytest.raises(UnknownParticipant):
            a.annotations.participants.get(other.id)


def test_a_merge_meeting_coding_of_the_merged_away_one_keeps_it_as_a_conflict(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        doc = a.import_paths([write("a.txt", TEXT)]).imported[0].id
        keep = a.annotations.participants.add("Emmanuel Macron", "person")
        other = a.annotations.participants.add("ماكرون", "person")
        first, second = TEXT.index("ماكرون"), TEXT.rindex("ماكرون")
        a.annotations.mentions.tag_span(doc, first, first + 6, other.id, add_alias=False)
        export(a, tmp_path / "one.zip")
        import_bundle(b, tmp_path / "one.zip")
        theirs = b.annotations.participants.resolve("ماكرون")
        (b_doc,) = b.document_ids()
        b.annotations.mentions.tag_span(b_doc, second, second + 6, theirs.id, add_alias=False)
        a.annotations.participants.merge(keep.id, other.id)
        export(a, tmp_path / "two.zip")
        report = import_bundle(b, tmp_path / "two.zip")
        assert [(c.field, c.label) for c in report.conflicts] == [("(deleted)", "ماكرون")]
        assert _coding(b) == [
            ("Emmanuel Macron", "manual", first, first + 6),
            ("ماكرون", "manual", second, second + 6),
        ]
        b.annotations.participants.merge(b.annotations.participants.resolve("Emmanuel Macron").id,
                                         theirs.id)  # fmt: skip
        assert {row[0] for row in _coding(b)} == {"Emmanuel Macron"}
