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
from datetime import UTC, datetime

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
