"""The one definition of Arabic script: letters, marks, digits, and the selection trim."""

import re
import unicodedata

import pytest

from archiver.core.text import scripts

BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))


def _in_blocks():
    for low, high in BLOCKS:
        for code in range(low, high + 1):
            yield chr(code)


def test_letters_are_the_letters_of_the_arabic_blocks() -> None:
    letters = re.compile(f"[{scripts.LETTERS}]")
    for ch in _in_blocks():
        assert bool(letters.fullmatch(ch)) == (unicodedata.category(ch) == "Lo"), hex(ord(ch))


def test_marks_are_the_combining_marks_and_the_small_high_letters() -> None:
    marks = re.compile(f"[{scripts.MARKS}]")
    for ch in _in_blocks():
        expected = unicodedata.category(ch) == "Mn" or ch in "\u06e5\u06e6"
        assert bool(marks.fullmatch(ch)) == expected, hex(ord(ch))


def test_tatweel_is_neither_letter_nor_mark_but_writes_words() -> None:
    assert not scripts.is_letter("\u0640")
    assert scripts.is_word_char("\u0640") and scripts.is_word_char("\u064e")
    assert scripts.starts_with_letter("ماكرون") and not scripts.starts_with_letter("\u064eا")
    assert scripts.has_letter("Macron ماكرون") and not scripts.has_letter("Macron ١٢")


@pytest.mark.parametrize("digit", ["٣", "۳", "3"])
def test_digits_of_the_three_systems(digit: str) -> None:
    assert re.fullmatch(f"[{scripts.DIGITS}]", digit)
    assert not scripts.is_letter(digit)


def test_presentation_forms_and_bidi_controls() -> None:
    assert re.fullmatch(f"[{scripts.PRESENTATION_FORMS}]+", "\ufefb\ufe8d")  # lam-alef, alef
    assert re.fullmatch(f"[{scripts.BIDI_CONTROLS}]+", "\u200f\u202b\u2067\u061c")
    assert not re.search(f"[{scripts.BIDI_CONTROLS}]", "\u200c\u200d")  # joiners are not bidi


def test_a_selection_is_trimmed_of_spaces_and_punctuation() -> None:
    text = "قالت فرنسا: « أوكرانيا، » و(فرنسا)."
    start = text.index(" أوكرانيا")
    assert text[slice(*scripts.trim_selection(text, start - 2, start + 11))] == "أوكرانيا"
    quoted = text.index("(فرنسا")
    assert text[slice(*scripts.trim_selection(text, quoted, len(text)))] == "فرنسا"
    assert scripts.trim_selection(text, 5, 5) == (5, 5)
    assert scripts.trim_selection("؟ ،", 0, 3) == (3, 3)


def test_a_reader_selection_loses_its_comma_and_guillemets() -> None:
    text = "دعم أوكرانيا، ثم «فرنسا» ."
    start = text.index(" أوكرانيا")
    assert (
        text[slice(*scripts.trim_selection(text, start, start + len(" أوكرانيا،")))] == "أوكرانيا"
    )
    quoted = text.index("«")
    assert text[slice(*scripts.trim_selection(text, quoted, len(text)))] == "فرنسا"


def test_presentation_letters_are_the_letters_among_the_presentation_forms() -> None:
    letters = re.compile(f"[{scripts.PRESENTATION_LETTERS}]")
    phrases = {"\ufdfa", "\ufdfb"}  # ﷺ and ﷻ stand for several words
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        ch = chr(code)
        expected = unicodedata.category(ch) == "Lo" and ch not in phrases
        assert bool(letters.fullmatch(ch)) == expected, hex(code)
