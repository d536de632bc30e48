"""A word the Arabic press spells two ways (أمريكا and أميركا, ترامب and ترمب) is found in
either spelling, highlighted where it stands, in words and in phrases; other words are not."""

from __future__ import annotations

import pytest

from archiver.core.text import arabic
from archiver.core.text.spellings import other_spellings

# two of our own short reports, one in each paper's spelling
ONE = ("قمة في واشنطن\n\nقالت الإدارة الأميركية إن الرئيس ترمب سيلتقي زيلنسكي في واشنطون "
       "الأسبوع المقبل لبحث الضمانات الأمنية.\n")  # fmt: skip
OTHER = ("مؤتمر في روما\n\nقال الرئيس الأمريكي دونالد ترامب إن بلاده تدعم فنلندا "
         "والدانمارك في مساعيهما.\n")  # fmt: skip


@pytest.fixture
def stored(archive, write):  # type: ignore[no-untyped-def]
    """(archive, id of ONE, id of OTHER)."""
    report = archive.import_paths([write("one.txt", ONE), write("other.txt", OTHER)])
    ids = {d.title: d.id for d in report.imported}
    return archive, ids["قمة في واشنطن"], ids["مؤتمر في روما"]


@pytest.mark.parametrize(
    ("query", "found"),
    [("الأمريكية", "both"), ("الأميركي", "both"), ("ترامب", "both"), ("ترمب", "both"),
     ("زيلينسكي", "one"), ("واشنطن", "one"), ("فنلاندا", "other"), ("الدنمارك", "other")],
)  # fmt: skip
def test_either_spelling_finds_both(stored, query: str, found: str) -> None:
    archive, one, other = stored
    expected = {"both": {one, other}, "one": {one}, "other": {other}}[found]
    assert {h.id for h in archive.search(query).hits} == expected


def test_the_other_spelling_is_highlighted_where_it_stands(stored) -> None:
    archive, one, _other = stored
    text = archive.document(one).text
    spans = archive.highlights(one, "ترامب الأمريكية")
    assert sorted(text[a:b] for a, b in spans) == ["الأميركية", "ترمب"]


def test_a_phrase_in_one_spelling_finds_the_other(stored) -> None:
    archive, one, _other = stored
    assert [h.id for h in archive.search('"الرئيس ترامب"').hits] == [one]
    assert [h.id for h in archive.search('"الإدارة الأمريكية"').hits] == [one]


def test_words_that_only_contain_a_listed_form_keep_their_one_spelling() -> None:
    # a listed form counts at the start of a word, after clitics and the article only
    assert other_spellings(arabic.fold("الأمريكيين")) == ("الاميركيين",)
    assert other_spellings(arabic.fold("وبواشنطن")) == ("وبواشنطون",)
    for word in ("أوربان", "مستر", "الضمانات", "قمرمب"):
        assert other_spellings(arabic.fold(word)) == ()
