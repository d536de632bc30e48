"""Whose name a title gives: not a second holder of an office the text names in full (the
object after the subject), and not an archive's person whose surname a namesake shares."""

from __future__ import annotations

import itertools

from archiver.core.annotations.model import Suggestion
from archiver.core.archive import Archive

_FILES = itertools.count()


def _doc(archive: Archive, write, text: str) -> int:  # type: ignore[no-untyped-def]
    path = write(f"{next(_FILES)}.txt", text)
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def _found(archive: Archive, write, text: str) -> dict[str, Suggestion]:  # type: ignore[no-untyped-def]
    return {s.name: s for s in archive.annotations.mentions.suggestions(_doc(archive, write, text))}


def _confirm(archive: Archive, write, text: str, name: str) -> int:  # type: ignore[no-untyped-def]
    archive.annotations.mentions.confirm_suggestion(_doc(archive, write, text), name)
    return archive.annotations.participants.resolve(name).id


def test_a_one_word_name_after_the_title_of_an_office_named_in_full(archive, write) -> None:
    text = ("وقال الرئيس المكسيكي إنريكي بينيا نييتو إن بلاده لن تدفع ثمن الجدار. وهاتف الرئيس "
            "المكسيكي ترامب مساء أمس.")  # fmt: skip
    found = _found(archive, write, text)
    people = {n: (s.parent, s.role, len(s.spans)) for n, s in found.items() if s.kind == "person"}
    # no Mexican president Trump: the second title is Peña Nieto's office, counted for him
    assert people == {"إنريكي بينيا نييتو": ("Mexico", "President", 2)}


def test_a_former_or_elected_holder_is_another_one(archive, write) -> None:
    text = ("وقال الرئيس الأمريكي المنتخب دونالد ترامب إن الجدار سيبنى. وقال الرئيس الأمريكي "
            "أوباما إن الانتقال سيكون سلسا.")  # fmt: skip
    found = _found(archive, write, text)
    assert {n for n, s in found.items() if s.kind == "person"} == {"دونالد ترامب", "أوباما"}


def test_a_namesake_of_another_office_is_a_new_person(archive, write) -> None:
    trump = _confirm(archive, write, "وقال الرئيس الأمريكي دونالد ترامب إن بلاده ستبني الجدار.",
                     "دونالد ترامب")  # fmt: skip
    text = "وقال السفير الأمريكي إريك ترامب إن بلاده ترحب. وأضاف ترامب أن الجدار سيبنى."
    found = _found(archive, write, text)
    eric = found["إريك ترامب"]
    assert (eric.participant_id, eric.parent, eric.role) == (None, "United States", "Ambassador")
    assert [text[a:b] for a, b in eric.spans] == ["إريك ترامب"]  # not Donald's ترامب
    donald = found["دونالد ترامب"]
    assert donald.participant_id == trump
    assert [text[a:b] for a, b in donald.spans] == ["ترامب"]  # the alias alone, not Eric's


def test_a_former_holder_by_another_full_name_is_a_namesake(archive, write) -> None:
    saad = _confirm(archive, write, "وقال رئيس الوزراء اللبناني سعد الحريري إن الحكومة ستجتمع.",
                    "سعد الحريري")  # fmt: skip
    text = "وذكر رئيس الوزراء اللبناني الأسبق رفيق الحريري في خطاب أن لبنان بخير."
    found = _found(archive, write, text)
    assert found["رفيق الحريري"].participant_id is None
    assert saad not in {s.participant_id for s in found.values()}


def test_another_spelling_of_the_same_holder_is_them(archive, write) -> None:
    hollande = _confirm(archive, write, "وقال الرئيس الفرنسي فرانسو هولاند إن فرنسا ترحب.",
                        "فرانسو هولاند")  # fmt: skip
    found = _found(archive, write, "وقال الرئيس الفرنسي فرانسوا هولاند إن باريس مستعدة.")
    people = [s for s in found.values() if s.kind == "person"]
    assert [s.participant_id for s in people] == [hollande]
