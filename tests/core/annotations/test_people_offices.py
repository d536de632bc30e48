"""People after the offices of resources/titles.json beyond heads of state: ministers of every
portfolio, a central bank's governor, members and speakers of parliament, a spokesperson of a
body, a governor or mayor of a place."""

from __future__ import annotations

import itertools

import pytest

from archiver.core.annotations.model import Suggestion
from archiver.core.archive import Archive

_FILES = itertools.count()


def _people(archive: Archive, write, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    path = write(f"{next(_FILES)}.txt", text)
    doc = archive.import_paths([path], keep_duplicates=True).imported[0].id
    found: list[Suggestion] = archive.annotations.mentions.suggestions(doc)
    return {s.name: (s.parent, s.role) for s in found if s.kind == "person"}


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الطاقة السعودي خالد الفالح إن الأسعار سترتفع.",
     {"خالد الفالح": ("Saudi Arabia", "Energy Minister")}),
    ("وقال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة تأجلت.",
     {"نبيه بري": ("Lebanon", "Speaker of Parliament")}),
    ("وقال محافظ البنك المركزي التونسي الشاذلي العياري إن الدينار تراجع.",
     {"الشاذلي العياري": ("Tunisia", "Central Bank Governor")}),
    ("وقال رئيس أركان الجيش الإسرائيلي غادي آيزنكوت إن الجيش مستعد.",
     {"غادي آيزنكوت": ("Israel", "Chief of Staff")}),
    ("وقالت وزيرة الصحة الفرنسية أنييس بوزين إن المستشفيات مستعدة.",
     {"أنييس بوزين": ("France", "Health Minister")}),
    ("وقال وزير الشؤون الاجتماعية محمد الطرابلسي إن المفاوضات انتهت.",
     {"محمد الطرابلسي": ("", "Social Affairs Minister")}),
    ("وقال رئيس الجمهورية الباجي قائد السبسي إن الانتخابات ستجرى.",
     {"الباجي قائد السبسي": ("", "President")}),  # the article on a Maghrebi given name
    ("وقال البابا فرنسيس إن السلام ممكن.", {"فرنسيس": ("", "Pope")}),
    ("Speaker Nancy Pelosi said the House would vote.",
     {"Nancy Pelosi": ("", "Speaker of Parliament")}),
])  # fmt: skip
def test_more_offices(archive, write, text, expected) -> None:
    assert _people(archive, write, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body the spokesperson speaks for comes between the office and the name
    ("وقال الناطق الرسمي باسم وزارة الداخلية ياسر مصباح إن الوضع مستقر.",
     {"ياسر مصباح": ("", "Spokesperson")}),
    # a state named in the body is the title's state
    ("وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض.",
     {"ماريا زاخاروفا": ("Russia", "Spokesperson")}),
    ("وقال النائب عن الجبهة الشعبية عمار الجبالي إن الحكومة فشلت.",
     {"عمار الجبالي": ("", "Member of Parliament")}),
    # the place a governor is of
    ("وقال والي سوسة فتحي الورتاني إن الوضع مستقر.",
     {"فتحي الورتاني": ("", "Governor")}),
])  # fmt: skip
def test_an_office_of_a_body_or_place(archive, write, text, expected) -> None:
    assert _people(archive, write, text) == expected


@pytest.mark.parametrize("text", [
    "وقال الناطق الرسمي باسم الحكومة إن الاجتماع تأجل.",  # the office alone
    "وقال والي في تصريح لمراسل إن الوضع مستقر.",  # no place: a stop word
    "وقال النائب عن حركة النهضة إن الحكومة فشلت.",
    "وقال النائب العام إن التحقيق مستمر.",  # the prosecutor, no MP called العام
])  # fmt: skip
def test_an_office_with_no_name(archive, write, text) -> None:
    assert _people(archive, write, text) == {}
