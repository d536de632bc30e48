"""Plain-text import: encoding detection (UTF-8, UTF-16, Windows-1256) and the canonical text."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted
from archiver.core.text import scripts

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def canonical(text: str) -> str:
    """NFC, LF line ends, no BOM, no trailing spaces at line ends."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _looks_binary(data: bytes) -> bool:
    """More than 1 % control bytes (NUL included): a stray NUL in an article is damage, kept."""
    sample = data[:8192]
    controls = len(sample.translate(None, _NOT_CONTROL))  # what is left are the control bytes
    return controls > max(3, len(sample) // 100)


def _plausible(text: str) -> bool:
    """True when decoded text is mostly printable Latin/Arabic script, not decoded noise."""
    sample = text[:4000]
    if not sample:
        return False
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    letters = [ch for ch in sample if ch.isalpha()]
    familiar = sum(1 for ch in letters if ord(ch) < 0x250 or 0x600 <= ord(ch) < 0x700)
    return printable / len(sample) > 0.98 and (not letters or familiar / len(letters) > 0.8)


def _utf16_without_bom(data: bytes) -> str | None:
    """Text from UTF-16 without a BOM, recognised by NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 40 + 1:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    return None


def _cp1256(data: bytes) -> str | None:
    """Text decoded as Windows-1256 when it reads as Arabic (most non-ASCII letters Arabic)."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    arabic = sum(1 for ch in non_ascii if scripts.is_word_char(ch))
    return text if non_ascii and arabic / len(non_ascii) > 0.9 else None


def _other_encoding(data: bytes) -> tuple[str, str] | None:
    """A last guess by charset-normalizer, accepted only when it is confident."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        return None
    return str(best), best.encoding


def _utf8_with_a_few_bad_bytes(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a stray byte or two (a damaged copy): keep it, the bad bytes replaced."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    # Many errors: another encoding, not damage -- unless far more characters decoded well
    # (Windows-1256 bytes almost never form valid UTF-8 sequences).
    well = sum(1 for ch in text if ord(ch) > 127) - bad
    if bad > max(2, len(data) // 2000) and well < 20 * bad:
        return None
    return text, f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced)"


def decode(data: bytes) -> tuple[str, str]:
    """Decoded text and the encoding name, or ImportFailure when no encoding fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise ImportFailure(
                    FailureCode.BAD_BOM, f"not valid {codec} text despite its BOM", encoding=codec
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, "utf-16"
    if _looks_binary(data):
        raise ImportFailure(FailureCode.BINARY_FILE, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = _utf8_with_a_few_bad_bytes(data)
    if mended is not None:
        return mended
    arabic = _cp1256(data)
    if arabic is not None:
        return arabic, "windows-1256"
    guess = _other_encoding(data)
    if guess is None:
        raise ImportFailure(
            FailureCode.UNKNOWN_ENCODING,
            "unknown text encoding (not UTF-8, UTF-16 or Windows-1256)",
        )
    return guess


# Counted by regular expressions (C loops): a Python loop over every character was the
# costliest step of preparing a text file.
_SPACE_RE = re.compile(r"\s")  # the same characters as str.isspace
_UNREADABLE_RE = re.compile(  # U+FFFD, and controls (Cc but not space), private use, surrogates
    "[\ufffd\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ue000-\uf8ff\ud800-\udfff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def readable_share(text: str) -> float:
    """Share (0..1) of the visible characters that are not U+FFFD, controls or private use."""
    visible = len(text) - len(_SPACE_RE.findall(text))
    bad = len(_UNREADABLE_RE.findall(text))
    return 1 - bad / visible if visible else 0.0


TITLE_MAX = 100  # characters: a title taken from the text is cut at a word before this
_TITLE_TAIL = " \t,،;؛:-–—(«\"'"


def title_from_text(text: str) -> str:
    """The first non-empty line, cut to a readable length (``short_title``)."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if any(ch.isalpha() for ch in line):  # skip page numbers and rules
            return short_title(line)
    return ""


def short_title(line: str) -> str:
    """A line of text as a title: whole up to TITLE_MAX characters, else cut after its last
    whole word that fits (not mid-word, unless one word is most of it), with "…"."""
    if len(line) <= TITLE_MAX:
        return line
    cut = line[: TITLE_MAX - 1]
    if not line[TITLE_MAX - 1].isspace():
        space = max(cut.rfind(" "), cut.rfind("\t"))
        cut = cut[:space] if space >= TITLE_MAX // 2 else cut
    return cut.rstrip(_TITLE_TAIL) + "…"


def fitted_title(title: str, text: str) -> str:
    """One rule for every format: a title the text opens with (a first line, a heading) is
    cut as ``short_title`` cuts; one only the metadata holds stays whole (cutting would
    lose its end, which is nowhere else)."""
    if len(title) > TITLE_MAX and title in text[: len(title) + 4 * TITLE_MAX]:
        return short_title(title)
    return title


def extract_text(path: Path, data: bytes | None = None) -> Extracted:
    """Read a .txt/.md file (or its bytes, already read) into an Extracted record."""
    if data is None:
        data = path.read_bytes()
    raw, encoding = decode(data)  # before any emptiness test: a BOM alone is no text
    if not raw.lstrip("\ufeff"):
        raise ImportFailure(FailureCode.EMPTY_FILE, "empty file")
    warnings = [f"encoding: {encoding}"] if "replaced" in encoding else []
    cleaned, controls = _CONTROL_RE.subn("", raw)
    if controls:
        warnings.append(f"{controls} control character{'s' if controls > 1 else ''} removed")
    text = canonical(cleaned)
    if not text.strip():
        raise ImportFailure(FailureCode.ONLY_SPACES, "empty file (only spaces)")
    return Extracted(
        kind="text",
        text=text,
        raw_text="",  # the decoded original, when needed, is kept by ``core.originals``
        title=title_from_text(text),
        encoding=encoding,
        method=f"text/{encoding}",
        quality=1.0,
        warnings=warnings,
    )
