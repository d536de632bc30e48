"""Repairing Arabic in text a PDF library extracted: presentation forms, bidi marks, lines in
visual order (reversed), pieces cut at digits and Latin words, harakat before their letter.

Measured on QPdfWriter (Qt 6) PDFs with pypdf 7.1: plain mode returns every Arabic line in
visual order (characters reversed, and a line cut into pieces at digits and Latin words);
layout mode returns words in logical order.  LibreOffice and Chromium PDFs do the opposite
(see docs on PDF import).  So both readings go through the same scored reversed-line repair,
which leaves lines alone unless their words read backwards.
"""

from __future__ import annotations

import re
import unicodedata

from archiver.core.text import scripts

# --- character classes ------------------------------------------------------------------
_AR_LETTER = scripts.LETTERS
_AR_MARK = scripts.MARKS
_BIDI_CONTROLS = re.compile(f"[{scripts.BIDI_CONTROLS}\ufeff]")  # and the BOM, a stray one
_AR_RE = re.compile(f"[{_AR_LETTER}]")
_AR_WORD_RE = re.compile(f"[{scripts.WORD_CHARS}]")
_LATIN_OR_DIGIT = "A-Za-z\u00c0-\u024f" + scripts.DIGITS
_JUNCTION = re.compile(
    f"(?<=[{scripts.WORD_CHARS}])(?=[{_LATIN_OR_DIGIT}])|(?<=[{_LATIN_OR_DIGIT}])(?=[{_AR_LETTER}])"
)
_LONE_MARKS = re.compile(f"(?<=\\S)[ \\t]+([{_AR_MARK}]+)(?=\\s|$)")
_MARKS_FIRST = re.compile(f"([{_AR_MARK}]+)([{_AR_LETTER}])")
_WORD_START_MARK = re.compile(f"(?:^|\\s)[{_AR_MARK}]")
_WORD_END_MARK = re.compile(f"[{_AR_MARK}](?=\\s|$)")
_PAIRS = ("()", "[]", "{}", "«»")
_BRACKET_JUNCTION = re.compile(f"(?<=[{_AR_LETTER}])(?=[(\\[{{«])|(?<=[)\\]}}»])(?=[{_AR_LETTER}])")
_PUNCT_STRIP = "\"'()[]{}<>«».,;:!?،؛؟…-–—/\\|*•"

# Frequent Arabic function words; none of them reads as another one backwards.
FUNCTION_WORDS = frozenset(
    {
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "هذا",
        "التي",
        "الذي",
        "الذين",
        "أن",
        "إن",
        "كان",
        "ذلك",
        "بين",
        "بعد",
        "قبل",
        "عند",
        "منذ",
        "حتى",
        "ثم",
        "لم",
        "لن",
        "هو",
        "هي",
        "كانت",
        "يكون",
    }
)
REVERSED_FUNCTION_WORDS = frozenset(w[::-1] for w in FUNCTION_WORDS)


# --- normalisation ----------------------------------------------------------------------
def _units(line: str) -> list[str]:
    """NFKC per character, so a folded lam-alef stays one unit when a line is reversed."""
    out = []
    for ch in _BIDI_CONTROLS.sub(" ", line).replace("\t", " "):
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) > 1 and folded[0] == " " and _is_mark(folded[1]):
            folded = folded[1:]  # isolated haraka forms fold to " " + mark
        out.append(folded)
    return out


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def _kind(unit: str) -> str:
    """'R' for Arabic letters and marks, 'L' for Latin letters and digits, 'N' otherwise."""
    ch = unit[:1]
    if not ch:
        return "N"
    if _AR_WORD_RE.match(ch) or (_is_mark(ch) and "\u0600" <= ch <= "\u06ff"):
        return "R"
    if ch.isalnum():
        return "L"
    return "N"


def tokens(text: str) -> list[str]:
    """The words of ``text``, punctuation stripped from their ends."""
    return [t for t in (w.strip(_PUNCT_STRIP) for w in text.split()) if t]


# --- reversed-line detection --------------------------------------------------------------
def direction_score(line: str) -> int:
    """How much a line's Arabic words read forwards (> 0) or backwards (< 0); 0 = no evidence.

    Evidence per Arabic word: a function word (في من على...) counts 2 forwards, the same word
    reversed (يف نم ىلع...) 2 backwards; ة at the start of a word counts 2 backwards (it only
    ends words); ى at the start 1 backwards, ة/ى at the end 1 forwards; ال at the start of a
    word of 4+ letters 1 forwards, لا at the end of one 1 backwards.
    """
    score = 0
    for word in tokens(unicodedata.normalize("NFKC", line)):
        if not _AR_RE.match(word):
            continue
        score += _word_score(word)
    return score


def _word_score(word: str) -> int:
    if word in FUNCTION_WORDS:
        return 2
    if word in REVERSED_FUNCTION_WORDS:
        return -2
    score = 0
    score -= {"ة": 2, "ى": 1}.get(word[0], 0)
    score += 1 if word[-1] in "ةى" and len(word) > 1 else 0
    if len(word) >= 4:
        score += word.startswith("ال") - word.endswith("لا")
    return score


def _is_rtl_base(units: list[str]) -> bool:
    kinds = [_kind(u) for u in units]
    return kinds.count("R") >= kinds.count("L")


def _reverse_runs(units: list[str], kinds: list[str], target: str) -> list[str]:
    """Reverse, in place, each maximal run of ``target`` units (neutrals inside a run)."""
    out = list(units)
    i = 0
    while i < len(out):
        if kinds[i] != target:
            i += 1
            continue
        j = i
        for k in range(i, len(out)):
            if kinds[k] == target:
                j = k
            elif kinds[k] != "N":
                break
        out[i : j + 1] = out[i : j + 1][::-1]
        i = j + 1
    return out


def visual_to_logical(line: str) -> str:
    """Turn one visual-order line (as drawn, left to right) into logical order."""
    if "\xa0" in line and _is_rtl_base(_units(line)):
        # pypdf joins the separately drawn pieces of a line with a no-break space, in drawing
        # order, which is logical order; only the inside of each piece is visual.
        return " ".join(visual_to_logical(part) for part in line.split("\xa0"))
    units = _units(line)
    kinds = [_kind(u) for u in units]
    if _is_rtl_base(units):
        units, kinds = units[::-1], kinds[::-1]
        units = _reverse_runs(units, kinds, "L")
        return _fix_marks(_balance_brackets("".join(units)))
    else:
        units = _reverse_runs(units, kinds, "R")
    return _fix_marks("".join(units))


def _balance_brackets(text: str) -> str:
    """Swap a bracket pair that reads closing-first (some producers map the mirrored glyph)."""
    for pair in _PAIRS:
        first = next((ch for ch in text if ch in pair), None)
        if first == pair[1]:
            text = text.translate(str.maketrans(pair, pair[::-1]))
    return text


def _fix_marks(text: str) -> str:
    """After a reversal, put harakat back after their letter when they landed before it."""
    if len(_WORD_START_MARK.findall(text)) > len(_WORD_END_MARK.findall(text)):
        return _MARKS_FIRST.sub(r"\2\1", text)
    return text


# --- one reading ------------------------------------------------------------------------
def _is_glue(line: str) -> bool:
    """A short Latin/digit piece (or nothing) that pypdf cut out of a visual Arabic line."""
    words = line.split()
    return len(words) <= 3 and len(line.strip()) <= 40 and not _has_arabic(line)


def _reversed_flags(lines: list[str], document_prior: int = 0) -> list[bool]:
    """Which lines read backwards; a line with no evidence follows its page, then the file."""
    scores = [direction_score(line) for line in lines]
    prior = sum(scores) or document_prior
    return [
        s < 0 or (s == 0 and prior < 0 and _has_arabic(ln))
        for s, ln in zip(scores, lines, strict=True)
    ]


def _has_arabic(text: str) -> bool:
    return bool(_AR_RE.search(unicodedata.normalize("NFKC", text)))


def _merge_fragments(lines: list[str], flags: list[bool]) -> tuple[list[str], list[bool]]:
    """Join reversed line + short Latin/digit pieces + reversed line back into one line."""
    out: list[str] = []
    out_flags: list[bool] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while flags[i] and j < len(lines) and _is_glue(lines[j]) and not flags[j]:
            j += 1
        if flags[i] and j > i + 1 and j < len(lines) and flags[j]:
            lines[j] = " ".join([*lines[i:j], lines[j]])
            i = j
            continue
        out.append(lines[i])
        out_flags.append(flags[i])
        i += 1
    return out, out_flags


def _lines(raw: str) -> list[str]:
    return raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


def document_prior(pages: list[str]) -> int:
    """The direction evidence of a whole reading, for pages that carry none of their own."""
    return sum(direction_score(line) for page in pages for line in _lines(page))


def repair_reading(raw: str, prior: int = 0) -> str:
    """Repair one page of extracted text: NFKC, bidi marks, reversed lines, spacing, NFC.

    ``prior`` is the direction evidence of the whole document (``document_prior``): a page
    holding only a title, say, has no function words to tell which way it reads.
    """
    lines = _lines(raw)
    flags = _reversed_flags(lines, prior)
    lines, flags = _merge_fragments(lines, flags)
    fixed = [
        visual_to_logical(ln) if rev else "".join(_units(ln))
        for ln, rev in zip(lines, flags, strict=True)
    ]
    return _tidy("\n".join(fixed))


def _tidy(text: str) -> str:
    text = _JUNCTION.sub(" ", text)
    text = _BRACKET_JUNCTION.sub(" ", text)
    text = _LONE_MARKS.sub(r"\1", text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return unicodedata.normalize("NFC", text)
