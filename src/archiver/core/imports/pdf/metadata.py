"""A PDF's document information, cleaned: a title and an author worth showing, an ISO
creation date."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

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


_JUNK_AUTHORS = re.compile(
    r"^(unknown|none|null|user|admin(istrator)?|author|[\W\d_]*)$", re.IGNORECASE
)


def clean_author(value: object) -> str:
    """An author worth showing ("" for empty and placeholder names: "Unknown", "User")."""
    if not isinstance(value, str):
        return ""
    author = " ".join(unicodedata.normalize("NFKC", value.replace("\x00", "")).split())
    return "" if _JUNK_AUTHORS.match(author) else unicodedata.normalize("NFC", author)


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
