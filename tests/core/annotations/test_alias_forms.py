"""A selection tagged as a participant becomes an alias only as a name: a title (an office
of resources/titles.json) or words that are no name are not, and clitics are trimmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.annotations.alias_forms import NOT_A_NAME, OFFICE, alias_form
from archiver.core.archive import Archive

ROME = "وانضم إلى المؤتمر ورئيس الوزراء البريطاني كير ستارمر عبر الفيديو."
LONDON = "التقى رئيس الوزراء البريطاني بوريس جونسون نظيره الفرنسي في لندن."
TITLE = "ورئيس الوزراء البريطاني"


def _doc(archive: Archive, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return archive.import_paths([path]).imported[0].id


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("selected", "form", "refusal"),
    [
        (TITLE, "رئيس الوزراء البريطاني", OFFICE),
        ("والرئيس الفرنسي", "الرئيس الفرنسي", OFFICE),
        ("وزير الخارجية", "وزير الخارجية", OFFICE),  # its و is the office's own letter
        ("Foreign Minister", "Foreign Minister", OFFICE),
        (" كير ستارمر، ", "كير ستارمر", None),
        ("\u200eKeir Starmer", "Keir Starmer", None),
        ("والبيت الأبيض", "البيت الأبيض", None),
        ("للمجتمع الدولي", "المجتمع الدولي", None),
        ("وليد جنبلاط", "وليد جنبلاط", None),  # a name's first letter is no clitic
        ("والتر شتاينماير", "والتر شتاينماير", None),
        ("Theresa May", "Theresa May", None),
        ("Bank of England", "Bank of England", None),
        ("قالت ميلوني", "قالت ميلوني", NOT_A_NAME),
        ("2025", "2025", NOT_A_NAME),
        ("جمع تعهدات. وقال", "جمع تعهدات. وقال", NOT_A_NAME),
    ],
)
def test_the_alias_form_of_a_selection(selected: str, form: str, refusal: str | None) -> None:
    found = alias_form(selected)
    assert (found.text, found.refusal) == (form, refusal)


def test_a_title_tagged_as_a_person_is_no_alias_of_theirs(archive: Archive, tmp_path: Path):
    rome = _doc(archive, tmp_path, "rome.txt", ROME)
    london = _doc(archive, tmp_path, "london.txt", LONDON)
    mentions = archive.annotations.mentions
    change = mentions.tag_new(rome, *_span(ROME, TITLE), "Keir Starmer", "person")
    assert change.extra["alias_refused"] == OFFICE
    starmer = archive.annotations.participants.resolve("Keir Starmer")
    assert [a.alias for a in archive.annotations.participants.aliases(starmer.id)] == [
        "Keir Starmer"
    ]
    assert [(p.name, p.method) for p in mentions.participants_in(rome)] == [
        ("Keir Starmer", "manual")
    ]  # the selection is still tagged
    assert starmer.id not in {s.participant_id for s in mentions.suggestions(london)}


def test_a_title_ticked_by_hand_is_an_alias_without_its_clitic(archive: Archive, tmp_path: Path):
    rome = _doc(archive, tmp_path, "rome.txt", ROME)
    mentions = archive.annotations.mentions
    change = mentions.tag_new(rome, *_span(ROME, TITLE), "Keir Starmer", "person",
                              alias_anyway=True)  # fmt: skip
    assert change.extra["alias"] == "رئيس الوزراء البريطاني"


def test_a_name_with_a_clitic_becomes_an_alias_without_it(archive: Archive, tmp_path: Path):
    text = "وأكد المتحدث باسم البيت الأبيض أن والبيت الأبيض لم يعلق."
    doc = _doc(archive, tmp_path, "house.txt", text)
    start = text.index("والبيت")
    change = archive.annotations.mentions.tag_new(doc, start, start + len("والبيت الأبيض"),
                                                  "White House", "organisation")  # fmt: skip
    assert change.extra["alias"] == "البيت الأبيض"
