"""How much of an extracted text looks like real words: the quality figure of a PDF import."""

from __future__ import annotations

import re

from archiver.core.imports.pdf.repair import tokens
from archiver.core.text import scripts

_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f]+(?:['’.-][A-Za-z\u00c0-\u024f]+)*$")
_NUMBER = re.compile(
    r"^[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/٫٬-][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?$"
)
_ARABIC_WORD = re.compile(f"^[{scripts.WORD_CHARS}]+$")
_PRESENTATION = re.compile(f"[{scripts.PRESENTATION_FORMS}]")
_AR_RE = re.compile(f"[{scripts.LETTERS}]")


def quality_score(text: str) -> float:
    """Share (0..1) of word tokens that look well formed; punctuation-only tokens are skipped.

    Good tokens: numbers; Latin words with a vowel (or all-caps acronyms up to 5 letters);
    Arabic words of 2+ letters (or و) that have no presentation forms, do not start with ة
    and carry no Latin letters.  Anything else (mixed scripts, U+FFFD, lone letters) is bad.
    """
    good = total = 0
    for token in tokens(text):
        if not any(ch.isalnum() for ch in token):
            continue
        total += 1
        good += _good_token(token)
    return round(good / total, 3) if total else 0.0


def _good_token(token: str) -> bool:
    if _NUMBER.match(token):
        return True
    if _LATIN_WORD.match(token):
        return bool(re.search(r"[aeiouyAEIOUY\u00c0-\u024f]", token)) or (
            token.isupper() and len(token) <= 5
        )
    if _PRESENTATION.search(token) or not _ARABIC_WORD.match(token):
        return False
    letters = [ch for ch in token if _AR_RE.match(ch)]
    return (len(letters) >= 2 or token == "و") and letters[:1] != ["ة"]
