"""Alias suggestions: the expected participants on an article like the sample, no look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.annotations.gazetteer import AliasEntry, Matcher, alias_terms, is_case_sensitive
from archiver.core.archive import Archive
from archiver.core.text import arabic

# Our own text with the same kind of content as the coalition-of-the-willing article.
ARTICLE = """قمة فرنسية بريطانية لبحث أمن أوكرانيا

تستضيف لندن يوم الخميس اجتماعا لدول تعهدت بدعم أوكرانيا في وجه القوات الروسية، برئاسة الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني.
ويشارك الرئيس الأوكراني فولوديمير زيلينسكي عبر الفيديو من روما، فيما يجتمع القادة في مقر لحلف الناتو.
وقالت باريس إن فرنسا وأستراليا والدنمارك والسويد مستعدة للمساعدة في مراقبة وقف إطلاق النار في المستقبل.
وأوقفت الولايات المتحدة إرسال صواريخ للدفاع الجوي إلى كييف، خشية نفاد مخزونها.
وأبدت فنلندا وبولندا، جارتا روسيا، اهتماما بالمشاركة في قوة لحفظ السلام دون التزام رسمي.
وحضرت الاجتماع دول من الاتحاد الأوروبي إلى جانب كندا ونيوزيلندا، وأعربت اليابان عن دعم غير رسمي.
"""
EXPECTED = {"FR", "GB", "UA", "RU", "US", "AU", "DK", "SE", "FI", "PL", "CA", "NZ", "JP",
            "NATO", "EU", "إيمانويل ماكرون", "فولوديمير زيلينسكي"}  # fmt: skip
# Not Italy: "من روما" names Rome as a place, not Italy's government.

# Words that only look like aliases: روم (Rome is روما), كيف ("how"; Kyiv is كييف), مالي
# ("my money"), المالي ("financial"), ترك ("left"), the pronoun "us", national security
# councils, the Indian Ocean, Latin America, المغرب as the sunset prayer.
LOOK_ALIKES = """قال روم إنه لا يعرف كيف يصرف مالي، وإن الدعم المالي ترك أثرا.
وترك الوزير منصبه بعد اجتماع مجلس الأمن القومي في المحيط الهندي، وزار دول أمريكا اللاتينية.
ونصلي المغرب في المسجد. Let us meet; they told us about it.
"""


def _keys(archive: Archive, doc_id: int) -> set[str]:
    found = archive.annotations.mentions.suggestions(doc_id)
    people = {p.id: p for p in archive.annotations.participants.all()}
    return {
        s.name if s.participant_id is None else people[s.participant_id].gazetteer_key or s.name
        for s in found
    }


def _import(archive: Archive, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = archive.import_paths([path], keep_duplicates=True)
    return report.imported[0].id


@pytest.fixture()
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a") as opened:
        yield opened


def test_article_suggests_exactly_the_expected_participants(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "2025-07-09-coalition.txt", ARTICLE)
    assert _keys(archive, doc) == EXPECTED


def test_spans_point_at_the_words_in_the_text(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "a.txt", ARTICLE)
    text = archive.document(doc).text
    by_name = {s.name: s for s in archive.annotations.mentions.suggestions(doc)}
    assert [text[a:b] for a, b in by_name["France"].spans] == [
        "فرنسية",
        "الفرنسي",
        "باريس",
        "فرنسا",
    ]
    assert [text[a:b] for a, b in by_name["United States"].spans] == ["الولايات المتحدة"]
    assert "Italy" not in by_name
    assert [text[a:b] for a, b in by_name["NATO"].spans] == ["الناتو"]
    assert by_name["France"].count == 4
    assert "فرنسا" in by_name["France"].aliases


def test_look_alikes_are_not_suggested(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "b.txt", LOOK_ALIKES)
    assert archive.annotations.mentions.suggestions(doc) == []


def test_ambiguous_word_needs_a_cue(archive: Archive, tmp_path: Path):
    cue = _import(archive, tmp_path, "c.txt", "تقدم المسلحون في شمال مالي هذا الأسبوع.")
    assert _keys(archive, cue) == {"ML"}
    other = _import(archive, tmp_path, "d.txt", "وصل الدعم المالي وقالت باماكو إنها ترحب به.")
    found = {s.name: s for s in archive.annotations.mentions.suggestions(other)}
    assert set(found) == {"Mali"}
    assert len(found["Mali"].spans) == 2  # corroborated by the capital


def test_clitics_and_demonyms_match(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "e.txt", "وفرنسا. لفرنسا. بفرنسا. الفرنسية. الفرنسيين.")
    found = archive.annotations.mentions.suggestions(doc)
    assert [s.name for s in found] == ["France"]
    assert found[0].count == 5


def test_english_aliases_case_sensitive_abbreviations(archive: Archive, tmp_path: Path):
    text = "The US and the EU met Nato officials in Paris; French diplomats told us nothing."
    doc = _import(archive, tmp_path, "f.txt", text)
    assert _keys(archive, doc) == {"US", "EU", "NATO", "FR"}


def test_multi_word_alias_does_not_cross_punctuation(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "g.txt", "وقال الاتحاد. الأوروبي الجديد.")
    assert _keys(archive, doc) == set()


def test_user_alias_is_suggested_and_rejected_once(archive: Archive, tmp_path: Path):
    ann = archive.annotations
    macron = ann.participants.add("Emmanuel Macron", "person", aliases=["ماكرون", "Macron"])
    doc = _import(archive, tmp_path, "h.txt", "قال الرئيس إيمانويل ماكرون إن باريس مستعدة.")
    assert {s.name for s in ann.mentions.suggestions(doc)} == {"Emmanuel Macron", "France"}
    ann.mentions.reject(doc, macron.id)
    assert {s.name for s in ann.mentions.suggestions(doc)} == {"France"}
    states = {s.name: s.state for s in ann.mentions.suggestions(doc, include_decided=True)}
    assert states["Emmanuel Macron"] == "rejected"
    ann.mentions.untag(doc, macron.id)
    assert {s.name for s in ann.mentions.suggestions(doc)} == {"Emmanuel Macron", "France"}


def test_confirm_all_records_mentions_and_undo_takes_them_back(archive: Archive, tmp_path: Path):
    ann = archive.annotations
    doc = _import(archive, tmp_path, "i.txt", ARTICLE)
    added = ann.mentions.confirm_all(doc).count
    assert added >= len(EXPECTED)
    assert ann.mentions.suggestions(doc) == []
    assert {d.name for d in ann.mentions.participants_in(doc)} >= {"France", "NATO"}
    assert ann.journal.undo_last() is not None
    assert ann.mentions.participants_in(doc) == []
    assert _keys(archive, doc) == EXPECTED


def test_matcher_without_database():
    entries = [
        AliasEntry(1, 10, "فرنسا", alias_terms("فرنسا")),
        AliasEntry(2, 10, "الفرنسي", alias_terms("الفرنسي"), "demonym"),
        AliasEntry(3, 20, "الولايات المتحدة", alias_terms("الولايات المتحدة")),
        AliasEntry(4, 20, "US", alias_terms("US"), "abbreviation", True),
        AliasEntry(5, 30, "التركي", alias_terms("التركي"), "demonym"),
    ]
    matcher = Matcher(entries)
    text = "ترك الوفد الفرنسي الولايات المتحدة وUS و us"
    found = matcher.group(matcher.find(text))
    assert set(found) == {10, 20}
    assert [text[a:b] for a, b in found[20].spans] == ["الولايات المتحدة", "US"]
    assert matcher.find("The US said") and not matcher.find("tell us")


def test_case_sensitivity_rule():
    assert is_case_sensitive("US") and is_case_sensitive("NATO") and is_case_sensitive("G7")
    assert not is_case_sensitive("France") and not is_case_sensitive("الناتو")
    assert not is_case_sensitive("New Zealand")


def test_alias_terms_use_the_search_analysis():
    assert alias_terms("الاتحاد الأوروبي") == tuple(
        t.term for t in arabic.analyze("الاتحاد الأوروبي")
    )


def test_a_place_adjective_or_surname_is_not_the_place(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "n.txt", "خطب أبو بكر البغدادي في أتباعه.")
    assert _keys(archive, doc) == set()
    doc = _import(archive, tmp_path, "p.txt", "رفضت بغداد الطلب، وأكدت لبغداد موقفها.")
    assert _keys(archive, doc) == {"IQ"}
    doc = _import(archive, tmp_path, "q.txt", "وصل الوفد إلى بغداد، ثم غادر ببغداد مساء.")
    assert _keys(archive, doc) == set()  # Baghdad named as a place twice


def test_amman_and_indochina_are_not_oman_india_or_china(archive: Archive, tmp_path: Path):
    doc = _import(archive, tmp_path, "j.txt", "عقد المؤتمر في عمان العاصمة الأردنية.")
    assert "OM" not in _keys(archive, doc)
    doc = _import(archive, tmp_path, "o.txt", "زار الوزير سلطنة عمان أمس.")
    assert "OM" in _keys(archive, doc)
    doc = _import(archive, tmp_path, "i.txt", "تاريخ حروب الهند الصينية الطويلة.")
    assert not {"IN", "CN"} & _keys(archive, doc)
