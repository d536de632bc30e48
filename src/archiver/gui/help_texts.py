"""Help pages: the search syntax and the no-hits tips."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from archiver.gui.locale_text import isolate


def search_syntax_html() -> str:
    """The query language, with one example per construct."""
    rows = (
        ("ukraine aid", QCoreApplication.translate("HelpTexts", "both words (words are ANDed)")),
        ("ukraine OR kyiv", QCoreApplication.translate("HelpTexts", "either word")),
        ("-russia  /  NOT russia", QCoreApplication.translate("HelpTexts", "without this word")),
        (
            '"coalition of the willing"',
            QCoreApplication.translate("HelpTexts", "the words together, in this order"),
        ),
        ("أوكر*", QCoreApplication.translate("HelpTexts", "words starting with these letters")),
        ("=الراغبين", QCoreApplication.translate("HelpTexts", "this exact form (no stemming)")),
        ("title:ukraine", QCoreApplication.translate("HelpTexts", "in the title only")),
        (
            "lang:ar   lang:en",
            QCoreApplication.translate("HelpTexts", "Arabic or English documents"),
        ),
        ("source:reuters", QCoreApplication.translate("HelpTexts", "source or file name")),
        (
            "date:2025-01..2025-06",
            QCoreApplication.translate(
                "HelpTexts", "published in this range (either end may be left open)"
            ),
        ),
        (
            "kind:pdf   kind:email   kind:html",
            QCoreApplication.translate(
                "HelpTexts", "by file kind (text, pdf, html, docx, odt, epub, rtf, email…)"
            ),
        ),
        ("(a OR b) c", QCoreApplication.translate("HelpTexts", "parentheses group")),
        (
            "participant:فرنسا  participant:France",
            QCoreApplication.translate("HelpTexts", "a tagged participant, by any alias"),
        ),
        ("tag:ceasefire", QCoreApplication.translate("HelpTexts", "documents with this tag")),
        (
            "status:suspended  category:monitoring",
            QCoreApplication.translate("HelpTexts", "documents with such a commitment"),
        ),
    )
    # A query keeps its own direction inside an Arabic sheet (the isolate), and is escaped;
    # right to left, the query's column comes first on the right (Qt keeps a table's order).
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = " align=right" if rtl else ""  # left to right, the HTML as it always was
    body = ""
    for query, meaning in rows:
        cells = [f"<td{side}><code>{html.escape(isolate(query))}</code></td>",
                 f"<td{side}>{meaning}</td>"]  # fmt: skip
        body += f"<tr>{''.join(reversed(cells) if rtl else cells)}</tr>"
    title = QCoreApplication.translate("HelpTexts", "Search syntax")
    return f"<h3{side}>{title}</h3><table cellpadding=4>{body}</table>"


def no_hits_tips() -> list[str]:
    """Short tips shown under a search without hits."""
    return [
        QCoreApplication.translate(
            "HelpTexts", 'Put words in quotes for a phrase: "security guarantees"'
        ),
        QCoreApplication.translate("HelpTexts", "Fewer words find more: every word must match"),
        QCoreApplication.translate(
            "HelpTexts", "Use prefix* for word beginnings, =word for the exact form"
        ),
    ]
