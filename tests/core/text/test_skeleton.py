"""A name's consonant skeleton is the same in Arabic and Latin letters, and tells names apart."""

from __future__ import annotations

import pytest

from archiver.core.text.skeleton import same_skeleton, skeletons


@pytest.mark.parametrize(("latin", "arabic"), [
    ("Emmanuel Macron", "إيمانويل ماكرون"),
    ("Volodymyr Zelensky", "فولوديمير زيلينسكي"),
    ("Donald Trump", "دونالد ترامب"),  # no p in Arabic: ب
    ("Keir Starmer", "كير ستارمر"),
    ("Abdel Fattah el-Sisi", "عبد الفتاح السيسي"),  # ع and ح are not written in Latin
    ("Bashar al-Assad", "بشار الأسد"),
    ("Sergei Lavrov", "سيرغي لافروف"),  # v is ف
    ("Mohammed bin Salman", "مُحَمَّد بن سلمان"),  # harakat and shadda aside
    ("Olaf Scholz", "أولاف شولتس"),  # a German z is تس
    ("Giorgia Meloni", "جورجيا ميلوني"),
])  # fmt: skip
def test_the_same_name_in_both_scripts_has_one_skeleton(latin: str, arabic: str) -> None:
    assert same_skeleton(latin, arabic)


@pytest.mark.parametrize(("first", "second"), [
    ("Emmanuel Macron", "دونالد ترامب"),
    ("Keir Starmer", "كير ستارمر سميث"),
    ("Joe Biden", "جو بايدن بن"),
    ("Sisi", "السيسي"),  # one consonant class: too little to tell names apart
])  # fmt: skip
def test_different_names_do_not_share_a_skeleton(first: str, second: str) -> None:
    assert not same_skeleton(first, second)


def test_the_article_is_taken_either_way() -> None:
    assert skeletons("بشار الأسد") == {"BSRLSD", "BSRSD"}
    assert skeletons("Bashar Assad") == {"BSRSD"}
