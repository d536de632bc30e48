"""The editable metadata of a document, and what a value typed for it must be."""

from __future__ import annotations

import datetime

from archiver.core.errors import Invalid
from archiver.core.model import DatePrecision

TABLES: tuple[str, ...] = ()  # no table of its own: ``documents`` writes what is checked here

EDITABLE = ("title", "published", "source", "url", "author", "notes")
IMPORTED = ("author", "file_name", "published_source", "published_precision", "file_date",
            "parent_document")  # fmt: skip
"""What an exported project may set besides (``documents.set_imported``): facts of the file."""


def check_editable(changes: dict[str, str | None]) -> None:
    """Invalid, naming the fields, when some of ``changes`` are not editable metadata."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise Invalid(f"not editable: {', '.join(sorted(unknown))}")
    if "title" in changes and not (changes["title"] or "").strip():
        raise Invalid("title: a document's title cannot be empty")
    typed = changes.get("published")
    if typed and precision_of(typed) and not _is_date(typed):
        raise Invalid(f"published: {typed!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")


def check_imported(values: dict[str, object]) -> None:
    """Invalid, naming the fields, when some of ``values`` are not facts an import may set (or
    a file name is empty)."""
    unknown = set(values) - set(IMPORTED)
    if unknown:
        raise Invalid(f"not set by an import: {', '.join(sorted(unknown))}")
    if "file_name" in values and not str(values["file_name"]).strip():
        raise Invalid("file_name: a document's file name cannot be empty")


def _is_date(typed: str) -> bool:
    """True for a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    padded = {4: "-01-01", 7: "-01"}.get(len(typed), "")
    try:
        return len(typed) in (4, 7, 10) and bool(datetime.date.fromisoformat(typed + padded))
    except ValueError:
        return False


def precision_of(typed: str | None) -> str | None:
    """How precise a date the user typed is: YYYY, YYYY-MM or a day."""
    if not typed:
        return None
    return {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(typed), DatePrecision.DAY).value
