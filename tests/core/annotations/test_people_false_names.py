"""Words after a title that are no name: a nisba alone, the title's word inside a nasab, a
nisba that is a given name, a verb agreeing with a feminine title, what an office does."""

from __future__ import annotations

import itertools

import pytest

from archiver.core.archive import Archive

_FILES = itertools.count()


def _people(archive: Archive, write, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    path = write(f"{next(_FILES)}.txt", text)
    doc = archive.import_paths([path], keep_duplicates=True).imported[0].id
    found = archive.annotations.mentions.suggestions(doc)
    return {s.name: (s.parent, s.role) for s in found if s.kind == "person"}


@pytest.mark.parametrize("text, expected", [
    # a state's nisba the gazetteer lacks is the title's adjective, never a name
    ("وقال الرئيس الغامبي إن بلاده ترحب.", {}),
    ("وقال الرئيس الغامبي يحيى جامع إن بلاده ترحب.", {"يحيى جامع": ("", "President")}),
    # سلطان after بن is the father's name, not the office
    ("وقال الأمير بندر بن سلطان إن المملكة ترحب.", {"بندر بن سلطان": ("", "Emir")}),
    # تركي without the article is no adjective of الأمير: Prince Turki, not a Turkish prince
    ("وقال الأمير تركي الفيصل إن المملكة ترحب.", {"تركي الفيصل": ("", "Emir")}),
    ("وقال الأمير تركي بن طلال إن المملكة ترحب.", {"تركي بن طلال": ("", "Emir")}),
    # a verb agreeing with a feminine title
    ("وأعلن القصر أن الملكة توفيت صباح اليوم.", {}),
    ("وأعلن القصر أن الملكة إليزابيث توفيت صباح اليوم.", {"إليزابيث": ("", "Queen")}),
    # what an office does: a preposition before a verbal noun, a verbal noun, a short word
    ("ودعا الحزب رئيس الجمهورية لاتخاذ الإجراءات اللازمة. وعلى رئيس الجمهورية اتخاذ القرار.", {}),
    ("ويطالب الحزب رئيس الجمهورية حل البرلمان. ويرفض البرلمان ذلك.", {}),
    ("وقال إن وزير العدل تطبيق القانون واجب عليه.", {}),
    ("والتقى وزير الدفاع ووزير الدولة لشؤون الدفاع بالوفد.", {}),
    ("وأضاف أن الرئيس ففي رأيه القرار صائب.", {}),  # the conjunction's ف on a stop word
])  # fmt: skip
def test_words_that_are_no_name(archive, write, text, expected) -> None:
    assert _people(archive, write, text) == expected


def test_the_turkish_title_is_still_turkeys(archive, write) -> None:
    found = _people(archive, write, "وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترحب.")
    assert found == {"رجب طيب أردوغان": ("Türkiye", "President")}


@pytest.mark.parametrize("text, expected", [
    ("وقالت النائبة ابتسام الجبابلي إن الحكومة فشلت.", "ابتسام الجبابلي"),  # افتعال, a name
    ("وقال رئيس الوزراء الفرنسي السابق مانوال فالس إن", "مانوال فالس"),  # فال: no article
    ("من عائلة ملك فرنسا لويس السادس وسليلة ملوك إسبانيا.", "لويس السادس"),  # ل: no preposition
    ("وعلق الناطق باسم التنظيم أبو الحسن المهاجر قائلا إن", "أبو الحسن المهاجر"),
])  # fmt: skip
def test_names_with_those_shapes(archive, write, text, expected) -> None:
    assert list(_people(archive, write, text)) == [expected]
