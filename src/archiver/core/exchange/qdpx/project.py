"""A REFI-QDA project as read from a .qdpx: plain records, no behaviour (``reading`` makes them,
``importing`` stores them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Code:
    """One code of the code book, with its place in the tree."""

    guid: str
    name: str
    codable: bool
    description: str = ""
    color: str = ""
    parent: str | None = None  # the GUID of the code it is under
    path: tuple[str, ...] = ()  # names from the top, its own last
    notes: list[str] = field(default_factory=list)  # GUIDs of the notes on it


@dataclass
class Selection:
    """A coded (or annotated) stretch of a text source, in code points of its text."""

    guid: str
    start: int
    end: int
    description: str = ""
    codings: list[tuple[str, str]] = field(default_factory=list)  # (coding GUID, code GUID)
    notes: list[str] = field(default_factory=list)  # GUIDs of the notes on it
    created: str | None = None
    user: str = ""  # the GUID of its creating user


@dataclass
class Source:
    """A text source: its text (BOM dropped), selections and codings of the whole text."""

    guid: str
    name: str
    entry: str  # where its text was: the zip entry, or "PlainTextContent"
    text: str
    raw: bytes  # the text as the project holds it (stored as the document's original)
    description: str = ""
    selections: list[Selection] = field(default_factory=list)
    codings: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    created: str | None = None


@dataclass
class Note:
    """A note (memo) of the project: its text, and the characters it is on when it holds a
    selection (QualCoder's annotations: positions in the text of the source naming it)."""

    guid: str
    name: str
    text: str
    selection: tuple[int, int] | None = None
    user: str = ""  # the GUID of its creating user
    created: str | None = None
    modified: str | None = None


@dataclass
class Project:
    """Everything of a project the archive can hold, and the count of what it cannot."""

    name: str
    origin: str
    users: dict[str, str] = field(default_factory=dict)  # GUID -> name
    codes: dict[str, Code] = field(default_factory=dict)  # in the code book's order
    sources: list[Source] = field(default_factory=list)
    notes: dict[str, Note] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)  # what was left out, by kind

    def children(self, guid: str | None) -> list[Code]:
        """The codes directly under a code (None: the top level)."""
        return [c for c in self.codes.values() if c.parent == guid]

    def counts(self) -> dict[str, Any]:
        """How much it holds (the report's first line)."""
        return {"sources": len(self.sources), "codes": len(self.codes),
                "selections": sum(len(s.selections) for s in self.sources),
                "notes": len(self.notes)}  # fmt: skip
