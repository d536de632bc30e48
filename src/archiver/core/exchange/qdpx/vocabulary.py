"""The words both directions of the REFI-QDA exchange share: namespaces, the code tree's fixed
roots and their GUIDs, times, and how a commitment's fields are written into a selection.

A commitment travels as a selection coded with its category, its status and its actors; the
fields a code cannot hold (action, what, roles, dates …) are lines of the selection's
Description ("what: air defence"), which QualCoder keeps as the coding's memo and exports
again, so a commitment survives a trip through it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from archiver.core.annotations.gazetteer import is_case_sensitive
from archiver.core.annotations.model import ALIAS_KINDS
from archiver.core.store import identity

NS = "urn:QDA-XML:project:1.0"
Q = "{" + NS + "}"
PROJECT_ENTRY = "project.qde"
SOURCES = "sources/"
INTERNAL = "internal://"

PARTICIPANTS = "Participants"
COMMITMENTS = "Commitments"
CATEGORY = "Category"
STATUS = "Status"
TAGS = "Tags"
MARKER = "[archiver:{}]"
"""Put in a root code's Description: the tree is ours, also when its GUIDs were remade."""


def fixed_guid(key: str) -> str:
    """The GUID of a code the archive has no record for (a root, a category, a status)."""
    return identity.derived("qdpx", key)


def derived_guid(*parts: str) -> str:
    """A GUID made from others (a coding of a selection with a code), the same every export."""
    return identity.derived("qdpx-coding", "/".join(parts))


ROOTS = {
    PARTICIPANTS: fixed_guid("participants"),
    COMMITMENTS: fixed_guid("commitments"),
    TAGS: fixed_guid("tags"),
}
CATEGORY_ROOT = fixed_guid("commitments/category")
STATUS_ROOT = fixed_guid("commitments/status")


def category_guid(name: str) -> str:
    """The code of a commitment category."""
    return fixed_guid(f"category:{name}")


def status_guid(name: str) -> str:
    """The code of a commitment status."""
    return fixed_guid(f"status:{name}")


def marked(description: str | None, root: str) -> bool:
    """True when a code's Description carries the marker of this root."""
    return MARKER.format(root.lower()) in (description or "")


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text an XML attribute or element can hold (control characters dropped)."""
    return _INVALID_XML.sub("", text)


def xml_time(stamp: str | None) -> str:
    """An ISO time as xsd:dateTime in UTC (``2026-03-01T10:00:00Z``); now when missing."""
    moment = datetime.now(UTC)
    if stamp:
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stored_time(stamp: str | None) -> str | None:
    """An xsd:dateTime as the store keeps times (ISO 8601 UTC, to the second); None if unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


# -- a commitment's fields as Description lines --------------------------------------------

ROLE_LINES = {"source": "sources", "recipient": "recipients", "beneficiary": "beneficiaries",
              "target": "targets"}  # fmt: skip
FIELD_LINES = ("action", "what", "condition", "quantity", "unit", "statement date",
               "target date", "flags", "notes")  # fmt: skip
FLAG_NAMES = ("future", "hypothetical", "negated")


def commitment_lines(fields: dict[str, str], roles: dict[str, list[str]]) -> str:
    """The Description of a commitment's selection: one ``name: value`` line a field."""
    lines = [f"{name}: {fields[name]}" for name in FIELD_LINES if fields.get(name)]
    lines += [f"{ROLE_LINES[role]}: {'; '.join(names)}" for role, names in roles.items() if names]
    return "\n".join(xml_text(line.replace("\n", " ")) for line in lines)


def read_lines(description: str | None) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The fields and the role lines of a commitment's Description (other lines ignored)."""
    fields: dict[str, str] = {}
    roles: dict[str, list[str]] = {}
    by_line = {line: role for role, line in ROLE_LINES.items()}
    for line in (description or "").splitlines():
        name, sep, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if not sep or not value:
            continue
        if name in by_line:
            roles[by_line[name]] = [v.strip() for v in value.split(";") if v.strip()]
        elif name in FIELD_LINES:
            fields[name] = value
    return fields, roles


# -- a participant's fields as Description lines -------------------------------------------

PARTICIPANT_LINES = {"arabic": "name_ar", "english": "name_en", "role": "role", "iso": "iso",
                     "notes": "notes"}  # fmt: skip
ALIAS_LINE = "alias"


@dataclass
class About:
    """What a participant code's Description says of it (the code's name is its name)."""

    kind: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # participant column -> value
    aliases: list[Alias] = field(default_factory=list)


Alias = tuple[str, str, bool | None]
"""An alias as the Description carries it: text, kind, exact case (None: as its letters say)."""
_EXACT, _ANY = "exact case", "any case"


def participant_lines(person: dict[str, Any], aliases: list[Alias]) -> str:
    """A participant code's Description: kind, Arabic and English names, role, ISO code,
    notes, then one line an alias (``alias: Macron``, ``alias (demonym): French``, with
    ``exact case`` or ``any case`` when set against what its letters say)."""
    lines = [f"kind: {person['kind']}"]
    for name, column in PARTICIPANT_LINES.items():
        value = " ".join(str(person.get(column) or "").split())
        if value:
            lines.append(f"{name}: {value}")
    names = {str(person.get(c) or "").strip() for c in ("name", "name_ar", "name_en")}
    for alias, kind, case in aliases:
        text = " ".join(alias.split())
        marks = [kind] if kind != "name" else []
        if case is not None and case != is_case_sensitive(text):
            marks.append(_EXACT if case else _ANY)
        if text and (marks or text not in names):  # names are aliases again anyway
            lines.append(f"{ALIAS_LINE} ({', '.join(marks)}): {text}" if marks
                         else f"{ALIAS_LINE}: {text}")  # fmt: skip
    return "\n".join(xml_text(line) for line in lines)


_ALIAS_KEY = re.compile(r"^alias(?:\s*\(([^)]*)\))?$")


def read_participant(description: str | None) -> About:
    """What ``participant_lines`` wrote (an alias of an unknown kind is a name; other lines,
    such as words a user added in another program, are passed over)."""
    about = About()
    for line in (description or "").splitlines():
        name, sep, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        alias = _ALIAS_KEY.match(name)
        if not sep or not value:
            continue
        if name == "kind":
            about.kind = value
        elif name in PARTICIPANT_LINES:
            about.fields[PARTICIPANT_LINES[name]] = value
        elif alias:
            marks = {m.strip() for m in (alias.group(1) or "").split(",")}
            kind = next((m for m in marks if m in ALIAS_KINDS), "name")
            case = True if _EXACT in marks else False if _ANY in marks else None
            about.aliases.append((value, kind, case))
    return about
