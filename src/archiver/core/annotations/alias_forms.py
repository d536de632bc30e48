"""Whether selected words may become a participant's alias, and in which form.

An alias names one participant everywhere. A title ("رئيس الوزراء البريطاني", "Foreign
Minister") names whoever holds the office, so as an alias of one holder it would suggest
them for every other; the offices are those of ``resources/titles.json``, the lists the people
suggestions read (``titles.office_in``). Words that are not a name's (a sentence's
punctuation, a verb such as قال or "said", no letter at all, a word with tanween) are no
alias either. Such a selection is still tagged; it becomes an alias only when asked for
plainly (the tag dialog's box ticked by hand).

The form kept: the selection trimmed as every hand-made one is (``scripts.trim_selection``),
without bidi controls at its ends, and without a conjunction or preposition in front of an
article (``arabic.without_proclitic``: والبيت الأبيض is البيت الأبيض) or an office's first
word (ورئيس الوزراء is رئيس الوزراء, if it is wanted at all). The alias matcher
allows those clitics in front of every alias, so they are no part of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.core.annotations import titles
from archiver.core.annotations.title_data import fold_word, load_titles
from archiver.core.text import arabic, scripts

OFFICE = "office"
"""The refusal of a title: the words name an office, not the person who holds it."""
NOT_A_NAME = "not_a_name"
"""The refusal of words that do not read as a name."""
KNOWN = "known"
"""The refusal of words one of the participant's aliases matches whole already."""

_PHRASE = re.compile(r"[،؛؟!?;\n«»“”\"]|\.\s")
_TANWEEN = re.compile("[\u064b-\u064d]")
_MAX_WORDS = 6
_FUNCTION_WORDS = frozenset({"of", "and", "the", "in", "at", "on"})  # in organisations' names


@dataclass(frozen=True)
class AliasForm:
    """The alias a selection would give (``text``) and, when it should not be one by
    default, why (``refusal``: OFFICE or NOT_A_NAME; ``office``: the title's office key)."""

    text: str
    refusal: str | None = None
    office: str = ""


def alias_form(selected: str) -> AliasForm:
    """What the words of a selection would be as an alias, and whether they should be."""
    start, end = scripts.trim_selection(selected, 0, len(selected))
    text = scripts.without_edge_controls(selected[start:end])
    first, space, rest = text.partition(" ")
    text = arabic.without_proclitic(first) + space + rest
    office = titles.office_in(text)
    if office is not None:
        if _clitic_on_office(text, office):
            text = text[1:]  # ورئيس الوزراء: the office is رئيس الوزراء
        return AliasForm(text, OFFICE, office)
    return AliasForm(text, None if _name_like(text) else NOT_A_NAME)


def _clitic_on_office(text: str, office: str) -> bool:
    """True when the office in ``text`` starts one letter in, after a proclitic (و ف ب ل ك)
    that is no letter of the office's own first word (وزير is an office's word: no clitic)."""
    first = text.split(" ", 1)[0]
    return (
        first[:1] in "وفبلك"
        and fold_word(first) not in load_titles().by_first
        and titles.office_in(text[1:]) == office
    )


def _name_like(text: str) -> bool:
    """Words that may be a name: letters, no sentence punctuation, few words, none that a
    name never holds (the title lists' ``not_names``: قال, أعلنت, said; tanween)."""
    words = arabic.words(text)
    if not words or len(words) > _MAX_WORDS or not any(ch.isalpha() for ch in text):
        return False
    if _PHRASE.search(text) or _TANWEEN.search(text):
        return False
    not_names = load_titles().not_names - _FUNCTION_WORDS
    # capitalised words of the list (months, days) are names too: May, Theresa May
    return not any(fold_word(w) in not_names and not w[:1].isupper() for w, _, _ in words)
