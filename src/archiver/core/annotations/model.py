"""The records of the annotation layer and their vocabularies (plain data, no behaviour).

Participants and their aliases, spans, mentions and suggestions, tags, commitments and the
views over them (participant page, matrix). Every query of ``core.annotations`` returns these.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("state", "person", "organisation", "coalition", "other")
ALIAS_KINDS = ("name", "demonym", "capital", "title", "abbreviation")
ACTIONS = ("offer", "pledge", "refuse", "suspend", "deliver", "withdraw", "demand", "support",
           "other")  # fmt: skip
CATEGORIES = ("military", "financial", "humanitarian", "monitoring", "diplomatic", "troops",
              "sanctions", "other")  # fmt: skip
STATUSES = ("considering", "offered", "pledged", "conditional", "partly_delivered", "delivered",
            "refused", "suspended", "withdrawn", "unclear")  # fmt: skip
"""``considering``: expressed interest, no offer yet; ``partly_delivered``: some of it arrived."""
DELIVERIES = ("partly_delivered", "delivered")
"""The statuses of a delivery: only these can fulfil a pledge (``fulfils_id``)."""
ROLES = ("source", "recipient", "beneficiary", "target")
DEFAULT_ACTION = {
    "considering": "other", "partly_delivered": "deliver", "offered": "offer", "pledged": "pledge", "conditional": "offer", "delivered": "deliver",
    "refused": "refuse", "suspended": "suspend", "withdrawn": "withdraw", "unclear": "other",
}  # fmt: skip
FLAGS = ("future", "hypothetical", "negated")
ON_QUOTE, ON_DOCUMENT, ON_PARTICIPANT, ON_COMMITMENT = MEMO_TARGETS = (
    "quote", "document", "participant", "commitment")  # fmt: skip
# what a memo can be on (the kinds of MemoTarget)


@dataclass
class Participant:
    """A state, person, organisation or coalition that takes part in events."""

    id: int
    name: str
    kind: str
    name_ar: str = ""
    iso: str | None = None
    parent_id: int | None = None
    color: str = ""
    notes: str = ""
    gazetteer_key: str | None = None
    name_en: str = ""
    role: str = ""  # the office a person holds (President, Foreign Minister), as suggested

    @property
    def ref(self) -> str:
        """The id as stored in the index ("p12")."""
        return f"p{self.id}"

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass
class Alias:
    """One way a participant is written."""

    id: int
    participant_id: int
    alias: str
    lang: str
    kind: str
    case_sensitive: bool

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass
class Span:
    """A stretch of a document's canonical text, with context for re-anchoring."""

    id: int
    document_id: int
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class DocParticipant:
    """A participant recorded for a document (confirmed or tagged by hand)."""

    participant_id: int
    name: str
    name_ar: str
    kind: str
    method: str  # 'confirmed' or 'manual' (manual wins when both)
    spans: list[tuple[int, int]] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)
    name_en: str = ""

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {**asdict(self), "spans": [list(s) for s in self.spans]}


@dataclass
class Suggestion:
    """A participant whose aliases occur in a document, not yet confirmed or rejected; or a
    person the document names after a title who is not in the archive yet
    (``participant_id`` None: confirming creates them)."""

    participant_id: int | None
    name: str
    name_ar: str
    kind: str
    spans: list[tuple[int, int]]
    aliases: list[str]  # the aliases that matched, first one first
    state: str = "suggested"  # or 'confirmed' / 'rejected' with include_decided=True
    parent_id: int | None = None  # a person's state: the participant's own, else its title's
    parent: str = ""  # the parent's name
    role: str = ""  # a person's office (President): the participant's own, else its title's
    offices: list[str] = field(default_factory=list)  # a state's offices named with no holder
    name_en: str = ""  # the participant's English name, when it has one
    parent_ar: str = ""  # the parent's Arabic name
    parent_en: str = ""  # the parent's English name

    @property
    def count(self) -> int:
        """Number of places it occurs."""
        return len(self.spans)

    @property
    def key(self) -> str:
        """What names this suggestion to confirm or reject it: "p12", or a new person's name."""
        return self.name if self.participant_id is None else f"p{self.participant_id}"

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape (``archiver suggest --json``)."""
        pid, parent = self.participant_id, self.parent_id
        return {
            "participant_id": pid,
            "ref": None if pid is None else f"p{pid}",
            "new": pid is None,
            "name": self.name,
            "name_ar": self.name_ar,
            "kind": self.kind,
            "count": self.count,
            "aliases": self.aliases,
            "spans": [list(s) for s in self.spans],
            "state": self.state,
            "parent": None
            if parent is None
            else {"participant_id": parent, "ref": f"p{parent}", "name": self.parent},
            "role": self.role,
            "offices": self.offices,
        }


@dataclass
class TagCount:
    """A free tag and how many documents carry it."""

    name: str  # the whole path: "region/levant"
    documents: int  # documents carrying exactly this tag (the trash's not counted)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass(frozen=True)
class TagNode:
    """One level of the tag tree: a tag, or only the level above tags (``region`` of
    ``region/levant`` when nothing carries ``region`` itself)."""

    name: str  # this level's part: "levant"
    path: str  # the whole tag: "region/levant"
    count: int  # documents carrying exactly this tag (0: only a level of its children)
    total: int  # documents carrying it or any tag under it, each counted once
    children: tuple[TagNode, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape, children nested."""
        return {"name": self.name, "path": self.path, "count": self.count, "total": self.total,
                "children": [c.to_json() for c in self.children]}  # fmt: skip


@dataclass(frozen=True)
class Collection:
    """A collection of documents: a name under a parent collection (or at the top)."""

    id: int
    uuid: str
    name: str  # its own name, without "/"
    path: str  # the names from the top, joined by "/": "Ukraine/aid"
    parent_id: int | None
    count: int  # documents directly in it (the trash's not counted)
    total: int  # documents in it or in any collection under it, each counted once
    created_at: str

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass(frozen=True)
class SavedSearch:
    """A query kept under a name and run again, live, each time it is opened."""

    id: int
    uuid: str
    name: str
    query: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass
class Actor:
    """A participant's part in a commitment."""

    participant_id: int
    name: str
    role: str = "source"
    name_ar: str = ""
    name_en: str = ""


@dataclass
class Commitment:
    """One commitment with its actors, quote and document (a row of the commitments table)."""

    id: int
    document_id: int
    action: str
    category: str
    status: str
    what: str
    actors: list[Actor] = field(default_factory=list)
    condition: str = ""
    future: bool = False
    hypothetical: bool = False
    negated: bool = False
    quantity: float | None = None
    unit: str = ""
    statement_date: str | None = None  # its own, else its document's (dated_by_document)
    target_date: str | None = None
    dated_by_document: bool = False  # no date of its own: statement_date is the document's
    updates_id: int | None = None  # the commitment this one updates (a later word on it)
    fulfils_id: int | None = None  # the pledge this delivery fulfils
    notes: str = ""
    quote: str = ""
    start: int | None = None  # the quote's span in the document text (opens the reader there)
    end: int | None = None
    document_title: str = ""
    published: str | None = None
    file_name: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def amount(self) -> str:
        """The quantity with its unit or currency ("250,000,000 EUR"), or ''."""
        if self.quantity is None:
            return ""
        number = f"{int(self.quantity):,}" if self.quantity.is_integer() else f"{self.quantity:,}"
        return f"{number} {self.unit}".strip()

    @property
    def span(self) -> tuple[int, int] | None:
        """The quote's (start, end) in the document text, or None (no quote)."""
        return (self.start, self.end) if self.start is not None and self.end is not None else None

    @property
    def sources(self) -> list[Actor]:
        """The actors who committed."""
        return [a for a in self.actors if a.role == "source"]

    def actor_names(self, role: str | None = "source", sep: str = "; ") -> str:
        """Actor names joined (for a table cell or a CSV column)."""
        return sep.join(a.name for a in self.actors if role is None or a.role == role)

    def to_json(self) -> dict[str, Any]:
        """Nested JSON shape: actors, quote with its span, document metadata."""
        data = asdict(self)
        for key in ("quote", "start", "end", "document_title", "published", "file_name"):
            data.pop(key)
        data["quote"] = {"text": self.quote, "start": self.start, "end": self.end}
        data["document"] = {"id": self.document_id, "title": self.document_title,
                            "published": self.published, "file": self.file_name}  # fmt: skip
        return data


@dataclass
class DocumentRef:
    """A document in a participant's page."""

    id: int
    title: str
    published: str | None
    mentions: int  # confirmed/manual mentions in it
    commitments: int  # commitments naming the participant in it


@dataclass
class ParticipantPage:
    """Everything the participant page shows."""

    participant: Participant
    aliases: list[Alias]
    parent: Participant | None
    members: list[Participant]  # participants whose parent this is (a state's leaders)
    documents: list[DocumentRef]
    document_count: int
    commitments: list[Commitment]  # oldest first: its commitments over time


@dataclass
class Cell:
    """Latest status of one participant in one category (as a source actor)."""

    status: str
    date: str | None
    commitment_id: int
    count: int  # commitments of the participant in the category


@dataclass
class Matrix:
    """Participants x categories, each cell the latest status with its date."""

    participants: list[Participant]
    categories: list[str]
    cells: dict[tuple[int, str], Cell]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {
            "participants": [{"id": p.id, "name": p.name} for p in self.participants],
            "categories": self.categories,
            "cells": [
                {"participant_id": pid, "category": cat, **asdict(cell)}
                for (pid, cat), cell in sorted(self.cells.items())
            ],
        }


@dataclass(frozen=True)
class MemoTarget:
    """What a memo is on: a quote (exact characters of a document's text), a document, a
    participant or a commitment. Build one with the ``on_…`` class methods."""

    kind: str
    document_id: int | None = None
    start: int | None = None  # a quote's span: text[start:end], end exclusive
    end: int | None = None
    participant_id: int | None = None
    commitment_id: int | None = None

    @classmethod
    def on_document(cls, doc_id: int) -> MemoTarget:
        """A memo on a whole document."""
        return cls(ON_DOCUMENT, document_id=doc_id)

    @classmethod
    def on_quote(cls, doc_id: int, start: int, end: int) -> MemoTarget:
        """A memo on the characters ``start:end`` of a document's text."""
        return cls(ON_QUOTE, document_id=doc_id, start=start, end=end)

    @classmethod
    def on_participant(cls, pid: int) -> MemoTarget:
        """A memo on a participant."""
        return cls(ON_PARTICIPANT, participant_id=pid)

    @classmethod
    def on_commitment(cls, cid: int) -> MemoTarget:
        """A memo on a commitment."""
        return cls(ON_COMMITMENT, commitment_id=cid)


@dataclass(frozen=True)
class Memo:
    """A note on a quote, a document, a participant or a commitment, with who and when."""

    id: int
    uuid: str
    text: str
    kind: str  # one of MEMO_TARGETS
    document_id: int | None  # quote, document and commitment memos (the commitment's document)
    span_id: int | None = None  # a quote memo's own span
    start: int | None = None
    end: int | None = None
    quote: str = ""
    participant_id: int | None = None
    commitment_id: int | None = None
    author: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def target(self) -> MemoTarget:
        """What the memo is on."""
        return MemoTarget(self.kind, None if self.kind == "commitment" else self.document_id,
                          self.start, self.end, self.participant_id,
                          self.commitment_id)  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


def memo_from_row(row: Any) -> Memo:
    """A memo from a row of ``store.memos.SELECT``."""
    if row["participant_id"] is not None:
        kind = "participant"
    elif row["commitment_id"] is not None:
        kind = "commitment"
    else:
        kind = "quote" if row["span_id"] is not None else "document"
    return Memo(
        row["id"], row["uuid"] or "", row["body"], kind, row["document_id"], row["span_id"],
        row["start"], row["end"], row["quote"] or "", row["participant_id"],
        row["commitment_id"], row["author"], row["created_at"], row["modified_at"],
    )  # fmt: skip


def participant_from_row(row: Any) -> Participant:
    """A participant from a row of ``store.participants.COLUMNS``."""
    return Participant(
        row["id"], row["name"], row["kind"], row["name_ar"], row["iso"], row["parent_id"],
        row["color"], row["notes"], row["gazetteer_key"], row["name_en"], row["role"],
    )  # fmt: skip


def alias_from_row(row: Any) -> Alias:
    """An alias from a row of ``store.participants.alias_rows``."""
    return Alias(row[0], row[1], row[2], row[3], row[4], bool(row[5]))
