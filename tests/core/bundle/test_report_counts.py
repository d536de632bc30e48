"""A bundle import reports the records it stored, not the inserts of changes later undone."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle

AID = "تعهدت ألمانيا بتقديم ثلاثين مليون يورو لدعم اللاجئين في الأردن."
TALKS = "Ministers met in Amman to discuss the water plan for the northern towns."


def _count(archive: Archive, table: str) -> int:
    return int(archive.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_records_added_and_taken_back_in_the_other_copy_are_not_reported_added(
    tmp_path: Path, write
) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "A", author="huda") as a, \
            Archive.open(tmp_path / "B", author="rania") as b:  # fmt: skip
        ids = [
            i.id for i in a.import_paths([write("aid.txt", AID), write("t.txt", TALKS)]).imported
        ]
        notes = a.annotations
        notes.tags.add_many(ids, ["مساعدات"])
        notes.journal.undo_last()  # the tag and its two document tags, taken back
        germany = notes.participants.resolve("Germany").id
        start = AID.index("ألمانيا")
        taken_back = notes.mentions.tag_span(ids[0], start, start + 7, germany, add_alias=False)
        jordan = notes.participants.resolve("Jordan").id
        place = AID.index("الأردن")
        notes.mentions.tag_span(ids[0], place, place + 6, jordan, add_alias=False)
        notes.journal.undo(taken_back.id)  # an older step undone from the history
        export(a, tmp_path / "a.zip")

        report = import_bundle(b, tmp_path / "a.zip")
        assert sorted(report.documents_added) == [1, 2]
        assert "tag" not in report.records_added and "document_tag" not in report.records_added
        assert report.records_added["mention"] == _count(b, "mention") == _count(a, "mention") == 1
        assert report.records_added["span"] == _count(b, "span") == 1
        assert _count(b, "tag") == _count(b, "document_tag") == 0

        again = import_bundle(b, tmp_path / "a.zip")
        assert again.records_added == {}
