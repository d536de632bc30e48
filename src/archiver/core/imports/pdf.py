"""Import PDFs with pypdf: two readings (plain and layout mode), repaired for Arabic.

Measured on QPdfWriter (Qt 6) PDFs with pypdf 7.1: plain mode returns every Arabic line in
visual order (characters reversed, and a line cut into pieces at digits and Latin words);
layout mode returns words in logical order.  LibreOffice and Chromium PDFs do the opposite
(see docs on PDF import).  So both readings go through the same scored reversed-line repair,
which leaves lines alone unless their words read backwards.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from archiver.core.imports.base import Extracted, ImportFailure

METHOD = "pypdf-plain+layout"
_MAGIC_WINDOW = 1024

# --- character classes ------------------------------------------------------------------
_AR_LETTER = "\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06ff"
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
_AR_RE = re.compile(f"[{_AR_LETTER}]")
_LATIN_OR_DIGIT = "A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9"
_JUNCTION = re.compile(
    f"(?<=[{_AR_LETTER}{_AR_MARK}])(?=[{_LATIN_OR_DIGIT}])"
    f"|(?<=[{_LATIN_OR_DIGIT}])(?=[{_AR_LETTER}])"
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
    if _AR_RE.match(ch) or (_is_mark(ch) and "\u0600" <= ch <= "\u06ff"):
        return "R"
    if ch.isalnum():
        return "L"
    return "N"


def _tokens(text: str) -> list[str]:
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
    for word in _tokens(unicodedata.normalize("NFKC", line)):
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


# --- quality ------------------------------------------------------------------------------
_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f]+(?:['’.-][A-Za-z\u00c0-\u024f]+)*$")
_NUMBER = re.compile(
    r"^[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/٫٬-][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?$"
)
_ARABIC_WORD = re.compile(f"^[{_AR_LETTER}{_AR_MARK}\u0640]+$")


def quality_score(text: str) -> float:
    """Share (0..1) of word tokens that look well formed; punctuation-only tokens are skipped.

    Good tokens: numbers; Latin words with a vowel (or all-caps acronyms up to 5 letters);
    Arabic words of 2+ letters (or و) that have no presentation forms, do not start with ة
    and carry no Latin letters.  Anything else (mixed scripts, U+FFFD, lone letters) is bad.
    """
    good = total = 0
    for token in _tokens(text):
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


# --- metadata -----------------------------------------------------------------------------
_JUNK_TITLES = re.compile(
    r"^(untitled.*|document\d*|title|slide \d+|powerpoint presentation|\(anonymous\)|"
    r"microsoft word|none|null|unknown|[\W\d_]*)$",
    re.IGNORECASE,
)
_APP_PREFIX = re.compile(r"^microsoft (word|powerpoint|excel) - ", re.IGNORECASE)
_FILE_EXT = re.compile(r"\.(pdf|docx?|odt|rtf|txt|pptx?|xlsx?|html?|indd|pages)$", re.IGNORECASE)


def clean_title(value: object) -> str | None:
    """A PDF /Title worth showing, or None for empty and junk titles and bare file names.

    "Microsoft Word - Ceasefire report.docx" gives "Ceasefire report"; a file name without
    spaces ("report_2025.pdf", "x.docx") gives None.
    """
    if not isinstance(value, str):
        return None
    title = unicodedata.normalize("NFKC", value.replace("\x00", "")).strip()
    title = _APP_PREFIX.sub("", title).strip()
    if _FILE_EXT.search(title):
        title = _FILE_EXT.sub("", title).strip()
        if " " not in title:
            return None
    if _JUNK_TITLES.match(title):
        return None
    return unicodedata.normalize("NFC", title)


_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(?:-?(\d{2}))?(?:-?(\d{2}))?")


def parse_pdf_date(value: object) -> str | None:
    """An ISO date "YYYY-MM-DD" from a PDF date ("D:20250708093000+03'00'"); None if bad.

    Missing month or day default to 01, as the PDF specification says.
    """
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value)
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# --- pypdf ---------------------------------------------------------------------------------
class _ThreadLog(logging.Handler):
    """Collects what pypdf logs from this thread (other threads may extract other files)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


@contextmanager
def _pypdf_log() -> Iterator[_ThreadLog]:
    """Attach a handler to the ``pypdf`` logger for the duration of one file's extraction."""
    logger = logging.getLogger("pypdf")
    handler = _ThreadLog()
    old_level = logger.level
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(_MAGIC_WINDOW + 5)
    except OSError as exc:
        raise ImportFailure(f"cannot read file ({exc.strerror or exc})") from exc
    if not head:
        raise ImportFailure("empty file")
    if b"%PDF-" not in head[: _MAGIC_WINDOW + 5]:
        raise ImportFailure("not a PDF")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:80]


def _open(path: Path, password: str | None) -> Any:
    """A PdfReader ready to read pages, or ImportFailure with the user's reason."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfStreamError, WrongPasswordError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            _decrypt(reader, password)
        len(reader.pages)
    except ImportFailure:
        raise
    except WrongPasswordError as exc:
        raise ImportFailure("wrong password") from exc
    except DependencyError as exc:
        raise ImportFailure("encrypted with a method this installation cannot read") from exc
    except PdfStreamError as exc:
        raise ImportFailure("damaged PDF (truncated)") from exc
    except Exception as exc:
        raise ImportFailure(_damage_reason(exc)) from exc
    return reader


def _decrypt(reader: Any, password: str | None) -> None:
    """Decrypt with the password, or with the empty user password (owner-only files)."""
    if password is not None and reader.decrypt(password):
        return
    if reader.decrypt(""):
        return  # a password was given but none was needed to read the file
    raise ImportFailure("encrypted; password needed" if password is None else "wrong password")


def _damage_reason(exc: BaseException) -> str:
    from pypdf.errors import FileNotDecryptedError

    if isinstance(exc, FileNotDecryptedError):
        return "encrypted; password needed"
    text = str(exc)
    if "EOF marker" in text or "ended unexpectedly" in text or "startxref" in text:
        return "damaged PDF (truncated)"
    return f"damaged PDF ({_short(exc)})"


@dataclass
class _Page:
    plain: str = ""
    layout: str = ""
    has_images: bool = False
    failed: bool = False


def _read_page(page: Any, log: _ThreadLog) -> _Page:
    """Both readings of one page; ``failed`` when it raised or logged and gave no text."""
    result = _Page()
    logged = len(log.messages)
    try:
        result.plain = page.extract_text() or ""
    except Exception:
        result.failed = True
        return result
    if not result.plain.strip():
        result.failed = len(log.messages) > logged
        result.has_images = _has_images(page)
        return result
    try:
        result.layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:
        result.layout = ""
    return result


def _has_images(page: Any) -> bool:
    try:
        return len(page.images) > 0
    except Exception:
        return False


@dataclass
class _Readings:
    plain: list[str] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: int = 0
    scanned: int = 0


def _read_pages(reader: Any) -> _Readings:
    out = _Readings()
    with _pypdf_log() as log:
        for number, page in enumerate(reader.pages, start=1):
            result = _read_page(page, log)
            _collect(out, number, result)
    return out


def _collect(out: _Readings, number: int, page: _Page) -> None:
    if page.failed:
        out.failed += 1
        out.warnings.append(f"page {number} unreadable")
    elif page.plain.strip():
        out.plain.append(page.plain)
        out.layout.append(page.layout)
    elif page.has_images:
        out.scanned += 1
        out.warnings.append(f"page {number} has no text layer (scanned)")


def _check_text(readings: _Readings, pages: int) -> None:
    if readings.plain:
        return
    if readings.failed and (readings.failed == pages or not readings.scanned):
        raise ImportFailure("damaged PDF (no page could be read)")
    if readings.scanned:
        raise ImportFailure("no text layer (scanned); needs OCR")
    raise ImportFailure("no text found")


def _metadata(reader: Any) -> tuple[str | None, str | None]:
    try:
        info = reader.metadata or {}
        return clean_title(info.get("/Title")), parse_pdf_date(info.get("/CreationDate"))
    except Exception:
        return None, None


_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?(?:\s*/\s*\d{1,4})?\s*$")


def drop_page_numbers(page: str) -> str:
    """Remove a page number standing alone on the first or last line of a page."""
    lines = page.strip("\n").split("\n")
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


_SENTENCE_END = (".", "!", "?", "؟", ":", "؛", "…", '"', "»", "”")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*▪]\s|\d{1,2}[.)]\s)")


def reflow(page: str, *, title_first: bool = False) -> str:
    """Join the lines a PDF wrapped back into paragraphs.

    A line runs on into the next when it is nearly as long as the page's full lines and does
    not end a sentence; short lines (headings, the last line of a paragraph), blank lines,
    list items and, with ``title_first``, the document's first line stand alone.
    """
    lines = page.split("\n")
    full = sorted(len(ln) for ln in lines if len(ln.strip()) >= 20)
    if not full:
        return page
    wide = full[len(full) // 2] * 0.75
    out = [lines[0]]
    for number, line in enumerate(lines[1:], 1):
        previous = lines[number - 1].rstrip()
        runs_on = (
            len(previous) >= wide
            and not previous.endswith(_SENTENCE_END)
            and line.strip()
            and not _LIST_ITEM.match(line)
            and not (title_first and number == 1)
        )
        if runs_on:
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _join(pages: list[str]) -> str:
    return "\n\n".join(p for p in pages if p.strip())


def extract_pdf(path: Path, password: str | None = None) -> Extracted:
    """Extract a PDF's text (plain mode, repaired) and a layout-mode second reading."""
    path = Path(path)
    _check_magic(path)
    try:
        return _extract(path, password)
    except ImportFailure:
        raise
    except Exception as exc:  # pypdf raises many types; the user gets a reason, not a trace
        raise ImportFailure(_damage_reason(exc)) from exc


def _extract(path: Path, password: str | None) -> Extracted:
    reader = _open(path, password)
    readings = _read_pages(reader)
    pages = len(reader.pages)
    _check_text(readings, pages)
    plain_prior, layout_prior = document_prior(readings.plain), document_prior(readings.layout)
    pages_text = [drop_page_numbers(repair_reading(p, plain_prior)) for p in readings.plain]
    text = _join([reflow(p, title_first=i == 0) for i, p in enumerate(pages_text)])
    title, created = _metadata(reader)
    return Extracted(
        kind="pdf",
        text=text,
        raw_text=_join(readings.plain),
        alt_text=_join(
            [drop_page_numbers(repair_reading(p, layout_prior)) for p in readings.layout]
        ),
        title=title,
        date=created,
        pages=pages,
        method=METHOD,
        quality=quality_score(text),
        warnings=readings.warnings,
    )
