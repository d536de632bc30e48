"""Which of a participant's names is shown first: the one written in the reader's script.

The one rule for every list that names a participant who has a name in both scripts (the
suggestions and their states, a document's participants, the pickers, the sidebar): the
form in the reader's script first (Arabic for an Arabic reader: as an Arabic article writes
it), then the form in the other script, when there is one.
"""

from __future__ import annotations

from enum import StrEnum

from archiver.core.text.scripts import has_letter

BETWEEN = " — "  # between the two forms of one name: "فرنسا — France"


class Script(StrEnum):
    """The script a name is written in (and a reader reads first)."""

    ARABIC = "ar"
    LATIN = "en"


def script_of(name: str) -> Script:
    """Arabic when the name has an Arabic letter, else Latin."""
    return Script.ARABIC if has_letter(name) else Script.LATIN


def in_order(script: Script, *names: str) -> tuple[str, str]:
    """(first, other): the first of ``names`` written in ``script`` (else the first given), and
    the first written in the other script ("" when there is none); blanks skipped."""
    given = [name.strip() for name in names if name and name.strip()]
    if not given:
        return "", ""
    first = next((name for name in given if script_of(name) is script), given[0])
    other = next((name for name in given if script_of(name) is not script_of(first)), "")
    return first, other


def by_script(*names: str) -> tuple[str, str]:
    """(Arabic, Latin): the first of ``names`` written in Arabic letters and the first written
    in Latin ones ("" where none is); a name's fields follow it (a participant made from
    "تحالف الراغبين" has it as its Arabic name, from "Emmanuel Macron" as its English one)."""
    given = [name.strip() for name in names if name and name.strip()]
    arabic = next((name for name in given if has_letter(name)), "")
    latin = next((name for name in given if not has_letter(name) and _has_latin(name)), "")
    return arabic, latin


def _has_latin(name: str) -> bool:
    return any((c.isalpha() and c.isascii()) or "\u00c0" <= c <= "\u024f" for c in name)


def first_name(script: Script, *names: str) -> str:
    """The name to show alone (a parent state in a line): the one in ``script`` if any."""
    return in_order(script, *names)[0]


def label(script: Script, *names: str) -> str:
    """ "فرنسا — France" for an Arabic reader, "France — فرنسا" for the others; one form alone
    when the participant has no name in the other script."""
    first, other = in_order(script, *names)
    return f"{first}{BETWEEN}{other}" if other else first
