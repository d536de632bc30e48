"""Sentences, clauses and words for the reader's selection keys, Arabic and English."""

from __future__ import annotations

from archiver.core.text.units import CLAUSE, SENTENCE, grow, piece_at, shrink, step_from

ARABIC = (
    "عنوان الخبر\n"
    "\n"
    "- ترفض الدولة الأولى تزويد البلد الثاني بصواريخ بعيدة المدى، وتؤكد على ضرورة الحوار. "
    "الدول المجاورة، مثل الدولة الثالثة والرابعة، أبدت اهتمامها بالمشاركة دون التزام رسمي؟\n"
    "وقال الوزير إن المبلغ بلغ 1,500 مليون يورو حيث تعهدت الحكومة بالدفع."
)
ENGLISH = (
    'The minister said "we are ready." France and Australia will help monitor a ceasefire, '
    "but Japan gave 2,000.5 tonnes while others waited. It ended at 10:30!"
)


def words(text: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return text[span[0] : span[1]]


def test_the_sentence_at_the_caret_is_trimmed_and_ends_at_sentence_marks() -> None:
    at = ARABIC.index("البلد الثاني")
    assert words(ARABIC, piece_at(ARABIC, at, SENTENCE)) == (
        "ترفض الدولة الأولى تزويد البلد الثاني بصواريخ بعيدة المدى، وتؤكد على ضرورة الحوار"
    )
    at = ARABIC.index("الثالثة")
    assert words(ARABIC, piece_at(ARABIC, at, SENTENCE)).endswith("دون التزام رسمي")
    # a period inside a number or a quote's closing mark does not end a sentence early
    at = ENGLISH.index("Australia")
    assert words(ENGLISH, piece_at(ENGLISH, at, SENTENCE)) == (
        "France and Australia will help monitor a ceasefire, but Japan gave 2,000.5 tonnes"
        " while others waited"
    )
    assert words(ENGLISH, piece_at(ENGLISH, 3, SENTENCE)) == 'The minister said "we are ready'


def test_clauses_end_at_commas_and_before_openers_but_lists_stay_whole() -> None:
    at = ARABIC.index("الثالثة")
    assert words(ARABIC, piece_at(ARABIC, at, CLAUSE)) == "مثل الدولة الثالثة والرابعة"
    at = ARABIC.index("المبلغ")
    assert (
        words(ARABIC, piece_at(ARABIC, at, CLAUSE)) == "وقال الوزير إن المبلغ بلغ 1,500 مليون يورو"
    )
    at = ENGLISH.index("Japan")
    assert words(ENGLISH, piece_at(ENGLISH, at, CLAUSE)) == "but Japan gave 2,000.5 tonnes"
    at = ENGLISH.index("Australia")
    assert words(ENGLISH, piece_at(ENGLISH, at, CLAUSE)) == (
        "France and Australia will help monitor a ceasefire"
    )
    assert words(ENGLISH, piece_at(ENGLISH, ENGLISH.index("10:30"), CLAUSE)) == "It ended at 10:30"


def test_stepping_goes_across_paragraphs_and_stops_at_the_ends() -> None:
    title = piece_at(ARABIC, 0, SENTENCE)
    assert words(ARABIC, title) == "عنوان الخبر"
    first = step_from(ARABIC, *title, SENTENCE, 1)  # over the blank line and the bullet
    assert words(ARABIC, first).startswith("ترفض")
    assert step_from(ARABIC, *first, SENTENCE, -1) == title
    assert step_from(ARABIC, *title, SENTENCE, -1) is None
    last = piece_at(ARABIC, len(ARABIC), SENTENCE)
    assert step_from(ARABIC, *last, SENTENCE, 1) is None
    assert words(ARABIC, piece_at(ARABIC, ARABIC.index("\n\n") + 1, SENTENCE)).startswith("ترفض")


def test_growing_and_shrinking_by_word_and_by_clause() -> None:
    text = ARABIC
    clause = piece_at(text, text.index("الثالثة"), CLAUSE)
    longer = grow(text, clause, CLAUSE)
    assert words(text, longer) == (
        "مثل الدولة الثالثة والرابعة، أبدت اهتمامها بالمشاركة دون التزام رسمي"
    )
    assert shrink(text, longer, CLAUSE) == clause
    assert words(text, grow(text, clause, CLAUSE, at_end=False)) == (
        "الدول المجاورة، مثل الدولة الثالثة والرابعة"
    )
    assert words(text, shrink(text, longer, CLAUSE, at_end=False)).startswith("أبدت")
    assert words(text, shrink(text, longer, "word")).endswith("دون التزام")
    assert words(text, grow(text, clause, "word")) == "مثل الدولة الثالثة والرابعة، أبدت"
    assert words(text, shrink(text, clause, "word", at_end=False)) == "الدولة الثالثة والرابعة"
    assert words(text, grow(text, clause, "word", at_end=False)) == (
        "المجاورة، مثل الدولة الثالثة والرابعة"
    )
    one = piece_at(text, 0, CLAUSE)
    assert words(text, shrink(text, shrink(text, one, "word"), "word")) == "عنوان"
    assert shrink(text, clause, CLAUSE) == clause  # a single clause stays
    end = piece_at(ENGLISH, len(ENGLISH), CLAUSE)
    assert grow(ENGLISH, end, "word") == end and grow(ENGLISH, end, CLAUSE) == end
