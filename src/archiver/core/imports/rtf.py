"""RTF with striprtf: the code page the file declares (``\\ansicpg1256`` for Arabic), ``\\'hh``
and ``\\uN`` escapes, and the ``\\info`` group's title, author and creation time (in Unicode
from a ``\\upr``/``\\ud`` pair when the file has one: its ANSI half is question marks for Arabic
in a Western code page)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted, damaged, no_text
from archiver.core.imports.paragraphs import Paragraph, document_text, tidy
from archiver.core.imports.pdf.metadata import clean_title

_MAGIC = re.compile(rb"^\s*\{\\rtf", re.ASCII)
_CODEPAGE = re.compile(r"\\ansicpg(\d+)")
_CONTENT = r"((?:[^{}\\]|\\.|\\[a-z]+-?\d* ?)*)"  # a group's text: no group inside
_INFO_FIELD = r"\{\\%s\s+" + _CONTENT + r"\}"
# {\upr{\title ANSI}{\*\ud{\title Unicode}}}, as the RTF specification writes it
_UD_FIELD = r"\{\\\*\\ud\s*\{\\%s\s+" + _CONTENT + r"\}\s*\}"
# {\title\upr{ANSI}{\*\ud{Unicode}}}, the pair inside the field's group
_UPR_IN_FIELD = (r"\{\\%s\s*\\upr\s*\{" + _CONTENT + r"\}\s*\{\\\*\\ud\s*\{"
                 + _CONTENT + r"\}\s*\}\s*\}")  # fmt: skip
_RTLPAR = re.compile(r"\\rtlpar(?![a-z])")
_LTRPAR = re.compile(r"\\ltrpar(?![a-z])")
_CREATED = re.compile(r"\\creatim\s*\\yr(\d{4})\s*\\mo(\d{1,2})\s*\\dy(\d{1,2})")


def extract_rtf(path: Path, data: bytes) -> Extracted:
    """The text of an .rtf file, decoded by its declared code page, and its \\info fields."""
    if not _MAGIC.match(data):
        raise ImportFailure(FailureCode.NOT_RTF, "not an RTF file (it does not begin with {\\rtf)")
    codepage = _codepage(data)
    source = data.decode(codepage, "replace")
    text = _plain(source, codepage)
    direction = _direction(source)
    paragraphs = [Paragraph(tidy(line), direction) for line in text.split("\n")]
    canonical = document_text(paragraphs)
    if not canonical:
        raise no_text("RTF file")
    return Extracted(
        kind="rtf",
        text=canonical,
        raw_text=text,
        title=clean_title(_info(source, "title", codepage)),
        file_date=_created(source),
        encoding=codepage,
        method=f"striprtf/{codepage}",
        author=_info(source, "author", codepage) or "",
    )


def _direction(source: str) -> str | None:
    """ "rtl" when the file's paragraphs are all ``\\rtlpar``; None otherwise.

    ``\\ltrpar`` is RTF's default, which writers such as LibreOffice put on every paragraph
    not set right-to-left, Arabic ones included: like a Word paragraph without ``w:bidi`` it
    declares nothing, and the paragraph shows by its letters. A file mixing both kinds has
    no one direction either.
    """
    rtl = _RTLPAR.search(source) is not None
    ltr = _LTRPAR.search(source) is not None
    return "rtl" if rtl and not ltr else None


def _codepage(data: bytes) -> str:
    """The Python codec of the file's ``\\ansicpg`` (Windows-1252 when absent or unknown)."""
    import codecs

    match = _CODEPAGE.search(data[:4096].decode("latin-1"))
    if match:
        name = f"cp{match.group(1)}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return "cp1252"


def _plain(source: str, codepage: str) -> str:
    from striprtf.striprtf import rtf_to_text

    try:
        return str(rtf_to_text(source, encoding=codepage, errors="replace"))
    except Exception as exc:  # striprtf's parser on a damaged file
        raise damaged("RTF file", type(exc).__name__) from exc


def _info(source: str, field: str, codepage: str) -> str | None:
    """One \\info field's text (its escapes decoded; the Unicode of a \\ud group first), or None."""
    head = source[:200_000]
    for pattern in (_UD_FIELD, _UPR_IN_FIELD, _INFO_FIELD):
        match = re.search(pattern % field, head)
        if match:
            header = "{\\rtf1\\ansi\\ansicpg" + codepage.removeprefix("cp") + " "
            return tidy(_plain(header + match.group(match.lastindex or 1) + "}", codepage)) or None
    return None


def _created(source: str) -> str | None:
    match = _CREATED.search(source[:200_000])
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None
