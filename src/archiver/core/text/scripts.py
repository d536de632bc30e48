"""The one definition of the characters of Arabic script the archive cares about.

Each constant is the inside of a regular-expression character class (``f"[{LETTERS}]"``).
They follow the Unicode categories of the Arabic blocks (Arabic, Arabic Supplement, Arabic
Extended-A): letters are the ``Lo`` characters, marks the ``Mn`` ones; tests hold them to it.
"""

from __future__ import annotations

import re
import unicodedata

LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c8"
)
"""Arabic letters (hamza included; tatweel, digits and signs not)."""

MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u08ca-\u08e1\u08e3-\u08ff"
    "\u06e5\u06e6"  # small waw and small yeh: modifier letters written above, like harakat
)
"""Harakat (fatha, damma, kasra, tanween, shadda, sukun), dagger alef and Quranic marks."""

TATWEEL = "\u0640"
"""The kashida that stretches a joined letter; it carries no sound and no meaning."""

WORD_CHARS = LETTERS + MARKS + TATWEEL
"""What an Arabic word is written with: letters, their marks, tatweel."""

ARABIC_INDIC_DIGITS = "\u0660-\u0669"
EASTERN_DIGITS = "\u06f0-\u06f9"  # Extended Arabic-Indic (Persian, Urdu)
DIGITS = "0-9" + ARABIC_INDIC_DIGITS + EASTERN_DIGITS
"""ASCII, Arabic-Indic and Eastern Arabic-Indic digits."""

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Arabic letter mark, LRM/RLM, embeddings and overrides, isolates."""

JOINER_CONTROLS = "\u200c\u200d"
"""Zero-width non-joiner and joiner: they change how letters join, not which letters."""

PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufeff"
"""Arabic Presentation Forms-A and -B (contextual glyph codes some PDFs carry; NFKC folds them)."""

PRESENTATION_LETTERS = (
    "\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdf9\ufe70-\ufe74\ufe76-\ufefc"
)
"""The letters (and isolated harakat) among the presentation forms: text copied from a PDF
viewer; NFKC gives the letters they stand for. The phrase ligatures (U+FDFA ﷺ, U+FDFB) are
left out: each stands for several words."""

FOLDED_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء"
"""The Arabic alphabet after folding (``arabic.fold``): no أ إ آ ى ة."""

_LETTER = re.compile(f"[{LETTERS}]")
_EDGE_CONTROLS = re.compile(f"^[{BIDI_CONTROLS}\\s]+|[{BIDI_CONTROLS}\\s]+$")
_WORD_CHAR = re.compile(f"[{WORD_CHARS}]")


def is_letter(ch: str) -> bool:
    """True for one Arabic letter."""
    return bool(_LETTER.fullmatch(ch))


def is_word_char(ch: str) -> bool:
    """True for a character Arabic words are written with (letter, mark, tatweel)."""
    return bool(_WORD_CHAR.fullmatch(ch))


def has_letter(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter."""
    return _LETTER.search(text) is not None


def starts_with_letter(text: str) -> bool:
    """True when ``text`` begins with an Arabic letter."""
    return _LETTER.match(text) is not None


def _loose(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A hand-made selection ``text[start:end]`` without spaces or punctuation at its ends.

    Punctuation is every Unicode P category, Arabic ، ؛ ؟ « » and quotes included.
    """
    while start < end and _loose(text[start]):
        start += 1
    while end > start and _loose(text[end - 1]):
        end -= 1
    return start, end


def without_edge_controls(text: str) -> str:
    """``text`` without bidi controls (or spaces) at its start and end: a title's form."""
    return _EDGE_CONTROLS.sub("", text)
