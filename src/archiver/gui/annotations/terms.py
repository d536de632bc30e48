"""The words of the core's identifiers (statuses, kinds, roles, …) in the interface's language.

The core stores English identifiers ("partly_delivered", "organisation"); these tables say
them to the user. Each table has its own context, so "other" can be said differently as a
kind, an action and a category. Dates keep their ISO shape in the locale's digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from archiver.gui.locale_text import QT_TRANSLATE_NOOP, isolate, keys, rtl_mark

STATUSES = {
    "considering": QT_TRANSLATE_NOOP("CommitmentStatus", "considering (expressed interest)"),
    "offered": QT_TRANSLATE_NOOP("CommitmentStatus", "offered"),
    "pledged": QT_TRANSLATE_NOOP("CommitmentStatus", "pledged"),
    "conditional": QT_TRANSLATE_NOOP("CommitmentStatus", "conditional"),
    "partly_delivered": QT_TRANSLATE_NOOP("CommitmentStatus", "partly delivered"),
    "delivered": QT_TRANSLATE_NOOP("CommitmentStatus", "delivered"),
    "refused": QT_TRANSLATE_NOOP("CommitmentStatus", "refused"),
    "suspended": QT_TRANSLATE_NOOP("CommitmentStatus", "suspended"),
    "withdrawn": QT_TRANSLATE_NOOP("CommitmentStatus", "withdrawn"),
    "unclear": QT_TRANSLATE_NOOP("CommitmentStatus", "unclear"),
}
ACTIONS = {
    "offer": QT_TRANSLATE_NOOP("CommitmentAction", "offer"),
    "pledge": QT_TRANSLATE_NOOP("CommitmentAction", "pledge"),
    "refuse": QT_TRANSLATE_NOOP("CommitmentAction", "refuse"),
    "suspend": QT_TRANSLATE_NOOP("CommitmentAction", "suspend"),
    "deliver": QT_TRANSLATE_NOOP("CommitmentAction", "deliver"),
    "withdraw": QT_TRANSLATE_NOOP("CommitmentAction", "withdraw"),
    "demand": QT_TRANSLATE_NOOP("CommitmentAction", "demand"),
    "support": QT_TRANSLATE_NOOP("CommitmentAction", "support"),
    "other": QT_TRANSLATE_NOOP("CommitmentAction", "other"),
}
CATEGORIES = {
    "military": QT_TRANSLATE_NOOP("CommitmentCategory", "military"),
    "financial": QT_TRANSLATE_NOOP("CommitmentCategory", "financial"),
    "humanitarian": QT_TRANSLATE_NOOP("CommitmentCategory", "humanitarian"),
    "monitoring": QT_TRANSLATE_NOOP("CommitmentCategory", "monitoring"),
    "diplomatic": QT_TRANSLATE_NOOP("CommitmentCategory", "diplomatic"),
    "troops": QT_TRANSLATE_NOOP("CommitmentCategory", "troops"),
    "sanctions": QT_TRANSLATE_NOOP("CommitmentCategory", "sanctions"),
    "other": QT_TRANSLATE_NOOP("CommitmentCategory", "other"),
}
KINDS = {
    "state": QT_TRANSLATE_NOOP("ParticipantKind", "state"),
    "person": QT_TRANSLATE_NOOP("ParticipantKind", "person"),
    "organisation": QT_TRANSLATE_NOOP("ParticipantKind", "organisation"),
    "coalition": QT_TRANSLATE_NOOP("ParticipantKind", "coalition"),
    "place": QT_TRANSLATE_NOOP("ParticipantKind", "place"),
    "other": QT_TRANSLATE_NOOP("ParticipantKind", "other"),
}
ALIAS_KINDS = {
    "name": QT_TRANSLATE_NOOP("AliasKind", "name"),
    "demonym": QT_TRANSLATE_NOOP("AliasKind", "demonym"),
    "capital": QT_TRANSLATE_NOOP("AliasKind", "capital"),
    "title": QT_TRANSLATE_NOOP("AliasKind", "title"),
    "abbreviation": QT_TRANSLATE_NOOP("AliasKind", "abbreviation"),
}
ROLES = {
    "source": QT_TRANSLATE_NOOP("ActorRole", "source"),
    "recipient": QT_TRANSLATE_NOOP("ActorRole", "recipient"),
    "beneficiary": QT_TRANSLATE_NOOP("ActorRole", "beneficiary"),
    "target": QT_TRANSLATE_NOOP("ActorRole", "target"),
}
FLAGS = {
    "future": QT_TRANSLATE_NOOP("CommitmentFlag", "future"),
    "hypothetical": QT_TRANSLATE_NOOP("CommitmentFlag", "hypothetical"),
    "negated": QT_TRANSLATE_NOOP("CommitmentFlag", "negated"),
}
METHODS = {  # how a participant came to be tagged in a document
    "confirmed": QT_TRANSLATE_NOOP("MentionMethod", "confirmed"),
    "manual": QT_TRANSLATE_NOOP("MentionMethod", "manual"),
}
MEMO_TARGETS = {
    "quote": QT_TRANSLATE_NOOP("MemoTarget", "quote"),
    "document": QT_TRANSLATE_NOOP("MemoTarget", "document"),
    "participant": QT_TRANSLATE_NOOP("MemoTarget", "participant"),
    "commitment": QT_TRANSLATE_NOOP("MemoTarget", "commitment"),
}


key_in_text = keys  # shortcut keys for a translated sentence: the system's words, isolated


def _said(context: str, table: dict[str, str], value: str) -> str:
    """``value`` in the interface's language; an identifier not in the table as it is."""
    if value not in table:
        return value.replace("_", " ")
    return QCoreApplication.translate(context, table[value])


def status_label(status: str) -> str:
    """A status as the user reads it ("partly delivered", not the stored key)."""
    return _said("CommitmentStatus", STATUSES, status)


def action_label(action: str) -> str:
    """A commitment's action ("pledge", "deliver", …)."""
    return _said("CommitmentAction", ACTIONS, action)


def category_label(category: str) -> str:
    """A commitment's category ("military", "humanitarian", …)."""
    return _said("CommitmentCategory", CATEGORIES, category)


def kind_label(kind: str) -> str:
    """A participant's kind ("state", "person", …)."""
    return _said("ParticipantKind", KINDS, kind)


def alias_kind_label(kind: str) -> str:
    """An alias's kind ("capital", "demonym", …)."""
    return _said("AliasKind", ALIAS_KINDS, kind)


def role_label(role: str) -> str:
    """An actor's role in a commitment ("recipient", "target", …)."""
    return _said("ActorRole", ROLES, role)


def flag_label(flag: str) -> str:
    """A commitment's flag ("future", "hypothetical", "negated")."""
    return _said("CommitmentFlag", FLAGS, flag)


def method_label(method: str) -> str:
    """How a participant was tagged in a document ("confirmed", "manual")."""
    return _said("MentionMethod", METHODS, method)


def memo_target_label(kind: str) -> str:
    """What a memo is on ("quote", "document", "participant", "commitment")."""
    return _said("MemoTarget", MEMO_TARGETS, kind)


def date_text(value: str | None) -> str:
    """A stored date (YYYY, YYYY-MM or YYYY-MM-DD) for the interface: its ISO shape in a
    left-to-right language; in a right-to-left one the locale's own way ("١‏/٨‏/٢٠٢٥",
    "أغسطس ٢٠٢٥"), whose marks keep its parts in order where ISO's hyphens would not."""
    if not value:
        return ""
    iso = {4: "yyyy", 7: "yyyy-MM", 10: "yyyy-MM-dd"}.get(len(value[:10]))
    parsed = QDate.fromString(value[:10], iso) if iso else QDate()
    if iso is None or not parsed.isValid():
        return value
    locale = QLocale()
    if locale.textDirection() != Qt.LayoutDirection.RightToLeft:
        return locale.toString(parsed, iso)
    if len(iso) == 10:
        return locale.toString(parsed, QLocale.FormatType.ShortFormat)
    return locale.toString(parsed, "MMMM yyyy" if len(iso) == 7 else "yyyy")


def line(text: str) -> str:
    """A line that may start with a Latin name, set right to left in a right-to-left
    interface (a label takes its direction from its first letter otherwise)."""
    return rtl_mark() + text


def amount_text(quantity: float | None, unit: str) -> str:
    """A quantity in the locale's digits and grouping, with its unit ("250,000,000 EUR")."""
    if quantity is None:
        return ""
    locale = QLocale()
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    # A whole number with no decimals as a double: an int past 2**63 overflows Qt's qlonglong.
    shown = locale.toString(quantity, "f", 0) if quantity.is_integer() else locale.toString(
        quantity, "f", shortest)  # fmt: skip
    return f"{shown} {unit}".strip()


def embed(text: object) -> str:
    """A name or number put into a translated sentence: isolated in a right-to-left interface,
    so a Latin name keeps its own order and its neighbours (digits, brackets) their side."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolate(text)
    return str(text)
