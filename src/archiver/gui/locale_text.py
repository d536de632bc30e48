"""Numbers, dates and inserted names written for the interface's language."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate … pop: a name keeps its own direction
RLM, LRM = "\u200f", "\u200e"  # right-to-left and left-to-right marks
LRI = "\u2066"  # left-to-right isolate


def number(n: int | float) -> str:
    """``n`` in the interface's locale: 1,234 in English, 1.234 (ar_TN) or ١٬٢٣٤ (ar_EG)."""
    return QLocale().toString(n)


def local_time(stored: str) -> str:
    """A stored UTC time as the user's clock shows it, to the minute (the year when not this one)."""
    try:
        when = datetime.fromisoformat(stored).astimezone()
    except ValueError:
        return stored
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    # The month's name and the digits in the interface's language.
    return QLocale().toString(
        moment, "d MMM HH:mm" if when.year == datetime.now().year else "d MMM yyyy"
    )


def isolate(text: object) -> str:
    """``text`` wrapped in bidi isolates, for a Latin name, path or key inside Arabic text."""
    return f"{FSI}{text}{PDI}"


def file_isolate(name: object) -> str:
    """A file name isolated for a line of the interface: left to right in an English one (an
    Arabic name keeps its ".txt" at its end, as a file manager shows it), else by its first
    letter."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return isolate(name) if rtl else f"{LRI}{name}{PDI}"


def rtl_mark() -> str:
    """A right-to-left mark in a right-to-left interface ("" otherwise): put before a line
    that starts with a Latin name, or after one, so the line and its punctuation stay Arabic."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return RLM if rtl else ""


def line_mark() -> str:
    """The interface's own direction mark (RLM in Arabic, LRM in English), to start a line."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return RLM if rtl else LRM


def key_list(shown: Iterable[str]) -> str:
    """Several shortcuts as one text: "Ctrl+Shift+Z, Ctrl+Y" (an Arabic comma in Arabic)."""
    return QCoreApplication.translate("Keys", ", ", "between two shortcuts").join(shown)


def keys(*sequences: str) -> str:
    """Shortcut keys as the platform writes them ("Ctrl+K, /"), isolated for a sentence."""
    native = QKeySequence.SequenceFormat.NativeText
    return isolate(key_list(QKeySequence(k).toString(native) for k in sequences))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    """``text`` unchanged, marked for lupdate: a table's string, translated where it is shown."""
    return text
