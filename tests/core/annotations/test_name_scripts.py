"""A participant's Arabic and English names follow the scripts of the words it is made from:
the Arabic name from an Arabic selection or name, the English name from a Latin one."""

from __future__ import annotations

from pathlib import Path

from archiver.core.annotations.names import by_script
from archiver.core.archive import Archive

ARABIC = "أعلن تحالف الراغبين استعداده لمراقبة وقف إطلاق النار."
ENGLISH = "French President Emmanuel Macron said the coalition was ready.\n"


def _doc(archive: Archive, tmp_path: Path, text: str, name: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return archive.import_paths([path]).imported[0].id


def test_by_script_takes_the_first_name_of_each_script() -> None:
    assert by_script("Coalition of the Willing", "تحالف الراغبين") == (
        "تحالف الراغبين", "Coalition of the Willing")  # fmt: skip
    assert by_script("تحالف الراغبين") == ("تحالف الراغبين", "")
    assert by_script(" ", "Erdoğan", "١٢") == ("", "Erdoğan")
    assert by_script("2025") == ("", "")


def test_an_english_name_typed_for_an_arabic_selection_keeps_the_selection_as_arabic_name(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path, ARABIC, "2025-03-02-ar.txt")
    words = "تحالف الراغبين"
    start = ARABIC.index(words)
    ann = archive.annotations
    ann.mentions.tag_new(doc, start, start + len(words), "Coalition of the Willing",
                         "coalition", name_en="Coalition of the Willing")  # fmt: skip
    made = ann.participants.resolve("Coalition of the Willing")
    assert (made.name, made.name_ar, made.name_en) == (
        "Coalition of the Willing", words, "Coalition of the Willing")  # fmt: skip
    assert ann.participants.resolve(words).id == made.id  # the Arabic name is an alias too


def test_an_arabic_name_for_an_arabic_selection_has_no_english_name(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path, ARABIC, "2025-03-02-ar.txt")
    words = "تحالف الراغبين"
    start = ARABIC.index(words)
    archive.annotations.mentions.tag_new(doc, start, start + len(words), words, "coalition")
    made = archive.annotations.participants.resolve(words)
    assert (made.name_ar, made.name_en) == (words, "")


def test_the_selection_left_out_as_alias_is_no_name_either(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path, ARABIC, "2025-03-02-ar.txt")
    words = "تحالف الراغبين"
    start = ARABIC.index(words)
    archive.annotations.mentions.tag_new(doc, start, start + len(words), "Coalition",
                                         "coalition", add_alias=False)  # fmt: skip
    made = archive.annotations.participants.resolve("Coalition")
    assert (made.name_ar, made.name_en) == ("", "Coalition")


def test_a_person_confirmed_from_an_english_title_gets_the_english_name(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path, ENGLISH, "2025-03-02-en.txt")
    ann = archive.annotations
    suggested = next(s for s in ann.mentions.suggestions(doc) if s.participant_id is None)
    assert (suggested.name, suggested.name_en, suggested.name_ar) == (
        "Emmanuel Macron", "Emmanuel Macron", "")  # fmt: skip
    ann.mentions.confirm_suggestion(doc, "Emmanuel Macron")
    made = ann.participants.resolve("Emmanuel Macron")
    assert (made.name_en, made.name_ar) == ("Emmanuel Macron", "")
