"""Where a name after a title ends, and whose name it is: a common noun or a verb after the
name is none of it (باراك أوباما دور, الرئيس يريد الاتفاق), and a title of one state is not the
office of an archive's person of another (وسيزور الرئيس المكسيكي ترامب: the object, or لترامب:
a preposition)."""

from __future__ import annotations

import itertools

import pytest

from archiver.core.annotations.model import Suggestion
from archiver.core.archive import Archive

_FILES = itertools.count()


def _doc(archive: Archive, write, text: str) -> int:  # type: ignore[no-untyped-def]
    path = write(f"{next(_FILES)}.txt", text)
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def _found(archive: Archive, write, text: str) -> dict[str, Suggestion]:  # type: ignore[no-untyped-def]
    return {s.name: s for s in archive.annotations.mentions.suggestions(_doc(archive, write, text))}


def _people(found: dict[str, Suggestion]) -> dict[str, tuple[str, str]]:
    return {n: (s.parent, s.role) for n, s in found.items() if s.kind == "person"}


@pytest.mark.parametrize("text, expected", [
    # a common noun (of the frequency list: دور, الدور) after a foreign name's two words
    ("وقال الرئيس الأمريكي السابق باراك أوباما دور الولايات المتحدة تغير.",
     {"باراك أوباما": ("United States", "President")}),
    # the text writes it with the article elsewhere, and names it twice: still a noun
    ("نسي الرئيس الأمريكي دونالد ترامب توقيع الأمرين، وغادر دون التوقيع. ثم عاد إلى التوقيع.",
     {"دونالد ترامب": ("United States", "President")}),
    # the defective verb's past (ارتدى), even named twice
    ("ارتدى الطقم نفسه: قالت إن الرئيس الأمريكي السابق باراك أوباما ارتدى الطقم نفسه.",
     {"باراك أوباما": ("United States", "President")}),
    # an imperfect verb of the list (يواصل has the twin تواصل), of no shape the rules know
    ("وكان الرئيس الأمريكي باراك أوباما يواصل عمله.",
     {"باراك أوباما": ("United States", "President")}),
])  # fmt: skip
def test_a_common_word_after_a_name_is_no_part_of_it(archive, write, text, expected) -> None:
    assert _people(_found(archive, write, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of Arabic words goes on over a common word (ظريف: the witty)
    ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده ترحب.", "محمد جواد ظريف"),
    ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترحب.", "رجب طيب أردوغان"),
    ("وقال الرئيس المكسيكي إنريكي بينيا نييتو إن بلاده لن تدفع.", "إنريكي بينيا نييتو"),
    ("وقال رئيس البنك الدولي جيم يونغ كيم إن الفقر تراجع.", "جيم يونغ كيم"),
])  # fmt: skip
def test_a_third_name_part_is_kept(archive, write, text, expected) -> None:
    assert list(_people(_found(archive, write, text))) == [expected]


@pytest.mark.parametrize("text", [
    "وقال الرئيس يريد الاتفاق مع الحكومة.",  # يريد الاتفاق looked like two names
    "وأضاف أن الرئيس يريد التفاوض مع المعارضة.",
    "وقال إن رئيسة الوزراء تريد الانتخابات المبكرة.",
    "وقالت الملكة تقول الصحف إنها مريضة.",
])  # fmt: skip
def test_an_imperfect_verb_after_a_title_is_no_name(archive, write, text) -> None:
    assert _people(_found(archive, write, text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الخارجية اليمني يحيى صالح إن بلاده ترحب.", "يحيى صالح"),  # يحيي and تحيي
    ("وقال الرئيس الجزائري تبون إن بلاده ترحب.", "تبون"),  # a تـ with no يـ twin
    ("وقال الرئيس المصري الراحل جمال عبد الناصر إن", "جمال عبد الناصر"),
])  # fmt: skip
def test_names_that_start_as_a_verb_does_are_names(archive, write, text, expected) -> None:
    assert list(_people(_found(archive, write, text))) == [expected]


def _trump(archive: Archive, write) -> int:  # type: ignore[no-untyped-def]
    text = "وقال الرئيس الأمريكي دونالد ترامب إن بلاده ستبني الجدار."
    archive.annotations.mentions.confirm_suggestion(_doc(archive, write, text), "دونالد ترامب")
    return archive.annotations.participants.resolve("دونالد ترامب").id


@pytest.mark.parametrize("text", [
    "وسيزور الرئيس المكسيكي ترامب في نهاية الشهر.",  # the object after the subject
    "وقال الرئيس المكسيكي لترامب إن بلاده لن تدفع ثمن الجدار.",  # a preposition
])  # fmt: skip
def test_a_title_of_another_state_is_not_the_archives_persons(archive, write, text) -> None:
    trump = _trump(archive, write)
    found = _found(archive, write, text)
    assert found["دونالد ترامب"].participant_id == trump
    assert _people(found) == {"دونالد ترامب": ("United States", "President")}
    assert found["Mexico"].offices == ["President"]  # Mexico's president, unnamed
    # the same state's title is still the person's
    found = _found(archive, write, "وقال الرئيس الأمريكي ترامب إن الجدار سيبنى.")
    assert found["دونالد ترامب"].participant_id == trump
    assert found["United States"].offices == []


def test_a_surname_given_in_full_after_another_states_title(archive, write) -> None:
    text = ("التقى الرئيس الأمريكي دونالد ترامب نظيره المكسيكي أمس. وهاتف الرئيس المكسيكي "
            "ترامب بعد اللقاء.")  # fmt: skip
    found = _found(archive, write, text)
    assert _people(found) == {"دونالد ترامب": ("United States", "President")}
    assert len(found["دونالد ترامب"].spans) == 2  # the full name, then the surname alone
    assert found["Mexico"].offices == ["President"]


def test_a_preposition_before_a_name_the_text_writes_alone(archive, write) -> None:
    text = "وقال الرئيس المكسيكي لترامب إن بلاده لن تدفع. ورد ترامب بأن الجدار سيبنى."
    found = _found(archive, write, text)
    assert _people(found) == {}
    assert found["Mexico"].offices == ["President"]


def test_a_connector_is_no_preposition(archive, write) -> None:
    archive.annotations.participants.add("عبد العزيز", "person")
    found = _found(archive, write, "وقال الأمير السعودي بندر بن عبد العزيز إن بلاده ترحب.")
    assert found["Saudi Arabia"].offices == []  # the title names someone: بندر is no بـ
