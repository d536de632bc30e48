"""One person made on two laptops, in two scripts, is one person after a merge; a participant
that could be two is left apart and said; commitments on one quote are counted."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from sync_copies import imported, send

ARABIC = "قال الرئيس الفرنسي إيمانويل ماكرون إن تحالف الراغبين سيجتمع في باريس."
ENGLISH = "French President Emmanuel Macron said the coalition of the willing would meet in Paris."


def _doc(archive: Archive, tmp_path: Path, name: str, text: str) -> int:
    path = tmp_path / "in" / archive.root.name / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return imported(archive, [path])[0]


def _people(archive: Archive, word: str) -> list[str]:
    return [p.name for p in archive.annotations.participants.all("person") if word in p.name]


def test_a_bundle_makes_one_person_of_one_named_in_both_scripts(two, tmp_path: Path) -> None:
    a, b = two
    france = a.annotations.participants.resolve("France").id
    ar = a.annotations.participants.add("إيمانويل ماكرون", kind="person", name_ar="إيمانويل ماكرون",
                                        parent=france, role="President",
                                        aliases=["Emmanuel Macron", "ماكرون"])  # fmt: skip
    a.annotations.mentions.confirm(_doc(a, tmp_path, "ar.txt", ARABIC), ar.id)
    en = b.annotations.participants.add("Emmanuel Macron", kind="person", aliases=["Macron"],
                                        parent=b.annotations.participants.resolve("France").id,
                                        role="President")  # fmt: skip
    b.annotations.mentions.confirm(_doc(b, tmp_path, "en.txt", ENGLISH), en.id)
    export(a, tmp_path / "a.zip")
    report = import_bundle(b, tmp_path / "a.zip")
    assert report.participants_matched == [
        {"remote": "إيمانويل ماكرون", "local": en.id, "by": "alias"}
    ]
    assert report.participants_ambiguous == []
    assert _people(b, "ماكرون") == [] and _people(b, "Macron") == ["Emmanuel Macron"]
    kept = b.annotations.participants.resolve("Macron")
    assert kept.id == en.id and kept.name_ar == "إيمانويل ماكرون"
    assert {x.alias for x in b.annotations.participants.aliases(en.id)} == {
        "Emmanuel Macron", "Macron", "إيمانويل ماكرون", "ماكرون"}  # fmt: skip
    assert b.search("participant:Macron").total == 2
    assert b.search("participant:ماكرون").total == 2


def test_names_in_two_scripts_with_no_alias_in_common_meet_by_skeleton(two) -> None:
    a, b = two
    a.annotations.participants.add("إيمانويل ماكرون", kind="person", role="President")
    en = b.annotations.participants.add("Emmanuel Macron", kind="person", role="President")
    report = send(a, b)
    assert report.participants_matched == [
        {"remote": "إيمانويل ماكرون", "local": en.id, "by": "skeleton"}
    ]
    assert _people(b, "ماكرون") == []


def test_the_skeleton_does_not_match_people_of_other_offices(two) -> None:
    a, b = two
    a.annotations.participants.add("إيمانويل ماكرون", kind="person", role="President")
    b.annotations.participants.add("Emmanuel Macron", kind="person", role="Foreign Minister")
    b.annotations.participants.add("Emmanuel Macron", kind="organisation")
    report = send(a, b)
    assert report.participants_matched == [] and report.participants_ambiguous == []
    assert _people(b, "ماكرون") == ["إيمانويل ماكرون"]


def test_one_that_could_be_two_people_is_kept_apart_and_reported(two) -> None:
    a, b = two
    a.annotations.participants.add("Macron", kind="person")
    first = b.annotations.participants.add("Emmanuel Macron", kind="person", aliases=["Macron"])
    second = b.annotations.participants.add("Brigitte Macron", kind="person", aliases=["Macron"])
    report = send(a, b)
    assert report.participants_matched == []
    [ambiguous] = report.participants_ambiguous
    assert ambiguous["remote"] == "Macron" and sorted(ambiguous["locals"]) == sorted(
        [first.id, second.id]
    )
    assert sorted(_people(b, "Macron")) == ["Brigitte Macron", "Emmanuel Macron", "Macron"]


def test_two_of_the_bundle_that_could_be_one_here_are_reported(two) -> None:
    a, b = two
    a.annotations.participants.add("Emmanuel Macron", kind="person", aliases=["Macron"])
    a.annotations.participants.add("Brigitte Macron", kind="person", aliases=["Macron"])
    mine = b.annotations.participants.add("Macron", kind="person")
    report = send(a, b)
    assert report.participants_matched == []
    assert sorted(x["remote"] for x in report.participants_ambiguous) == [
        "Brigitte Macron", "Emmanuel Macron"]  # fmt: skip
    assert all(x["locals"] == [mine.id] for x in report.participants_ambiguous)


def test_commitments_on_the_same_quote_are_kept_and_counted(two, tmp_path: Path) -> None:
    a, b = two
    start = ENGLISH.index("Emmanuel")
    for archive in (a, b):
        doc = _doc(archive, tmp_path, "en.txt", ENGLISH)
        france = archive.annotations.participants.resolve("France").id
        archive.commitments.add(doc, [france], category="troops", status="offered",
                                quote=(start, len(ENGLISH)))  # fmt: skip
    report = send(a, b)
    assert len(b.commitments.list_commitments()) == 2
    assert report.same_quote_commitments == 2
    assert report.to_json()["same_quote_commitments"] == 2


def test_one_of_ours_the_bundle_holds_is_never_another_of_its_participants(two) -> None:
    a, b = two
    a.annotations.participants.add("Kaja Kallas", kind="person")
    send(a, b)
    a.annotations.participants.add("Kaja Kallas (EU)", kind="person", aliases=["Kaja Kallas"])
    report = send(a, b)
    assert report.participants_matched == [] and report.participants_ambiguous == []
    assert sorted(_people(b, "Kallas")) == ["Kaja Kallas", "Kaja Kallas (EU)"]
