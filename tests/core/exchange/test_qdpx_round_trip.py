"""What our QDPX export writes, our import reads back: participants with both names, aliases,
role, kind and parent; documents' authors; and so the same ``participant:`` searches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archiver.core.archive import Archive
from archiver.core.exchange.qdpx.export import export_qdpx
from archiver.core.exchange.qdpx.importing import import_qdpx

ARABIC = "قال الرئيس الفرنسي إيمانويل ماكرون إن تحالف الراغبين سيجتمع في باريس."
MAIL = (
    "From: Amal Haddad <amal@example.org>\nTo: desk@example.org\nSubject: Coalition meeting\n"
    "Date: Tue, 04 Mar 2025 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "The coalition of the willing met in Paris, said Emmanuel Macron.\n"
)
SEARCHES = ("participant:Macron", "participant:ماكرون", 'participant:"Emmanuel Macron"',
            'participant:"تحالف الراغبين"', 'participant:"coalition of the willing"', "participant:France")  # fmt: skip


def _coded(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "macron.txt").write_text(ARABIC, encoding="utf-8")
    (folder / "meeting.eml").write_text(MAIL, encoding="utf-8")
    ar, mail = (d.id for d in archive.import_paths(sorted(folder.iterdir())).imported)
    people = archive.annotations.participants
    france = people.resolve("France").id
    macron = people.add("إيمانويل ماكرون", kind="person", name_ar="إيمانويل ماكرون",
                        name_en="Emmanuel Macron", parent=france, role="President",
                        aliases=["ماكرون", "Macron"])  # fmt: skip
    people.add_alias(macron.id, "الرئيس ماكرون", kind="title")
    coalition = people.add("Coalition of the willing", kind="coalition",
                           aliases=["تحالف الراغبين"])  # fmt: skip
    people.add_alias(coalition.id, "COW", kind="abbreviation", case_sensitive=False)
    for doc, pid in ((ar, macron.id), (ar, coalition.id), (mail, macron.id), (mail, coalition.id)):
        archive.annotations.mentions.confirm(doc, pid)


def _people(archive: Archive) -> dict[str, Any]:
    people = archive.annotations.participants
    found = {}
    for p in people.all():
        if p.gazetteer_key:
            continue
        parent = people.get(p.parent_id).name if p.parent_id else None
        aliases = sorted((a.alias, a.kind, a.case_sensitive) for a in people.aliases(p.id))
        found[p.name] = (p.name_ar, p.name_en, p.kind, p.role, parent, p.notes, aliases)
    return found


def _authors(archive: Archive) -> list[tuple[str, str]]:
    return sorted((d.text.strip(), d.author) for d in map(archive.document, archive.document_ids()))


def test_participants_authors_and_searches_come_back_the_same(
    archive: Archive, tmp_path: Path
) -> None:
    _coded(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    with Archive.open(tmp_path / "fresh") as fresh:
        import_qdpx(fresh, tmp_path / "proj.qdpx")
        assert _people(fresh) == _people(archive)
        assert _authors(fresh) == _authors(archive)
        assert ("The coalition of the willing met in Paris, said Emmanuel Macron.",
                "Amal Haddad") in _authors(fresh)  # the sender (address: its URL)  # fmt: skip
        totals = [archive.search(q).total for q in SEARCHES]
        assert [fresh.search(q).total for q in SEARCHES] == totals
        assert totals[:5] == [2, 2, 2, 2, 2]


def test_a_participant_held_here_takes_the_aliases_it_lacks(
    archive: Archive, tmp_path: Path
) -> None:
    _coded(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    with Archive.open(tmp_path / "other") as other:
        mine = other.annotations.participants.add("Coalition of the willing", kind="coalition")
        report = import_qdpx(other, tmp_path / "proj.qdpx")
        assert report.counts["aliases added"] >= 1
        aliases = {a.alias for a in other.annotations.participants.aliases(mine.id)}
        assert "تحالف الراغبين" in aliases
        assert other.search('participant:"تحالف الراغبين"').total == 2


def test_a_person_held_here_in_the_other_script_is_matched_not_doubled(
    archive: Archive, tmp_path: Path
) -> None:
    _coded(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    with Archive.open(tmp_path / "other") as other:
        france = other.annotations.participants.resolve("France").id
        mine = other.annotations.participants.add("Emmanuel Macron", kind="person",
                                                  parent=france, role="President")  # fmt: skip
        import_qdpx(other, tmp_path / "proj.qdpx")
        people = [p.name for p in other.annotations.participants.all("person")]
        assert people == ["Emmanuel Macron"]
        assert other.annotations.participants.get(mine.id).name_ar == "إيمانويل ماكرون"
        assert other.search("participant:ماكرون").total == 2
