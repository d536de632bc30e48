"""Help pages: the search syntax and the no-hits tips."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def search_syntax_html() -> str:
    """The query language, with one example per construct."""
    rows = (
        ("ukraine aid", _tr("both words (words are ANDed)")),
        ("ukraine OR kyiv", _tr("either word")),
        ("-russia  /  NOT russia", _tr("without this word")),
        ('"coalition of the willing"', _tr("the words together, in this order")),
        ("أوكر*", _tr("words starting with these letters")),
        ("=الراغبين", _tr("this exact form (no stemming)")),
        ("title:ukraine", _tr("in the title only")),
        ("lang:ar   lang:en", _tr("Arabic or English documents")),
        ("source:reuters", _tr("source or file name")),
        ("date:2025-01..2025-06", _tr("published in this range (either end may be left open)")),
        (
            "kind:pdf   kind:email   kind:html",
            _tr("by file kind (text, pdf, html, docx, odt, epub, rtf, email…)"),
        ),
        ("(a OR b) c", _tr("parentheses group")),
        ("participant:فرنسا  participant:France", _tr("a tagged participant, by any alias")),
        ("tag:ceasefire", _tr("documents with this tag")),
        ("status:suspended  category:monitoring", _tr("documents with such a commitment")),
    )
    body = "".join(f"<tr><td><code>{q}</code></td><td>{t}</td></tr>" for q, t in rows)
    return f"<h3>{_tr('Search syntax')}</h3><table cellpadding=4>{body}</table>"


def no_hits_tips() -> list[str]:
    """Short tips shown under a search without hits."""
    return [
        _tr('Put words in quotes for a phrase: "security guarantees"'),
        _tr("Fewer words find more: every word must match"),
        _tr("Use prefix* for word beginnings, =word for the exact form"),
    ]
