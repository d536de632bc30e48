"""The import warnings stored with a document (English sentences, kept as stored) in the
interface's language: each known sentence of core.imports by its pattern, its parts filled in."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, number

_PAGES = r"(?P<pages>pages? [\d, ]+)"
_VISUAL = r"the scan or the PDF's text is in visual order; check the text against the original"
# (the stored sentence's pattern, its words); the same sentences core/imports writes.
_WARNINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z"), words) for pattern, words in (
        (r"read by OCR \(numbers unverified\)",
         QT_TRANSLATE_NOOP("StoredWarnings", "read by OCR (numbers unverified)")),
        (_PAGES + r": read by OCR \(numbers unverified\)",
         QT_TRANSLATE_NOOP("StoredWarnings", "{pages}: read by OCR (numbers unverified)")),
        (_PAGES + r": scanned, but OCR found no text there",
         QT_TRANSLATE_NOOP("StoredWarnings", "{pages}: scanned, but OCR found no text there")),
        (_PAGES + r": no text layer \(scanned\), not read: (?P<detail>.*)",
         QT_TRANSLATE_NOOP("StoredWarnings", "{pages}: no text layer (scanned), not read: {detail}")),
        (r"page (?P<page>\d+) unreadable",
         QT_TRANSLATE_NOOP("StoredWarnings", "page {page} unreadable")),
        (r"(?P<count>\d+) control characters? removed",
         QT_TRANSLATE_NOOP("StoredWarnings", "control characters removed: {count}")),
        (r"attachment '(?P<name>.*)' not imported: (?P<detail>.*)",
         QT_TRANSLATE_NOOP("StoredWarnings", "attachment {name} not imported: {detail}")),
        (r"date: (?P<detail>.*)", QT_TRANSLATE_NOOP("StoredWarnings", "date: {detail}")),
        (r"Arabic read backwards \((?P<read>\S+) for (?P<meant>\S+)\): " + _VISUAL,
         QT_TRANSLATE_NOOP("StoredWarnings", "Arabic read backwards ({read} for {meant}): the "
                           "scan or the PDF's text is in visual order; check the text against "
                           "the original")),
        (r"Arabic read backwards: " + _VISUAL,
         QT_TRANSLATE_NOOP("StoredWarnings", "Arabic read backwards: the scan or the PDF's text "
                           "is in visual order; check the text against the original")),
    )
)  # fmt: skip


def _pages(stored: str) -> str:
    one, numbers = stored.startswith("page "), stored.split(" ", 1)[1]
    comma = "، " if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
    listed = comma.join(number(int(n)) for n in numbers.split(", ") if n.strip().isdigit())
    words = "page {0}" if one else "pages {0}"
    return QCoreApplication.translate("StoredWarnings", words).format(listed)


QT_TRANSLATE_NOOP("StoredWarnings", "page {0}")
QT_TRANSLATE_NOOP("StoredWarnings", "pages {0}")


def warning_text(stored: str) -> str:
    """One stored warning in the interface's language (an unknown one as stored, isolated)."""
    for pattern, words in _WARNINGS:
        found = pattern.match(stored)
        if found is None:
            continue
        parts = found.groupdict()
        shown = {name: isolate(value) for name, value in parts.items()}  # paths, English detail
        if "pages" in parts:
            shown["pages"] = _pages(parts["pages"])
        for name in ("page", "count"):
            if name in parts:
                shown[name] = number(int(parts[name]))
        return QCoreApplication.translate("StoredWarnings", words).format(**shown)
    return isolate(stored)
